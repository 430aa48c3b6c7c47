"""Who wrote a document: its byline answers that, not its content.

"Who wrote the article?" shares no words and little meaning with "By Jane Doe, Senior Fellow",
so neither BM25 nor the sentence encoder finds the byline, and the evidence score would refuse a
question the document answers on its first line. An authorship question is therefore
recognised as such; the bylines of the documents retrieval found are added to its passages, and
the answer quotes the byline (verbatim, cited) of the best-ranked document that has one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexical import tokenize
from .types import Chunk

_AUTHOR_Q = re.compile(
    r"\bwho\s+(wrote|writes|has written|authored|penned|is behind)\b"
    r"|\b(who|who’s|who's|name)\s+((is|are|was|were)\s+)?(the|its|this|their)\s+(authors?|writers?)\b"
    r"|\bwritten\s+by\s+whom\b|\bby\s+whom\b.*\bwritten\b",
    re.IGNORECASE)
_NAME = re.compile(r"(?<!^)\b[A-Z][\w’'\-]*")
_BYLINE = re.compile(r"^(?:by|written by|authors?\s*:)\s+(?P<names>[^,;(]+)", re.IGNORECASE)
# lowercase words that may sit inside a personal name ("Ali bin Hassan", "Ludwig van Beethoven")
_NAME_PARTICLES = frozenset(["and", "&", "bin", "ibn", "al", "el", "de", "del", "della", "der", "di", "da",
                             "van", "von", "le", "la", "du", "dos"])


def asks_author(question: str) -> bool:
    """Whether the question asks who wrote a document ("Who wrote the article?", "Who is its author?")."""
    return bool(_AUTHOR_Q.search(question))


_WRITING = re.compile(r"\b(wrote|writ\w*|author\w*|draft\w*|penned|compiled|prepared|published)\b", re.IGNORECASE)


def mentions_writing(text: str) -> bool:
    """Whether a sentence can say who wrote something: without a byline, an authorship question
    is answered only by a sentence about writing ("The NSP was drafted by ...")."""
    return bool(_WRITING.search(text))


def about_document(question: str, title: str) -> bool:
    """Whether an authorship question can be about the document titled `title`: every name it
    mentions is in the title. "Who wrote the article on Pakistan?" can be; "Who wrote the
    National Security Policy?" asks about another work, which the byline does not answer."""
    named = set(tokenize(" ".join(_NAME.findall(question.strip()))))
    return named <= set(tokenize(title))


def byline_index(chunk: Chunk) -> int | None:
    """Index of the sentence of `chunk` that is its document's byline, if it has one: a short line
    "By <Name>, ..." among the first sentences of the document's first passage."""
    if chunk.position != 0:
        return None
    for i, sentence in enumerate(chunk.sentences[:3]):
        if is_byline(sentence):
            return i
    return None


def is_byline(sentence: str) -> bool:
    """Is the sentence a byline ("By Col Jane Doe", "Written by: …")?"""
    m = _BYLINE.match(sentence.strip())
    if not m or len(sentence.split()) > 20:
        return False
    words = m.group("names").split()
    # "By Col Jane Doe" names people; "By contrast, ..." or "By 2030 ..." does not
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words) \
        and any(w[:1].isupper() for w in words)


def byline_chunks(sources: Iterable[str], chunks: Iterable[Chunk]) -> list[Chunk]:
    """The byline passages of `sources`, in the order the sources are given."""
    wanted = list(dict.fromkeys(sources))
    sought = set(wanted)
    found = {c.source: c for c in chunks
             if c.position == 0 and c.source in sought and byline_index(c) is not None}
    return [found[s] for s in wanted if s in found]
