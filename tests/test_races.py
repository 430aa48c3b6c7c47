"""Writers and readers that cannot race (#19 item 5): concurrent uploads through the real server,
with chats asking all the while, all succeed and log no error; a second process reading the same
index while this one writes never sees a half-written index."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from assistant import Assistant, Settings

from .servers import free_port

pytestmark = pytest.mark.slow  # the fast lane: ./test.sh -m "not slow"

UPLOADS = 24
# rounds of 24 uploads (the issue asks 10; 3 on 2 cores). Since uploads are serialised per process
# this passes on the code before the snapshot fix too: the forced interleaving below is what fails there
ROUNDS = 3
METALS = ["tin", "zinc", "nickel", "cobalt", "lithium", "tungsten", "antimony", "gallium"]


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def server(tmp_path: Path, embedder: Any) -> Iterator[tuple[str, Assistant]]:
    from ui.server import BackgroundServer, build_server

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "base.md").write_text("# Base\n\nThe Kokkola refinery in Finland processes cobalt.\n", encoding="utf-8")
    settings = Settings.load(home=tmp_path, corpus_dir=corpus, index_dir=tmp_path / "index", auto_ingest=False,
                             server={"rate_limit": 0})
    bot = Assistant.from_config(settings, embedder=embedder)
    assert bot.ingest().ok
    srv = BackgroundServer(build_server(bot), port=free_port())
    yield srv.url.rstrip("/"), bot
    srv.close()
    bot.close()


def test_concurrent_uploads_with_chats_all_succeed_and_log_no_error(server: tuple[str, Assistant]) -> None:
    url, bot = server
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    failures: list[str] = []
    try:
        for r in range(ROUNDS):
            stop = threading.Event()
            answered: list[int] = []

            def chat() -> None:
                with httpx.Client(timeout=120) as http:
                    while not stop.is_set():
                        got = http.post(url + "/api/ask", json={"question": "Which refinery processes cobalt?"})
                        if got.status_code != 200:
                            failures.append(f"chat: {got.status_code} {got.text[:200]}")
                        answered.append(got.status_code)

            def upload(i: int) -> None:
                metal = METALS[i % len(METALS)]
                text = f"# Report {r}-{i}\n\nMine number {r}-{i} produces {metal} for export.\n"
                with httpx.Client(timeout=300) as http:
                    got = http.post(url + "/api/documents", files=[("files", (f"r{r}-{i}.md", text.encode(), "text/markdown"))])
                if got.status_code != 200 or [d["source"] for d in got.json()["documents"]] != [f"uploads/r{r}-{i}.md"]:
                    failures.append(f"upload {r}-{i}: {got.status_code} {got.text[:200]}")

            chats = [threading.Thread(target=chat) for _ in range(3)]
            uploads = [threading.Thread(target=upload, args=(i,)) for i in range(UPLOADS)]
            for t in chats + uploads:
                t.start()
            for t in uploads:
                t.join(timeout=600)
            stop.set()
            for t in chats:
                t.join(timeout=120)
            assert answered, "the chats never got an answer"
    finally:
        logging.getLogger().removeHandler(errors)
    assert failures == []
    assert [f"{r.name}: {r.getMessage()[:200]}" for r in errors.records if r.levelno >= logging.ERROR] == []
    assert not any("damaged" in r.getMessage() for r in errors.records)  # no rebuild was started
    sources = {d.source for d in bot.documents()}
    assert {f"uploads/r{r}-{i}.md" for r in range(ROUNDS) for i in range(UPLOADS)} <= sources


def test_a_reader_caught_between_a_writers_steps_reads_a_whole_generation(tmp_path: Path, embedder: Any) -> None:
    """Another process (its own Index on the same folder) reloads while this one replaces a file:
    the reload reads the manifest, then the writer deletes the passages it listed, then the reload
    fetches them. The interleaving is forced, not hoped for."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    doc = corpus / "doc.md"

    def version(n: int) -> None:
        doc.write_text(f"# Doc\n\nVersion {n} of this note says the mine produces {METALS[n]}.\n", encoding="utf-8")

    def settings() -> Settings:
        return Settings.load(home=tmp_path, corpus_dir=corpus, index_dir=tmp_path / "index", auto_ingest=False)

    version(0)
    writer = Assistant.from_config(settings(), embedder=embedder)
    assert writer.ingest().ok
    reader = Assistant.from_config(settings(), embedder=embedder)
    version(1)
    assert writer.ingest().ok  # a new generation the reader has not read yet
    for cached in (tmp_path / "index").glob("snapshot-*.pickle"):
        cached.unlink()  # the reader must fetch the passages, not find them cached

    store, real_get, calls = reader.index.store, reader.index.store.get, []

    def get_after_a_write(collection: str, *args: Any, **kwargs: Any) -> Any:
        if collection == "chunks" and not calls:
            calls.append(1)
            version(2)
            assert writer.ingest().ok  # replaces version 1's passages while the reload is half done
        return real_get(collection, *args, **kwargs)

    store.get = get_after_a_write  # type: ignore[method-assign]
    try:
        reader.index.refresh_if_changed(every=0.0)
    finally:
        del store.get
    assert calls, "the reload never fetched passages"
    texts = [c.text for c in reader.chunks_of("doc.md")]
    assert texts and all("Version 2" in t for t in texts), texts  # the whole newest generation
    assert reader.index.snapshot.generation == writer.index.snapshot.generation
    writer.close()
    reader.close()
