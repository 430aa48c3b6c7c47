"""Loaders by suffix: a file becomes a `Document` of structural blocks, or a clear `IngestError`."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import office
from .bounds import FileBudget
from .config import LimitSettings
from .errors import FileTooLarge, IngestError, UnreadableFile, UnsupportedFormat
from .plaintext import (_LETTERED, _LIST, _NUMBERED_HEADING, _decode, _line, _looks_like_heading, capitals_heading,
                        clause_heading, looks_like_title, numbered_title, separate_lines, sub_clauses, table_row)
from .types import Block, Document


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


def _title_from_name(path: Path) -> str:
    # only its first letter raised: "Kohdar (FINAL)" had become "kohdar (final)" (a blind user test)
    name = re.sub(r"\s+", " ", re.sub(r"[_-]+", " ", path.stem)).strip()
    return name[:1].upper() + name[1:] or path.name


# -- plain text and markdown ------------------------------------------------------------------

def _load_txt(data: bytes, path: Path, budget: FileBudget) -> tuple[str, list[Block], dict[str, str], list[str]]:
    text, warnings = _decode(data, path)
    budget.check_chars(len(text))
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    lines_mode = len(paragraphs) <= 2 and text.count("\n") > 5  # one line per paragraph
    units: list[str] = []
    kinds: dict[int, Block] = {}  # units whose block the layout already decided (its text set below)
    for p in paragraphs:
        raw = [x for x in p.splitlines() if x.strip()]
        if clause_heading(raw):  # "3. Royalty on critical minerals." above its indented "(1) …" lines
            kinds[len(units)] = Block("heading", "", level=3)
            units.append(_line(raw[0]))
            for clause in sub_clauses([_line(x) for x in raw[1:]]):
                kinds[len(units)] = Block("list_item" if _LETTERED.match(clause) else "paragraph", "")
                units.append(clause)
            continue
        if len(raw) == 1 and capitals_heading(_line(raw[0]), p is not paragraphs[-1]):
            # a line of its own in capitals, not a block of them (a table); the rules' clauses nest under it
            kinds[len(units)] = Block("heading", "", level=2)
        lines = [_line(x) for x in raw]
        # a paragraph that opens with its numbered heading ("1. Lithium supply", then its text on
        # the next line); an unnumbered short first line may be prose wrapped at the line's end
        if len(lines) > 1 and numbered_title(lines[0], units[-1] if units else None, lines[1]):
            units.append(lines.pop(0))
        if lines_mode or separate_lines(lines) or all(_LIST.match(x) for x in lines):
            units.extend(lines)
        else:
            units.append(" ".join(lines))
    blocks: list[Block] = []
    title = ""
    # an email opens with its header lines: its subject is its title, and heads what follows (the
    # "From:" line had been the title, and the section of every passage cited from the email)
    header = 0
    while header < len(units) and _EMAIL_FIELD.match(units[header]):
        header += 1
    subject = next((_EMAIL_FIELD.match(u).group(2) for u in units[:header]  # type: ignore[union-attr]
                    if _EMAIL_FIELD.match(u).group(1).lower() == "subject"), "") if header >= 2 else ""  # type: ignore[union-attr]
    if subject:
        title = subject
        blocks += [Block("heading", subject, level=2)] + [Block("paragraph", u) for u in units[:header]]
        kinds = {i - header: b for i, b in kinds.items() if i >= header}
        units = units[header:]
    for i, u in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        m = _LIST.match(u)
        numbered = numbered_title(u, units[i - 1] if i else None, nxt)
        if i in kinds:
            if kinds[i].kind == "heading" and i == 0 and not title:
                title = u
            blocks.append(dataclasses.replace(kinds[i], text=u))
        elif m and not _NUMBERED_HEADING.match(u) and not numbered:
            blocks.append(Block("list_item", m.group(1)))
        elif numbered or _looks_like_heading(u, nxt):
            if i == 0 and not title:  # an email's subject stays its title
                title = u
            blocks.append(Block("heading", u, level=3 if _NUMBERED_HEADING.match(u) else 2))
        elif i == 0 and not title and looks_like_title(u, len(units) - 1):
            # the title, and still a line of text: a note without full stops may open with a fact
            title = u
            blocks += [Block("heading", u, level=2), Block("paragraph", u)]
        else:
            blocks.append(Block("paragraph", u))
    return title, blocks, {}, warnings


_EMAIL_FIELD = re.compile(r"^(From|To|Cc|Bcc|Date|Sent|Subject|Reply-To)\s*:\s*(.*\S)", re.IGNORECASE)


# a URL may hold one level of parentheses (Wikipedia's "Reko_Diq_(mine)")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"]*\")?\)")
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
    header: list[str] | None = None  # the current Markdown table's header row
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
            fence, header = [], None
            continue
        stripped = line.strip()
        if not stripped:
            flush()
            header = None  # a table's header labels only its own rows
            continue
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", stripped)
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if not (stripped.startswith("|") and stripped.endswith("|")):
            header = None  # a table's header labels only its own rows
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
                first_row = not (i > 0 and lines[i - 1].strip().startswith("|"))
                # the header row (a table's first, above its |---| line) labels the rows below
                if first_row and re.fullmatch(r"\|?[|:\- ]+\|?", nxt) and "-" in nxt:
                    blocks.append(Block("table", table_row(cells)))
                    header = cells
                else:
                    blocks.append(Block("table", table_row(cells, header)))
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


# a page's furniture by its class or id: Mozilla Readability's "unlikely candidates" (lists of
# related stories, comments, share buttons, sidebars, menus) as whole words of the class or id
# ("comment", not "commentary"; a reviewer's cases), without "header" and "banner" (a title and
# byline sit there) and "social" ("social-impacts" is a section); an element also called
# "content", "article", "main" or "body" is kept, as Readability keeps it
_UNLIKELY = frozenset("ad ads breadcrumb breadcrumbs combx comment comments disqus footer gdpr menu related remark "
                      "replies rss shoutbox sidebar skyscraper sponsor sponsored pagination pager popup share sharing "
                      "newsletter subscribe cookie cookies".split())
_MAYBE = frozenset("and article body column content main shadow".split())
# Readability's fallback: a filter that takes more than this share of a page's text took content
_FURNITURE_SHARE = 0.5


def _boilerplate(tag: Any) -> bool:
    if tag.attrs is None:
        return False
    words = set(re.split(r"[-_\s]+", " ".join([*(tag.get("class") or []), tag.get("id") or ""]).lower())) - {""}
    return bool(words & _UNLIKELY) and not words & _MAYBE and tag.find(["h1"]) is None


def _without_furniture(soup: Any) -> None:
    """Drop the page's furniture (`_boilerplate`), unless that would drop most of its text."""
    whole = len((soup.body or soup).get_text(" ", strip=True))
    furniture = [t for t in soup.find_all(True) if t.name not in ("html", "body") and _boilerplate(t)]
    outer = [t for t in furniture if not any(p in furniture for p in t.parents)]
    if sum(len(t.get_text(" ", strip=True)) for t in outer) > _FURNITURE_SHARE * whole:
        return
    for t in outer:
        t.decompose()


