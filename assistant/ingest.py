"""Loaders by suffix: a file becomes a `Document` of structural blocks, or a clear `IngestError`."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .bounds import FileBudget
from .config import LimitSettings
from .errors import FileTooLarge, IngestError, UnreadableFile, UnsupportedFormat
from .types import Block, Document

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"[ \t\u00a0]+")
_LIST = re.compile(r"^\s*(?:[-*+•▪◦]|\d{1,3}[.)])\s+(.*)$")
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+\S")


def source_name(path: Path, root: Path | None) -> str:
    """How a file is named in citations: relative to the corpus root when inside it."""
    path = path.resolve()
    if root is not None:
        try:
            return path.relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def iter_files(paths: Iterable[Path], *, on_skip: Callable[[Path, str], None]) -> Iterator[Path]:
    """Files under `paths` in a stable order. Folders are walked; inside a folder, hidden files and
    symlinks that lead outside it are skipped (reported through `on_skip`), never followed."""
    for p in paths:
        if p.is_dir():
            root = p.resolve()
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    f = Path(dirpath) / name
                    if name.startswith("."):
                        continue
                    if f.is_symlink() and not _inside(f.resolve(), root):
                        on_skip(f, "symlink to a file outside the folder; not followed")
                        continue
                    yield f
        else:
            yield p


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def load(path: Path, *, root: Path | None = None, max_bytes: int | None = None,
         limits: LimitSettings | None = None) -> Document:
    """Read one file within `limits` (bounded work per file). Raises an `IngestError` subclass
    saying what is wrong and what to do."""
    limits = limits or LimitSettings()
    max_bytes = int(limits.max_file_mb * 2**20) if max_bytes is None else max_bytes
    name = source_name(path, root)
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        supported = ", ".join(sorted(LOADERS))
        raise UnsupportedFormat(name, f"unsupported file type {path.suffix or '(none)'!r}; supported: {supported}")
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UnreadableFile(name, "not a regular file")
        if size == 0:
            raise UnreadableFile(name, "the file is empty")
        if size > max_bytes:
            raise FileTooLarge(name, f"{size / 2**20:.1f} MB is over the {max_bytes / 2**20:.0f} MB limit "
                                     "(limits.max_file_mb)")
        data = path.read_bytes()
    except IngestError:
        raise
    except OSError as err:
        raise UnreadableFile(name, f"cannot read it ({err.strerror or err})") from err
    digest = hashlib.sha256(data).hexdigest()
    budget = FileBudget(name, limits)
    try:
        title, blocks, meta, warnings = loader(data, path, budget)
    except IngestError:
        raise
    except Exception as err:  # a parser's own exception: translate it once, here
        raise UnreadableFile(name, f"cannot parse it as {path.suffix.lower()} ({type(err).__name__}: {err})") from err
    blocks = tuple(b for b in blocks if b.text.strip())
    budget.check_chars(sum(len(b.text) for b in blocks))
    if not any(b.kind != "heading" for b in blocks):
        raise UnreadableFile(name, "no text found in it" + (
            " (a scanned PDF without a text layer? OCR it first)" if path.suffix.lower() == ".pdf" else ""))
    return Document(source=name, title=title or _title_from_name(path), blocks=blocks, sha256=digest,
                    metadata=meta, warnings=tuple(warnings))


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


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def _clean(text: str) -> str:
    # zero-width characters inside words split them for search and for the reader
    text = text.translate(_ZERO_WIDTH).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def _line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _title_from_name(path: Path) -> str:
    return re.sub(r"[_-]+", " ", path.stem).strip().capitalize() or path.name


# -- plain text and markdown ------------------------------------------------------------------

def _looks_like_heading(line: str, next_line: str | None) -> bool:
    if not line or len(line) > 90 or next_line is None:
        return False
    if _NUMBERED_HEADING.match(line):
        return True
    return (line[-1] not in ".!?;:,”\"’)" and line[0].isupper() and len(line.split()) <= 10
            and len(next_line) > len(line) and next_line[-1:] in ".!?:”\"")


def _load_txt(data: bytes, path: Path, budget: FileBudget) -> tuple[str, list[Block], dict[str, str], list[str]]:
    text, warnings = _decode(data, path)
    budget.check_chars(len(text))
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    lines_mode = len(paragraphs) <= 2 and text.count("\n") > 5  # one line per paragraph
    units: list[str] = []
    for p in paragraphs:
        if lines_mode or all(_LIST.match(x) for x in p.splitlines() if x.strip()):
            units.extend(_line(x) for x in p.splitlines() if x.strip())
        else:
            units.append(_line(" ".join(p.splitlines())))
    blocks: list[Block] = []
    title = ""
    for i, u in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        m = _LIST.match(u)
        if m and not _NUMBERED_HEADING.match(u):
            blocks.append(Block("list_item", m.group(1)))
        elif _looks_like_heading(u, nxt):
            if i == 0:
                title = u
            blocks.append(Block("heading", u, level=3 if _NUMBERED_HEADING.match(u) else 2))
        else:
            blocks.append(Block("paragraph", u))
    return title, blocks, {}, warnings


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")
_MD_CODE = re.compile(r"`([^`]+)`")


def _md_inline(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_EMPH.sub(r"\2", text)
    return _line(text)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if not m:
        return {}, text
    meta = {}
    for raw in m.group(1).splitlines():
        if ":" in raw:
            k, v = raw.split(":", 1)
            meta[k.strip().lower()] = v.strip().strip("'\"")
    return meta, text[m.end():]


def _load_md(data: bytes, path: Path, budget: FileBudget) -> tuple[str, list[Block], dict[str, str], list[str]]:
    text, warnings = _decode(data, path)
    budget.check_chars(len(text))
    meta, body = _front_matter(text)
    blocks: list[Block] = []
    para: list[str] = []
    fence: list[str] | None = None

    def flush() -> None:
        if para:
            blocks.append(Block("paragraph", _md_inline(" ".join(para))))
            para.clear()

    lines = body.split("\n")
    for i, raw in enumerate(lines):
        line = raw.rstrip()
        if fence is not None:
            if line.lstrip().startswith("```"):
                blocks.append(Block("code", "\n".join(fence)))
                fence = None
            else:
                fence.append(line)
            continue
        if line.lstrip().startswith("```"):
            flush()
            fence = []
            continue
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", stripped)
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if heading:
            flush()
            blocks.append(Block("heading", _md_inline(heading.group(2)), level=len(heading.group(1))))
        elif para and re.fullmatch(r"=+|-+", stripped):  # setext heading underline
            blocks.append(Block("heading", _md_inline(" ".join(para)), level=1 if stripped[0] == "=" else 2))
            para.clear()
        elif _LIST.match(stripped) and not (para and re.fullmatch(r"-+", nxt)):
            flush()
            blocks.append(Block("list_item", _md_inline(_LIST.match(stripped).group(1))))  # type: ignore[union-attr]
        elif stripped.startswith(">"):
            flush()
            blocks.append(Block("quote", _md_inline(stripped.lstrip("> "))))
        elif stripped.startswith("|") and stripped.endswith("|"):
            flush()
            if not re.fullmatch(r"[|:\- ]+", stripped):
                cells = [_md_inline(c) for c in stripped.strip("|").split("|")]
                blocks.append(Block("table", " | ".join(c for c in cells if c)))
        elif blocks and blocks[-1].kind == "list_item" and not para and raw.startswith(("  ", "\t")):
            last = blocks.pop()  # continuation line of a list item
            blocks.append(Block("list_item", last.text + " " + _md_inline(stripped)))
        else:
            para.append(stripped)
    flush()
    if fence:
        blocks.append(Block("code", "\n".join(fence)))
    title = meta.get("title") or next((b.text for b in blocks if b.kind == "heading" and b.level == 1), "")
    return title, blocks, meta, warnings


# -- HTML -------------------------------------------------------------------------------------

_HTML_BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "th", "dt",
                "dd", "figcaption", "caption", "div", "section", "article", "main", "table", "tr"}
_HTML_DROP = ["script", "style", "noscript", "nav", "footer", "aside", "form", "svg", "template", "iframe"]


def _load_html(data: bytes, path: Path, budget: FileBudget) -> tuple[str, list[Block], dict[str, str], list[str]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(_HTML_DROP):
        tag.decompose()
    title = _line(soup.title.get_text(" ")) if soup.title else ""
    meta = {m.get("name", "").lower(): m.get("content", "") for m in soup.find_all("meta") if m.get("name")}
    body = soup.body or soup
    blocks: list[Block] = []
    for el in body.find_all(True):
        budget.tick()
        name = el.name
        if name not in _HTML_BLOCKS or name in ("table", "tr", "section", "article", "main"):
            continue
        if el.find(lambda t: t.name in _HTML_BLOCKS):  # not a leaf: its children emit the text
            if name in ("li", "td", "th", "dd", "blockquote", "div"):
                own = _line(" ".join(s for s in el.find_all(string=True, recursive=False)))
                if own:
                    blocks.append(Block("paragraph", own))
            continue
        text = _line(el.get_text(" "))
        if not text:
            continue
        if name[0] == "h" and name[1:].isdigit():
            blocks.append(Block("heading", text, level=int(name[1])))
        elif name == "li":
            blocks.append(Block("list_item", text))
        elif name == "blockquote":
            blocks.append(Block("quote", text))
        elif name == "pre":
            blocks.append(Block("code", el.get_text()))
        else:
            blocks.append(Block("paragraph", text))
    if not title:
        title = next((b.text for b in blocks if b.kind == "heading"), "")
    return title, blocks, {k: v for k, v in meta.items() if k in ("author", "description")}, []


# -- PDF ----------------------------------------------------------------------------------------

def _load_pdf(data: bytes, path: Path, budget: FileBudget) -> tuple[str, list[Block], dict[str, str], list[str]]:
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # it logs every malformed object
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile(path.name, "the PDF is encrypted with a password; decrypt it first")
        pages, chars = [], 0
        for page in reader.pages:
            budget.tick()
            pages.append(page.extract_text() or "")
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
    for number, text in enumerate(pages, start=1):
        text = _clean(text)
        lines = [_line(x) for x in text.split("\n")]
        para: list[str] = []
        for i, line in enumerate(lines):
            nxt = next((x for x in lines[i + 1:] if x), None)
            if not line:
                if para:
                    blocks.append(Block("paragraph", _join_pdf_lines(para), page=number))
                    para = []
            elif not para and _looks_like_heading(line, nxt) and len(line) < 70:
                blocks.append(Block("heading", line, level=2, page=number))
            elif _LIST.match(line):
                if para:
                    blocks.append(Block("paragraph", _join_pdf_lines(para), page=number))
                    para = []
                blocks.append(Block("list_item", _LIST.match(line).group(1), page=number))  # type: ignore[union-attr]
            else:
                para.append(line)
        if para:
            blocks.append(Block("paragraph", _join_pdf_lines(para), page=number))
    info = reader.metadata or {}
    title = _line(str(info.get("/Title") or ""))
    meta = {"author": _line(str(info.get("/Author")))} if info.get("/Author") else {}
    return title, blocks, meta, []


def _join_pdf_lines(lines: list[str]) -> str:
    out = lines[0]
    for line in lines[1:]:
        if out.endswith("-") and line[:1].islower():
            out = out[:-1] + line  # a word hyphenated across lines
        else:
            out += " " + line
    return out


# -- DOCX ---------------------------------------------------------------------------------------

def _load_docx(data: bytes, path: Path, budget: FileBudget) -> tuple[str, list[Block], dict[str, str], list[str]]:
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
            for row in Table(child, document).rows:
                budget.tick()
                cells = [_line(c.text) for c in row.cells]
                chars += sum(map(len, cells))
                budget.check_chars(chars)
                uniq = [c for i, c in enumerate(cells) if c and c not in cells[:i]]
                if uniq:
                    blocks.append(Block("table", " | ".join(uniq)))
    props = document.core_properties
    title = title or _line(props.title or "")
    meta = {"author": props.author} if props.author else {}
    return title, blocks, meta, []


Loader = Callable[[bytes, Path, FileBudget], tuple[str, list[Block], dict[str, str], list[str]]]
LOADERS: dict[str, Loader] = {
    ".md": _load_md, ".markdown": _load_md, ".txt": _load_txt, ".text": _load_txt,
    ".html": _load_html, ".htm": _load_html, ".pdf": _load_pdf, ".docx": _load_docx,
}
SUPPORTED_SUFFIXES = tuple(sorted(LOADERS))
