"""A request for a timeline ("Give me a dated timeline from the CMX-05 loading through to the appeal
ruling.", "Put the key dates in order") is answered with the dated sentences the search found on
its subject, earliest first.

A reader trained on SQuAD judges whether a sentence answers a question; no single sentence answers
"give me a timeline", so such a request was refused (used round m13) or answered with one event.
Which sentences belong to it is decided by the search (their similarity to the request and its
words), and their order by the dates they give.
"""

from __future__ import annotations

import re

from .dating import Dated, sentence_date
from .picking import redundant
from .retrieval import Retrieval
from .units import Unit

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_YEAR = r"(?:19|20)\d\d"
# the first date a sentence gives, from the most precise form to the least
_FORMS = (
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b"),
    re.compile(rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>{_YEAR})\b"),
    re.compile(rf"\b(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\b"),
    re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})\b"),
    # not "since": "has served Chiltan since 2021" tells a state, not when something happened
    re.compile(rf"\b(?:in|by|from|during|early|late|mid-?)\s+(?P<m>{_MONTH})\b"),
    re.compile(rf"\b(?:in|by|from|during|early|late|mid-?)\s+(?P<y>{_YEAR})\b"),
)
# a sentence this short that gives a date is a label, no event; nor is an email's header line
MIN_EVENT_WORDS = 6
_HEADER = re.compile(r"^\W*(?:date|sent|posted|published|updated)\s*:", re.IGNORECASE)
# passages searched for a timeline: twice a gathered answer's (chosen, not tuned), as its events are
# spread over the documents
SEARCHED = 16


def event_date(text: str, year: int | None) -> tuple[int, int, int] | None:
    """The first date the sentence gives as (year, month, day), 0 where it gives no month or day;
    a day or month without a year is in `year` (its document's), else the sentence is not dated."""
    best: tuple[int, tuple[int, int, int]] | None = None
    for form in _FORMS:
        m = form.search(text)
        if m is None:
            continue
        found = m.groupdict()
        y = int(found["y"]) if found.get("y") else year
        if y is None:
            continue
        month = _MONTHS.index(found["m"][:3].lower()) + 1 if found.get("m") else 0
        day = int(found["d"]) if found.get("d") and 1 <= int(found["d"]) <= 31 else 0
        if best is None or m.start() < best[0]:  # the earliest date the sentence writes
            best = (m.start(), (y, month, day))
    return None if best is None else best[1]


def _year(u: Unit, retrieval: Retrieval) -> int | None:
    """The year a sentence's undated day or month is in: its message's, else its document's."""
    c = u.passage.chunk
    dated: Dated | None = sentence_date(c.id, u.indexes[0], retrieval.messages) or retrieval.dates.get(c.source)
    return dated[1][0] if dated else None


def timeline(units: list[Unit], retrieval: Retrieval, limit: int, floor: float) -> list[Unit]:
    """Of `units` (those of the passages the search found for the request), the dated ones, at most
    `limit`, without repeats, earliest first (ties in the documents' order). The documents take
    turns, each its closest to the request first: one with a date in every line (an email thread)
    would otherwise tell the whole story. A document none of whose sentences is as similar to the
    request as `floor` (the topic floor) is not about it, however many dates it gives."""
    about = {u.passage.chunk.source for u in units if u.dense >= floor}
    by_source: dict[str, list[tuple[tuple[int, int, int], Unit]]] = {}
    for u in sorted(units, key=lambda u: -u.retrieval):
        if len(u.text.split()) < MIN_EVENT_WORDS or _HEADER.match(u.text):
            continue
        when = event_date(u.text, _year(u, retrieval))
        if when is None or u.passage.chunk.source not in about:
            continue
        by_source.setdefault(u.passage.chunk.source, []).append((when, u))
    chosen: list[tuple[tuple[int, int, int], Unit]] = []
    turns = list(by_source.values())  # in the order of each document's closest event
    while turns and len(chosen) < limit:
        for events in list(turns):
            while events and any(redundant(events[0][1].text, x.text) for _, x in chosen):
                events.pop(0)
            if not events:
                turns.remove(events)
                continue
            chosen.append(events.pop(0))
            if len(chosen) >= limit:
                break
    chosen.sort(key=lambda x: (x[0], x[1].passage.chunk.source, x[1].passage.chunk.position, x[1].indexes[0]))
    return [u for _, u in chosen]
