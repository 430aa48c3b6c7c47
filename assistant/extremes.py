"""The row of a table that a superlative asks for: "Which criterion carries the most marks?",
"Which drill hole had the best intercept?", "Which well showed the largest fall?".

The reader judges one sentence at a time, and every row of a table reads alike to it ("No.: 2 |
Criterion: Aircraft … | Maximum marks: 20" answered the first question in round m11; rounds m8 and
m9 asked the same of a table of wells and of drill holes, and neither was answered). Which row
holds the most is a comparison across rows: it is computed. A table's rows are the units of one
document that name the same columns ("Criterion: … | Maximum marks: 25"), all of them found (the
passages before and after theirs hold no more of its rows); the column is the one the
superlative's noun names ("marks": "Maximum marks"); the row is the one with the highest (or
lowest) figure in it, a total or average row aside. Where no column's name says what is asked,
a row whose own words say it ("Comment: Best intercept to date") is that row. A question that
names one row ("What was the highest grade in hole KND-014?", "the minimum wage in 2024") asks
about that row, and is read as usual.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from .composing import EXTREME_WORDS, asks_extreme, extreme_of
from .dating import MONTH
from .lexical import STOPWORDS, tokenize
from .types import Passage
from .units import Unit, group_text

# a fall is the most negative change where the column's changes have a sign ("Change: -7.5")
_FALL = re.compile(r"\b(?:fall|falls|drop|drops|decline|declines|decrease|decreases|loss|losses|cut|cuts|reduction|"
                   r"reductions)\b", re.IGNORECASE)
_NUMBER = re.compile(r"^[^\d-]{0,6}(-?\d[\d,]*(?:\.\d+)?)\s*[^\d]{0,12}$")
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
# a row that sums or averages the others ("Total (all bidders)", "Average")
_TOTAL = re.compile(r"^\s*(?:total|sum|all|average|mean|overall|grand\s+total|subtotal)\b", re.IGNORECASE)
# and a row so labelled ("Quarter average", "Q2 total": round m15, used), not a rating cell
# ("Above average": a reviewer's case)
_TOTAL_LABEL = re.compile(r"^\s*(?!above\b|below\b)[\w-]+\s+(?:total|average|mean|subtotal)\s*$", re.IGNORECASE)
# a row label that adds up the rest ("Other districts", "Others", "All others", "Rest of Asia"): no
# one thing of them (round m14, used); not a category named "Other Backward Classes"
_OTHERS = re.compile(r"^\s*(?:(?:all\s+)?others?(?:\s+[a-z]+s)?|rest\s+of\b.*)\s*$", re.IGNORECASE)
_DATED = re.compile(rf"^\W*(?:\d{{1,2}}\s+)?{MONTH}\b", re.IGNORECASE)
# rows enough to be a table worth ranking (chosen, not tuned: two rows are a pair, not a table)
MIN_ROWS = 3


# a column named by an element's symbol ("Zn (%)" for "the highest zinc grade") or by a change
# where a fall is asked for ("Change" for "the largest fall in the water table"; round m8)
_SYMBOLS = {"zn": "zinc", "pb": "lead", "cu": "copper", "au": "gold", "ag": "silver", "fe": "iron", "ni": "nickel",
            "co": "cobalt", "li": "lithium", "mo": "molybdenum", "sb": "antimony", "sn": "tin", "mn": "manganese",
            "cr": "chromium", "cr2o3": "chromite", "wo3": "tungsten", "baso4": "barite", "u3o8": "uranium",
            "li2o": "lithium", "treo": "rare earth", "al": "aluminium", "ti": "titanium", "v": "vanadium"}
_CHANGES = {"change", "changes", "fall", "falls", "drop", "drops", "decline", "declines", "decrease", "decreases",
            "loss", "losses", "reduction", "rise", "rises", "increase", "increases", "difference"}


# what a superlative measures when two columns are named alike: "took longest to close" is the
# column of days, not the count "Closed" (round m15, used); chosen, not tuned
_DIMENSIONS = {"longest": "days weeks months years hours minutes time duration length long km kilometres",
               "shortest": "days weeks months years hours minutes time duration length long km kilometres",
               "deepest": "depth deep metres m", "shallowest": "depth deep metres m",
               "widest": "width wide metres m km", "heaviest": "weight tonnes tons kg"}


def _column_words(column: str) -> set[str]:
    """The words a column's name says, with its element symbols spelled out and, for a column of
    change, the words for one."""
    words = set(tokenize(column))
    for w in re.findall(r"[A-Za-z0-9]+", column):
        if w.lower() in _SYMBOLS and (w[:1].isupper() or w.isupper()):
            words |= set(tokenize(_SYMBOLS[w.lower()]))
    if words & set(tokenize(" ".join(_CHANGES))):
        words |= set(tokenize(" ".join(_CHANGES)))
    return words


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
    """A cell's number with its sign and scale ("(4.5%)": -4.5, "−7.5": -7.5, "Rs 900 million":
    9e8), or None where the cell is no figure."""
    v = value.replace("−", "-").replace("–", "-").strip()
    if _DATED.match(v):  # "April 2025" names a row; it is no amount of anything
        return None
    bracketed = v.startswith("(") and v.endswith(")")
    m = _NUMBER.match(v.strip("()"))
    if m is None:
        return None
    number = float(m.group(1).replace(",", ""))
    scale = re.search(r"\d\s*(" + "|".join(_SCALE) + r")\b", v, re.IGNORECASE)
    number *= _SCALE[scale.group(1).lower()] if scale else 1.0
    return -number if bracketed else number


def _whole(rows: list[tuple[Unit, dict[str, str]]]) -> bool:
    """Were all the table's rows found: is there no row of it before the first found or after
    the last (in the passages around theirs), and no passage between them missing?"""
    keys = set(rows[0][1])
    def row_of_it(text: str) -> bool:
        cells = _cells(text)
        return cells is not None and set(cells) == keys
    first, last = rows[0][0], rows[-1][0]
    c0, c1 = first.passage.chunk, last.passage.chunk
    if first.indexes[0] == 0 and row_of_it(first.passage.before):
        return False
    if first.indexes[0] > 0 and row_of_it(c0.sentences[first.indexes[0] - 1]):
        return False
    if last.indexes[-1] == len(c1.sentences) - 1 and row_of_it(last.passage.after):
        return False
    if last.indexes[-1] < len(c1.sentences) - 1 and row_of_it(c1.sentences[last.indexes[-1] + 1]):
        return False
    places = sorted({u.passage.chunk.position for u, _ in rows})
    return places == list(range(places[0], places[-1] + 1))


def _only_varying(rows: list[tuple[Unit, dict[str, str]]], columns: list[str], kind: str) -> list[str]:
    """Where no column's name says what is asked but the rows are the kind the question asks for
    ("Which month had the heaviest pumping?" of a table whose first column is "Month"): its one
    column of figures that differ from row to row ("Operating boreholes: 6" in every month ranks
    nothing; round m15, used), else none."""
    label = next(iter(rows[0][1]), "")
    if not kind or label in columns or not set(tokenize(kind)) & _column_words(label):
        return []
    varying = [c for c in columns if len({_figure(cells[c]) for _, cells in rows} - {None}) > 1]
    return varying if len(varying) == 1 else []


class Extreme(NamedTuple):
    row: Unit
    column: str | None  # the column ranked where no column's name said what was asked, else None


def same_table(a: Unit, b: Unit) -> bool:
    """Are the two units rows of one table (one document's rows naming the same columns)?"""
    ca, cb = _cells(a.text), _cells(b.text)
    return ca is not None and cb is not None and list(ca) == list(cb) and a.passage.chunk.source == b.passage.chunk.source


def extreme_row(question: str, units: Sequence[Unit],
                following: Mapping[str, Sequence[Passage]] | None = None) -> Extreme | None:
    """The row the question's superlative picks out of the best-found whole table among `units`
    (in their order; a table completed from its passages and those `following` each, by chunk id,
    where it runs on), or None where it asks for none, names a row of its own, or no table fits."""
    following = following or {}
    asked = asks_extreme(question)
    if asked is None:
        return None
    high, noun = asked
    measure = set(tokenize(noun)) - STOPWORDS
    word, kind = extreme_of(question)
    dimension = set(tokenize(_DIMENSIONS.get(word, "")))
    asked = set(tokenize(question)) - STOPWORDS - set(tokenize(kind))
    said = re.search(rf"\b(?:{EXTREME_WORDS})\b", question, re.IGNORECASE)
    tables: dict[tuple[str, tuple[str, ...]], list[tuple[Unit, dict[str, str]]]] = {}
    read: set[tuple[tuple[str, tuple[str, ...]], str]] = set()  # (table, passage) pairs already gone through
    for u in units:
        if len(u.groups) != 1:
            continue
        cells = _cells(u.text)
        if cells is None:
            continue
        key = (u.passage.chunk.source, tuple(cells))
        # the rest of its table, found or not, in its passage and the next ones it runs on into
        # ("Which month had the heaviest pumping?" found one monthly row of four; round m15, used)
        around = [p for p in (u.passage, *following.get(u.passage.chunk.id, ())) if (key, p.chunk.id) not in read]
        read.update((key, p.chunk.id) for p in around)
        for p, j in ((p, j) for p in around for j in range(len(p.chunk.sentences))):
            c = p.chunk
            row = u if p is u.passage and j == u.indexes[0] else \
                replace(u, passage=p, groups=((j,),), span=None, texts=(group_text(c.sentences, (j,), set(c.list_items)),))
            row_cells = _cells(row.text)
            if row_cells is not None and tuple(row_cells) == key[1] \
                    and all(y.text != row.text for y, _ in tables.get(key, [])):
                tables.setdefault(key, []).append((row, row_cells))
    for rows in tables.values():  # the best-found table first (dicts keep the units' order)
        rows.sort(key=lambda r: (r[0].passage.chunk.position, r[0].indexes[0]))
        if len(rows) < MIN_ROWS:
            continue
        columns = [c for c in rows[0][1]
                   if sum(_figure(cells[c]) is not None for _, cells in rows) >= max(MIN_ROWS, len(rows) * 2 // 3)]
        # the column the question names most of ("titles cancelled" over "Titles on register"); of
        # columns named alike, the one of the superlative's dimension, then of the question's other
        # words ("the largest flow in 2023": "Flow March 2023", not "Flow August 2025"; round m15)
        # (not the rows' kind: "month" of "Which month …" in "Rainfall change on previous month"; and
        # of the rest, the plainest: "Rainfall (mm)" over that column, a reviewer's case)
        def named_by(c: str) -> tuple[int, int, int, int]:
            words = _column_words(c)
            return len(measure & words), len(dimension & words), len(asked & words), -len(words)
        most = max((named_by(c) for c in columns), default=(0, 0, 0, 0))
        named = [c for c in columns if most[0] and named_by(c) == most]
        if not most[0]:
            named = _only_varying(rows, columns, kind)
        labels = [c for c in rows[0][1] if c not in named]
        if any(re.search(rf"(?<![\w-]){re.escape(cells[c])}(?![\w-])", question, re.IGNORECASE)
               for _, cells in rows for c in labels if len(cells[c]) >= 2):
            return None  # "What was the minimum wage in 2024?": the row it names, read as usual
        ranked = [(u, cells) for u, cells in rows if not any(_TOTAL.match(v) for v in cells.values())
                  and not _OTHERS.match(label := next(iter(cells.values()), "")) and not _TOTAL_LABEL.match(label)]
        if len(named) == 1 and _whole(rows):
            scored = [(v, u) for u, cells in ranked if (v := _figure(cells[named[0]])) is not None]
            up = high != (bool(_FALL.search(noun)) and any(v < 0 for v, _ in scored))  # the largest fall: most negative
            best = max(v if up else -v for v, _ in scored)
            top = [u for v, u in scored if (v if up else -v) == best]
            if len(top) == 1:  # a tie picks no row
                return Extreme(top[0], None if most[0] else named[0])
            continue
        # no column says it: a row that does ("Comment: Best intercept to date")
        first = noun.split()[0] if noun.split() else ""
        saying = [u for u, cells in ranked if said and first and
                  re.search(rf"\b{said.group(0)}\s+{re.escape(first)}", " ".join(cells.values()), re.IGNORECASE)]
        if len(saying) == 1:
            return Extreme(saying[0], None)
    return None
