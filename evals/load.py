"""Load benchmark: concurrent conversations against a running chat server, through its Gradio API.

    assistant bench load [--url URL] [--users 16] [--questions 25]

Each simulated user holds its own conversation (gradio_client keeps one session per client),
asking the suite's questions in order. The same conversations are first run one after another;
the concurrent answers must be identical to those serial ones. Prints latency percentiles.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from .metrics import percentile
from .suite import load_suite


def conversations(users: int, questions: int) -> list[list[str]]:
    """`users` question lists of length `questions`, each a rotation of the suite's questions."""
    pool = [c.question for c in load_suite()]
    return [[pool[(u * 7 + i) % len(pool)] for i in range(questions)] for u in range(users)]


def _run_conversation(url: str, questions: list[str]) -> tuple[list[str], list[float], list[str]]:
    from gradio_client import Client

    client = Client(url, verbose=False)
    answers, times, errors = [], [], []
    for q in questions:
        t = time.perf_counter()
        try:
            out = client.predict(q, api_name="/chat")
            answers.append(out.get("error") or out["text"])
            if out.get("error"):
                errors.append(f"{q}: {out['error']}")
        except Exception as err:  # a failed request is a finding, not a crash of the benchmark
            answers.append("")
            errors.append(f"{q}: {type(err).__name__}: {err}")
        times.append(time.perf_counter() - t)
    return answers, times, errors


def load_test(url: str, users: int = 16, questions: int = 25) -> dict[str, Any]:
    convs = conversations(users, questions)
    serial_started = time.perf_counter()
    serial = [_run_conversation(url, c) for c in convs]
    serial_seconds = time.perf_counter() - serial_started
    barrier = threading.Barrier(users)

    def user(i: int) -> tuple[list[str], list[float], list[str]]:
        barrier.wait()  # everyone starts together
        return _run_conversation(url, convs[i])

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=users) as pool:
        concurrent = list(pool.map(user, range(users)))
    seconds = time.perf_counter() - started
    times = [t for _, ts, _ in concurrent for t in ts]
    serial_times = [t for _, ts, _ in serial for t in ts]
    mismatches = [(u, i) for u in range(users) for i in range(questions)
                  if concurrent[u][0][i] != serial[u][0][i]]
    return {
        "users": users, "questions_each": questions, "requests": users * questions,
        "errors": [e for _, _, es in concurrent for e in es] + [e for _, _, es in serial for e in es],
        "mismatches": mismatches,
        "concurrent_seconds": round(seconds, 2), "serial_seconds": round(serial_seconds, 2),
        "throughput_rps": round(users * questions / seconds, 1),
        "p50_ms": round(1000 * percentile(times, 0.5), 1), "p95_ms": round(1000 * percentile(times, 0.95), 1),
        "serial_p50_ms": round(1000 * percentile(serial_times, 0.5), 1),
        "serial_p95_ms": round(1000 * percentile(serial_times, 0.95), 1),
    }


def print_load(r: dict[str, Any]) -> None:
    print(f"load benchmark: {r['users']} concurrent conversations x {r['questions_each']} questions "
          f"({r['requests']} requests through the Gradio API)")
    print(f"  errors: {len(r['errors'])}, answers differing from the serial run: {len(r['mismatches'])}")
    print(f"  concurrent: {r['concurrent_seconds']} s, {r['throughput_rps']} requests/s, "
          f"latency p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms")
    print(f"  serial (one conversation at a time): {r['serial_seconds']} s, "
          f"p50 {r['serial_p50_ms']} ms, p95 {r['serial_p95_ms']} ms")
