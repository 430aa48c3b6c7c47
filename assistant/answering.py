"""Extractive answering: the answer is made of the retrieved passages' own sentences.

Each candidate unit (a sentence, or a sentence that introduces a list together with the list)
is scored by its embedding similarity to the question and by how much of the question's
weighted vocabulary it contains. The best units, if their evidence clears the calibrated
threshold, become the answer, each cited; otherwise the assistant says the documents do not
answer the question. Every answer sentence is checked to be verbatim text of its passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .config import AnswerSettings
from .lexical import BM25, tokenize
from .retrieval import Retrieval
from .types import Answer, AnswerSentence, Citation, Passage

REFUSAL = "The documents do not answer this question."
_FOOTNOTE = re.compile(r"\s?\[\d{1,3}\]")
_NUMBER = re.compile(r"\d")
_YEAR_OR_DATE = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b|\b(january|february|march|april|may|june|july|august|"
                           r"september|october|november|december)\b", re.I)


@dataclass
class Unit:
    passage_rank: int
    passage: Passage
    indexes: tuple[int, ...]  # sentence indexes in the chunk
    text: str  # as it will read in the answer (footnote markers removed)
    dense: float
    coverage: float
    score: float = 0.0


def clean_sentence(text: str) -> str:
    """Minimal trimming: drop the source's own footnote markers (they would read as our
    citations) and make the unit end like a sentence."""
    text = _FOOTNOTE.sub("", text).strip()
    if text and text[-1] not in ".!?”\"’)":
        text = text.rstrip(":;,") + "."
    return text


def _unit_text(sentences: tuple[str, ...], idx: tuple[int, ...], list_items: set[int]) -> str:
    prose = " ".join(_FOOTNOTE.sub("", sentences[i]).strip() for i in idx if i not in list_items)
    items = "; ".join(_FOOTNOTE.sub("", sentences[i]).strip().rstrip(".;,") for i in idx if i in list_items)
    return clean_sentence(f"{prose} {items}".strip())


def _list_span(n: int, i: int, items: set[int], sentences: tuple[str, ...]) -> tuple[int, ...]:
    """The unit around sentence i. A sentence that introduces something ("...:") is useless
    alone: it stays with its list, or with the sentence (often a quotation) that follows."""
    def lead_in(j: int) -> bool:
        return 0 <= j < n and sentences[j].rstrip().endswith(":")

    if i in items:
        start = i
        while start - 1 in items:
            start -= 1
        end = i
        while end + 1 in items:
            end += 1
        return tuple(range(start - 1 if lead_in(start - 1) else start, end + 1))
    if lead_in(i) and i + 1 < n:
        if i + 1 in items:
            end = i + 1
            while end + 1 in items:
                end += 1
            return tuple(range(i, end + 1))
        return (i, i + 1)
    if lead_in(i - 1) and i - 1 not in items:
        return (i - 1, i)
    return (i,)


def coverage(query_tokens: list[str], text: str, bm25: BM25 | None) -> float:
    """Share of the question's idf-weighted terms that the text contains."""
    if not query_tokens:
        return 0.0
    have = set(tokenize(text))
    weights = [bm25.term_idf(t) if bm25 else 1.0 for t in dict.fromkeys(query_tokens)]
    total = sum(weights)
    got = sum(w for t, w in zip(dict.fromkeys(query_tokens), weights) if t in have)
    return got / total if total else 0.0


def answer_type_fit(question: str, text: str) -> float:
    """1.0 when the unit can answer the question's type (a number for "how many"), else less."""
    q = question.lower()
    if re.search(r"\b(when|what year|which year|what date)\b", q):
        return 1.0 if _YEAR_OR_DATE.search(text) else 0.75
    if re.search(r"\b(how many|how much|what percentage|what share|what proportion|what percent|how large)\b", q):
        return 1.0 if _NUMBER.search(text) else 0.75
    return 1.0


