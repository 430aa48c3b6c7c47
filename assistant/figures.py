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

from .dating import MONTH, MONTHS, date_value, dates_in

# a figure of the question with the word glued to it, if any ("CMX-08", "Round 33"); not an
# ordinal ("5th"), a decade ("1990s") or a number inside a word
_FIGURE = re.compile(r"(?:\b(?P<word>[A-Za-z]{2,})[- ]?)?(?<![\w.,])(?P<number>\d+(?:[.,]\d+)*)(?![\w]|[.,]\d)")
# a year as written in a date or alone: no thousands comma ("1,850 staff" is no year), no decimals
YEAR_DIGITS = r"(?:19|20)\d\d"
YEAR = re.compile(rf"(?<![\d,.]){YEAR_DIGITS}(?!\d|[.,]\d)")
# a year the question is at ("in 2008", "by 2025", "during 2019", "for 2024"), and more joined to it
# ("in 2024 and 2025"); not one that names a thing ("the 2022 security blueprint", "the policy of
# 2022"); a span ("since 2015", "between 2019 and 2023", "before 2023") is no point a passage must give
_AT = re.compile(r"\b(?:in|by|during|for|around)\s+$", re.IGNORECASE)
_ALSO = re.compile(r"(?:,|\band\b|\bor\b)\s*$", re.IGNORECASE)
_SPAN = re.compile(r"\b(?:since|before|after|until|till|between|from|through|to|prior\s+to)\s+(?:\w+\s+)?(?:19|20)\d\d\b",
                   re.IGNORECASE)

# a word that names one of a numbered series ("Round 33", "Phase 2", "Lot 7"); an acronym glued to
# its number names one too ("CMX-08"), but not a currency or unit ("Rs 2.3 billion", "USD 4")
_SERIES = {"round", "phase", "lot", "block", "section", "article", "clause", "rule", "table", "annex", "schedule",
           "well", "hole", "cycle", "stage", "tranche", "batch", "licence", "license", "case", "appeal", "petition",
           "chapter", "part", "volume", "issue", "report", "plant", "line", "unit", "train", "pit", "shaft", "zone"}
_UNITS = {"rs", "usd", "us", "pkr", "eur", "gbp", "cny", "rmb", "mw", "gw", "kw", "km", "kg", "mt", "bn", "mn", "pm", "am"}
# a number of a series spelt out ("phase two", "the second phase", "the 2nd round")
_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty").split()
_ORDINALS = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()


def _series(word: str | None, glued: bool) -> bool:
    if word is None or word.lower() in _UNITS:
        return False
    return word.lower() in _SERIES or word.isupper() or glued


def _members(word: str, text: str) -> set[int]:
    """The numbers `text` gives the series `word` ("CMX-05" -> 5; "clause 7.3" -> 7, a part of 7)."""
    return {int(m.group(1)) for m in re.finditer(rf"\b{re.escape(word)}[- ]?0*(\d+)(?:\.\d+)?\b", text, re.IGNORECASE)}


def _spelt(n: int, text: str) -> bool:
    """Does the text write n as a word or an ordinal ("two", "second", "2nd")?"""
    if n >= len(_WORDS):
        return False
    return re.search(rf"\b(?:{_WORDS[n]}|{_ORDINALS[n]}|{n}(?:st|nd|rd|th))\b", text, re.IGNORECASE) is not None


def asked_years(question: str) -> list[str]:
    """The years a question is at ("in 2008", "by 2024 and 2025"); none when it asks about a span."""
    if _SPAN.search(question):
        return []
    out: list[str] = []
    for m in YEAR.finditer(question):
        before = question[:m.start()]
        if _AT.search(before) or out and _ALSO.search(before):
            out.append(m.group(0))
    return out


