"""`assistant eval`, `assistant add-case` and `assistant bench` (registered by assistant.cli)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from .suite import DEFAULT_SUITE, Case



def add_commands(sub: Any) -> None:
    s = sub.add_parser("eval", help="run the Q&A suite: metrics, HTML report, regression gate")
    s.add_argument("--suite", type=Path, default=DEFAULT_SUITE, help="JSONL suite (default: the source-article suite)")
    s.add_argument("--baseline", type=Path, default=None, help="baseline JSON (default: evals/baseline.json)")
    s.add_argument("--check", action="store_true", help="exit 1 when a metric drops beyond its tolerance")
    s.add_argument("--update-baseline", action="store_true", help="accept this run as the new baseline")
    s.add_argument("--out", type=Path, help="folder for the JSON result and HTML report (default: reports/ in "
                   "the data folder)")
    s.add_argument("--judge", action="store_true", help="also let the configured LLM judge the answers")
    s.add_argument("--beir", type=Path, metavar="DATASET",
                   help="instead: retrieval on a BEIR-format folder (nDCG@10, Recall@100, MRR@10)")
    s.add_argument("--qa", type=Path, metavar="DATASET",
                   help="instead: answer correctness on a QA folder with gold answers (e.g. cmu-wikiqa-s10)")
    s.add_argument("--limit", type=int, help="with --beir/--qa: only the first N queries")
    s.add_argument("--calibrate", nargs="*", type=Path, metavar="SUITE",
                   help="fit the refusal threshold on these suites' (default: --suite) answerable and "
                   "unanswerable cases and report it")
    s.add_argument("--write", action="store_true", help="with --calibrate and the reader on: store the "
                   "threshold in the shipped reader.json (a development step; use measured rounds only)")
    s.set_defaults(func=cmd_eval)

    s = sub.add_parser("add-case", help="save a question and its expected facts as a new test case")
    s.add_argument("question")
    s.add_argument("--fact", action="append", default=[], help="an expected fact; alternatives separated by |")
    s.add_argument("--support", action="append", default=[], help="text of the passage that answers it")
    s.add_argument("--history", type=Path, help="JSON file with the earlier [{role, content}] messages")
    s.add_argument("--unanswerable", action="store_true", help="the documents do not answer it")
    s.add_argument("--category", default="user")
    s.add_argument("--suite", type=Path, help="default: captured-cases.jsonl in the data folder (then "
                   "`assistant merge-cases` adds it to the release suite)")
    s.set_defaults(func=cmd_add_case)

    s = sub.add_parser("merge-cases", help="add the test cases saved in the chat window (user data folder) "
                                           "to an evaluation suite, after checking each")
    s.add_argument("--from", dest="source", type=Path, help="default: captured-cases.jsonl in the data folder")
    s.add_argument("--suite", type=Path, default=DEFAULT_SUITE)
    s.set_defaults(func=cmd_merge_cases)

    s = sub.add_parser("bench", help="benchmarks: latency (warm ask, ingest, cold start), load (concurrent chats)")
    s.add_argument("what", choices=["latency", "load", "compare", "scale"])
    s.add_argument("--datasets", type=Path, help="compare: folder holding scifact/ and cmu-wikiqa-s10/")
    s.add_argument("--wikiqa-limit", type=int, help="compare: only the first N factoid questions")
    s.add_argument("--parts", default="article,scifact,wikiqa,ingest,startup",
                   help="compare: which comparisons to run (comma-separated)")
    s.add_argument("--sizes", default="10000,100000,1000000", help="scale: store sizes to measure")
    s.add_argument("--rounds", type=int, default=5, help="latency: passes over the suite")
    s.add_argument("--url", help="load: a running chat server (default: start one on the bundled corpus)")
    s.add_argument("--users", type=int, default=16, help="load: concurrent conversations")
    s.add_argument("--questions", type=int, default=25, help="load: questions per conversation")
    s.add_argument("--json", type=Path, help="also write the figures to this file")
    s.set_defaults(func=cmd_bench)


def _progress(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r[{done}/{total}] {message[:70]:<70}", end="" if done < total else "\n", file=sys.stderr, flush=True)
    elif done == total or done % 20 == 0:
        print(f"[{done}/{total}]", file=sys.stderr, flush=True)


def evaluate(bot: Any, suite: Path = DEFAULT_SUITE, *, baseline: Path | None = None, out: Path | None = None,
             update_baseline: bool = False, judge: bool = False, progress: Any = None) -> tuple[Any, Any]:
    """Run a suite through `bot`; write the JSON result and HTML report to `out`; compare with the
    baseline. Returns (RunResult, GateResult or None when there is no baseline yet)."""
    from . import gate as G
    from . import report
    from .runner import run_suite
    from .suite import load_suite

    judge_fn = None
    if judge:
        from .judge import llm_judge

        judge_fn = llm_judge(bot)
    result = run_suite(bot, load_suite(suite), suite_name=suite.name, progress=progress, judge=judge_fn)
    baseline_path = baseline or (G.DEFAULT_BASELINE if suite == DEFAULT_SUITE else suite.with_suffix(".baseline.json"))
    accepted = G.load_baseline(baseline_path)
    gate = G.check(result, accepted) if accepted else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        (out / f"{suite.stem}-{stamp}.json").write_text(json.dumps(result.to_dict(), indent=1, ensure_ascii=False))
        page = report.render(result, accepted, gate)
        (out / f"{suite.stem}-{stamp}.html").write_text(page, encoding="utf-8")
        (out / f"{suite.stem}-latest.html").write_text(page, encoding="utf-8")
    if update_baseline:
        G.write_baseline(result, baseline_path)
    return result, gate


def cmd_eval(args: argparse.Namespace) -> int:
    from assistant.cli import assistant_from_args, settings_from_args

    if args.beir or args.qa:
        from .beir import run_qa, run_retrieval

        settings = settings_from_args(args)
        run = run_retrieval if args.beir else run_qa
        result = run(args.beir or args.qa, settings, limit=args.limit, progress=_progress)
        print(json.dumps(result, indent=2))
        return 0
    bot = assistant_from_args(args)
    if args.calibrate is not None:
        from .calibrate import calibrate, write_reader_threshold
        from .suite import load_suite

        suites = args.calibrate or [args.suite]
        if args.write and bot.settings.answer.reader:
            from assistant.reader import MODEL_DIR

            from .calibrate import refuse_learned_rounds

            refuse_learned_rounds(MODEL_DIR, suites)  # before minutes of asking, not after
        report = calibrate(bot, [c for s in suites for c in load_suite(s)])
        for k, v in report.items():
            print(f"  {k}: {v}")
        if bot.settings.answer.reader:
            if args.write:
                from assistant.reader import MODEL_DIR

                write_reader_threshold(MODEL_DIR, report, suites)
                print(f"stored answer_threshold {report['threshold']} in {MODEL_DIR / 'reader.json'}")
            else:
                print("the reader's threshold ships with the model, fitted on measured held-out rounds "
                      "(--write); ASSISTANT_ANSWER__READER_THRESHOLD overrides it")
        else:
            print(f"set it with ASSISTANT_ANSWER__REFUSAL_THRESHOLD={report['threshold']} (or answer.refusal_threshold)")
        return 0
    args.out = args.out or bot.settings.data_path / "reports"  # user data, never the installed package
    result, gate = evaluate(bot, args.suite, baseline=args.baseline, out=args.out,
                            update_baseline=args.update_baseline, judge=args.judge, progress=_progress)
    width = max(len(k) for k in result.metrics)
    for k, v in result.metrics.items():
        print(f"  {k:<{width}}  {v:.4f}")
    _print_categories(result.by_category)
    if args.out is not None:
        print(f"report: {args.out / (args.suite.stem + '-latest.html')}")
    if args.update_baseline:
        print("baseline updated")
        return 0
    if gate is None:
        print("no baseline yet: run with --update-baseline to accept this run")
        return 1 if args.check else 0
    print(gate.summary(result))
    return 0 if gate.ok or not args.check else 1


def _print_categories(by_category: dict[str, dict[str, float]]) -> None:
    """Per category: cases, pass rate, fact credit (share of expected fact groups found)."""
    print(f"  {'category':<14} {'cases':>5} {'pass':>6} {'facts':>6}")
    for cat, m in by_category.items():
        print(f"  {cat:<14} {int(m['cases']):>5} {m['pass_rate']:>6.3f} {m['fact_recall']:>6.3f}")


def cmd_add_case(args: argparse.Namespace) -> int:
    from .suite import append_case

    history = json.loads(args.history.read_text()) if args.history else []
    facts = [[alt.strip() for alt in f.split("|") if alt.strip()] for f in args.fact]
    if not args.unanswerable and not facts:
        print("error: give at least one --fact (or --unanswerable)", file=sys.stderr)
        return 2
    from assistant.cli import settings_from_args

    from .suite import captured_cases_path

    # never the packaged suite by default: an installed package is not written at run time
    suite = args.suite or captured_cases_path(settings_from_args(args).data_path)
    case = append_case(suite, Case(id="", question=args.question, answerable=not args.unanswerable,
                                   facts=facts, support=args.support, history=history, category=args.category))
    print(f"added {case.id} to {suite}" + ("" if args.suite else "; `assistant merge-cases` adds it to the suite"))
    return 0


def cmd_merge_cases(args: argparse.Namespace) -> int:
    from assistant.cli import settings_from_args

    from .suite import append_case, captured_cases_path, load_suite

    source = args.source or captured_cases_path(settings_from_args(args).data_path)
    if not source.exists():
        print(f"no saved test cases ({source} does not exist)")
        return 0
    load_suite(args.suite)  # the target must be valid before anything is moved
    merging = source.with_name(source.name + ".merging")
    if not merging.exists():
        source.replace(merging)  # cases saved from now on go to a fresh file, not lost mid-merge
    try:
        cases = load_suite(merging)
    except ValueError as err:
        print(f"error: {err}; fix or delete that line in {merging}, then run this again", file=sys.stderr)
        return 2
    existing = {(c.question, json.dumps(c.history)) for c in load_suite(args.suite)}
    added = 0
    for case in cases:
        if (case.question, json.dumps(case.history)) in existing:
            continue  # merged already (a re-run after an interruption)
        case.id = ""  # a fresh id in the suite
        append_case(args.suite, case)
        added += 1
    done = source.with_name(source.name + ".merged")
    with done.open("a", encoding="utf-8") as fh:
        fh.write(merging.read_text(encoding="utf-8"))
    merging.unlink()
    print(f"added {added} case(s) to {args.suite}; the saved file is kept as {done}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from . import bench

    if args.what == "latency":
        return bench.main_latency(args.rounds, args.json)
    if args.what == "compare":
        from . import compare

        return compare.main(args.json, args.wikiqa_limit, args.datasets or compare.DATASETS, progress=_progress,
                            parts=tuple(args.parts.split(",")))
    if args.what == "scale":
        from . import scale

        return scale.main([int(x) for x in args.sizes.split(",")], args.json)
    from .load import load_test, print_load

    url, server = args.url, None
    if not url:  # the chat window in its own process, started as a user would (`assistant serve`)
        import socket
        import subprocess
        import sys

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        where = [f"--{k.replace('_', '-')}={v}" for k, v in vars(args).items()
                 if k in ("config", "index_dir", "corpus_dir") and v]
        # its output would interleave with the figures (and its shutdown warns of open connections)
        server = subprocess.Popen([sys.executable, "-m", "assistant", *where, "serve", "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/"
        _wait_for(url, server)
    try:
        result = load_test(url, args.users, args.questions)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    print_load(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0 if not result["errors"] and not result["mismatches"] else 1


def _wait_for(url: str, server: Any, seconds: float = 300.0) -> None:
    """Until the server answers HTTP (it may build the index first), or fail saying why."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode} before answering; run "
                             "`assistant serve` to see why")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit(f"the server did not answer at {url} within {seconds:.0f} s")
