"""Calibrate the refusal threshold on known answerable and unanswerable questions.

    assistant eval --calibrate

With the reader off, it fits answer.refusal_threshold on the suite, as before. With the reader
on (the default) the threshold is the model's, fitted once per model version on held-out rounds
that have already been measured (never on the suite, never on a round still to be measured):

    assistant eval --calibrate evals/rounds/round-10.jsonl evals/rounds/round-11.jsonl \
        evals/rounds/round-12.jsonl --write

The rule is `grid_threshold`: the value on a 0.05 grid with the best balanced accuracy (answering
the answerable questions and refusing the others count the same). `--write` stores it, with the
rule, the rounds and the table, as `answer_threshold` in the shipped reader.json; on the suite
itself the command is a diagnostic.

Every case is asked once with refusals switched off, recording the evidence score the
threshold is applied to. The threshold is the one that refuses the most unanswerable questions
(recall) while at least 90 % of its refusals are right (precision, the release target) even if
one more of them were wrong; if no threshold reaches that precision, the one with the best
balanced accuracy. Precision and recall
are reported on the whole suite and, to show how well it generalises, by leave-one-out: each case
is scored with a threshold chosen without it.

The reader's threshold is fitted over several rounds' documents at once with

    python -m evals.calibrate --rounds 30,32-37,39-56 --multidoc 1-16 [--write]

(article rounds of `evals/rounds/` over the bundled corpus; multi-document rounds of
`evals/multidoc/`, each over its own documents, indexed once under `--index-root`).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from assistant import Assistant

from .metrics import precision_recall
from .suite import Case, load_suite


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


GRID = 0.05  # the threshold is a round number: finer fits would only fit the rounds' noise


def grid_table(points: Sequence[Point], step: float = GRID) -> dict[str, float]:
    """Balanced accuracy at each grid value in (0, 1)."""
    return {f"{t:.2f}": round(_scores(points, t)[2], 4)
            for t in (round(i * step, 2) for i in range(1, int(round(1 / step))))}


def grid_threshold(points: Sequence[Point], step: float = GRID) -> float:
    """The grid value with the best balanced accuracy; of equally good ones, the one nearest the
    middle of their range (so that the choice does not rest on the grid's end)."""
    table = grid_table(points, step)
    top = max(table.values())
    best = [float(t) for t, v in table.items() if v == top]
    middle = (min(best) + max(best)) / 2
    return min(best, key=lambda t: (round(abs(t - middle), 6), t))  # ties: the lower


def calibrate(bot: Assistant, cases: Sequence[Case]) -> dict[str, Any]:
    return report_of(collect(bot, cases), bot.settings.answer.reader, bot.extractive.threshold())


def report_of(points: Sequence[Point], reader: bool, current: float) -> dict[str, Any]:
    """The fitted threshold and how it (and the `current` one) decide these points."""
    points = list(points)
    rule = grid_threshold if reader else best_threshold
    threshold = rule(points)
    precision, recall, balanced = _scores(points, threshold)
    # leave-one-out: is each case decided right by a threshold fitted without it?
    loo_refused = []
    for i, p in enumerate(points):
        t = rule(points[:i] + points[i + 1:])
        loo_refused.append(p.evidence < t)
    loo_p, loo_r = precision_recall(loo_refused, [p.unanswerable for p in points])
    cur_p, cur_r, cur_b = _scores(points, current)
    answerable = [p for p in points if not p.unanswerable]
    report: dict[str, Any] = {
        "answerable": len(answerable), "unanswerable": sum(p.unanswerable for p in points),
        "threshold": threshold, "precision": round(precision, 4), "recall": round(recall, 4),
        "balanced_accuracy": round(balanced, 4),
        "answerable_refused": round(sum(p.evidence < threshold for p in answerable) / max(1, len(answerable)), 4),
        "leave_one_out_precision": round(loo_p, 4), "leave_one_out_recall": round(loo_r, 4),
        "current_threshold": current, "current_precision": round(cur_p, 4), "current_recall": round(cur_r, 4),
        "current_balanced_accuracy": round(cur_b, 4),
        "misjudged": sorted((p.id, round(p.evidence, 3)) for p in points if (p.evidence < threshold) != p.unanswerable),
    }
    if reader:
        report["balanced_accuracy_by_threshold"] = grid_table(points)
    return report


def refuse_learned_rounds(model_dir: Path, suites: Sequence[Path]) -> None:
    """A threshold fitted on rounds the reader learned from would be set by its memory of them."""
    meta = json.loads((model_dir / "reader.json").read_text(encoding="utf-8"))
    learned = {Path(r).name for r in meta.get("training_rounds", [])} & {Path(s).name for s in suites}
    if learned:
        raise SystemExit(f"the reader learned from {', '.join(sorted(learned))}: fit its threshold on rounds "
                         "it did not learn from")


def write_reader_threshold(model_dir: Path, report: dict[str, Any], suites: Sequence[Path]) -> dict[str, Any]:
    """Store the fitted threshold in the reader's description, with how it was obtained. A
    development step, like shipping the model: never run by the installed assistant."""
    path = model_dir / "reader.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    refuse_learned_rounds(model_dir, suites)
    meta["answer_threshold"] = {
        "value": report["threshold"],
        "rule": f"best balanced accuracy on a {GRID} grid of the assistant's max answerability per question",
        "rounds": [s.name for s in suites],
        "questions": report["answerable"] + report["unanswerable"],
        "balanced_accuracy": report["balanced_accuracy"],
        "answerable_refused": report["answerable_refused"],
        "refusal_precision": report["precision"], "refusal_recall": report["recall"],
        "balanced_accuracy_by_threshold": report["balanced_accuracy_by_threshold"],
    }
    path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta["answer_threshold"]


def points_of_rounds(rounds: str | None, multidoc: str | None,
                     index_root: Path) -> tuple[list[Point], list[Path], float]:
    """Every case of the named rounds asked with refusals off, each over its own documents; and
    the threshold in use."""
    from .pool import ROUNDS, multidoc_assistants, round_numbers

    points: list[Point] = []
    suites: list[Path] = []
    current = float("nan")
    if rounds:
        article = [ROUNDS / f"round-{r}.jsonl" for r in round_numbers(rounds)]
        bot = Assistant.from_config()
        bot.ensure_index()
        points += collect(bot, [c for s in article for c in load_suite(s)])
        suites += article
        current = bot.extractive.threshold()
        bot.close()
    for suite, bot in multidoc_assistants(multidoc, index_root) if multidoc else []:
        points += collect(bot, load_suite(suite))
        suites.append(suite)
        current = bot.extractive.threshold()
    return points, suites, current


def main(argv: list[str] | None = None) -> None:
    from assistant.reader import MODEL_DIR

    ap = argparse.ArgumentParser(description="fit the reader's answer threshold on measured rounds")
    ap.add_argument("--rounds", help='article rounds, e.g. "30,32-37"')
    ap.add_argument("--multidoc", help='multi-document rounds, e.g. "1-16"')
    ap.add_argument("--index-root", type=Path, default=Path(".cache/calibrate-index"))
    ap.add_argument("--write", action="store_true", help="store the fitted threshold in the shipped reader.json "
                    "(as answer_threshold: the one answering uses; without it the fit is only reported)")
    ap.add_argument("--json", type=Path, help="also write the report here")
    a = ap.parse_args(argv)
    if not a.rounds and not a.multidoc:
        ap.error("name --rounds, --multidoc or both")
    from .pool import ROUNDS, multidoc_suite, round_numbers

    names = [ROUNDS / f"round-{r}.jsonl" for r in (round_numbers(a.rounds) if a.rounds else [])]
    names += [multidoc_suite(r) for r in (round_numbers(a.multidoc) if a.multidoc else [])]
    missing = [str(n) for n in names if not n.is_file()]
    if missing:  # before minutes of asking, not after
        raise SystemExit(f"no such round: {', '.join(missing)}")
    if a.write:
        refuse_learned_rounds(MODEL_DIR, names)  # before minutes of asking, not after
    points, suites, current = points_of_rounds(a.rounds, a.multidoc, a.index_root)
    report = report_of(points, True, current)
    for k, v in report.items():
        print(f"  {k}: {v}")
    if a.json:
        a.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if a.write:
        write_reader_threshold(MODEL_DIR, report, suites)
        print(f"stored answer_threshold {report['threshold']} in {MODEL_DIR / 'reader.json'}")


if __name__ == "__main__":
    main()