class ExtractiveAnswerer:
    def __init__(self, settings: AnswerSettings, dense_weight: float = 0.6) -> None:
        self.settings = settings
        self.dense_weight = dense_weight

    def units(self, question: str, retrieval: Retrieval, bm25: BM25 | None) -> list[Unit]:
        out: list[Unit] = []
        seen: set[str] = set()
        for rank, p in enumerate(retrieval.passages):
            c = p.chunk
            sims = retrieval.sentence_scores.get(c.id)
            items = set(c.list_items)
            done: set[tuple[int, ...]] = set()
            for i in range(len(c.sentences)):
                idx = _list_span(len(c.sentences), i, items, c.sentences)
                if idx in done:
                    continue
                done.add(idx)
                text = _unit_text(c.sentences, idx, items)
                key = text.lower()
                if key in seen or len(text) < 3:
                    continue  # the same sentence repeated by an overlapping passage
                seen.add(key)
                dense = float(max(sims[j] for j in idx)) if sims is not None else p.dense
                # the heading is part of what a sentence says ("Parliamentary Oversight")
                cov = coverage(retrieval.tokens, f"{c.section or ''} {text}", bm25)
                out.append(Unit(rank, p, idx, text, dense, cov))
        for u in out:
            w = self.dense_weight
            fit = answer_type_fit(question, u.text)
            u.score = fit * (w * u.dense + (1 - w) * u.coverage) + 0.05 * u.passage.score
        out.sort(key=lambda u: -u.score)
        return out

    def answer(self, question: str, retrieval: Retrieval, bm25: BM25 | None) -> Answer:
        units = self.units(question, retrieval, bm25)
        evidence = units[0].score if units else 0.0
        if not units or evidence < self.settings.refusal_threshold:
            return refusal(retrieval, evidence)
        best = units[0]
        chosen = [best]
        for u in units[1:]:
            if len(chosen) >= self.settings.max_sentences:
                break
            if u.score < max(self.settings.refusal_threshold, best.score * 0.9):
                break
            if any(_redundant(u.text, c.text) for c in chosen):
                continue
            chosen.append(u)
        chosen.sort(key=lambda u: (u.passage_rank, u.indexes[0]))
        return compose(chosen, retrieval, evidence)


def _redundant(a: str, b: str) -> bool:
    ta, tb = set(tokenize(a)), set(tokenize(b))
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) > 0.7


def compose(chosen: list[Unit], retrieval: Retrieval, evidence: float) -> Answer:
    """Number the cited passages in order of first use and attach a marker to every sentence."""
    markers: dict[str, int] = {}
    quotes: dict[str, list[str]] = {}
    sentences: list[AnswerSentence] = []
    for u in chosen:
        cid = u.passage.chunk.id
        n = markers.setdefault(cid, len(markers) + 1)
        quotes.setdefault(cid, []).extend(u.passage.chunk.sentences[i] for i in u.indexes)
        sentences.append(AnswerSentence(u.text, (n,), verified=verify_extractive(u.text, u.passage), support=1.0))
    by_id = {p.chunk.id: p for p in retrieval.passages}
    citations = tuple(
        citation(n, by_id[cid], " … ".join(quotes[cid])) for cid, n in sorted(markers.items(), key=lambda x: x[1])
    )
    text = " ".join(f"{s.text} [{s.markers[0]}]" for s in sentences)
    return Answer(text=text, citations=citations, refused=False, query=retrieval.query,
                  sentences=tuple(sentences), mode="extractive", evidence=evidence)


def citation(marker: int, p: Passage, quote: str) -> Citation:
    c = p.chunk
    return Citation(marker=marker, chunk_id=c.id, source=c.source, title=c.title, section=c.section,
                    page=c.page, text=c.text, quote=quote, score=round(p.score, 4))


def refusal(retrieval: Retrieval, evidence: float) -> Answer:
    related = tuple(citation(i + 1, p, "") for i, p in enumerate(retrieval.passages[:3]))
    return Answer(text=REFUSAL, citations=(), refused=True, query=retrieval.query, mode="refusal",
                  evidence=evidence, related=related)


def verify_extractive(text: str, passage: Passage) -> bool:
    """Each part of an extractive sentence must occur verbatim in its passage (after the same
    footnote trimming): this is what lets us promise the quote is the source's own words."""
    source = _squash(_FOOTNOTE.sub("", passage.chunk.text))
    parts = [p for p in re.split(r";\s+|(?<=:)\s+", text.rstrip(".")) if p.strip()]
    return all(_squash(p.rstrip(".:;")) in source for p in parts)


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()

