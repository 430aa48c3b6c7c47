"""Candidate pieces of answer: each sentence of a retrieved passage, kept together with what it
needs to read on its own (the list it introduces, the sentence its "it" points back to)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from .apparatus import is_apparatus, is_question, is_signoff
from .chunking import POINT_RUN, SECTION_SEP, announced, announces, is_header_row, is_lead_in, ordinal
from .lexical import Lexicon, tokenize
from .naming import fits_genres, named_genres, without_document
from .overview import heading_asked, heading_words, overview_chunks
from .persons import goes_on_speaking
from .places import also_called, countries_in, country_of
from .reader import row_as_sentences, row_cells, window_text
from .retrieval import Retrieval
from .types import Chunk, Passage

FOOTNOTE = re.compile(r"\s?\[\d{1,3}\]")  # the sources' own footnote markers ("[7]")


@dataclass
class Unit:
    """A candidate piece of answer: one or more answer sentences from one passage."""

    passage_rank: int
    passage: Passage
    groups: tuple[tuple[int, ...], ...]  # each group of sentence indexes reads as one answer sentence
    texts: tuple[str, ...]  # each group as it will read in the answer (footnote markers removed)
    dense: float
    coverage: float
    score: float = 0.0
    retrieval: float = 0.0  # similarity and coverage: what decides which units the reader reads
    answerable: float = -1.0  # the reader's answerability (-1: not read)
    span: tuple[int, int] | None = None  # the reader's answer span in the passage's text

    @property
    def text(self) -> str:
        return " ".join(self.texts)

    @property
    def indexes(self) -> tuple[int, ...]:
        return tuple(i for g in self.groups for i in g)


def clean_sentence(text: str) -> str:
    """Minimal trimming: drop the source's own footnote markers (they would read as our
    citations) and make the unit end like a sentence."""
    text = FOOTNOTE.sub("", text).strip()
    if text and text[-1] not in ".!?”\"’)":
        text = text.rstrip(":;,") + "."
    return text


def group_text(sentences: tuple[str, ...], idx: tuple[int, ...], list_items: set[int]) -> str:
    prose = " ".join(FOOTNOTE.sub("", sentences[i]).strip() for i in idx if i not in list_items)
    items = "; ".join(_item(FOOTNOTE.sub("", sentences[i])) for i in idx if i in list_items)
    return clean_sentence(f"{prose} {items}".strip())


# an item that ends with an abbreviation ("... port access to the U.S.") keeps its last full stop
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.){2,}$")


def _item(text: str) -> str:
    """A list item as one part of a "; "-joined list: without the punctuation that ended it."""
    text = text.strip().rstrip(";,")
    return text if _ABBREVIATION_END.search(text) else text.rstrip(".;,")


_ANAPHORIC = re.compile(r"^(It|Its|They|Their|Them|This|These|Those|That|He|She|His|Her|Such)\b")


# The longest list read as one answer sentence. The reader's window holds 128 tokens, at most 40
# of them the question's: about 85 for the heading and the unit, some 400 characters at the 4.7
# characters a token of the article's lists (its longest, 375). A longer list ("Key Risks", five
# bullets of 25 words) would be cut off inside the window, its last items never read: its items
# are then answer sentences of their own (docs/reader.md, twenty-third session).
MAX_LIST_CHARS = 400


def _list_around(items: set[int], i: int) -> tuple[int, int]:
    """The first and last sentence index of the list that item i belongs to."""
    start = end = i
    while start - 1 in items:
        start -= 1
    while end + 1 in items:
        end += 1
    return start, end


def _group(n: int, i: int, items: set[int], sentences: tuple[str, ...]) -> tuple[int, ...]:
    """The answer sentence around sentence i. A sentence that introduces something ("...:") is
    useless alone: it stays with its list, or with the sentence (often a quotation) after it."""
    def lead_in(j: int) -> bool:
        return 0 <= j < n and is_lead_in(sentences[j])

    if i in items:
        start, end = _list_around(items, i)
        if sum(len(sentences[j]) for j in range(start, end + 1)) > MAX_LIST_CHARS:
            return (i,)
        return tuple(range(start - 1 if lead_in(start - 1) else start, end + 1))
    if lead_in(i) and i + 1 < n:
        if i + 1 in items:
            _, end = _list_around(items, i + 1)
            if sum(len(sentences[j]) for j in range(i + 1, end + 1)) > MAX_LIST_CHARS:
                return (i, i + 1)
            return tuple(range(i, end + 1))
        return (i, i + 1)
    if lead_in(i - 1) and i - 1 not in items:
        return (i - 1, i)
    return (i,)


def unit_groups(n: int, i: int, items: set[int], sentences: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """A sentence that opens with a pronoun ("It has issued 31 contracts") needs the sentence
    before it to make sense, so the two travel together (each keeps its own citation)."""
    g = _group(n, i, items, sentences)
    first = g[0]
    if first > 0 and first not in items and _ANAPHORIC.match(sentences[first]):
        prev = _group(n, first - 1, items, sentences)
        if prev[-1] == first - 1:
            return (prev, g)
    return (g,)


def with_its_list(u: Unit) -> Unit:
    """A lead-in read with only the first item of a list too long to read whole ("The cabinet
    rejected the following proposals:" and its first item) shows the whole list as its answer."""
    c = u.passage.chunk
    items = set(c.list_items)
    first, last = u.indexes[0], u.indexes[-1]
    if len(u.groups) != 1 or not is_lead_in(c.sentences[first]) or last != first + 1 or last not in items:
        return u
    end = _list_around(items, last)[1]
    group = tuple(range(first, end + 1))
    return u if end == last else replace(u, groups=(group,), texts=(group_text(c.sentences, group, items),))


def with_what_follows(u: Unit) -> Unit:
    """The unit with the next sentence of its paragraph: what "why" or "how" asks is often said by
    the sentence after the one that restates the question ("U.S. development finance has looked at
    Shigar, but nothing has been committed. The agencies want to see the environmental approval
    first, …"; five of the used rounds' failed why/how questions). Only within the paragraph (a
    passage's text has its paragraphs on lines of their own), and not a list item, a table row, a
    question or the document's apparatus (a disclaimer)."""
    c = u.passage.chunk
    last, items = u.indexes[-1], set(c.list_items)
    nxt = last + 1
    if nxt >= len(c.sentences) or nxt in items or last in items or " | " in c.sentences[nxt] \
            or not c.sentences[nxt].rstrip().endswith((".", "!", "?", "”", '"', "’", ")")) \
            or is_question(c.sentences[nxt]) or is_apparatus(c.sentences, nxt, c.section) or is_signoff(c.sentences[nxt], c.text):
        return u
    end = c.text.find(c.sentences[last])
    start = c.text.find(c.sentences[nxt], end + len(c.sentences[last])) if end >= 0 else -1
    if start < 0 or "\n" in c.text[end + len(c.sentences[last]):start]:
        return u
    return replace(u, groups=(*u.groups, (nxt,)), texts=(*u.texts, group_text(c.sentences, (nxt,), items)))


def speaks_on(u: Unit) -> bool:
    """Does the sentence after the unit go on with its speaker ("He said …", `persons.goes_on_speaking`)?"""
    c = u.passage.chunk
    nxt = u.indexes[-1] + 1
    return nxt < len(c.sentences) and goes_on_speaking(c.sentences[nxt])


def enumerated(u: Unit, following: Sequence[Passage] = ()) -> list[Unit]:
    """The points a unit's last sentence announces ("It reveals three structural weaknesses.": a
    list written as prose), each a unit of its own, when the sentences after it give them in order
    ("First, … Second, … Finally, …"), in its passage and on in `following` (the next passages of
    its section, where the points run on into them: `chunking.introduced`); else []. As many as it
    announces, each opening within `POINT_RUN` sentences of the last; only the sentence that opens
    each point, so a point that runs on stays short."""
    c = u.passage.chunk
    at = u.indexes[-1]
    after = [(u.passage, j) for j in range(at + 1, len(c.sentences))]
    seen = set(c.sentences)
    for p in following:  # the next passage opens with this one's last sentences again (passages overlap)
        after += [(p, j) for j, x in enumerate(p.chunk.sentences) if x not in seen]
        seen.update(p.chunk.sentences)
    if not after or not announces(c.sentences[at]) or ordinal(after[0][0].chunk.sentences[after[0][1]]) != 0:
        return []
    count = announced(c.sentences[at])
    points: list[tuple[Passage, int]] = []
    run = 0
    for p, j in after:
        s = p.chunk.sentences[j]
        n = ordinal(s)
        run = 0 if n is not None else run + 1
        if j in p.chunk.list_items or " | " in s or run > POINT_RUN or count is not None and len(points) >= count:
            break
        if n == len(points) or n == -1 and points:
            points.append((p, j))
            if n == -1:
                break
        elif n is not None:
            break  # out of order: another enumeration
    if len(points) < 2:
        return []
    return [replace(u, passage=p, groups=((j,),), texts=(group_text(p.chunk.sentences, (j,), set(p.chunk.list_items)),),
                    span=None) for p, j in points]


CAPTION_WORDS = 30  # a longer line is prose that lost its full stop, not a caption (chosen, not tuned)


def captioned(u: Unit, limit: int, following: Sequence[Passage] = ()) -> list[Unit]:
    """The rows of the table a unit's caption titles ("Lots held at Port Qasim (figures provided by
    Chiltan, 13 June 2025)" over "Lot | Wet tonnes | …" and its rows), each a unit, up to `limit`,
    on into `following` (the next passages of its section, where the table runs on into them); []
    where the unit is no caption. A caption says what a table holds, and was given alone as the
    answer to what the table says (rounds m9, m13 and m14, used)."""
    c = u.passage.chunk
    at = u.indexes[-1]
    line = c.sentences[at].strip()
    if len(u.indexes) != 1 or " | " in line or re.search(r"[.!?][\"'”’]?$", line) or len(line.split()) > CAPTION_WORDS:
        return []
    if at + 2 >= len(c.sentences) or not is_header_row(c.sentences[at + 1], c.sentences[at + 2]):
        return []
    columns = {x.strip().rstrip(".") for x in c.sentences[at + 1].split(" | ")}
    def row(x: str) -> bool:
        return " | " in x and {k.strip() for k, _, _ in (cell.partition(": ") for cell in x.split(" | "))} <= columns
    after = [(u.passage, j) for j in range(at + 2, len(c.sentences))]
    seen = set(c.sentences)
    for p in following:  # the next passage opens with this one's last rows again (passages overlap)
        after += [(p, j) for j, x in enumerate(p.chunk.sentences) if x not in seen and x != c.sentences[at + 1]]
        seen.update(p.chunk.sentences)
    body = list(itertools.takewhile(lambda pj: row(pj[0].chunk.sentences[pj[1]]), after))
    return [replace(u, passage=p, groups=((j,),), texts=(group_text(p.chunk.sentences, (j,), set(p.chunk.list_items)),),
                    span=None) for p, j in body[:limit]]


def coverage(weights: dict[str, float], text: str, lexicon: Lexicon | None) -> float:
    """Share of the query's idf-weighted terms (times their own weight) that the text contains."""
    if not weights:
        return 0.0
    have = set(lexicon.tokens(text) if lexicon else tokenize(text))
    w = {t: q * (lexicon.term_idf(t) if lexicon else 1.0) for t, q in weights.items()}
    total = sum(w.values())
    return sum(v for t, v in w.items() if t in have) / total if total else 0.0


def names_side(u: Unit, side: str, places: bool = True, whose: bool = False) -> bool:
    """Does the unit, or the heading it sits under, name the side? Only the innermost heading
    counts: "Regional Implications: India, China, Iran › 5.3 Iran" is about Iran alone. `whose`
    (a comparison's side): a heading that names a country decides whose point the unit is."""
    c = u.passage.chunk
    heading = (c.section or "").split(SECTION_SEP)[-1]
    names = also_called(side) if places else (side,)  # "Beijing" is found as "China", "Chinese" too
    country = country_of(side) if places and whose else None
    if country is not None:  # a heading naming a country says whose point it is: a unit under
        # "5.1 China" is not Washington's for mentioning a U.S. presence (docs/reader.md)
        named = countries_in(heading)
        if named:
            return country in named or any(mentions(heading, n) for n in names)
    return any(mentions(f"{heading} {u.text}", n) for n in names)


# the endings of a plural (REE-s) or of a place name's people (India-n, Iran-ian, Pakistan-i, Japan-ese)
_ENDING = r"(?:s|es|n|ns|an|ans|ian|ians|i|is|ese)?"


def mentions(text: str, name: str) -> bool:
    """Does `text` name `name` (its plural, or its people: "Indian", "Iranian")? A longer word
    that merely starts with it does not ("USAID" does not name the "US")."""
    return re.search(rf"(?<!\w){re.escape(name)}{_ENDING}(?!\w)", text) is not None


def overview_units(kind: str, retrieval: Retrieval, limit: int,
                   skip: Callable[[Chunk, int], bool] | None = None) -> list[Unit]:
    """The answer to a whole-document question: the sentences of the best document's section for
    it, in order; under subsections ("Recommendations › Parliamentary Oversight") the first of each."""
    chunks = overview_chunks(kind, retrieval.passages[0].chunk.source, (p.chunk for p in retrieval.passages))
    return section_units(chunks, retrieval, limit, skip)


def section_units(chunks: list[Chunk], retrieval: Retrieval, limit: int,
                  skip: Callable[[Chunk, int], bool] | None = None) -> list[Unit]:
    """The sentences of `chunks` (retrieved passages of one section, in document order) as answer
    units; under subsections, the first of each. `skip` says which sentences state nothing of
    the document's own (a byline, a sources line)."""
    by_id = {p.chunk.id: (rank, p) for rank, p in enumerate(retrieval.passages)}
    subsections = len({c.section for c in chunks}) > 1
    out: list[Unit] = []
    seen: set[str | None] = set()
    for c in chunks:
        if subsections and c.section in seen:
            continue
        rank, p = by_id[c.id]
        items, i = set(c.list_items), 0
        given: set[int] = set()  # sentences of this passage already in the answer
        while i < len(c.sentences) and len(out) < limit:
            if skip is not None and skip(c, i):
                i += 1
                continue
            seen.add(c.section)
            groups = unit_groups(len(c.sentences), i, items, c.sentences)
            if skip is not None and len(groups) > 1 and any(skip(c, j) for j in groups[0]):
                groups = groups[1:]  # "This page answers …" needs no "Last updated: 2 May 2025." before it
            # "It draws on …" travels with the sentence before it, which the answer already gives:
            # given twice, a summary repeated every sentence before a pronoun (a blind user test)
            groups = tuple(g for g in groups if not set(g) <= given) or groups
            given.update(j for g in groups for j in g)
            out.append(Unit(rank, p, groups, tuple(group_text(c.sentences, g, items) for g in groups), 1.0, 1.0, 1.0))
            i = max(j for g in groups for j in g) + 1
            if subsections:
                break
    return out


def reading_window(u: Unit) -> tuple[str, int]:
    """The reader's view of a unit: heading, the sentence before it (context only), the unit."""
    c = u.passage.chunk
    first = u.indexes[0]
    # (not the sentence before a passage's first, `Passage.before`: read so, the used rounds lost 5
    # cases and won 2, docs/reader.md, thirtieth session)
    before = [clean_sentence(c.sentences[first - 1])] if first > 0 else []
    if before and row_as_sentences(before[0]) != before[0]:
        before = []  # the row above says nothing about this one, and would fill the window
    return window_text(c.section or c.title, [row_as_sentences(t) for t in before + list(u.texts)],
                       answer_from=len(before))


def reading_windows(u: Unit, by_cell: bool = True) -> list[tuple[str, int]]:
    """What the reader reads of a unit: one window, and for a table row also each cell alone ("For
    Mohmand to Kashgar (road), Cost (USD per tonne) is 95."); the best reading counts. Read whole
    only, a seven-column row was one long window the reader found little answer in (0.16 against
    0.66 for its cost cell alone), and a prose sentence near the subject outranked it (round m4);
    read by cells only, "Where is the copper smelting zone located?" took the row's key for its
    span (`python -m evals.tables`: whole 14 of 15, cells 13, both 14; docs/reader.md)."""
    cells = row_cells(u.texts[0]) if by_cell and len(u.groups) == 1 and len(u.groups[0]) == 1 else []
    c = u.passage.chunk
    return [reading_window(u)] + [window_text(c.section or c.title, [cell]) for cell in cells]


def span_text(u: Unit) -> str:
    """The words of the reader's span in the unit's passage ("" where it has none)."""
    return u.passage.chunk.text[u.span[0]:u.span[1]] if u.span is not None else ""


def passage_span(u: Unit, text: str) -> tuple[int, int] | None:
    """The reader's span (its words, `text`) as character offsets into the cited passage's text."""
    if not text:
        return None
    c = u.passage.chunk
    near = max(0, c.text.find(c.sentences[u.indexes[0]][:40]))
    at = c.text.find(text, near)
    if at < 0:
        return None
    if row_cells(u.texts[0]):  # a table cell with its column's label: "Cost (USD bn): 1.2", not "1.2"
        line_start = c.text.rfind("\n", 0, at) + 1
        line_end = len(c.text) if c.text.find("\n", at) < 0 else c.text.find("\n", at)
        start = max(line_start, c.text.rfind(" | ", line_start, at) + 3 if " | " in c.text[line_start:at] else line_start)
        end = c.text.find(" | ", at + len(text), line_end)
        cell = (start, end if end >= 0 else line_end)
        if ": " in c.text[cell[0]:at]:
            return cell
    return (at, at + len(text))


def asked_section(question: str, gathers: bool, retrieval: Retrieval, limit: int, others: bool = True) -> list[Unit]:
    """The sentences (at most `limit`) of the one found section whose heading the question asks
    about ("What risks does the brief see?" under "Risks"), in order, or none. A question for one
    fact ("When did the Karak mine open?" under "Karak") has no word of its own beside the heading
    (one that gathers may have one). The best-found document's section goes first; another's
    counts where it is the only one and the question's own words are among its words ("What
    risks does the report flag?" under another document's "Risks and Uncertainties"), and only
    while no other found document has a section on the same thing: "What are the risks of
    mining?" over a "Risks" and an "Environmental Risks" is gathered from both. Without `others`
    (a follow-up pointing back: "What risks does it flag?" asks the last answer's document), only
    the best-found document's."""
    genres = named_genres(question)  # another document must be what the question calls it
    question = without_document(question)  # "the consultants' report" says which document, not what

    def said(source: str, path: str) -> set[str]:
        return {w for p in retrieval.passages if p.chunk.source == source and p.chunk.section == path
                for w in tokenize(p.chunk.text)}

    hits = []
    for i, source in enumerate(list(dict.fromkeys(p.chunk.source for p in retrieval.passages))[:None if others else 1]):
        title = next(p.chunk.title for p in retrieval.passages if p.chunk.source == source)
        if i > 0 and not fits_genres(genres, source, title):
            continue  # "What risks does the Washington brief flag?" is not asked of a report
        path = heading_asked(question, title, (p.chunk.section for p in retrieval.passages
                                               if p.section_of is None and p.chunk.source == source),
                             own_words=1 if gathers else 0,
                             said=None if i == 0 else lambda q, s=source: said(s, q))  # type: ignore[misc]
        if path is not None:
            hits.append((i, source, path))
    if not hits or hits[0][0] != 0 and len(hits) > 1:
        return []
    _, source, path = hits[0]
    words = heading_words(path)
    if any(heading_words(p.chunk.section) & words for p in retrieval.passages
           if p.chunk.source != source and p.chunk.section):
        return []
    chunks = sorted((p.chunk for p in retrieval.passages if p.chunk.source == source and p.chunk.section == path),
                    key=lambda c: c.position)
    return section_units(chunks, retrieval, limit)
