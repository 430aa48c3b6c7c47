"""A request for a timeline ("Give me a dated timeline from the CMX-05 loading through to the appeal
ruling.", "Put the key dates in order") is answered with the dated sentences the search found on
its subject, earliest first.

A reader trained on SQuAD judges whether a sentence answers a question; no single sentence answers
"give me a timeline", so such a request was refused (used round m13) or answered with one event.
Which sentences belong to it is decided by the search (their similarity to the request and its
words; no one document's more than half), and their order by the dates they give.
"""

from __future__ import annotations

import re

from .composing import asks_timeline
from .config import AnswerSettings
from .dating import MONTH, MONTHS, Dated, sentence_date
from .figures import YEAR_DIGITS
from .picking import redundant
from .retrieval import Retrieval
from .units import Unit

_YEAR = rf"{YEAR_DIGITS}(?!\d|[.,]\d)"
_AT = r"(?i:in|by|from|during|early|late|mid-?)"  # "In 2019 the mine opened" too
# the dates a sentence gives, from the most precise form to the least; each form's date starts at
# its first group, so "in February 2019" is February 2019, not "in February" of another year
_FORMS = (
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})\.?,?\s+(?P<y>{_YEAR})"),
    re.compile(rf"\b(?P<m>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR})"),
    re.compile(rf"\b(?P<m>{MONTH})\.?,?\s+(?P<y>{_YEAR})"),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})\b"),
    re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})\b(?!,?\d)"),
    # not "since": "has served Chiltan since 2021" tells a state, not when something happened
    re.compile(rf"\b{_AT}\s+(?P<m>{MONTH})\b"),
    re.compile(rf"\b{_AT}\s+(?P<y>{_YEAR})"),
)
# a sentence this short that gives a date is a label, no event; nor is an email's header line
MIN_EVENT_WORDS = 6
_HEADER = re.compile(r"^\W*(?:date|sent|posted|published|updated)\s*:", re.IGNORECASE)
# the share of a timeline's events one document may give (chosen, not tuned: no document tells more
# than half the story, and each at least two events)
PER_DOCUMENT = 0.5
# said above a timeline: it is put together from the documents, not one of theirs
TIMELINE_NOTICE = "The dated passages found on this, earliest first; events the documents do not date are left out."
# passages searched for a timeline: twice a gathered answer's (chosen, not tuned), as its events are
# spread over the documents
SEARCHED = 16


def wants_timeline(question: str, settings: AnswerSettings) -> bool:
    """Is the question a request for a timeline, and are timelines answered as such (`answer.timelines`)?"""
    return settings.timelines and asks_timeline(question)


def event_date(text: str, year: int | None) -> tuple[int, int, int] | None:
    """The first date the sentence gives as (year, month, day), 0 where it gives no month or day;
    a day or month without a year is in `year` (its message's or document's), else the sentence is
    not dated. Where forms overlap, the most precise wins ("by March 15, 2019" is that day)."""
    best: tuple[int, int, tuple[int, int, int]] | None = None  # (where, form, date)
    for rank, form in enumerate(_FORMS):
        m = form.search(text)
        if m is None:
            continue
        found = m.groupdict()
        y = int(found["y"]) if found.get("y") else year
        if y is None:
            continue
        month = MONTHS.index(found["m"][:3].lower()) + 1 if found.get("m") else 0
        day = int(found["d"]) if found.get("d") and 1 <= int(found["d"]) <= 31 else 0
        where = min(m.start(g) for g in ("d", "m", "y") if found.get(g))
        if best is None or (where, rank) < best[:2]:
            best = (where, rank, (y, month, day))
    return None if best is None else best[2]


def _year(u: Unit, retrieval: Retrieval) -> int | None:
    """The year a sentence's undated day or month is in: its message's, else its document's."""
    c = u.passage.chunk
    dated: Dated | None = sentence_date(c.id, u.indexes[0], retrieval.messages) or retrieval.dates.get(c.source)
    return dated[1][0] if dated else None


def timeline(units: list[Unit], retrieval: Retrieval, limit: int, floor: float) -> list[Unit]:
    """Of `units` (those of the passages the search found for the request), the dated ones closest
    to the request, at most `limit` and at most `PER_DOCUMENT` of them from one document (an email
    thread with a date on every line would otherwise tell the whole story), without repeats,
    earliest first (ties in the documents' order). A document none of whose sentences is as similar
    to the request as `floor` (the topic floor) is not about it, however many dates it gives."""
    about = {u.passage.chunk.source for u in units if u.dense >= floor}
    per_document = max(2, round(limit * PER_DOCUMENT))
    chosen: list[tuple[tuple[int, int, int], Unit]] = []
    taken: dict[str, int] = {}
    for u in sorted(units, key=lambda u: -u.retrieval):
        source = u.passage.chunk.source
        if len(chosen) >= limit:
            break
        if source not in about or taken.get(source, 0) >= per_document or len(u.text.split()) < MIN_EVENT_WORDS \
                or " | " not in u.text and _HEADER.match(u.text):  # a table's "Date: … | Event: …" is one
            continue
        when = event_date(u.text, _year(u, retrieval))
        if when is None or any(redundant(u.text, x.text) for _, x in chosen):
            continue
        chosen.append((when, u))
        taken[source] = taken.get(source, 0) + 1
    chosen.sort(key=lambda x: (x[0], x[1].passage.chunk.source, x[1].passage.chunk.position, x[1].indexes[0]))
    return [u for _, u in chosen]
