"""`assistant bench scale`: the store and retrieval at 10 k, 100 k and 1 M passages.

Passages are synthetic (random unit vectors, texts of random corpus-like words) bulk-loaded
through `Index.apply` (the real journal, store and manifest, with the vectors given); queries go through the real `ask` path (query encoder, Chroma,
BM25, fusion, sentence re-scoring, answering). Up to 100 k passages each carries 3 sentence
vectors like a real one; at 1 M the 3 M sentence vectors are left out (on 2 cores they would
roughly quadruple a build of over an hour), so sentence re-scoring finds none there.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from assistant import Assistant, Settings
from assistant.changes import Change
from assistant.types import Chunk, Document

from .bench import machine
from .metrics import percentile

WORDS = ("mineral copper gold lithium cobalt nickel policy security investment province export import supply chain "
         "refining processing extraction deposit reserve agreement logistics transparency governance market "
         "demand growth energy vehicle battery magnet defense industry trade partner strategic economic region "
         "federal community environment safeguard oversight parliament committee audit contract enforcement").split()


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def build(bot: Assistant, n: int, sentences: bool, rng: random.Random, dim: int) -> float:
    """Bulk-load n synthetic passages (in files of 100) with one `Index.apply`; seconds taken."""
    started = time.perf_counter()
    bot.index.apply(synthetic(n, sentences, rng, dim))
    return time.perf_counter() - started


def synthetic(n: int, sentences: bool, rng: random.Random, dim: int, per_file: int = 100) -> Iterator[Change]:
    """Files of random corpus-like passages with random unit vectors, made as they are applied."""
    gen = np.random.default_rng(rng.randrange(2**32))
    for first in range(0, n, per_file):
        source = f"doc-{first // per_file:06d}.md"
        chunks, rows = [], []
        for i in range(first, min(first + per_file, n)):
            parts = tuple(" ".join(rng.choices(WORDS, k=25)).capitalize() + "." for _ in range(3))
            chunks.append(Chunk(f"c{i:08d}", source, source, "Synthetic", None, " ".join(parts), parts, i - first))
            v = gen.standard_normal(dim).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
            for _ in parts if sentences else ():  # a sentence's vector lies near its passage's
                w = v + 0.3 * gen.standard_normal(dim).astype(np.float32)
                rows.append(w / np.linalg.norm(w))
        yield Change.put(Document(source, source, (), "synthetic"), chunks, np.stack(rows), sentence_vectors=sentences)


def measure(n: int, queries: int = 200, seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.load(index_dir=Path(tmp) / "index", corpus_dir=Path(tmp) / "none", auto_ingest=False)
        bot = Assistant.from_config(settings)
        before = rss_mb()
        sentences = n <= 100_000
        build_s = build(bot, n, sentences, rng, bot.index.embedder.dimension)
        t = time.perf_counter()
        bot.index.reload()  # chunk table and BM25 over n passages (apply reread it already: timed again)
        load_s = time.perf_counter() - t
        questions = [f"What does the {rng.choice(WORDS)} {rng.choice(WORDS)} agreement say about {rng.choice(WORDS)}?"
                     for _ in range(queries)]
        bot.ask(questions[0])  # warm-up
        asks, retrieves = [], []
        for q in questions:
            a = bot.ask(q)
            asks.append(a.timings["total"])
            retrieves.append(a.timings["retrieve"])
        disk = sum(f.stat().st_size for f in (Path(tmp) / "index").rglob("*") if f.is_file())
        bot.close()
    return {"passages": n, "sentence_vectors": 3 * n if sentences else 0,
            "build_seconds": round(build_s, 1), "open_seconds": round(load_s, 1),
            "ask_p50_ms": round(1000 * percentile(asks, 0.5), 1), "ask_p95_ms": round(1000 * percentile(asks, 0.95), 1),
            "retrieve_p50_ms": round(1000 * percentile(retrieves, 0.5), 1),
            "rss_mb": rss_mb(), "rss_growth_mb": round(rss_mb() - before, 1), "disk_mb": round(disk / 2**20, 1)}


def main(sizes: list[int], out: Path | None) -> int:
    print(f"bench scale, {time.strftime('%Y-%m-%d')}, {machine()}")
    print(f"{'passages':>10} {'build s':>9} {'open s':>8} {'ask p50':>9} {'ask p95':>9} {'retr p50':>9} {'RSS MB':>8} {'disk MB':>8}")
    rows = []
    for n in sizes:  # each size in its own process, so memory figures do not accumulate
        done = subprocess.run([sys.executable, "-m", "evals.scale", str(n)], capture_output=True, text=True,
                              check=True, cwd=Path(__file__).resolve().parent.parent)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(r)
        print(f"{n:>10} {r['build_seconds']:>9} {r['open_seconds']:>8} {r['ask_p50_ms']:>9} {r['ask_p95_ms']:>9} "
              f"{r['retrieve_p50_ms']:>9} {r['rss_mb']:>8} {r['disk_mb']:>8}", flush=True)
    if out:
        out.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]))))
