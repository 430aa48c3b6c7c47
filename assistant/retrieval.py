"""Hybrid retrieval: dense (Chroma) + BM25, fused, then re-scored by each passage's best sentence."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np

from .authorship import byline_chunks
from .dating import MessageDates, dates_of, message_dates
from .chunking import MAX_INTRODUCED, SECTION_SEP, introduced, introduces, runs_on
from .composing import asks_extreme
from .config import RetrievalSettings
from .conversation import Query, refers_back
from .frame import Frame
from .index import Index
from .snapshot import Snapshot
from .lexical import Lexicon, tokenize
from .naming import fits_genres, named_genres, without_document
from .overview import Headings, overview_chunks, summarises
from .types import Chunk, Passage

CONTEXT_WEIGHT = 0.35  # weight of words carried over from earlier turns, relative to the question's
# a gathered answer reads the rest of the sections of this many of the best passages (chosen before
# measurement, with `section_passages`; docs/reader.md, twentieth session)
SECTION_LEADS = 2
# a gathered answer reads at most this many documents' sections whose heading the question asks
# about and that the search did not find, and this many passages of each (chosen, not tuned)
HEADED_SECTIONS = 2
HEADED_PASSAGES = 4


@dataclass
class Retrieval:
    query: str
    vector: np.ndarray
    weights: dict[str, float]  # query term -> weight (carried-over words count less)
    passages: list[Passage]
    # chunk id -> cosine similarity of the query with each of the chunk's sentences
    sentence_scores: dict[str, np.ndarray] = field(default_factory=dict)
    lexicon: Lexicon | None = None  # of the snapshot this retrieval read
    # chunk id of a passage that ends with a lead-in ("... several risks:") -> the passages it
    # introduces (see chunking.introduced); kept apart, so rankings and metrics are the search's own
    introduced: dict[str, list[Passage]] = field(default_factory=dict)
    # for a question that gathers: chunk id of a found passage -> the rest of its section, scored
    # (`section_map`); the two best passages' rests are among `passages` already, the others are
    # read when the reader leads with a point of that passage (answering)
    sections: dict[str, list[Passage]] = field(default_factory=dict)
    # source -> how many leading headings all its passages share (a page's one H1): a passage's
    # section is the heading after them (`top_section`); filled for the documents widened
    shared_headings: dict[str, int] = field(default_factory=dict)
    # source -> the date the document gives itself, as written and as (year, month, day) (dating.py)
    dates: dict[str, tuple[str, tuple[int, int, int]]] = field(default_factory=dict)
    # chunk id -> the dates of an email thread's messages in it (`dating.message_dates`)
    messages: MessageDates = field(default_factory=dict)

    def with_introduced(self, limit: int = MAX_INTRODUCED) -> "Retrieval":
        """The passages with what each lead-in introduces right after it, moved there if the
        search found it elsewhere (what an LLM reads: a lead-in alone says nothing). At most
        `limit` passages the search did not find are added in all, however many lead-ins there
        are: the lead-ins grow the prompt by one lead-in's worth at most (a gathering question's
        section passages, `retrieval.section_passages`, are among the passages already)."""
        if not self.introduced:
            return self
        after = {q.chunk.id for qs in self.introduced.values() for q in qs}
        found = {p.chunk.id: p for p in self.passages}  # with the search's own score, not the lead-in's
        out: list[Passage] = []
        have: set[str] = set()
        added = 0
        for p in self.passages:
            if p.chunk.id in after and p.chunk.id not in self.introduced:
                continue  # placed after its lead-in (found passages always are: they cost no budget)
            more = []
            for q in self.introduced.get(p.chunk.id, []):
                if q.chunk.id not in found and q.chunk.id not in have:  # counted once
                    if added >= limit:
                        continue
                    added += 1
                more.append(found.get(q.chunk.id, q))
            for q in [p, *more]:
                if q.chunk.id not in have:
                    have.add(q.chunk.id)
                    out.append(q)
        return dataclasses.replace(self, passages=out)


def _minmax(x: np.ndarray) -> np.ndarray:
    if not len(x):
        return x
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi > lo else np.ones_like(x)


class HybridRetriever:
    def __init__(self, index: Index, settings: RetrievalSettings) -> None:
        self.index = index
        self.settings = settings
        self._read: tuple[Snapshot, Headings, dict[str, tuple[str, tuple[int, int, int]]],
                          dict[tuple[str, int], Chunk], MessageDates] | None = None

    def _of(self, snap: Snapshot) -> tuple[Snapshot, Headings, dict[str, tuple[str, tuple[int, int, int]]],
                                           dict[tuple[str, int], Chunk], MessageDates]:
        """The snapshot's sections by the words of their headings, its documents' dates and its
        passages by document and place, read once per snapshot."""
        if self._read is None or self._read[0] is not snap:
            self._read = (snap, Headings(snap.chunks.values()), dates_of(snap.chunks.values()),
                          {(c.source, c.position): c for c in snap.chunks.values()}, message_dates(snap.chunks.values()))
        return self._read

    def weights(self, query: Query, lexicon: Lexicon | None) -> dict[str, float]:
        split = lexicon.tokens if lexicon else tokenize
        weights = {t: CONTEXT_WEIGHT for t in split(" ".join(query.context))}
        weights.update((t, 1.0) for t in split(query.question))
        return weights

    def retrieve(self, query: Frame | Query | str, k: int | None = None,
                 sources: frozenset[str] | None = None, vector: np.ndarray | None = None,
                 widen: bool = False) -> Retrieval:
        """The best `k` passages; with `sources`, only passages of those documents (chunk.source).
        `vector`: the embedding of the query's focus when the caller already has it. `widen` (for
        an answer that gathers several points): the rest of the best passages' sections follow
        the `k` found (`settings.section_passages`), since a section's points are often split
        over passages of which the search finds one."""
        s = self.settings
        k = k or s.top_k
        frame = query if isinstance(query, Frame) else Frame.of(query) if isinstance(query, str) else \
            Frame.of(query.question, query)
        query = frame.query
        if vector is None:
            vector = self.index.embedder.embed_query(query.focus)
        snap = self.index.snapshot  # this one snapshot throughout the query
        weights = self.weights(query, snap.lexicon)
        if snap.empty or snap.lexicon is None:
            return Retrieval(query.text, vector, weights, [], lexicon=snap.lexicon)
        dense = dict(self.index.dense(vector, s.candidates, snap))
        lexical_all = snap.lexicon.bm25.scores(weights)
        scoped: list[str] = []
        if sources is not None:  # only the chosen documents' passages compete
            scoped = [cid for cid in snap.order if snap.chunks[cid].source in sources]
            dense = {i: v for i, v in dense.items() if snap.chunks[i].source in sources}
            lexical_all = lexical_all * np.array([snap.chunks[cid].source in sources for cid in snap.order])
        depth = min(s.candidates, len(lexical_all))
        lex_top = np.argpartition(-lexical_all, depth - 1)[:depth] if depth else lexical_all[:0].astype(int)
        lex_top = lex_top[np.argsort(-lexical_all[lex_top], kind="stable")]
        ids = list(dense) + [snap.order[j] for j in lex_top if lexical_all[j] > 0 and snap.order[j] not in dense]
        if len(scoped) <= s.candidates:  # a small scope: every passage of it is a candidate
            have = set(ids)
            ids += [cid for cid in scoped if cid not in have]
        missing = [i for i in ids if i not in dense]
        if missing:  # found by BM25 only: score them densely too, exactly
            for rec in self.index.store.get("chunks", missing, vectors=True, texts=False):
                if rec.vector is not None:
                    dense[rec.id] = float(rec.vector @ vector)
        d = np.array([dense.get(i, 0.0) for i in ids], dtype=np.float32)
        lex = np.array([lexical_all[snap.rows[i]] for i in ids], dtype=np.float32)
        lex_norm = lex / lex.max() if lex.size and lex.max() > 0 else np.zeros_like(lex)
        fused = s.dense_weight * _minmax(d) + (1.0 - s.dense_weight) * lex_norm

        # sentence-level scoring of the leading candidates: a passage whose single sentence
        # matches the question beats one that matches it only diffusely
        order = np.argsort(-fused, kind="stable")[: max(k, 20)]
        lead = [ids[j] for j in order]
        vecs = self.index.sentence_vectors(lead, snap)
        sentence_scores = {cid: vecs[cid] @ vector for cid in lead if cid in vecs}
        best = np.array([float(sentence_scores[c].max()) if c in sentence_scores else 0.0 for c in lead],
                        dtype=np.float32)
        final = (1.0 - s.sentence_weight) * fused[order] + s.sentence_weight * _minmax(best)
        ranked = np.argsort(-final, kind="stable")[:k]
        passages = [
            Passage(snap.chunks[lead[j]], float(final[j]), dense=float(d[order[j]]), lexical=float(lex_norm[order[j]]))
            for j in ranked
        ]
        if frame.author:  # the bylines of the documents found; see authorship.py
            have = {p.chunk.id for p in passages}
            best = {}
            for p in passages:
                best.setdefault(p.chunk.source, p.score)
            passages += [Passage(c, best[c.source]) for c in byline_chunks(best, snap.chunks.values())
                         if c.id not in have]
        kind = frame.overview(passages[0].chunk.title) if passages else None
        if kind:  # the best document's own sections for a whole-document question, first; see overview.py
            top = passages[0]
            own = [Passage(c, top.score) for c in overview_chunks(kind, top.chunk.source, snap.chunks.values())]
            ids = {p.chunk.id for p in own}
            passages = own + [p for p in passages if p.chunk.id not in ids]
        # what lead-ins introduce is read from the passages found (an added one brings no more)
        introduced_by = _introduced(passages, snap)
        sections: dict[str, list[Passage]] = {}
        shared: dict[str, int] = {}
        if widen and not kind and not frame.author and passages and s.section_passages:
            # a passage a lead-in introduces comes through it (and says so), not as the section's rest
            brought = {q.chunk.id for qs in introduced_by.values() for q in qs}
            lexical = lexical_all / (float(lex.max()) if lex.size and lex.max() > 0 else 1.0)
            floor = min(p.score for p in passages)

            def scored(pairs: list[tuple[Chunk, str]]) -> list[Passage]:
                return self._found_through(pairs, floor, snap, vector, dense, sentence_scores, lexical)

            rests = section_map(passages, snap, s.section_passages, brought, shared)
            sections = {lead: scored([(c, lead) for c in rest]) for lead, rest in rests.items()}
            passages += scored(section_rest(passages, rests, s.section_passages))
            # a section the question asks for by its heading, in a document the search found, where
            # it did not find the section; not for a follow-up that points back ("What risks does it
            # flag?" asks the document of the last answer, which the words do not say)
            if not (query.context and refers_back(frame.question)):
                have = {p.chunk.id for p in passages}
                genres = named_genres(frame.question)  # "the brief": a brief's sections only
                titles = {p.chunk.source: p.chunk.title for p in reversed(passages)}
                found_in = [s for s in dict.fromkeys(p.chunk.source for p in passages) if fits_genres(genres, s, titles[s])]
                headed = [[c for c in cs if c.id not in have][:HEADED_PASSAGES]
                          for cs in self._of(snap)[1].asked(without_document(frame.question), found_in)]
                headed = [cs for cs in headed if cs][:HEADED_SECTIONS]
                passages += [dataclasses.replace(p, section_of=None)
                             for p in scored([(c, c.id) for cs in headed for c in cs])]
        _, _, dates, by_place, messages = self._of(snap)
        if asks_extreme(frame.question):  # "Which criterion carries the most marks?": all the table's rows,
            # each knowing whether its table runs on beyond it (extremes.py); no other question needs either
            passages = with_around(passages + table_rest(passages, by_place), by_place)
        return Retrieval(query.text, vector, weights, passages, sentence_scores, snap.lexicon, introduced_by,
                         sections, shared, dates, messages)

    def _found_through(self, rest: list[tuple[Chunk, str]], floor: float, snap: Snapshot, vector: np.ndarray,
                       dense: dict[str, float], sentence_scores: dict[str, np.ndarray],
                       lexical: np.ndarray) -> list[Passage]:
        """(chunk, id of the found passage whose section it completes) as passages, scored like
        the found ones (each sentence against the query), each with the lowest found score
        `floor`: they are found through the others."""
        more = [c for c, _ in rest]
        missing = [c.id for c in more if c.id not in dense]
        if missing:
            for rec in self.index.store.get("chunks", missing, vectors=True, texts=False):
                if rec.vector is not None:
                    dense[rec.id] = float(rec.vector @ vector)
        vecs = self.index.sentence_vectors([c.id for c in more if c.id not in sentence_scores], snap)
        sentence_scores.update((c, v @ vector) for c, v in vecs.items())
        return [Passage(c, floor, dense=dense.get(c.id, 0.0), lexical=float(lexical[snap.rows[c.id]]), section_of=lead)
                for c, lead in rest]


def section_map(found: list[Passage], snap: Snapshot, limit: int, skip: set[str] | frozenset[str] = frozenset(),
                shared: dict[str, int] | None = None) -> dict[str, list[Chunk]]:
    """For each found passage: the other passages of its section (same document) that are not
    found and not in `skip`, nearest to it first, at most `limit`. A section is the first heading
    of a passage's path that not every passage of its document shares (a page's one H1 is the
    whole document). A passage with no such heading, or one that restates the document (its
    abstract), has none, and none is one. `shared` receives each document's count of shared
    headings."""
    have = {p.chunk.id for p in found} | set(skip)
    docs: dict[str, tuple[list[Chunk], int]] = {}
    shared = {} if shared is None else shared
    out: dict[str, list[Chunk]] = {}
    for p in found:
        c = p.chunk
        if not c.section or summarises(c.section):
            continue
        if c.source not in docs:
            entry = snap.manifest.get(c.source)
            ids = entry.chunk_ids if entry is not None else snap.order
            doc = [x for i in ids if (x := snap.chunks.get(i)) is not None and x.source == c.source]
            docs[c.source] = doc, _shared_headings([x.section for x in doc if x.section])
            shared[c.source] = docs[c.source][1]
        doc, n = docs[c.source]
        top = _top_heading(c.section, n)
        if top is None:
            continue
        same = [x for x in doc if x.id not in have and x.section and not summarises(x.section)
                and _top_heading(x.section, n) == top]
        if same:
            out[c.id] = sorted(same, key=lambda x: abs(x.position - c.position))[:limit]
    return out


def section_rest(passages: list[Passage], rests: dict[str, list[Chunk]], limit: int,
                 leads: int = SECTION_LEADS) -> list[tuple[Chunk, str]]:
    """The rest of the sections of the `leads` best passages (`rests`, from `section_map`), at
    most `limit` in all, each with the id of the passage whose section brought it."""
    out: list[tuple[Chunk, str]] = []
    taken: set[str] = set()
    for p in passages[:leads]:
        for x in rests.get(p.chunk.id, []):
            if len(out) < limit and x.id not in taken:
                taken.add(x.id)
                out.append((x, p.chunk.id))
    return out


def _shared_headings(sections: list[str]) -> int:
    """How many leading headings every one of `sections` (heading paths) has in common."""
    paths = [s.split(SECTION_SEP) for s in sections]
    n = 0
    while paths and all(len(x) > n and x[n] == paths[0][n] for x in paths):
        n += 1
    return n


def top_section(chunk: Chunk, shared: dict[str, int]) -> tuple[str, str] | None:
    """The passage's document and section: the first heading of its path that its document's
    passages do not all share (`shared`: counts by source; a document not in it, none shared).
    None without one."""
    top = _top_heading(chunk.section, shared.get(chunk.source, 0)) if chunk.section else None
    return (chunk.source, top) if top is not None else None


def _top_heading(section: str, shared: int) -> str | None:
    """The heading after the first `shared` of the path, None when the path has no more."""
    parts = section.split(SECTION_SEP)
    return parts[shared] if len(parts) > shared else None


# a superlative over a table reads the passages its best-found tables run on into (chosen, not
# tuned: a 60-row table of drill holes in passages of four rows)
TABLE_PASSAGES = 16
TABLE_LEADS = 3  # of the best this many passages (chosen, not tuned)


def _has_rows(c: Chunk) -> bool:
    return any(" | " in s and ": " in s for s in c.sentences)


def table_rest(passages: list[Passage], by_place: dict[tuple[str, int], Chunk]) -> list[Passage]:
    """The passages the tables of the best passages run on into, in their section (before and
    after), at most `TABLE_PASSAGES` in all: a table's highest row is computed over all its rows
    (extremes.py). Each counts as the rest of its found passage's section, no match of its own."""
    have = {p.chunk.id for p in passages}
    out: list[Passage] = []
    for p in passages[:TABLE_LEADS]:
        if not _has_rows(p.chunk):
            continue
        for step in (-1, 1):
            at = p.chunk.position + step
            while (len(out) < TABLE_PASSAGES and (c := by_place.get((p.chunk.source, at))) is not None
                   and c.section == p.chunk.section and _has_rows(c)):
                if c.id not in have:
                    have.add(c.id)
                    out.append(Passage(c, p.score, section_of=p.chunk.id))
                at += step
    return out


