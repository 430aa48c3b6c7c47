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

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATE = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>(?:19|20)\d\d)|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+"
                   rf"(?P<y2>(?:19|20)\d\d)|(?P<m3>{_MONTH})\.?,?\s+(?P<y3>(?:19|20)\d\d))\b")
# a line that dates the document rather than an event it reports
_LABELLED = re.compile(r"\b(?:date[d]?|posted|published|issued|updated|released|revised|as\s+of|held\s+on|"
                       r"meeting\s+of|minutes\s+of)\b", re.IGNORECASE)
OPENING_CHUNKS = 2  # where a document dates itself: its first passages
OPENING_LINES = 6  # of which its first lines (chosen, not tuned)
SHORT_LINE = 8  # a line of so few words is a date line, whatever it ends with ("Tuesday, 14 October 2025, 11:00 a.m.")


def issued_on(title: str, chunks: Iterable[Chunk]) -> tuple[str, tuple[int, int, int]] | None:
    """The date a document's title or opening lines give it, as written and as (year, month, day)
    (day 0 where only a month is given), or None. A line counts when it is no sentence (a masthead,
    an issue line) or says it dates the document ("Posted 3 November 2026", "Date: 6 May 2025");
    a sentence reporting an event ("… signed on 14 October 2025.") does not."""
    opening = sorted(chunks, key=lambda c: c.position)[:OPENING_CHUNKS]
    lines = [title, *(s for c in opening for s in c.sentences[:OPENING_LINES])]
    for line in lines:
        m = _DATE.search(line)
        if m is None or len(line) > 200:
            continue
        sentence = re.search(r"[.!?]\W*$", line.strip()) and len(line.split()) > SHORT_LINE
        if sentence and not _LABELLED.search(line[:m.start()]) and not is_issue_line(line[:m.end()]):
            continue  # "… signed on 14 October 2025." reports an event
        day = m.group("d1") or m.group("d2")
        month = m.group("m1") or m.group("m2") or m.group("m3")
        year = m.group("y1") or m.group("y2") or m.group("y3")
        return m.group(0), (int(year), _MONTHS.index(month[:3].lower()) + 1, int(day or 0))
    return None


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
