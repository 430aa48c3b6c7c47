"""Calibrate the refusal threshold on known answerable and unanswerable questions.

    assistant eval --calibrate

With the reader on (the default) this is a diagnostic: the shipped threshold was fitted once on
SQuAD's dev split and is not refitted on the suite (a suite tuned against stops measuring);
the figures show what the suite alone would choose. With the reader off, it fits
answer.refusal_threshold as before.

Every case is asked once with refusals switched off, recording the evidence score the
threshold is applied to. The threshold is the one that refuses the most unanswerable questions
(recall) while at least 90 % of its refusals are right (precision, the release target) even if
one more of them were wrong; if no threshold reaches that precision, the one with the best
balanced accuracy. Precision and recall
are reported on the whole suite and, to show how well it generalises, by leave-one-out: each case
is scored with a threshold chosen without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from assistant import Assistant

from .metrics import precision_recall
from .suite import Case


@dataclass(frozen=True)
class Point:
    evidence: float
    unanswerable: bool
    id: str


def collect(bot: Assistant, cases: Sequence[Case]) -> list[Point]:
    """Evidence per case with refusals off (the threshold is applied to this score)."""
    s = bot.settings
    never = s.model_copy(update={"answer": s.answer.model_copy(update={"refusal_threshold": float("-inf"),
                                                                       "reader_threshold": 0.0}),
                                 "auto_ingest": False})
    probe = Assistant.from_config(never, embedder=bot.index.embedder, store=bot.index.store)
    return [Point(probe.ask(c.question, c.history or None, mode="extractive").evidence, not c.answerable, c.id)
            for c in cases]


def _scores(points: Sequence[Point], threshold: float) -> tuple[float, float, float]:
    refused = [p.evidence < threshold for p in points]
    actual = [p.unanswerable for p in points]
    precision, recall = precision_recall(refused, actual)
    n_un = sum(actual)
    n_ans = len(points) - n_un
    tnr = sum(not r and not a for r, a in zip(refused, actual)) / n_ans if n_ans else 1.0
    tpr = sum(r and a for r, a in zip(refused, actual)) / n_un if n_un else 1.0
    return precision, recall, (tpr + tnr) / 2


PRECISION_TARGET = 0.9  # of refusals, the share that are right: the release target


def best_threshold(points: Sequence[Point], precision: float = PRECISION_TARGET) -> float:
    """The threshold that refuses the most unanswerable questions while at least `precision` of
    its refusals are right (a wrong refusal hides an answer the documents hold; a wrong answer is
    still a cited quote the reader can check), with a margin of one: the target must hold even if
    one more refusal were wrong, so that it does not rest on a single case (on 2026-11-27 the
    threshold that met it exactly refused a plain answer outside the suite). When no threshold
    reaches that precision, the one with the best balanced accuracy. Of thresholds with the same
    recall, the most precise; of equally good ones, the midpoint of their range."""
    values = sorted({round(p.evidence, 6) for p in points})
    candidates = [(a + b) / 2 for a, b in zip(values, values[1:])] or values
    scores = [(t, *_scores(points, t)) for t in candidates]

    def with_margin(t: float) -> float:
        refused = [p for p in points if p.evidence < t]
        return (sum(p.unanswerable for p in refused) - 1) / len(refused) if refused else 0.0

    # recall of a threshold that refuses nothing is 0: such a threshold is never "precise enough"
    precise = [((r, p), t) for t, p, r, _ in scores if r > 0 and p >= precision and with_margin(t) >= precision]
    scored = precise or [((b, 0.0), t) for t, _, _, b in scores]
    top = max(s for s, _ in scored)
    best = [t for s, t in scored if s == top]
    return round((min(best) + max(best)) / 2, 4)


def calibrate(bot: Assistant, cases: Sequence[Case]) -> dict[str, Any]:
    points = collect(bot, cases)
    threshold = best_threshold(points)
    precision, recall, balanced = _scores(points, threshold)
    # leave-one-out: is each case decided right by a threshold fitted without it?
    loo_refused = []
    for i, p in enumerate(points):
        t = best_threshold(points[:i] + points[i + 1:])
        loo_refused.append(p.evidence < t)
    loo_p, loo_r = precision_recall(loo_refused, [p.unanswerable for p in points])
    current = bot.extractive.threshold()
    cur_p, cur_r, cur_b = _scores(points, current)
    return {
        "answerable": sum(not p.unanswerable for p in points), "unanswerable": sum(p.unanswerable for p in points),
        "threshold": threshold, "precision": round(precision, 4), "recall": round(recall, 4),
        "balanced_accuracy": round(balanced, 4),
        "leave_one_out_precision": round(loo_p, 4), "leave_one_out_recall": round(loo_r, 4),
        "current_threshold": current, "current_precision": round(cur_p, 4), "current_recall": round(cur_r, 4),
        "misjudged": sorted((p.id, round(p.evidence, 3)) for p in points if (p.evidence < threshold) != p.unanswerable),
    }