def with_around(passages: list[Passage], by_place: dict[tuple[str, int], Chunk]) -> list[Passage]:
    """The passages with the sentence before each in its section (`Passage.before`: the last of the
    passage before it in the document; `by_place`: passages by source and position), where that
    one is under the same heading (not a repeat of its first sentence, which a split paragraph's
    passages share), and the sentence after it there (`Passage.after`)."""
    out = []
    for p in passages:
        c = p.chunk
        prev, nxt = by_place.get((c.source, c.position - 1)), by_place.get((c.source, c.position + 1))
        said = [s for s in (prev.sentences if prev is not None and prev.section == c.section else ())
                if not c.sentences or s != c.sentences[0]]
        after = [s for s in (nxt.sentences if nxt is not None and nxt.section == c.section else ())
                 if not c.sentences or s != c.sentences[-1]]
        out.append(dataclasses.replace(p, before=said[-1] if said else "", after=after[0] if after else ""))
    return out


def _introduced(passages: list[Passage], snap: Snapshot) -> dict[str, list[Passage]]:
    """What each passage that ends with a lead-in introduces, scored as the passage itself (they
    are found through it)."""
    out: dict[str, list[Passage]] = {}
    for p in passages:
        if not introduces(p.chunk) and not runs_on(p.chunk):
            continue
        entry = snap.manifest.get(p.chunk.source)
        ids = entry.chunk_ids if entry is not None else snap.order
        found = introduced(p.chunk, (snap.chunks[i] for i in ids if i in snap.chunks))
        if found:
            out[p.chunk.id] = [Passage(c, p.score, dense=p.dense, lexical=p.lexical, via=p.chunk.id) for c in found]
    return out
