"""Speed benchmark: warm `ask` latency and ingest time on the bundled corpus.

    assistant bench latency [--rounds 5] [--json FILE]

Prints a table; figures are measured in this run only (this machine is noisy: compare ratios
within one run, not absolute numbers across runs).
"""

from __future__ import annotations

import json
import platform
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from assistant import Assistant, Settings

from .metrics import percentile
from .suite import load_suite


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def latency_benchmark(rounds: int = 5, settings: Settings | None = None) -> dict[str, Any]:
    settings = settings or Settings.load()
    questions = [(c.question, c.history or None) for c in load_suite()]
    with tempfile.TemporaryDirectory() as tmp:
        s = settings.model_copy(update={"index_dir": Path(tmp) / "index", "auto_ingest": False})
        t0 = time.perf_counter()
        bot = Assistant.from_config(s)
        opened = time.perf_counter()
        report = bot.ingest()
        ingested = time.perf_counter()
        again = bot.ingest()
        reingested = time.perf_counter()
        # the same index without the reader, asked alternately with it so both see the same noise
        off = Assistant(s.model_copy(update={"answer": s.answer.model_copy(update={"reader": False})}), bot.index)
        bot.ask(questions[0][0])  # warm-up: query encoder weights, reader session, caches
        off.ask(questions[0][0])
        retrieve, total, total_off, composed = [], [], [], []
        for _ in range(rounds):
            for q, h in questions:
                a = bot.ask(q, h)
                total.append(a.timings.get("total", 0.0))
                if "\n- " in a.text:  # gathered several points (bullets): reads twice the candidates
                    composed.append(a.timings.get("total", 0.0))
                retrieve.append(a.timings.get("retrieve", 0.0))
                total_off.append(off.ask(q, h).timings.get("total", 0.0))
        bot.close()
    ms = lambda xs, p: round(1000 * percentile(xs, p), 2)  # noqa: E731
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": machine(),
        "corpus_chunks": report.chunks_added, "questions": len(questions) * rounds,
        "ingest_seconds": round(ingested - opened, 2), "open_seconds": round(opened - t0, 2),
        "reingest_unchanged_seconds": round(reingested - ingested, 3),
        "reingest_added": again.chunks_added,
        "ask_p50_ms": ms(total, 0.5), "ask_p95_ms": ms(total, 0.95), "composed_answers": len(composed),
        "ask_composed_p50_ms": ms(composed, 0.5) if composed else None,
        "ask_reader_off_p50_ms": ms(total_off, 0.5), "ask_reader_off_p95_ms": ms(total_off, 0.95),
        "retrieve_p50_ms": ms(retrieve, 0.5), "retrieve_p95_ms": ms(retrieve, 0.95),
    }


def cold_start(index_dir: Path | None = None, repeats: int = 3) -> dict[str, float]:
    """Seconds from process start to printed answer for `assistant ask`, beside the bare
    `import sentence_transformers` (the cost a naive CLI would pay), best of `repeats`."""
    import os
    import shutil
    import subprocess
    import sys

    exe = shutil.which("assistant", path=str(Path(sys.executable).parent)) or "assistant"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    if index_dir:
        env["ASSISTANT_INDEX_DIR"] = str(index_dir)

    def best(cmd: list[str]) -> float:
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - t)
        return round(min(times), 2)

    subprocess.run([exe, "ingest"], env=env, check=True, capture_output=True)  # the index exists
    return {
        "cold_ask_seconds": best([exe, "ask", "Which minerals does Pakistan have significant deposits of?"]),
        "import_sentence_transformers_seconds": best([sys.executable, "-c", "import sentence_transformers"]),
        "python_startup_seconds": best([sys.executable, "-c", "pass"]),
    }


def print_latency(r: dict[str, Any]) -> None:
    print(f"latency benchmark, {r['date']}, {r['machine']}")
    print(f"  ingest of the bundled corpus ({r['corpus_chunks']} passages, model load included): "
          f"{r['ingest_seconds']} s")
    print(f"  re-ingest, unchanged: {r['reingest_unchanged_seconds']} s ({r['reingest_added']} passages added)")
    print(f"  warm ask over {r['questions']} questions: p50 {r['ask_p50_ms']} ms, p95 {r['ask_p95_ms']} ms "
          f"(retrieval p50 {r['retrieve_p50_ms']} ms)")
    if r.get("composed_answers"):
        print(f"  of them, answers that gather several points ({r['composed_answers']}): p50 {r['ask_composed_p50_ms']} ms")
    print(f"  the same questions with the reader off (same run, alternating): p50 {r['ask_reader_off_p50_ms']} ms, "
          f"p95 {r['ask_reader_off_p95_ms']} ms; reader on / off p50 ratio "
          f"{r['ask_p50_ms'] / max(r['ask_reader_off_p50_ms'], 1e-9):.2f}")
    if "cold_ask_seconds" in r:
        print(f"  cold `assistant ask` (process start to printed answer): {r['cold_ask_seconds']} s; "
              f"in the same run, bare `import sentence_transformers`: {r['import_sentence_transformers_seconds']} s, "
              f"bare python start: {r['python_startup_seconds']} s")


def main_latency(rounds: int, out: Path | None) -> int:
    r = latency_benchmark(rounds)
    with tempfile.TemporaryDirectory() as tmp:
        r.update(cold_start(Path(tmp) / "index"))
    print_latency(r)
    if out:
        out.write_text(json.dumps(r, indent=2))
    return 0
