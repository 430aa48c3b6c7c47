"""The regression gate: compare a run with the accepted baseline (`evals/baseline.json`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .runner import RunResult

DEFAULT_BASELINE = Path(__file__).resolve().parent / "baseline.json"

# Allowed absolute drop per metric before the gate fails. Latency is reported, never gated:
# speed is measured by the benchmarks, and this machine is too noisy for timed assertions.
TOLERANCES: dict[str, float] = {
    "pass_rate": 0.02, "hit@1": 0.03, "hit@4": 0.02, "mrr@10": 0.03, "ndcg@10": 0.03,
    "answer_correctness": 0.02, "fact_recall": 0.02, "citation_precision": 0.03,
    "citation_coverage": 0.0, "verified_share": 0.0, "refusal_precision": 0.05,
    "refusal_recall": 0.05, "follow_up_accuracy": 0.05,
    "judge_faithfulness": 0.05, "judge_correctness": 0.05,
}


@dataclass
class Regression:
    metric: str
    baseline: float
    now: float
    tolerance: float

    def __str__(self) -> str:
        return (f"{self.metric} dropped from {self.baseline:.4f} to {self.now:.4f} "
                f"(tolerance {self.tolerance:.2f})")


@dataclass
class GateResult:
    regressions: list[Regression] = field(default_factory=list)
    newly_failing: list[str] = field(default_factory=list)  # case ids: pass -> fail
    newly_passing: list[str] = field(default_factory=list)
    new_cases: list[str] = field(default_factory=list)  # not in the baseline yet

    @property
    def ok(self) -> bool:
        return not self.regressions

    def summary(self, result: RunResult) -> str:
        questions = {c.id: c.question for c in result.cases}
        lines = ["regression gate: " + ("PASSED" if self.ok else "FAILED")]
        lines += [f"  {r}" for r in self.regressions]
        if self.newly_failing:
            lines.append(f"  {len(self.newly_failing)} question(s) changed from pass to fail:")
            lines += [f"    {i}: {questions.get(i, '?')}" for i in self.newly_failing]
        if self.newly_passing:
            lines.append(f"  {len(self.newly_passing)} question(s) changed from fail to pass: "
                         + ", ".join(self.newly_passing))
        if self.new_cases:
            lines.append(f"  {len(self.new_cases)} case(s) not in the baseline yet: " + ", ".join(self.new_cases))
        return "\n".join(lines)


def load_baseline(path: Path = DEFAULT_BASELINE) -> dict[str, Any] | None:
    return json.loads(path.read_text()) if path.exists() else None


def check(result: RunResult, baseline: dict[str, Any]) -> GateResult:
    gate = GateResult()
    tolerances = {**TOLERANCES, **baseline.get("tolerances", {})}
    for metric, tol in tolerances.items():
        if metric in baseline["metrics"] and metric in result.metrics:
            before, now = baseline["metrics"][metric], result.metrics[metric]
            if now < before - tol - 1e-9:
                gate.regressions.append(Regression(metric, before, now, tol))
    passed_before: dict[str, bool] = baseline.get("passed", {})
    for c in result.cases:
        if c.id not in passed_before:
            gate.new_cases.append(c.id)
        elif passed_before[c.id] and not c.passed:
            gate.newly_failing.append(c.id)
        elif not passed_before[c.id] and c.passed:
            gate.newly_passing.append(c.id)
    return gate


def write_baseline(result: RunResult, path: Path = DEFAULT_BASELINE) -> None:
    data = {
        "suite": result.suite,
        "accepted": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "settings": result.settings,
        "metrics": result.metrics,
        "by_category": result.by_category,
        "passed": {c.id: c.passed for c in result.cases},
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
