"""Text as the loaders need it: decoded (byte-order marks, UTF-8 or Windows-1252), cleaned
(control and zero-width characters, spaces), and the line tests shared by the plain-text, PDF
and Markdown loaders."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import UnreadableFile

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"[ \t\u00a0]+")
_LIST = re.compile(r"^\s*(?:[-*+•▪◦]|\d{1,3}[.)])\s+(.*)$")
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+\S")


# -- text decoding ---------------------------------------------------------------------------

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    # a byte-order mark says the encoding outright (Windows tools save UTF-16 with one); UTF-16's
    # zero bytes would otherwise read as binary data
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data.decode(encoding)), []
            except UnicodeDecodeError:
                raise UnreadableFile(path.name, f"starts like {encoding.upper()} text but is not") from None
    head = data[:8192]
    if b"\x00" in head or (head and sum(b < 9 or 13 < b < 32 for b in head) / len(head) > 0.1):
        raise UnreadableFile(path.name, "binary data, not text (wrong extension?)")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        warnings.append("not valid UTF-8; decoded as Windows-1252")
    return _clean(text), warnings


# typographic ligatures, as a PDF's text layer gives them ("ﬁrst", "oﬀtake"): one character to
# search and to the reader, which matched neither "first" nor "offtake"
LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
_CHARACTERS: dict[int, str | None] = {**dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad")), **LIGATURES}


def _clean(text: str) -> str:
    # zero-width characters inside words split them for search and for the reader; ligatures spelled out
    text = text.translate(_CHARACTERS).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def _line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _looks_like_heading(line: str, next_line: str | None) -> bool:
    if not line or len(line) > 90 or next_line is None:
        return False
    if _NUMBERED_HEADING.match(line):
        return True
    return (line[-1] not in ".!?;:,”\"’)" and line[0].isupper() and len(line.split()) <= 10
            and len(next_line) > len(line) and next_line[-1:] in ".!?:”\"")


_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_LABELLED = re.compile(r"^[A-Z][\w .'/&()-]{0,30}:\s+\S")


def numbered_title(line: str, prev: str | None, nxt: str | None) -> bool:
    """Is "1. Benchmarks" a section heading above its text rather than the first item of a
    numbered list? Short, no sentence ending, capitalised, with text after it, and neither the
    line before nor the line after numbered (a list's items are)."""
    m = _NUMBERED.match(line)
    if not m or nxt is None or _NUMBERED.match(nxt) or (prev is not None and _NUMBERED.match(prev)):
        return False
    # the text after it starts anew ("The Geological Survey …", "- GSP will …"); a line that runs on
    # in lower case ("1. Fund the railway as an" / "alternative route") is a wrapped list item
    if not (nxt.strip()[:1].isupper() or nxt.strip()[:1].isdigit() or _LIST.match(nxt)):
        return False
    rest = line[m.end():].strip()
    return bool(rest) and rest[0].isupper() and len(rest.split()) <= 10 and rest[-1] not in ".!?;:,"


_SUB_CLAUSE = re.compile(r"^\((?:\d{1,3}|[a-z]{1,2}|[ivx]{1,5})\)\s+\S")
_LETTERED = re.compile(r"^\((?:[a-z]{1,2}|[ivx]{1,5})\)\s+\S")


def clause_heading(raw: list[str]) -> bool:
    """Is this paragraph a numbered clause of rules, a contract or a notification, "3. Royalty on
    critical minerals." above its own indented text ("(1) Royalty shall be charged …")? The
    indentation says so, whatever punctuation the heading ends with; read as one list item, a
    clause with five sub-clauses was one 500-character "sentence" past the reader's window."""
    if len(raw) < 2 or raw[0][:1].isspace() or not _NUMBERED.match(raw[0]):
        return False
    # the text under it starts anew; "1. Fund the railway as an" over "   alternative route." is
    # a list item wrapped onto an indented line
    first = raw[1].strip()
    return (len(raw[0].split()) <= 12 and all(x[:1].isspace() for x in raw[1:])
            and bool(_SUB_CLAUSE.match(first) or first[:1].isupper()))


_JUNK_TITLE = re.compile(r"^(?:about:blank|untitled(?:\s+document)?\s*\d*|document\s*\d*|title|slide\s*\d+|"
                         r"(?:powerpoint\s+)?presentation\s*\d*|book\s*\d*|microsoft\s+(?:word|powerpoint|excel)\s*-.*|"
                         r".*\.(?:docx?|pdf|pptx?|xlsx?|rtf|txt|html?)|.*\\.*|/\S*|(?:https?|file)://\S*)$", re.IGNORECASE)


def metadata_title(title: str) -> str:
    """A file's metadata title, or "" where it names nothing: what tools leave there ("about:blank"
    from a browser's print to PDF, "Microsoft Word - draft3.docx", "Untitled"). A blind user test
    saw "about:blank" as a document's name in every source line."""
    title = _line(title)
    return "" if _JUNK_TITLE.match(title) else title


def capitals_heading(line: str, more: bool) -> bool:
    """A short line in capitals with text after it (`more`), as typed notices, rules and contracts
    set their headings ("THE BALOCHISTAN MINERAL (AMENDMENT) RULES, 2026", "NOTIFICATION"); not a
    figure ("CHINA 60%")."""
    return (more and line.isupper() and len(line.split()) <= 12 and "%" not in line
            and line[-1] not in ".!?;:," and sum(ch.isalpha() for ch in line) >= 6)


def sub_clauses(lines: list[str]) -> list[str]:
    """A clause's lines as its sub-clauses: each "(1)", "(a)" or "(iv)" line starts one, and a line
    without a marker runs on from the one before (wrapped text, or the clause's unnumbered text)."""
    out: list[str] = []
    for line in lines:
        if out and not _SUB_CLAUSE.match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def separate_lines(lines: list[str]) -> bool:
    """Are these lines of one paragraph each a line of its own, not prose wrapped across them? A
    header block: a first line, then "Date: 14 March 2025", "Chair: Dr. Amina Rahman" lines."""
    return len(lines) > 1 and all(_LABELLED.match(x.strip()) for x in lines[1:])


def looks_like_title(first: str, rest: int) -> bool:
    """Is the first paragraph of a plain-text file its title? A short line with no sentence
    ending, followed by more text ("Field note - visit to Gwadar desalination plant, 14 February
    2025"): without it as the title, two notes that say "the plant" read alike to the reader, and
    the file name ("field-note.txt") is all that tells them apart."""
    return (rest > 0 and 0 < len(first) <= 120 and len(first.split()) <= 16 and first[-1] not in ".!?;:,"
            and (first[0].isupper() or first[0].isdigit()))


def table_row(cells: list[str], header: list[str] | None = None) -> str:
    """One row of a table as one line the reader can read alone: each cell labelled by its column
    ("Year: 2023 | Imports (GW): 5") when the table has a header row of the same width; a bare
    "2023 | 5" says nothing about what 5 is."""
    if header is not None and len(header) == len(cells):
        return " | ".join(f"{h}: {c}" if h and h != c else c for h, c in zip(header, cells) if c)
    return " | ".join(c for c in cells if c)

