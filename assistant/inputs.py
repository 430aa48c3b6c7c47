"""What a caller hands the assistant, checked once at the boundary: a question (text, not too long,
cleaned of pasted markup and invisible characters) and a passage count. Bad input is an
`InputError` that says what to do."""

from __future__ import annotations

import re
from typing import Any

from .errors import InputError
from .plaintext import LIGATURES

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# zero-width characters typed or pasted inside words ("rare\u200bearth") split them for search
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# HTML pasted with a question ("<b>What share …?</b>"): what a script or style element holds, and
# the tags of text markup, whose name is followed by nothing or by attributes ("a<b and c>d" and
# "under <a million tonnes" are no tags); an inline tag joins its neighbours ("CO<sub>2</sub>")
_TAG = re.compile(r"<(script|style)\b[^<>]{0,200}>.*?</\1\s*>|<(/?)(a|abbr|b|br|code|div|em|font|h[1-6]|i|img|li|mark|"
                  r"ol|p|pre|q|s|small|span|strong|sub|sup|table|td|th|tr|u|ul)"
                  r"((?:\s+[\w-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"']+))*)\s*/?>", re.IGNORECASE | re.DOTALL)
_INLINE = frozenset("a abbr b code em font i mark q s small span strong sub sup u".split())
# top_k / k above this is a mistake, not a wish (evaluations ask for 100)
MAX_PASSAGES = 1000


def untag(text: str) -> str:
    return _TAG.sub(lambda m: "" if (m.group(3) or "").lower() in _INLINE else " ", text)


def clean_question(question: Any, limit: int) -> str:
    """The question as it is searched and read, or an `InputError` (`limit`: limits.max_question_chars)."""
    if not isinstance(question, str):
        raise InputError(f"the question must be text, not {type(question).__name__}")
    if len(question) > limit:
        # said as a user reads it in the chat window; the setting is in docs/operating.md
        raise InputError(f"the question is {len(question):,} characters long; the limit is {limit:,}. "
                         "Ask something shorter, or one part of it at a time.")
    if any("\ud800" <= ch <= "\udfff" for ch in question):
        raise InputError("the question contains invalid text (a lone UTF-16 surrogate): send it as UTF-8 text")
    # a question pasted from a PDF spells "ﬁrst" as the documents' text does: "first"
    question = _CONTROL.sub(" ", _ZERO_WIDTH.sub("", untag(question))).translate(LIGATURES).strip()
    if not question:
        raise InputError("the question is empty: type a question about the documents")
    return question


def check_k(k: Any, name: str) -> int | None:
    """A passage count from a caller: None (the setting) or a whole number 1..MAX_PASSAGES."""
    if k is None:
        return None
    if isinstance(k, bool) or not isinstance(k, int):
        raise InputError(f"{name} must be a whole number of passages, not {type(k).__name__} {k!r:.40}")
    if not 1 <= k <= MAX_PASSAGES:
        raise InputError(f"{name} must be between 1 and {MAX_PASSAGES}; got {k}")
    return k