def _load_html(data: bytes, path: Path, budget: FileBudget) -> tuple[str, list[Block], dict[str, str], list[str]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(_HTML_DROP):
        tag.decompose()
    _without_furniture(soup)
    title = _line(soup.title.get_text(" ")) if soup.title else ""
    meta = {m.get("name", "").lower(): m.get("content", "") for m in soup.find_all("meta") if m.get("name")}
    body = soup.body or soup
    blocks: list[Block] = []
    data_tables: set[int] = set()  # read row by row; what is inside them is read with them
    for el in body.find_all(True):
        budget.tick()
        name = el.name
        if any(id(t) in data_tables for t in el.find_parents("table")):
            continue
        if name == "table" and _is_data_table(el):
            data_tables.add(id(el))
            blocks.extend(_html_table(el))
            continue
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


# a cell holding any of these, or more text than this, makes a table a page's layout, read as the
# page it lays out (headings, paragraphs), not row by row
_LAYOUT_TAGS = ("table", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "div", "blockquote", "pre")
_CELL_CHARS = 300


def _is_data_table(table: Any) -> bool:
    cells = table.find_all(["td", "th"])
    return bool(cells) and table.find(_LAYOUT_TAGS) is None \
        and all(len(_line(c.get_text(" "))) <= _CELL_CHARS for c in cells)


def _html_table(table: Any) -> list[Block]:
    """A data table as its caption and one line per row, each cell labelled by its column when
    its first row is a header (all <th>)."""
    caption = table.find("caption", recursive=False)
    text = _line(caption.get_text(" ")) if caption is not None else ""
    out = [Block("paragraph", text)] if text else []
    header: list[str] | None = None
    first = True
    for tr in table.find_all("tr"):
        cells = tr.find_all(["td", "th"], recursive=False)
        texts = [_line(c.get_text(" ")) for c in cells]
        if not any(texts):
            continue
        out.append(Block("table", table_row(texts, header)))
        if first and all(c.name == "th" for c in cells):
            header = texts
        first = False
    return out


Loader = Callable[[bytes, Path, FileBudget], tuple[str, list[Block], dict[str, str], list[str]]]
LOADERS: dict[str, Loader] = {
    ".md": _load_md, ".markdown": _load_md, ".txt": _load_txt, ".text": _load_txt,
    ".html": _load_html, ".htm": _load_html, ".pdf": office.load_pdf, ".docx": office.load_docx,
}
SUPPORTED_SUFFIXES = tuple(sorted(LOADERS))
