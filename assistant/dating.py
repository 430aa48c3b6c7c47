"""When a document says it was issued: the date on its masthead, issue line, byline or "Date:"
line ("Policy Brief No. 17 | September 2026", "Posted 3 November 2026 by …", "Date: 6 May 2025").

Documents on one subject disagree, and a newer one often corrects an older one (a press release
and its correction notice). An answer that sets their figures side by side says which is newer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .apparatus import is_issue_line
from .types import Chunk

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATE = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})\.?,?\s+(?P<y1>(?:19|20)\d\d)|(?P<m2>{MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+"
                   rf"(?P<y2>(?:19|20)\d\d)|(?P<m3>{MONTH})\.?,?\s+(?P<y3>(?:19|20)\d\d))\b")
# a label that dates the document ("Date: …", "Posted 3 November 2026"), best first: the day it
# was issued, then a revision's, then the day its figures stand at
_ISSUED = re.compile(r"\b(?:date[d]?|posted|published|issued|released|meeting\s+held\s+on|held\s+on|minutes\s+of)\b",
                     re.IGNORECASE)
_REVISED = re.compile(r"\b(?:updated|revised|last\s+modified)\b", re.IGNORECASE)
_STANDS = re.compile(r"\b(?:effective|as\s+(?:of|at))\b", re.IGNORECASE)
# a press release's dateline: "QUETTA, 11 March 2025 –"
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s*$")
OPENING_CHUNKS = 2  # where a document dates itself: its first passages
OPENING_LINES = 6  # of which its first lines (chosen, not tuned)
TOP_WORDS = 12  # a line above the first sentence of prose with at most this many words: a masthead's


def issued_on(title: str, chunks: Iterable[Chunk]) -> tuple[str, tuple[int, int, int]] | None:
    """The date a document's opening gives it, as written and as (year, month, day) (day 0 where
    only a month is given), or None. Only a line that dates the document counts: one labelled so
    ("Posted 3 November 2026", "Date: 6 May 2025"; an issue date before a revision's, and that
    before an "as of"), an issue line ("Policy Brief No. 17 | September 2026"), a dateline, or a
    short line above the first sentence of prose. Not a sentence reporting an event ("The mine
    opened in May 2019."), a label of something else ("First concentrate: June 2027"), nor the
    title ("Outlook to December 2030")."""
    opening = sorted(chunks, key=lambda c: c.position)[:OPENING_CHUNKS]
    top = True  # still above the first sentence of prose
    found: list[tuple[int, int, str, tuple[int, int, int]]] = []
    for n, line in enumerate(s for c in opening for s in c.sentences[:OPENING_LINES]):
        prose = bool(re.search(r"[.!?]\W*$", line.strip())) and len(line.split()) > 4
        m = _DATE.search(line)
        if m is not None and len(line) <= 200 and line.strip() != title.strip():
            before = line[:m.start()]
            rank = (0 if _ISSUED.search(before) or _DATELINE.match(before) or is_issue_line(line[:m.end()]) else
                    1 if _REVISED.search(before) else 2 if _STANDS.search(before) else
                    0 if top and not prose and len(line.split()) <= TOP_WORDS and ":" not in before else None)
            if rank is not None:
                found.append((rank, n, m.group(0), date_value(m)))
        top = top and not prose
    if not found:
        return None
    _, _, text, value = min(found)
    return text, value


def dates_in(text: str) -> list[re.Match[str]]:
    """The dates written in a text ("15 September 2025", "October 2025")."""
    return list(_DATE.finditer(text))


def date_value(m: re.Match[str]) -> tuple[int, int, int]:
    """(year, month, day) of a date `dates_in` found; day 0 where it gives none."""
    day = m.group("d1") or m.group("d2")
    month = m.group("m1") or m.group("m2") or m.group("m3")
    year = m.group("y1") or m.group("y2") or m.group("y3")
    return int(year), MONTHS.index(month[:3].lower()) + 1, int(day or 0)


def dates_of(chunks: Iterable[Chunk]) -> dict[str, tuple[str, tuple[int, int, int]]]:
    """Each document's `issued_on` date, by source, where it gives one."""
    by_source: dict[str, list[Chunk]] = {}
    for c in chunks:
        by_source.setdefault(c.source, []).append(c)
    out = {}
    for source, cs in by_source.items():
        found = issued_on(cs[0].title, cs)
        if found is not None:
            out[source] = found
    return out


# an email's header line ("Date: 9 May 2025", "Sent: Tuesday, 2 September 2025 09:14"), among its
# other headers; not a table's row ("Date: August 2020 | Event: …", a reviewer's case)
_HEADER = re.compile(r"^\W*(?:date|sent)\s*:", re.IGNORECASE)
_OTHER_HEADER = re.compile(r"^\W*(?:from|to|cc|subject)\s*:", re.IGNORECASE)


def _header(sentences: tuple[str, ...], i: int) -> bool:
    """Is sentence i an email's Date: line: no table row, with a From:, To: or Subject: line within
    three lines of it?"""
    if not _HEADER.match(sentences[i]) or " | " in sentences[i]:
        return False
    return any(_OTHER_HEADER.match(s) and " | " not in s for s in sentences[max(0, i - 3):i + 4])
Dated = tuple[str, tuple[int, int, int]]
# chunk id -> the date of the message it starts in, and its sentences that start one, with their dates
MessageDates = dict[str, tuple[Dated | None, tuple[tuple[int, Dated], ...]]]


def message_dates(chunks: Iterable[Chunk]) -> MessageDates:
    """For each passage of a document of several messages (an email thread: two header lines
    "Date: …" or more), by chunk id: the date of the message it starts in, and the sentences in it
    that start a message, with their dates. A thread dates itself by its first message, and "What
    is the latest estimate?" was answered from that first message while a later one revised it
    (a blind user test)."""
    by_source: dict[str, list[Chunk]] = {}
    for c in chunks:
        by_source.setdefault(c.source, []).append(c)
    out: MessageDates = {}
    for cs in by_source.values():
        cs.sort(key=lambda c: c.position)
        headers = {c.id: tuple((i, (m.group(0), date_value(m))) for i, s in enumerate(c.sentences)
                               if _header(c.sentences, i) and (m := _DATE.search(s)) is not None) for c in cs}
        if sum(len(h) for h in headers.values()) < 2:
            continue
        carried: Dated | None = None
        for c in cs:
            out[c.id] = (carried, headers[c.id])
            if headers[c.id]:
                carried = headers[c.id][-1][1]
    return out


def sentence_date(chunk_id: str, index: int, messages: MessageDates) -> Dated | None:
    """The date of the message the passage's sentence `index` belongs to, where its document is a
    thread of messages (`message_dates`); None otherwise."""
    if chunk_id not in messages:
        return None
    carried, starts = messages[chunk_id]
    return next((d for i, d in reversed(starts) if i <= index), carried)
