"""Tables in a PDF, rebuilt from where its text runs sit.

pypdf's plain text gives a table as lines of words ("Gilgit 262 Placer gold 4,300 38,000 52")
under a header flattened into one line ("District Households surveyed Main commodity …"): which
number is the income and which the miners was lost, and questions about a cell were refused
(round m6's five-year table, a PDF printed from a browser). Its text visitor gives each run's
place on the page; in such PDFs each cell is a run of its own. Rows are lines (runs on one
baseline, in the order they are drawn) with the same number of runs, two or more, whose columns
line up; the header is the runs just above the first row in the rows' size, each column's words
read top to bottom. The table then becomes the same labelled rows an HTML or Word table gives
("District: Gilgit | Households surveyed: 262 | …").

Lists ("•" and an item), two-column page layouts (long runs side by side) and lines that only
happen to have as many runs are no tables: see `_is_table`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from .plaintext import table_row

# runs this close to each other's baseline are on one line (in the page's units)
_SAME_LINE = 0.5
# a column's runs start (or end, or centre) within this many times the text size of each other:
# right-aligned figures of different widths start apart ("262" and "1,240"); chosen, not tuned
_ALIGN = 1.5
# a footnote mark is set smaller than this share of its line's size, and raised by this share of
# it (a table's text is set small already: 7.5 against 9 points); chosen, not tuned
_MARK, _RAISED = 0.9, 0.15
_GLYPH = 0.45  # an average glyph's width, in text sizes: a run's end is estimated from its length
_CELL_CHARS = 25  # a table's cells are short: the median of them at most this many characters
_COVER = 0.8  # the stretch of plain text taken for a table holds this share of its words (chosen)
_MARKER = re.compile(r"^\s*(?:[•◦▪▫‣∙·●○■□►▶➢➤✓✔*–—-]|[\uf000-\uf0ff]|o|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|"
                     r"\(?(?:[ivxlc]{1,6}|[IVXLC]{1,6})[.)])\s*$")


@dataclass(frozen=True)
class Placed:
    """A run of text and where it sits: x and y on the page, and its size as printed."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False

    @property
    def end(self) -> float:
        return self.x + len(self.text.strip()) * self.size * _GLYPH


def visitor(out: list[Placed]) -> Callable[..., None]:
    """A pypdf text visitor that keeps each run with its place (the text matrix's origin through
    the current transformation) and its printed size."""
    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            scale = ((tm[2] ** 2 + tm[3] ** 2) ** 0.5) * ((cm[2] ** 2 + cm[3] ** 2) ** 0.5) or 1.0
            name = str(font.get("/BaseFont", "")) if hasattr(font, "get") else ""
            out.append(Placed(text, round(x, 1), round(y, 1), round(float(size) * scale, 2), bool(_BOLD.search(name))))
    return visit


_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


def bold_lines(runs: list[Placed]) -> set[str]:
    """The lines of a page set wholly in a bold face, as their text reads ("2.1 Lithium" over the
    paragraph it heads, in the text's own size)."""
    return {_norm(" ".join(r.text for r in line)) for line in _lines(runs) if all(r.bold for r in line)}


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    words: frozenset[str]  # every word of its cells and header

    def mapped(self, fn: Callable[[str], str]) -> "Table":
        """The table with `fn` applied to every cell (the page's text is cleaned so too)."""
        header = tuple(fn(h) for h in self.header) if self.header else None
        rows = tuple(tuple(fn(c) for c in r) for r in self.rows)
        return Table(header, rows, frozenset(_words(" ".join([c for r in rows for c in r] + list(header or ())))))

    def lines(self) -> list[str]:
        """The header, then each row with its cells labelled by their columns, as an HTML or Word
        table's rows are given."""
        header = list(self.header) if self.header else None
        return ([table_row(header)] if header else []) + [table_row(list(r), header) for r in self.rows]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _lines(runs: list[Placed]) -> list[list[Placed]]:
    """The page's runs as lines, top to bottom, each left to right. By place, not by drawing order:
    a table is drawn cell by cell, and a cell over two lines comes before the next cell."""
    out: list[list[Placed]] = []
    for r in sorted(runs, key=lambda r: (-r.y, r.x)):
        if out and abs(out[-1][0].y - r.y) < _SAME_LINE * r.size:
            out[-1].append(r)
        else:
            out.append([r])
    return [sorted((r for r in line if not _is_mark(r, line)), key=lambda r: r.x) for line in out]


def _is_mark(r: Placed, line: list[Placed]) -> bool:
    """A footnote mark ("… (tonnes)¹"): a run of its own of one or two digits, set smaller and
    raised off the line; not a cell."""
    top = max(line, key=lambda q: q.size)
    return (len(r.text.strip()) <= 2 and r.text.strip().isdigit() and r.size < _MARK * top.size
            and abs(r.y - top.y) > _RAISED * top.size)


def _aligned(column: list[Placed]) -> bool:
    tol = _ALIGN * max(r.size for r in column)
    for edge in (lambda r: r.x, lambda r: r.end, lambda r: (r.x + r.end) / 2):
        xs = [edge(r) for r in column]
        if max(xs) - min(xs) <= tol:
            return True
    return False


