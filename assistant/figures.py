"""A passage that gives another of the figures a question names does not answer it: "What grades did
the lab report for lot CMX-08?" is not answered from a passage on lot CMX-05, nor "What was
classified in 2008?" from a passage that speaks of 2006 and never of 2008. SQuAD 2.0's writers made
questions unanswerable this way (a year or a number changed); an identifier or year the passage
does not mention at all, and no other of its kind, leaves the passage in play ("NSP-2022" is the
NSP of a passage that never writes the year).
"""

from __future__ import annotations

import re
import unicodedata

# a figure of the question with the word glued to it, if any ("CMX-08", "Round 33"); not an
# ordinal ("5th"), a decade ("1990s") or a number inside a word
_FIGURE = re.compile(r"(?:\b(?P<word>[A-Za-z]{2,})[- ]?)?(?<![\w.,])(?P<number>\d+(?:[.,]\d+)*)(?![\w]|[.,]\d)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")
# a year the question is about, not one that names a thing ("the 2022 security blueprint")
_AT_TIME = re.compile(r"\b(?:in|by|during|since|until|till|of|from|before|after|between|for|around|and|to)\s+$",
                      re.IGNORECASE)


# a word that names one of a numbered series ("Round 33", "Phase 2", "Lot 7"); an acronym glued to
# its number names one too ("CMX-08"), but not a currency or unit ("Rs 2.3 billion", "USD 4")
_SERIES = {"round", "phase", "lot", "block", "section", "article", "clause", "rule", "table", "annex", "schedule",
           "well", "hole", "cycle", "stage", "tranche", "batch", "licence", "license", "case", "appeal", "petition",
           "chapter", "part", "volume", "issue", "report", "plant", "line", "unit", "train", "pit", "shaft", "zone"}
_UNITS = {"rs", "usd", "us", "pkr", "eur", "gbp", "cny", "rmb", "mw", "gw", "kw", "km", "kg", "mt", "bn", "mn", "pm", "am"}


def _numbers(text: str) -> set[str]:
    return {m.group(0).replace(",", "") for m in _NUMBER.finditer(text)}


def _series(word: str | None, glued: bool) -> bool:
    if word is None or word.lower() in _UNITS:
        return False
    return word.lower() in _SERIES or word.isupper() or glued


def contradicts(question: str, passage: str, unit: str | None = None) -> bool:
    """Does `passage` (with its heading and title) give other years and none of those the question
    is about, or does `unit` (the sentences read, default the passage) give
    another number of a series the question names ("lot CMX-05" for "lot CMX-08") and not the one
    it names? The series is judged on the sentences, as a passage often lists several lots."""
    passage = unicodedata.normalize("NFKC", passage)
    unit = passage if unit is None else unicodedata.normalize("NFKC", unit)
    asked: list[str] = []  # the years the question is about
    for m in _FIGURE.finditer(question):
        number, word = m.group("number").replace(",", ""), m.group("word")
        if _series(word, "-" in question[m.start():m.start("number")]):
            # "CMX-08" where the sentence has "CMX-05", "Round 33" where it has "Round 31"
            if number not in _numbers(unit) and re.search(rf"\b{re.escape(word or '')}[- ]?\d", unit, re.IGNORECASE):
                return True
            continue
        if _YEAR.match(number) and _AT_TIME.search(question[:m.start("number")]):
            asked.append(number)
    if not asked:
        return False
    years = {n for n in _numbers(passage) if _YEAR.match(n)}
    # another year and none of those asked ("in 2024 and 2025" is answered in part by 2025 alone)
    return bool(years) and not years & set(asked)
