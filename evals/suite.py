"""The Q&A suite format (JSONL, one case per line) and the matching rules.

    {"id": "fact-001",                      unique id
     "category": "factual",                 factual | paraphrase | numeric | multi | follow-up | overview | out-of-corpus | ...
     "question": "Which minerals ...?",
     "history": [{"role": "user", "content": "..."}, {"role": "assistant", "content": "..."}],   optional
     "answerable": true,                    false = the documents do not answer it: a refusal passes
     "facts": [["copper"], ["Baluchistan", "Balochistan"]],   every fact must appear in the answer;
                                            each is a list of acceptable alternatives
     "support": ["Pakistan possesses significant deposits of ..."],   text of the passage(s) that
                                            answer it; gold chunks are found by this content, so the
                                            suite survives re-chunking
     "conversation": "c01",                 optional: groups the turns of one conversation
     "note": "..."}                         optional

Matching is case-insensitive and ignores punctuation style (curly vs straight quotes, dashes,
hyphens vs spaces, thousands separators are kept).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Iterable

from assistant import cases
from assistant.cases import Case, append_case, captured_cases_path  # noqa: F401 - the suite's own names

DEFAULT_SUITE = Path(__file__).resolve().parent / "source_article.jsonl"


def load_suite(path: Path = DEFAULT_SUITE) -> list[Case]:
    return cases.load_suite(path)


_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―-"), " ")
_QUOTES = {ord("’"): "'", ord("‘"): "'", ord("“"): '"', ord("”"): '"'}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_DASHES).lower()
    text = re.sub(r"\[\d{1,3}\]", " ", text)  # footnote and citation markers
    text = re.sub(r"[^\w%$,.' ]+", " ", text)
    # keep "220,000" and "3.5", drop other punctuation, the full stop after "by 31 October 2025." too
    text = re.sub(r"[,.](?!\d)", " ", text)
    text = re.sub(r"'s\b", " 's", text)  # "Iran's concerns" names Iran
    return re.sub(r"\s+", " ", text).strip()


def fact_found(alternatives: Iterable[str], answer: str) -> bool:
    a = f" {normalise(answer)} "
    return any(f" {normalise(alt)} " in a for alt in alternatives)


def supports(chunk_text: str, support: str) -> bool:
    """Is `chunk_text` a gold passage for this support text? Either contains the other, or they
    share a long run of words (a support sentence split across two chunks)."""
    c, s = normalise(chunk_text), normalise(support)
    if not c or not s:
        return False
    if s in c or (len(c) > 40 and c in s):
        return True
    words = s.split()
    run = min(12, len(words))
    return any(" ".join(words[i:i + run]) in c for i in range(0, len(words) - run + 1))