# a month a figure is asked at ("How many users by the end of December 2025?", "as of 31 October
# 2025"): a sentence that dates its figure at another month of that year does not give it ("By 15
# September 2025 the portal had 5,870 registered users", round m14, used). Only "by", "as of" and
# "at the end of": "in March 2025" is as often when something was said or decided, about a
# figure dated otherwise ("announced in March 2025 … from 1 July 2025"; a reviewer's case)
_AT_MONTH = re.compile(rf"\b(?:by|as\s+(?:of|at)|at)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?(?:\d{{1,2}}\s+)?"
                       rf"(?P<month>{MONTH})\.?,?\s+(?P<year>{YEAR_DIGITS})\b"
                       rf"|\b(?:by|as\s+of)\s+(?:end|mid)-(?P<month2>{MONTH})\s+(?P<year2>{YEAR_DIGITS})\b", re.IGNORECASE)
# a sentence that says the month in other words: "by year-end" is December's figure
_YEAR_END = re.compile(r"\b(?:year[- ]end|end\s+of\s+(?:the\s+)?year|end-year)\b", re.IGNORECASE)


def asked_months(question: str) -> set[tuple[int, int]]:
    """The (year, month) pairs a question asks a figure at ("by the end of December 2025"); none
    for a span."""
    if _SPAN.search(question) or re.search(rf"\b(?:since|between|from|until|till|after|before)\s+(?:\d{{1,2}}\s+)?"
                                           rf"{MONTH}\b", question, re.IGNORECASE):
        return set()
    return {(int(m.group("year") or m.group("year2")), MONTHS.index((m.group("month") or m.group("month2"))[:3].lower()) + 1)
            for m in _AT_MONTH.finditer(question)}


def other_month(question: str, unit: str) -> bool:
    """Does the sentence date itself in the year the question asks a figure at, and never in its
    month? A sentence that names the month at all ("The figures for May, released on 3 June
    2024") or the year's end for December, or has a date written in figures ("04/03/2025"), may
    give it."""
    asked = asked_months(question)
    if not asked:
        return False
    unit = unicodedata.normalize("NFKC", unit)
    dates = dates_in(unit)
    undated = unit  # the month named without its year ("The figures for May, …")
    for d in reversed(dates):
        undated = f"{undated[:d.start()]} {undated[d.end():]}"
    named = {MONTHS.index(m.group(0)[:3].lower()) + 1 for m in re.finditer(rf"\b{MONTH}\b", undated)}
    if any(month in named for _, month in asked) or any(month == 12 for _, month in asked) and _YEAR_END.search(unit) \
            or re.search(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\b", unit):
        return False
    given = {date_value(m)[:2] for m in dates}
    return any(y in {y for y, _ in asked} for y, _ in given) and not given & asked


def contradicts(question: str, passage: str, unit: str | None = None, dated: str = "") -> bool:
    """Does `passage` (with its heading and title) give other years and none of those the question
    is at, or does `unit` (the sentences read, default the passage) give another month of the year
    it asks a figure at, or another number of a series the question names ("lot CMX-05" for "lot
    CMX-08") and neither that one nor its words ("phase two")? The series and the month are judged
    on the sentences, as a passage often lists several lots; the years on the passage with
    `dated`, the date its document or message gives itself (minutes dated 14 March 2021 speak of
    2021 throughout)."""
    passage = unicodedata.normalize("NFKC", passage)
    unit = passage if unit is None else unicodedata.normalize("NFKC", unit)
    for m in _FIGURE.finditer(question):
        word = m.group("word")
        if not _series(word, "-" in question[m.start():m.start("number")]) or "," in m.group("number"):
            continue
        n = int(float(m.group("number")))
        members = _members(word or "", unit)
        # "CMX-08" where the sentence has "CMX-05", "Round 33" where it has "Round 31"
        if members and n not in members and not _spelt(n, unit):
            return True
    if other_month(question, unit):
        return True
    asked = asked_years(question)
    if not asked:
        return False
    years = set(YEAR.findall(f"{passage} {unicodedata.normalize('NFKC', dated)}"))
    # another year and none of those asked ("in 2024 and 2025" is answered in part by 2025 alone)
    return bool(years) and not years & set(asked)
