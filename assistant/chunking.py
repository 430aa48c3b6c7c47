"""Structure-aware chunking: passages follow headings, paragraphs, lists and sentences.

A passage never crosses a heading or a page; a list stays with the sentence that introduces it;
only a block longer than `max_chars` is split, at sentence boundaries. Chunk ids hash the
content and its place, so an unchanged document always yields the same ids.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Iterable

from .config import ChunkingSettings
from .types import Block, Chunk, Document

CHUNKER_VERSION = "16"  # 16: lines set large one under another that do not run on are a slide's points, not one heading; 15: a title taken from a file name keeps its capitals; 14: a two-page PDF's running headers and footers dropped too; 13: a table's header row goes into the passage of the rows it names; 12: a PDF table's neighbouring columns no row fills both of are one; an email's Subject is its title; 11: a web page's furniture (related stories, share buttons, comments; by class or id) dropped; 10: a wrapped list item or paragraph runs on after any word that cannot end a sentence ("so that"); 9: hyphens joined where English knows the word, a bullet starts a list item; 8: a PDF's tables rebuilt from where their cells sit, bold headings, paragraphs across pages, hyphens kept in compounds; 7: a PDF's headings told by their font size, ligatures ("ﬁ") spelled out; 4: numbered headings ("1. Benchmarks") and header lines in text and PDF files; 5: a PDF's running headers, footers and page numbers dropped; 6: numbered clauses over indented sub-clauses, and lines in capitals, as headings in text files; junk metadata titles ("about:blank") dropped
SECTION_SEP = " › "  # between the headings of a section path ("Regional Implications › 5.1 China")

_ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "col", "gen", "lt", "capt",
    "maj", "sgt", "st", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "fig",
    "figs", "al", "approx", "dept", "govt", "vol", "pp", "p", "ed", "eds", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ca", "cf", "op",
}
# end of sentence: punctuation, closing quotes/brackets, footnote markers like "[3]", then space
_BOUNDARY = re.compile(r"[.!?…](?:[\"'”’)\]]*)(?:\s?\[\d{1,3}\])*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph. Abbreviations ("U.S.", "e.g.") and initials do not end one."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        before = text[start:m.start() + 1]
        word = re.search(r"([A-Za-z][A-Za-z.]*)\.$", before)
        if word:
            token = word.group(1).lower().rstrip(".")
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        sentence = text[start:end].strip()
        if sentence:
            out.append(sentence)
        start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


@dataclass
class _Unit:
    """Text that must stay together (a paragraph, or a lead-in sentence with its list)."""

    lines: list[str]  # as displayed: list items keep a "- " prefix
    sentences: list[tuple[str, str]]  # ("s" | "l", text): sentence or list item

    @property
    def size(self) -> int:
        return sum(len(x) + 1 for x in self.lines)


def _units(blocks: list[Block]) -> list[_Unit]:
    units: list[_Unit] = []
    for b in blocks:
        if b.kind == "list_item":
            prev = units[-1] if units else None
            is_list = prev is not None and prev.lines and (
                prev.lines[-1].startswith("- ") or prev.lines[-1].rstrip().endswith(":"))
            item = ("l", b.text)
            if prev is not None and is_list:
                prev.lines.append("- " + b.text)
                prev.sentences.append(item)
            else:
                units.append(_Unit(["- " + b.text], [item]))
        elif b.kind in ("code", "table"):
            units.append(_Unit([b.text], [("s", b.text)]))
        else:
            units.append(_Unit([b.text], [("s", s) for s in split_sentences(b.text)]))
    return units


def _split_unit(unit: _Unit, max_chars: int, overlap: int) -> list[_Unit]:
    """Split an over-long unit at sentence boundaries, repeating `overlap` sentences.

    A sentence that introduces a list (ends with ":") and the list's items are one atom.
    """
    atoms: list[list[tuple[str, str]]] = []
    for kind, sent in unit.sentences:
        if kind == "l" and atoms and (atoms[-1][-1][0] == "l" or atoms[-1][-1][1].endswith(":")):
            atoms[-1].append((kind, sent))
        else:
            atoms.append([(kind, sent)])
    parts: list[_Unit] = []
    current: list[list[tuple[str, str]]] = []
    for atom in atoms:
        size = sum(len(s) + 1 for a in current for _, s in a)
        if current and size + sum(len(s) + 1 for _, s in atom) > max_chars:
            parts.append(_from_sentences([x for a in current for x in a]))
            current = current[-overlap:] if overlap else []
            if current and current[-1][-1][0] == "l":
                current = []  # never repeat a whole list
        current.append(atom)
    if current:
        parts.append(_from_sentences([x for a in current for x in a]))
    return parts


def _from_sentences(sentences: list[tuple[str, str]]) -> _Unit:
    lines: list[str] = []
    for kind, s in sentences:
        if kind == "l":
            lines.append("- " + s)
        elif lines and not lines[-1].startswith("- "):
            lines[-1] += " " + s
        else:
            lines.append(s)
    return _Unit(lines, list(sentences))


def _sections(doc: Document) -> Iterable[tuple[str | None, int | None, list[Block]]]:
    """(heading path, page, body blocks) runs: a run ends at any heading or page change."""
    path: dict[int, str] = {}
    body: list[Block] = []
    page: int | None = None

    def heading_path() -> str | None:
        parts = [path[k] for k in sorted(path) if not (k == 1 and path[k] == doc.title)]
        return SECTION_SEP.join(parts) or None

    for b in doc.blocks:
        if b.kind == "heading" or (body and b.page != page):
            if body:
                yield heading_path(), page, body
                body = []
        if b.kind == "heading":
            for level in [k for k in path if k >= b.level]:
                del path[level]
            path[b.level] = b.text
            continue
        page = b.page
        body.append(b)
    if body:
        yield heading_path(), page, body


def is_header_row(row: str, below: str) -> bool:
    """Does `row` ("Route | Origin | Cost (USD per tonne)") name the columns that label the row
    below it ("Route: Chagai to Gwadar (road) | Origin: Dalbandin | …")? A bare row of a table
    without a header ("EXIM | Direct loan | 650") does not: the row below has no labels."""
    cells = [c.strip().rstrip(".") for c in row.split(" | ")]
    if len(cells) < 2:
        return False
    labels = [c.partition(": ") for c in below.split(" | ")]
    if len(labels) < 2 or not all(sep for _, sep, _ in labels):
        return False
    return {h.strip() for h, _, _ in labels} <= set(cells)


def _heads(unit: _Unit, piece: _Unit) -> bool:
    """Is `unit` a table's header row naming the columns of `piece`'s first row?"""
    return len(unit.lines) == 1 and bool(piece.lines) and is_header_row(unit.lines[0], piece.lines[0])


def signature(settings: ChunkingSettings) -> str:
    return f"v{CHUNKER_VERSION}:{settings.target_chars}:{settings.max_chars}:{settings.overlap_sentences}"


def chunk_document(doc: Document, settings: ChunkingSettings) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for section, page, blocks in _sections(doc):
        pending: list[_Unit] = []

        def emit() -> None:
            if not pending:
                return
            text = "\n".join(line for u in pending for line in u.lines)
            units = tuple(s for u in pending for s in u.sentences)
            key = f"{doc.source}\x00{section}\x00{page}\x00{text}"
            n = seen.get(key, 0)
            seen[key] = n + 1
            digest = hashlib.sha256(f"{key}\x00{n}".encode()).hexdigest()[:32]
            chunks.append(Chunk(
                id=digest, source=doc.source, title=doc.title, section=section, page=page, text=text,
                sentences=tuple(s for _, s in units), position=len(chunks),
                list_items=tuple(i for i, (k, _) in enumerate(units) if k == "l"),
            ))
            pending.clear()

        for unit in _units(blocks):
            pieces = [unit] if unit.size <= settings.max_chars else _split_unit(
                unit, settings.target_chars, settings.overlap_sentences)
            for piece in pieces:
                size = sum(u.size for u in pending)
                if pending and size + piece.size > settings.target_chars:
                    # a table's header row goes with the rows it names: alone at a passage's end it
                    # was read as an answer ("Table 2. … Category | Tonnes (Mt) | Zn (%)", round m9)
                    header = pending.pop() if len(pending) > 1 and _heads(pending[-1], piece) else None
                    emit()
                    pending.extend([header] if header else [])
                pending.append(piece)
        emit()
    return chunks


# a sentence that ends with a colon ("... Pakistan must manage several risks:") introduces what
# follows it; at the end of a passage, what follows is in the next passages
_LEAD_IN = re.compile(r":\s*(?:\[\d{1,3}\])?\s*$")
# a sentence that says what follows it is what it introduces, colon or not ("The following minimum
# technical specifications apply to all blocks." opened specifications given as sentences; round
# m11 answered with it alone): "the following" before a plural noun, or "as follows" at its end;
# not "the following March", "the following Tuesday", "the following years" (a reviewer's cases)
_TIMES = (r"days?|weeks?|months?|years?|decades?|seasons?|quarters?|sessions?|meetings?|mornings?|evenings?|nights?|"
          r"weekends?|century|centuries|hours?|minutes?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
          r"january|february|march|april|may|june|july|august|september|october|november|december")
_NOT_PLURAL = r"was|is|has|does|this|thus|its|his|hers|as|us|yes|unless|perhaps"  # words in -s that are no plural
_FOLLOWING = re.compile(rf"\bthe\s+following\s+(?:(?!(?:{_TIMES})\b)[a-z][\w-]*\s+){{0,3}}?"
                        rf"(?!(?:{_TIMES}|{_NOT_PLURAL})\b)[a-z][\w-]*[^s\W]?s\b(?<!ss)[^.!?]*[.]\s*(?:\[\d{{1,3}}\])?\s*$"
                        rf"|\bas\s+follows\s*[.]\s*(?:\[\d{{1,3}}\])?\s*$", re.IGNORECASE)
# the most passages a closing lead-in brings along (one per subsection)
MAX_INTRODUCED = 6


def is_lead_in(sentence: str) -> bool:
    """Does the sentence introduce what follows it ("... several risks:", "The NSP stresses:")?"""
    return _LEAD_IN.search(sentence) is not None or _FOLLOWING.search(sentence) is not None


def introduces(chunk: Chunk) -> bool:
    """Does the passage end by introducing what comes after it (a list or subsections cut off from
    their lead-in by the passage boundary)?"""
    return bool(chunk.sentences) and is_lead_in(chunk.sentences[-1])


def runs_on(chunk: Chunk) -> bool:
    """Does the passage end by announcing points given in prose ("It reveals three weaknesses.") or
    among them ("Second, …"), or among the rows of a table it titles, which may go on in the next
    passages (`introduced`)?"""
    return bool(chunk.sentences) and (announces(chunk.sentences[-1]) or _open_points(chunk.sentences)
                                      or _open_table(chunk.sentences))


def _open_table(sentences: tuple[str, ...]) -> bool:
    """Do the sentences end among the rows of a table whose header row they hold?"""
    return " | " in sentences[-1] and any(is_header_row(a, b) for a, b in zip(sentences, sentences[1:]))


# points given in prose, in order: "First, …", "Secondly, …", "Finally, …"
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
_ORDINAL = re.compile(rf"^\W*(?P<n>{'|'.join(ORDINALS)})(?:ly)?\s*[,:;]|^\W*(?P<last>finally|lastly)\s*[,:]", re.IGNORECASE)


def _points_run_on(chunk: Chunk, following: Iterable[Chunk], limit: int) -> list[Chunk]:
    """The next passages of the section while points given in prose, or a table's rows, run on into
    them: after one that ends announcing them ("It reveals three weaknesses.", the next opening
    "First, …"), or while they have not ended (the last point opened at most `POINT_RUN` sentences
    before the passage's end, and it was no "Finally, …"; each passage ends among the rows)."""
    after = {c.position: c for c in following if c.source == chunk.source and c.position > chunk.position}
    out: list[Chunk] = []
    last = chunk
    while len(out) < limit and last.sentences:
        nxt = after.get(last.position + 1)
        if nxt is None or nxt.section != chunk.section:
            break
        first = next((x for x in nxt.sentences if x not in last.sentences), "")
        if not (_open_points(last.sentences) or last is chunk and announces(last.sentences[-1]) and ordinal(first) == 0
                or " | " in last.sentences[-1] and " | " in first and (last is chunk and _open_table(chunk.sentences)
                                                                      or all(" | " in x for x in last.sentences))):
            break  # (a table's rows run on while each passage ends among them)
        out.append(nxt)
        last = nxt
    return out


def _open_points(sentences: tuple[str, ...]) -> bool:
    """Do the sentences end among points given in prose that may go on ("Second, …" and at most
    `POINT_RUN` sentences after it, no "Finally, …")?"""
    for sentence in reversed(sentences[-(POINT_RUN + 1):]):
        n = ordinal(sentence)
        if n is not None:
            return n >= 0
    return False


# sentences a point given in prose may run on for before the next one opens
POINT_RUN = 3
# a sentence that announces points: a number (or "several") of things one says in turn ("It reveals
# three structural weaknesses.", "Let me draw three conclusions.", "Two passages matter to us."); not
# a count of anything else ("sat for three days", "the two drafts", "rose by 2 points")
_POINT_NOUNS = ("weakness|strength|risk|reason|concern|problem|issue|lesson|conclusion|recommendation|question|"
                "step|change|option|priorit(?:y|ie)|condition|factor|finding|objection|proposal|measure|challenge|gap|"
                "request|demand|thing|way|area|principle|goal|objective|ground|argument|flaw|cause|"
                "benefit|advantage|drawback|disadvantage|threat|scenario|observation|suggestion|pillar|element|lens|"
                "passage|message|task|action|outcome|implication|consequence|feature|component|error|failure|"
                "shortcoming|obstacle|barrier|explanation|possibilit(?:y|ie)|criticism|complaint|correction|caveat|"
                "takeaway|point|idea|difference|similarit(?:y|ie)|reservation|fix|remed(?:y|ie)|workaround")
_ANNOUNCES = re.compile(rf"(?<!by )(?<!of )\b(?P<n>two|three|four|five|six|seven|several|a few|a number of|[2-7])\s+(?:[a-z-]+\s+){{0,2}}?"
                        rf"(?:{_POINT_NOUNS})(?:e?s)\b", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def announces(sentence: str) -> bool:
    """Does the sentence announce a number of points ("It reveals three structural weaknesses.")?"""
    return _ANNOUNCES.search(sentence) is not None


def announced(sentence: str) -> int | None:
    """How many points the sentence announces ("three weaknesses": 3), None for "several"."""
    m = _ANNOUNCES.search(sentence)
    if m is None:
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _COUNTS.get(n)


def ordinal(sentence: str) -> int | None:
    """0 for a sentence opening "First, …", 1 for "Second, …", …; -1 for "Finally, …"; else None."""
    m = _ORDINAL.match(sentence)
    if m is None:
        return None
    return -1 if m.group("last") else ORDINALS.index(m.group("n").lower())


def introduced(chunk: Chunk, following: Iterable[Chunk], limit: int = MAX_INTRODUCED) -> list[Chunk]:
    """The passages that a closing lead-in introduces, from `following` (its document's passages
    after it, in any order): the next passage where the section goes on (a long list, a page
    break), else the first passage of each of its subsections, until the document leaves them.
    For a passage that `runs_on` instead, the next passages its points given in prose go on in."""
    if not introduces(chunk):
        return _points_run_on(chunk, following, limit)
    inner = f"{chunk.section}{SECTION_SEP}" if chunk.section else None
    out: list[Chunk] = []
    expected = chunk.position + 1
    seen: set[str | None] = set()
    for c in sorted((c for c in following if c.source == chunk.source and c.position > chunk.position),
                    key=lambda c: c.position):
        if c.position != expected:
            break  # a gap: the document's passages are not all here
        expected += 1
        if c.section == chunk.section:
            if out:
                break  # the section goes on after its subsections: no longer what was introduced
            return [c]
        if inner is None or not (c.section or "").startswith(inner):
            break
        top = (c.section or "")[len(inner):].split(SECTION_SEP)[0]
        if top not in seen:
            seen.add(top)
            out.append(c)
            if len(out) >= limit:
                break
    return out
