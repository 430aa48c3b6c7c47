"""The measured cases pooled: the source-article suite and every held-out round already measured,
asked once and summed up together, or two such runs compared case by case.

    python -m evals.pool run .cache/pool/reader-3
    python -m evals.pool compare .cache/pool/reader-3 .cache/pool/candidate [--rounds-only]

One round of 50 cases moves by 0.02 per case, too coarse to tell two readers apart; the pooled
cases (1,641 at rounds 10-34; 1,309 of them in the held-out rounds, `--rounds-only`) are what a
candidate is compared on before the round still to be
measured judges it once. A round counts as measured when a result besides its `.before.json` was
committed (`round-N.after.json`, `round-N.<candidate>.json`); the round with only its
`.before.json` is never asked here, so it stays fit to judge the next change.

Since reader 5, the reader also learns from rounds (`evals.reader.rounds`; `training_rounds` in
its reader.json, recorded in each result): `--rounds-only` leaves out the rounds either run's
reader learned from, and `run --rounds 30,32-34` asks only the rounds a candidate is compared on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterator, Sequence

from .runner import CaseResult, RunResult, aggregate, run_suite
from .suite import DEFAULT_SUITE, load_suite

ROUNDS = Path(__file__).resolve().parent / "rounds"
MULTIDOC = Path(__file__).resolve().parent / "multidoc"  # rounds over documents of their own
# the figures a comparison prints, in order
SHOWN = ("pass_rate", "fact_recall", "refusal_precision", "refusal_recall", "answerable_refused",
         "answer_correctness", "follow_up_accuracy", "hedged_share", "hit@1")


def measured_suites(rounds: Path = ROUNDS, suite: Path = DEFAULT_SUITE) -> list[Path]:
    """The suite, then each round with a committed result besides those measured before: a round
    measured again as the baseline of the next change (`round-N.before-reader-4.json`, after a new
    reader shipped) still judges that change, so it must not be pooled."""
    out = [suite]
    for path in sorted(rounds.glob("round-*.jsonl"), key=lambda p: (len(p.stem), p.stem)):
        results = [r for r in rounds.glob(f"{path.stem}.*.json")
                   if not r.name[len(path.stem) + 1:].startswith(("before.", "before-"))]
        if results:
            out.append(path)
    return out


def round_numbers(spec: str) -> list[int]:
    """"30,32-34" -> [30, 32, 33, 34]."""
    out: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.strip().partition("-")
        if not lo.isdigit() or not (hi or lo).isdigit() or int(hi or lo) < int(lo):
            raise SystemExit(f"rounds {spec!r}: write them as numbers and rising ranges, e.g. 30,32-34")
        out.extend(n for n in range(int(lo), int(hi or lo) + 1) if n not in out)
    return out


def multidoc_suite(number: int) -> Path:
    """Multi-document round `number`'s cases (its documents are the `corpus/` beside them)."""
    return MULTIDOC / f"m{number}" / f"round-m{number}.jsonl"


def multidoc_assistants(spec: str, index_root: Path) -> Iterator[tuple[Path, Any]]:
    """Each multi-document round `spec` names ("1-16": m1 … m16) as its suite and an assistant over
    its own documents, indexed once under `index_root`; each assistant is closed after its turn."""
    from assistant import Assistant

    for number in round_numbers(spec):
        suite = multidoc_suite(number)
        bot = Assistant.from_config(corpus_dir=suite.parent / "corpus", index_dir=index_root / f"m{number}")
        bot.ensure_index()
        try:
            yield suite, bot
        finally:
            bot.close()


def chosen_rounds(spec: str, rounds: Path = ROUNDS) -> list[Path]:
    """The measured rounds of `spec` (no suite): a round still to be measured is refused, so a
    run on chosen rounds cannot spend the fresh one."""
    measured = {p.stem: p for p in measured_suites(rounds)}
    out = []
    for n in round_numbers(spec):
        if f"round-{n}" not in measured:
            raise SystemExit(f"round {n} is not a measured round (fresh, or missing): it is not asked here")
        out.append(measured[f"round-{n}"])
    return out


def summary(cases: Sequence[CaseResult]) -> dict[str, Any]:
    """The suite's own metrics over the pooled cases, the share of answerable questions refused,
    and the pass rate per category."""
    answerable = [c for c in cases if c.answerable]
    out: dict[str, Any] = dict(aggregate(cases))
    out["answerable_refused"] = round(sum(c.refused for c in answerable) / len(answerable), 4) if answerable else 0.0
    categories = sorted({c.category for c in cases})
    out["by_category"] = {k: {"cases": sum(c.category == k for c in cases),
                              "pass_rate": round(sum(c.passed for c in cases if c.category == k)
                                                 / sum(c.category == k for c in cases), 4)} for k in categories}
    return out