def _column_of(r: Placed, lefts: list[float], size: float) -> int | None:
    """The column a wrapped cell's further line sits in: it starts where the column does and ends
    before the next one starts (a paragraph under the table runs across them)."""
    tol = _ALIGN * size
    for k, left in enumerate(lefts):
        nxt = lefts[k + 1] if k + 1 < len(lefts) else float("inf")
        if abs(r.x - left) <= tol and r.end <= nxt + tol:
            return k
    return None


def _rows(lines: list[list[Placed]], i: int) -> tuple[list[list[str]], int, list[list[Placed]]]:
    """The rows that start at line i: lines of as many runs as line i whose columns line up, each
    with the further lines of its wrapped cells (cells set top-aligned); the cells' texts, the
    index after the last line taken, and the rows' first lines."""
    n = len(lines[i])
    firsts = [lines[i]]
    rows = [[_norm(r.text) for r in lines[i]]]
    size = max(r.size for r in lines[i])
    j = i + 1
    while j < len(lines):
        line = lines[j]
        gap = abs(lines[j - 1][0].y - line[0].y)
        # each row lines up with the one above it (an estimated end drifts with a header's wider letters)
        if len(line) == n and all(_aligned([firsts[-1][k], line[k]]) for k in range(n)):
            firsts.append(line)
            rows.append([_norm(r.text) for r in line])
        elif len(line) < n and gap <= 1.6 * size and all(abs(r.size - size) <= 0.05 * size for r in line):
            lefts = [min(f[k].x for f in firsts) for k in range(n)]
            ks = [_column_of(r, lefts, size) for r in line]
            if any(k is None for k in ks):
                break
            for r, k in zip(line, ks):
                rows[-1][k] = _norm(f"{rows[-1][k]} {r.text}")  # type: ignore[index]
        else:
            break
        j += 1
    return rows, j, firsts


