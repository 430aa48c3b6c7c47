"""The row of a table that a superlative asks for: "Which criterion carries the most marks?",
"Which drill hole had the best intercept?", "Which well showed the largest fall?".

The reader judges one sentence at a time, and every row of a table reads alike to it ("No.: 2 |
Criterion: Aircraft … | Maximum marks: 20" answered the first question in round m11; rounds m8 and
m9 asked the same of a table of wells and of drill holes, and neither was answered). Which row
holds the most is a comparison across rows: it is computed. A table's rows are the units of one
passage's document that name the same columns ("Criterion: … | Maximum marks: 25"); the column is
the one the superlative's noun names ("marks": "Maximum marks"); the row is the one with the
highest (or lowest) figure in it. Where no column's name says what is asked, a row whose own
words say it ("Comment: Best intercept to date") is that row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexical import STOPWORDS, tokenize
from .units import Unit

_HIGH = {"most", "largest", "biggest", "highest", "greatest", "longest", "deepest", "best", "top", "widest",
         "heaviest", "richest", "strongest", "maximum", "max"}
_LOW = {"lowest", "smallest", "least", "fewest", "shortest", "cheapest", "shallowest", "weakest", "minimum", "min"}
# "Which criterion carries the most marks?": a superlative asked of several things, and what it measures
_EXTREME = re.compile(r"^\s*(?:which|what|who|where)\b(?P<before>[^?]*?)\b(?:the\s+)?(?P<word>" +
                      "|".join(sorted(_HIGH | _LOW)) + r")\b\s*(?P<noun>[^?,;]*)", re.IGNORECASE)
_NUMBER = re.compile(r"^[^\d-]{0,6}(-?\d[\d,]*(?:\.\d+)?)\s*[^\d]{0,12}$")
# rows enough to be a table worth ranking (chosen, not tuned: two rows are a pair, not a table)
MIN_ROWS = 3


def asks_extreme(question: str) -> tuple[bool, str] | None:
    """(highest?, what it is measured by) for a question asking which of several things has the
    most or least of something, else None."""
    m = _EXTREME.search(question)
    if m is None:
        return None
    noun = " ".join(m.group("noun").split()[:4])
    return m.group("word").lower() in _HIGH, noun


def _cells(text: str) -> dict[str, str] | None:
    """A row's cells by column name ("No.: 1 | Criterion: …" → {"No.": "1", "Criterion": "…"}), or
    None for text that is no such row."""
    parts = [p.strip() for p in text.rstrip(". ").split(" | ")]
    if len(parts) < 2:
        return None
    cells: dict[str, str] = {}
    for p in parts:
        key, sep, value = p.partition(": ")
        if sep:
            cells[key.strip()] = value.strip()
    return cells if len(cells) >= 2 else None


def _figure(value: str) -> float | None:
    m = _NUMBER.match(value)
    return float(m.group(1).replace(",", "")) if m else None


def extreme_row(question: str, units: Sequence[Unit]) -> Unit | None:
    """The row the question's superlative picks out of the best-found table among `units` (in
    their order), or None where it asks for none or no table fits."""
    asked = asks_extreme(question)
    if asked is None:
        return None
    high, noun = asked
    measure = set(tokenize(noun)) - STOPWORDS
    word = re.search(r"\b(?:" + "|".join(sorted(_HIGH | _LOW)) + r")\b", question, re.IGNORECASE)
    said = word.group(0).lower() if word else ""
    tables: dict[tuple[str, tuple[str, ...]], list[tuple[Unit, dict[str, str]]]] = {}
    for u in units:
        if len(u.groups) != 1:
            continue
        cells = _cells(u.text)
        if cells is None:
            continue
        key = (u.passage.chunk.source, tuple(cells))
        if all(x is not u and x.text != u.text for x, _ in tables.get(key, [])):
            tables.setdefault(key, []).append((u, cells))
    for rows in tables.values():  # the best-found table first (dicts keep the units' order)
        if len(rows) < MIN_ROWS:
            continue
        columns = [c for c in rows[0][1]
                   if sum(_figure(cells[c]) is not None for _, cells in rows) >= max(MIN_ROWS, len(rows) * 2 // 3)]
        named = [c for c in columns if measure & set(tokenize(c))]
        if len(named) == 1:
            scored = [(_figure(cells[named[0]]), u) for u, cells in rows if _figure(cells[named[0]]) is not None]
            best = max(scored, key=lambda x: x[0] if high else -x[0])  # type: ignore[operator]
            if sum(1 for v, _ in scored if v == best[0]) == 1:  # a tie picks no row
                return best[1]
            continue
        # no column says it: a row that does ("Comment: Best intercept to date")
        first = noun.split()[0] if noun.split() else ""
        saying = [u for u, cells in rows if said and first and
                  re.search(rf"\b{said}\s+{re.escape(first)}", " ".join(cells.values()), re.IGNORECASE)]
        if len(saying) == 1:
            return saying[0]
    return None
