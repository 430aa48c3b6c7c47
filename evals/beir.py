"""Retrieval on BEIR-format datasets and answer correctness on QA sets with gold answers.

A dataset folder holds `corpus.jsonl` (or `corpus/part-*.jsonl`), `queries.jsonl` and
`qrels/test.tsv`. Its documents go through the assistant's own pipeline: each becomes a
Markdown file (title as heading) in a cache folder that is ingested like any corpus, so the
scores measure exactly what users get. The index lives in `.cache/datasets/<name>-<hash>/`:
a rerun on an unchanged corpus with unchanged settings re-encodes nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from assistant import Assistant, Settings

from . import metrics as M
from .suite import normalise

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "datasets"
Progress = Callable[[int, int, str], None]


@dataclass
class Dataset:
    name: str
    path: Path
    corpus: dict[str, dict[str, str]]  # id -> {"title", "text"}
    queries: dict[str, dict[str, Any]]  # id -> {"text", "answers"?}
    qrels: dict[str, dict[str, float]]  # query id -> {doc id: relevance}


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def load_dataset(path: Path, split: str = "test") -> Dataset:
    parts = [path / "corpus.jsonl"] if (path / "corpus.jsonl").exists() else sorted((path / "corpus").glob("part-*.jsonl"))
    if not parts:
        raise FileNotFoundError(f"{path}: no corpus.jsonl or corpus/part-*.jsonl")
    corpus = {str(d["_id"]): {"title": d.get("title") or "", "text": d.get("text") or ""} for p in parts for d in _jsonl(p)}
    queries = {str(q["_id"]): q for q in _jsonl(path / "queries.jsonl")}
    qrels: dict[str, dict[str, float]] = {}
    for i, line in enumerate((path / "qrels" / f"{split}.tsv").read_text().splitlines()):
        cols = line.split("\t")
        if i == 0 and not cols[-1].strip().lstrip("-").isdigit():
            continue  # header
        qid, did, score = cols[0], cols[1], float(cols[2])
        if score > 0:
            qrels.setdefault(qid, {})[did] = score
    queries = {k: v for k, v in queries.items() if k in qrels}
    return Dataset(path.name, path, corpus, queries, qrels)


def _file_name(doc_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "__", doc_id) + ".md"


def _fingerprint(ds: Dataset, settings: Settings) -> str:
    h = hashlib.sha256()
    for did in sorted(ds.corpus):
        h.update(did.encode() + b"\0" + ds.corpus[did]["title"].encode() + b"\0" + ds.corpus[did]["text"].encode())
    h.update(json.dumps([settings.embedding.model, settings.chunking.model_dump()], sort_keys=True).encode())
    return h.hexdigest()[:16]


def open_dataset_assistant(ds: Dataset, settings: Settings | None = None, *, cache: Path | None = None,
                           progress: Progress | None = None, **kwargs: Any) -> tuple[Assistant, dict[str, str]]:
    """An assistant over the dataset's corpus, and a map from source file name to doc id."""
    settings = settings or Settings.load()
    home = (cache or CACHE) / f"{ds.name}-{_fingerprint(ds, settings)}"
    docs = home / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    names = {}
    for did, d in ds.corpus.items():
        name = _file_name(did)
        names[name] = did
        f = docs / name
        if not f.exists():
            title = d["title"].replace("\n", " ").strip()
            f.write_text(f"# {title}\n\n{d['text']}\n" if title else d["text"] + "\n", encoding="utf-8")
    s = settings.model_copy(update={"corpus_dir": docs, "index_dir": home / "index", "auto_ingest": False})
    bot = Assistant.from_config(s, **kwargs)
    report = bot.ingest([docs], progress=progress)
    if report.failed:
        raise RuntimeError(f"{len(report.failed)} dataset documents failed to ingest: {report.failed[:3]}")
    return bot, names


def doc_ranking(bot: Assistant, names: dict[str, str], query: str, depth: int) -> list[str]:
    """Documents ranked by their best passage (a long document is split into several)."""
    ranking: list[str] = []
    for p in bot.retrieve(query, depth):
        did = names.get(p.chunk.source)
        if did is not None and did not in ranking:
            ranking.append(did)
    return ranking


def retrieval_scores(rankings: dict[str, list[str]], qrels: dict[str, dict[str, float]]) -> dict[str, float]:
    ids = [q for q in qrels if q in rankings]
    return {
        "queries": float(len(ids)),
        "ndcg@10": round(M.mean(M.ndcg_at(rankings[q], qrels[q], 10) for q in ids), 4),
        "recall@10": round(M.mean(M.recall_at(rankings[q], set(qrels[q]), 10) for q in ids), 4),
        "recall@100": round(M.mean(M.recall_at(rankings[q], set(qrels[q]), 100) for q in ids), 4),
        "mrr@10": round(M.mean(M.reciprocal_rank(rankings[q], set(qrels[q]), 10) for q in ids), 4),
    }