def _is_table(firsts: list[list[Placed]], rows: list[list[str]], header: bool) -> bool:
    n = len(firsts[0])
    if n < 2 or len(rows) < (2 if header else 3):
        return False
    cells = sorted(len(c) for row in rows for c in row)
    if cells[len(cells) // 2] > _CELL_CHARS:
        return False  # two columns of prose side by side
    # a list: a marker and an item on each line (a bullet of any font: one or two marks, no letter
    # or figure; "US", "EU" key a table)
    return not all(_MARKER.match(f[0].text) or len(f[0].text.strip()) <= 2 and not any(ch.isalnum() for ch in f[0].text)
                   for f in firsts)


_FIGURE = re.compile(r"^[\s$€£¥(+~≈<>-]*\d[\d.,]*\s*(?:%|bn|m|k)?\)?$|^(?:n/?a|–|-|—)$", re.IGNORECASE)


def _names_columns(rows: list[list[str]]) -> bool:
    """Is the first row a header: no figure in it, and one in every row under it?"""
    return not any(_FIGURE.match(c) for c in rows[0]) and all(any(_FIGURE.match(c) for c in r) for r in rows[1:])


def _header(lines: list[list[Placed]], i: int, firsts: list[list[Placed]]) -> tuple[str, ...] | None:
    """The column names set above the first row on lines of their own (stacked: "Households" over
    "surveyed"): runs in the rows' size just above them, grouped by where they start into as many
    columns as the rows have; None when they do not fall into them."""
    n = len(firsts[0])
    size = firsts[0][0].size
    pitch = abs(firsts[1][0].y - firsts[0][0].y) if len(firsts) > 1 else size * 2
    left = min(r.x for f in firsts for r in f) - _ALIGN * size
    right = max(r.end for f in firsts for r in f) + _ALIGN * size
    taken: list[Placed] = []
    for line in reversed(lines[:i]):
        if (any(abs(r.size - size) > 0.05 * size or not left <= r.x <= right for r in line)
                or line[0].y - firsts[0][0].y > 4 * pitch):
            break
        taken += line
    if not taken:
        return None
    columns: list[list[Placed]] = []
    for r in sorted(taken, key=lambda r: r.x):
        if columns and r.x - columns[-1][0].x <= _ALIGN * size:
            columns[-1].append(r)
        else:
            columns.append([r])
    if len(columns) != n:
        return None
    return tuple(_norm(" ".join(r.text for r in sorted(col, key=lambda r: -r.y))) for col in columns)


def tables(runs: list[Placed]) -> list[Table]:
    """The tables of one page, from its runs."""
    lines = _lines(runs)
    out: list[Table] = []
    i = 0
    while i < len(lines):
        if len(lines[i]) < 2:
            i += 1
            continue
        rows, j, firsts = _rows(lines, i)
        header = _header(lines, i, firsts) if len(firsts) >= 2 else None
        bold = all(r.bold for r in firsts[0]) and not all(r.bold for f in firsts[1:] for r in f)
        if not _is_table(firsts, rows, header is not None):
            header, (rows, j, bold) = None, _banded(lines, i) or ([], i + 1, False)
            if not rows:
                i += 1
                continue
        if header is None and (bold or _names_columns(rows)):
            header, rows = tuple(rows[0]), rows[1:]  # set on one line (or band), so read as a row
        cells = [c for row in rows for c in row] + list(header or ())
        out.append(Table(header, tuple(tuple(r) for r in rows), frozenset(_words(" ".join(cells)))))
        i = j
    return out


# rows of a table whose cells are set mid-height are told apart by the space between them: a
# gap this many times the smallest gap between its lines (a cell's own line spacing) starts a row
_ROW_GAP = 1.4
_FAR = 6  # a gap this many times a cell's line spacing is past the table's end (chosen)


def _banded(lines: list[list[Placed]], i: int) -> tuple[list[list[str]], int, bool] | None:
    """A table whose wrapped cells are set mid-height (a browser's default): no line holds a
    whole row. The lines from i on that keep the table's size and hold no prose line are read as
    columns (where the runs of several rows start) and rows (lines closer together than rows are). The
    rows, the index after them, and whether the first row alone is bold (a header)."""
    size = max(r.size for r in lines[i])
    region = [lines[i]]
    j = i + 1
    closest = float("inf")  # the smallest gap between the region's lines so far
    while j < len(lines):
        line = lines[j]
        gap = abs(region[-1][0].y - line[0].y)
        if (gap > _FAR * min(closest, gap) or any(abs(r.size - size) > 0.05 * size for r in line)
                or len(line) == 1 and len(line[0].text.strip()) > 2 * _CELL_CHARS):
            break
        region.append(line)
        closest = min(closest, gap)
        j += 1
    gaps = [abs(a[0].y - b[0].y) for a, b in zip(region, region[1:])]
    if not gaps or min(gaps) <= 0:
        return None
    bands: list[list[list[Placed]]] = [[region[0]]]
    for line, gap in zip(region[1:], gaps):
        if gap > _ROW_GAP * min(gaps):
            bands.append([line])
        else:
            bands[-1].append(line)
    # columns start where the runs of several rows start (cells set from the left; a centred
    # header starts anywhere, and falls in the column its middle is in)
    starts: list[list[float]] = []
    for x in sorted(r.x for line in region for r in line):
        if starts and x - starts[-1][-1] <= 0.5 * size:
            starts[-1].append(x)
        else:
            starts.append([x])
    columns = [min(xs) for xs in starts if len(xs) >= max(2, len(bands) // 2)]
    n = len(columns)
    if n < 2 or n < max(len(line) for line in region):
        return None
    # by its middle: a centred header wider than its column's figures starts left of them
    placed = [[(max([k for k, start in enumerate(columns) if start <= (r.x + r.end) / 2] or [0]), r)
               for line in band for r in line] for band in bands]
    # right-aligned figures start where their widths put them ("2,900" left of "980"), and a centred
    # header elsewhere again: two neighbouring columns no row fills both of are one
    merged = list(range(n))
    for k in range(n - 1, 0, -1):
        if not any({k - 1, k} <= {merged[c] for c, _ in band} for band in placed):
            merged = [m if m < k else m - 1 for m in merged]
    n = max(merged) + 1 if merged else 0
    if n < 2:
        return None
    rows = []
    for band in placed:
        cells = [""] * n
        for k, r in band:
            cells[merged[k]] = _norm(f"{cells[merged[k]]} {r.text}")
        rows.append(cells)
    firsts = [[Placed(c, 0, 0, size) for c in row] for row in rows]  # the cells, for the table tests
    bold = all(r.bold for line in bands[0] for r in line) and not all(
        r.bold for band in bands[1:] for line in band for r in line)
    if any(not row[0] for row in rows) or not _is_table(firsts, rows, bold or _names_columns(rows)):
        return None
    return rows, j, bold


def place(lines: list[str], found: list[Table], keep: set[str] | frozenset[str] = frozenset()) -> dict[int, Table | None]:
    """Where each table sits among a page's plain-text lines, whose order within a table of
    wrapped cells is pypdf's own: the longest stretch of lines made only of the table's words,
    holding most of them. Its first line maps to the table (its rows are given there), the
    others to None. A table not found so is left to the plain text. Lines in `keep` (headings)
    are never a table's."""
    out: dict[int, Table | None] = {}
    words = [set() if x.strip() in keep else _words(x) for x in lines]
    held = {k for k, x in enumerate(lines) if x.strip() in keep}
    for t in found:
        best: tuple[int, int] | None = None
        k = 0
        while k < len(lines):
            if k in out or k in held or not words[k] or not words[k] <= t.words:
                k += 1
                continue
            end = k
            while end < len(lines) and end not in out and end not in held and (not words[end] or words[end] <= t.words):
                end += 1
            if best is None or end - k > best[1] - best[0]:
                best = (k, end)
            k = end
        if best is None or len(set().union(*words[best[0]:best[1]])) < _COVER * len(t.words):
            continue
        out[best[0]] = t
        for k in range(best[0] + 1, best[1]):
            out[k] = None
    return out
