"""Run a Q&A suite through the public API and compute the deterministic metrics."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Sequence

from assistant import Answer, Assistant

from . import metrics as M
from .suite import Case, fact_found, supports

Progress = Callable[[int, int, str], None]


@dataclass
class CaseResult:
    id: str
    category: str
    question: str
    answerable: bool
    history_turns: int
    answer: str
    refused: bool
    query: str
    citations: list[dict[str, Any]]
    ranking: list[str]
    gold: list[str]
    facts: list[bool]
    cited_supported: list[bool]
    sentences: int
    sentences_cited: int
    sentences_verified: int
    latency: float
    hit1: float = 0.0
    hit4: float = 0.0
    rr: float = 0.0
    ndcg10: float = 0.0
    correct: bool = False
    passed: bool = False
    judge: dict[str, Any] | None = None
    # answered with the notice that the documents may not answer exactly (in LLM mode a fallback
    # notice absorbs that doubt and clears the flag, so there it undercounts); results written
    # before it existed read False
    hedged: bool = False


@dataclass
class RunResult:
    suite: str
    started: str
    settings: dict[str, Any]
    metrics: dict[str, float]
    by_category: dict[str, dict[str, float]]
    cases: list[CaseResult] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "RunResult":
        return cls(**{**d, "cases": [CaseResult(**c) for c in d.get("cases", [])]})


def gold_chunks(case: Case, all_chunks: Sequence[Any]) -> list[str]:
    return [c.id for c in all_chunks if any(supports(c.text, s) for s in case.support)]


def evaluate_case(bot: Assistant, case: Case, all_chunks: Sequence[Any], k: int = 10, judge: Any = None) -> CaseResult:
    started = time.perf_counter()
    answer: Answer = bot.ask(case.question, case.history or None)
    latency = time.perf_counter() - started
    if not answer.query:  # small talk: nothing was searched
        ranking = []
    elif bot.settings.answer.mode == "llm" and bot.llm is not None:  # follow-ups were rewritten by the LLM
        ranking = [p.chunk.id for p in bot.retrieve(answer.query, k)]
    else:  # the very search the answer used
        ranking = [p.chunk.id for p in bot.retrieve(case.question, k, case.history or None)]
    gold = gold_chunks(case, all_chunks)
    gold_set = set(gold)
    cited = [any(supports(c.text, s) for s in case.support) or c.chunk_id in gold_set for c in answer.citations]
    facts = [fact_found(f, answer.text) for f in case.facts]
    sentences = list(answer.sentences)
    r = CaseResult(
        id=case.id, category=case.category, question=case.question, answerable=case.answerable,
        history_turns=len(case.history), answer=answer.text, refused=answer.refused, query=answer.query,
        citations=[{"marker": c.marker, "chunk_id": c.chunk_id, "source": c.source, "section": c.section,
                    "page": c.page, "quote": c.quote} for c in answer.citations],
        ranking=ranking, gold=gold, facts=facts, cited_supported=cited,
        sentences=len(sentences), sentences_cited=sum(1 for s in sentences if s.markers),
        sentences_verified=sum(1 for s in sentences if s.verified), latency=latency,
        hedged=bool(answer.hedged and not answer.refused),
    )
    if gold_set:
        r.hit1 = M.hit_at(ranking, gold_set, 1)
        r.hit4 = M.hit_at(ranking, gold_set, 4)
        r.rr = M.reciprocal_rank(ranking, gold_set, 10)
        r.ndcg10 = M.ndcg_at(ranking, {g: 1.0 for g in gold_set}, 10)
    r.correct = case.answerable and not answer.refused and all(facts)
    r.passed = r.correct if case.answerable else answer.refused
    if judge is not None and case.answerable:
        r.judge = judge(case, answer)
    return r


def aggregate(results: Sequence[CaseResult]) -> dict[str, float]:
    answerable = [r for r in results if r.answerable]
    with_gold = [r for r in answerable if r.gold]
    answered = [r for r in answerable if not r.refused]
    citations = [ok for r in answered for ok in r.cited_supported]
    n_sent = sum(r.sentences for r in answered)
    refusal_p, refusal_r = M.precision_recall([r.refused for r in results], [not r.answerable for r in results])
    follow = [r for r in answerable if r.history_turns]
    out = {
        "cases": float(len(results)),
        "pass_rate": M.mean(r.passed for r in results),
        "hit@1": M.mean(r.hit1 for r in with_gold),
        "hit@4": M.mean(r.hit4 for r in with_gold),
        "mrr@10": M.mean(r.rr for r in with_gold),
        "ndcg@10": M.mean(r.ndcg10 for r in with_gold),
        "answer_correctness": M.mean(r.correct for r in answerable),
        "fact_recall": M.mean(M.mean(r.facts) if r.facts else float(not r.refused) for r in answerable),
        "citation_precision": M.mean(citations) if citations else 0.0,
        "citation_coverage": sum(r.sentences_cited for r in answered) / n_sent if n_sent else 0.0,
        "verified_share": sum(r.sentences_verified for r in answered) / n_sent if n_sent else 0.0,
        "refusal_precision": refusal_p,
        "refusal_recall": refusal_r,
        "follow_up_accuracy": M.mean(r.correct for r in follow) if follow else 0.0,
        # how often an answer to an answerable question comes with the reader's doubt (a pass
        # rate cannot show it: a hedged answer passes)
        "hedged_share": M.mean(r.hedged for r in answered) if answered else 0.0,
        "latency_p50_ms": 1000 * M.percentile((r.latency for r in results), 0.5),
        "latency_p95_ms": 1000 * M.percentile((r.latency for r in results), 0.95),
    }
    judged = [r.judge for r in results if r.judge]
    if judged:
        out["judge_faithfulness"] = M.mean(j.get("faithful", 0.0) for j in judged)
        out["judge_correctness"] = M.mean(j.get("correct", 0.0) for j in judged)
    return {k: round(v, 4) for k, v in out.items()}


def run_suite(bot: Assistant, cases: Sequence[Case], *, suite_name: str = "suite",
              progress: Progress | None = None, judge: Any = None) -> RunResult:
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    bot.ensure_index()
    all_chunks = [c for d in bot.documents() for c in bot.chunks_of(d.source)]
    results = []
    for i, case in enumerate(cases):
        if progress:
            progress(i, len(cases), case.question)
        results.append(evaluate_case(bot, case, all_chunks, judge=judge))
    if progress:
        progress(len(cases), len(cases), "done")
    categories = sorted({r.category for r in results})
    by_category = {c: aggregate([r for r in results if r.category == c]) for c in categories}
    s = bot.settings
    settings = {"embedding": s.embedding.model, "chunking": s.chunking.model_dump(mode="json"),
                "retrieval": s.retrieval.model_dump(mode="json"), "answer": s.answer.model_dump(mode="json"),
                "llm": s.llm.provider}
    if s.answer.reader:  # which weights answered (a candidate is measured with answer.reader_dir)
        from assistant.reader import shared_reader

        meta = shared_reader(s.answer.reader_threads, s.answer.reader_dir).meta
        settings["reader"] = {"version": meta.get("version"), "sha256": meta.get("sha256"),
                              "answer_threshold": (meta.get("answer_threshold") or {}).get("value"),
                              # rounds it learned from say nothing about it (evals.pool leaves them out)
                              "training_rounds": meta.get("training_rounds", [])}
    return RunResult(suite_name, started, settings, aggregate(results), by_category, results)