def run(out: Path, bot: Any = None, suites: Sequence[Path] | None = None) -> dict[str, Any]:
    """Ask every measured case once; one result file per suite in `out`, and the pooled summary."""
    if bot is None:
        from assistant import Assistant

        bot = Assistant.from_config()
    out.mkdir(parents=True, exist_ok=True)
    pooled: list[CaseResult] = []
    for path in suites if suites is not None else measured_suites():
        result = run_suite(bot, load_suite(path), suite_name=path.name)
        (out / f"{path.stem}.json").write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1),
                                               encoding="utf-8")
        pooled.extend(result.cases)
        print(f"{path.name}: {len(result.cases)} cases, pass {result.metrics['pass_rate']:.3f}", file=sys.stderr)
    figures = summary(pooled)
    (out / "pool.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return figures


def training_rounds(folder: Path) -> set[str]:
    """The rounds the readers of a `run` folder learned from (`evals.reader.rounds`), as its
    results record them: those rounds are held out no longer."""
    out: set[str] = set()
    for path in folder.glob("*.json"):
        if path.name != "pool.json":
            reader = json.loads(path.read_text(encoding="utf-8")).get("settings", {}).get("reader") or {}
            out |= {Path(r).stem for r in reader.get("training_rounds", [])}
    return out


def load(folder: Path, rounds_only: bool = False, leave_out: set[str] = frozenset()) -> dict[str, CaseResult]:
    """The cases of a `run` folder by id; with `rounds_only`, those of the held-out rounds alone
    (the blind rounds: the suite grew with the answering code, the rounds were written blind),
    less the rounds in `leave_out` and those its own readers learned from."""
    cases: dict[str, CaseResult] = {}
    skip = (set(leave_out) | training_rounds(folder)) if rounds_only else set()
    for path in sorted(folder.glob("*.json")):
        if path.name == "pool.json" or (rounds_only and (not path.name.startswith("round-") or path.stem in skip)):
            continue
        for case in RunResult.from_dict(json.loads(path.read_text(encoding="utf-8"))).cases:
            cases[case.id] = case
    if not cases:
        what = "no held-out round's results" if rounds_only else "no results"
        raise SystemExit(f"{folder} holds {what}: run `python -m evals.pool run {folder}` first")
    return cases


def compare(a: Path, b: Path, rounds_only: bool = False) -> str:
    """Both runs' figures side by side, on the cases both asked, and which cases changed. The
    rules that decide whether a candidate goes before a fresh round compare counts, so the
    passes are also given as counts (a tie is a tie, not a rounding)."""
    # a round either run's reader learned from is left out of both
    learned = training_rounds(a) | training_rounds(b)
    left, right = load(a, rounds_only, learned), load(b, rounds_only, learned)
    common = sorted(set(left) & set(right))
    sa, sb = summary([left[i] for i in common]), summary([right[i] for i in common])
    passed = [sum(run[i].passed for i in common) for run in (left, right)]
    lines = [f"{len(common)} cases in both{' (held-out rounds only)' if rounds_only else ''} ({a.name} | {b.name})",
             f"  {'passed':<20} {passed[0]} | {passed[1]}"]
    lines += [f"  {k:<20} {sa[k]:.3f} | {sb[k]:.3f}" for k in SHOWN]
    lines.append("  pass rate by category:")
    for k, v in sa["by_category"].items():
        lines.append(f"    {k:<20} {v['cases']:>4}  {v['pass_rate']:.3f} | {sb['by_category'][k]['pass_rate']:.3f}")
    won = [i for i in common if right[i].passed and not left[i].passed]
    lost = [i for i in common if left[i].passed and not right[i].passed]
    lines.append(f"  fail -> pass ({len(won)}): {' '.join(won)}")
    lines.append(f"  pass -> fail ({len(lost)}): {' '.join(lost)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals.pool", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    r = sub.add_parser("run", help="ask the suite and every measured round; results into OUT")
    r.add_argument("out", type=Path)
    r.add_argument("--rounds", help='only these measured rounds, e.g. "30,32-34" (rounds a reader was trained '
                   "on say nothing about it: evals.reader.rounds)")
    c = sub.add_parser("compare", help="two run folders side by side")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--rounds-only", action="store_true", help="only the held-out rounds' cases, not the suite's")
    args = ap.parse_args(argv)
    if args.what == "run":
        figures = run(args.out, suites=chosen_rounds(args.rounds) if args.rounds else None)
        print(json.dumps({k: v for k, v in figures.items() if k != "by_category"}, indent=1))
    else:
        print(compare(args.a, args.b, args.rounds_only))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