def run_retrieval(path: Path, settings: Settings | None = None, *, limit: int | None = None,
                  depth: int = 100, progress: Progress | None = None, **kwargs: Any) -> dict[str, Any]:
    ds = load_dataset(path)
    settings = settings or Settings.load()
    # Recall@depth needs at least `depth` documents' worth of candidates from each retriever
    retrieval = settings.retrieval.model_copy(update={"candidates": max(settings.retrieval.candidates, 2 * depth)})
    settings = settings.model_copy(update={"retrieval": retrieval})
    started = time.perf_counter()
    bot, names = open_dataset_assistant(ds, settings, progress=progress, **kwargs)
    indexed = time.perf_counter()
    qids = sorted(ds.queries)[:limit] if limit else sorted(ds.queries)
    rankings, times = {}, []
    with bot:
        for i, qid in enumerate(qids):
            if progress:
                progress(i, len(qids), ds.queries[qid]["text"])
            t = time.perf_counter()
            rankings[qid] = doc_ranking(bot, names, ds.queries[qid]["text"], max(depth * 3, 100))[:depth]
            times.append(time.perf_counter() - t)
    out = {"dataset": ds.name, "documents": len(ds.corpus), **retrieval_scores(rankings, ds.qrels),
           "index_seconds": round(indexed - started, 1),
           "query_p50_ms": round(1000 * M.percentile(times, 0.5), 1),
           "query_p95_ms": round(1000 * M.percentile(times, 0.95), 1)}
    return out


# -- answer correctness on QA sets with gold answers -------------------------------------------

_YES_NO = {"yes", "no", "yes.", "no."}


def token_f1(prediction: str, reference: str) -> float:
    p, r = normalise(prediction).split(), normalise(reference).split()
    common = sum(min(p.count(w), r.count(w)) for w in set(p) & set(r))
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(r)
    return 2 * precision * recall / (precision + recall)


def answer_scores(answer_text: str, references: list[str]) -> dict[str, float]:
    """Extractive answers are whole sentences, so besides SQuAD-style token F1 we report whether a
    short reference answer is contained in the answer (the usual metric for sentence answers)."""
    text = f" {normalise(answer_text)} "
    short = [r for r in references if normalise(r) and normalise(r) not in _YES_NO]
    return {
        "contains": float(any(f" {normalise(r)} " in text for r in short)) if short else 0.0,
        "token_f1": max((token_f1(answer_text, r) for r in references), default=0.0),
        "token_recall": max((_recall(answer_text, r) for r in short), default=0.0),
    }


def _recall(prediction: str, reference: str) -> float:
    p, r = set(normalise(prediction).split()), normalise(reference).split()
    return sum(w in p for w in r) / len(r) if r else 0.0


def is_yes_no(references: list[str]) -> bool:
    return any(normalise(r) in _YES_NO for r in references)


def run_qa(path: Path, settings: Settings | None = None, *, limit: int | None = None,
           progress: Progress | None = None, **kwargs: Any) -> dict[str, Any]:
    """Ask every question; score answers against the gold answers and citations against the gold
    article (qrels). Yes/no questions are scored on citations only: an extractive answer is a
    sentence, not a verdict."""
    ds = load_dataset(path)
    bot, names = open_dataset_assistant(ds, settings, progress=progress, **kwargs)
    qids = sorted(ds.queries)[:limit] if limit else sorted(ds.queries)
    rows = []
    with bot:
        for i, qid in enumerate(qids):
            q = ds.queries[qid]
            if progress:
                progress(i, len(qids), q["text"])
            try:
                a = bot.ask(q["text"])
            except Exception as err:  # a bad question in third-party data must not stop the run
                rows.append({"id": qid, "error": str(err)})
                continue
            refs = [str(x) for x in q.get("answers", [])]
            gold_docs = set(ds.qrels.get(qid, {}))
            cited_docs = {names.get(c.source) for c in a.citations}
            rows.append({"id": qid, "yes_no": is_yes_no(refs), "refused": a.refused,
                         "cites_gold": float(bool(cited_docs & gold_docs)), **answer_scores(a.text, refs),
                         "short": answer_scores(a.short_answer or "", refs)["contains"] if a.short_answer else None})
    ok = [r for r in rows if "error" not in r]
    factoid = [r for r in ok if not r["yes_no"]]
    return {
        "dataset": ds.name, "questions": len(rows), "factoid_questions": len(factoid),
        "answered": round(M.mean(not r["refused"] for r in ok), 4),
        "cites_gold_article": round(M.mean(r["cites_gold"] for r in ok), 4),
        "factoid_contains_answer": round(M.mean(r["contains"] for r in factoid), 4),
        "factoid_token_recall": round(M.mean(r["token_recall"] for r in factoid), 4),
        "factoid_token_f1": round(M.mean(r["token_f1"] for r in factoid), 4),
        # the reader's short answer line, where it gave one: does it contain a gold answer?
        "factoid_short_answers": sum(1 for r in factoid if r.get("short") is not None),
        "factoid_short_contains_answer": round(M.mean(r["short"] for r in factoid if r.get("short") is not None), 4)
        if any(r.get("short") is not None for r in factoid) else None,
        "errors": len(rows) - len(ok),
    }
