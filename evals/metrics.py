"""Metric formulas, shared by the Q&A suite and the BEIR runner. Plain functions on plain data."""

from __future__ import annotations

import math
from typing import Iterable, Mapping, Sequence


def hit_at(ranking: Sequence[str], gold: set[str], k: int) -> float:
    return 1.0 if gold and any(r in gold for r in ranking[:k]) else 0.0


def reciprocal_rank(ranking: Sequence[str], gold: set[str], k: int = 10) -> float:
    for i, r in enumerate(ranking[:k]):
        if r in gold:
            return 1.0 / (i + 1)
    return 0.0


def ndcg_at(ranking: Sequence[str], relevance: Mapping[str, float], k: int = 10) -> float:
    """nDCG@k with graded relevance (BEIR/pytrec_eval definition: gain = rel, log2(rank+1))."""
    dcg = sum(relevance.get(r, 0.0) / math.log2(i + 2) for i, r in enumerate(ranking[:k]))
    ideal = sorted((v for v in relevance.values() if v > 0), reverse=True)[:k]
    idcg = sum(v / math.log2(i + 2) for i, v in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def recall_at(ranking: Sequence[str], gold: set[str], k: int) -> float:
    return len(set(ranking[:k]) & gold) / len(gold) if gold else 0.0


def percentile(values: Iterable[float], q: float) -> float:
    xs = sorted(values)
    if not xs:
        return 0.0
    pos = (len(xs) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def mean(values: Iterable[float]) -> float:
    xs = list(values)
    return sum(xs) / len(xs) if xs else 0.0


def precision_recall(predicted: Sequence[bool], actual: Sequence[bool]) -> tuple[float, float]:
    tp = sum(p and a for p, a in zip(predicted, actual))
    fp = sum(p and not a for p, a in zip(predicted, actual))
    fn = sum(a and not p for p, a in zip(predicted, actual))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall
