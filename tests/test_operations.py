"""Operating it: a Chroma server as the store (scale-out), login, loopback by default, and a load
of concurrent conversations through the Gradio API."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

from assistant import Assistant, Settings

from .conftest import CORPUS
from .docs import TEXT
from .servers import free_port, wait_for_http

pytestmark = pytest.mark.slow  # the fast lane: ./test.sh -m "not slow"

CHROMA = shutil.which("chroma", path=str(Path(sys.executable).parent))


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A real `chroma run` on loopback, from the chromadb package."""
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen([CHROMA or "chroma", "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    try:
        wait_for_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", "chroma run", seconds=20)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_ingest_and_ask_against_a_chroma_server(chroma_server: int, tmp_path: Path, embedder) -> None:
    settings = Settings.load(index_dir=tmp_path / "local", corpus_dir=CORPUS, auto_ingest=False,
                             store={"host": "127.0.0.1", "port": chroma_server, "collection_prefix": "t1"})
    bot = Assistant.from_config(settings, embedder=embedder)
    report = bot.ingest()
    assert report.added == ["pakistan-us-critical-minerals.md"]
    a = bot.ask("Which minerals does Pakistan have significant deposits of?")
    assert "copper" in a.text and a.citations[0].source == "pakistan-us-critical-minerals.md"
    assert bot.ingest().skipped == ["pakistan-us-critical-minerals.md"]  # the manifest lives on the server
    bot.close()
    # a second client (another machine, another local folder) sees the same index
    other = Assistant.from_config(settings.model_copy(update={"index_dir": tmp_path / "elsewhere"}), embedder=embedder)
    assert [d.source for d in other.documents()] == ["pakistan-us-critical-minerals.md"]
    assert other.ask("Who won the 2022 World Cup?").refused
    other.close()


def test_writes_from_one_client_reach_another(chroma_server: int, tmp_path: Path, embedder) -> None:
    store = {"host": "127.0.0.1", "port": chroma_server, "collection_prefix": "t2"}
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "nodules.txt").write_text(TEXT, encoding="utf-8")
    reader = Assistant.from_config(Settings.load(index_dir=tmp_path / "a", corpus_dir=CORPUS, auto_ingest=False,
                                                 store=store), embedder=embedder)
    writer = Assistant.from_config(Settings.load(index_dir=tmp_path / "b", corpus_dir=tmp_path / "docs",
                                                 auto_ingest=False, store=store), embedder=embedder)
    writer.ingest()
    time.sleep(1.1)  # readers look for a new generation at most once a second
    assert "manganese" in _seen(reader)

    # a rebuild is a new generation too, even when it ends on the same count of commits as before
    (tmp_path / "docs" / "nodules.txt").write_text(TEXT.replace("manganese", "cobalt-rich crust"), encoding="utf-8")
    writer.ingest()
    time.sleep(1.1)
    assert "cobalt-rich crust" in _seen(reader)
    (tmp_path / "docs" / "nodules.txt").write_text(TEXT, encoding="utf-8")
    writer.ingest(rebuild=True)
    time.sleep(1.1)
    assert "manganese" in _seen(reader)


def _seen(reader: Assistant) -> str:
    """The passages a reader finds (cited, or shown as related to a refusal): what replication is
    about, whatever the refusal threshold makes of the answer."""
    a = reader.ask("Which metals do polymetallic nodules contain?")
    return " ".join(c.text for c in (*a.citations, *a.related))


def test_unreachable_chroma_server_is_a_clear_error(tmp_path: Path, embedder) -> None:
    from assistant.errors import StoreUnavailable

    with pytest.raises(StoreUnavailable, match="chroma run"):
        Assistant.from_config(Settings.load(index_dir=tmp_path, store={"host": "127.0.0.1", "port": free_port()}),
                              embedder=embedder)


def test_serve_binds_loopback_and_auth_requires_login(corpus_index: Path, tmp_path: Path) -> None:
    shutil.copytree(corpus_index, tmp_path / "index")
    port = free_port()
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(tmp_path / "index"), "ASSISTANT_AUTO_INGEST": "false"}
    proc = subprocess.Popen([str(Path(sys.executable).parent / "assistant"), "serve", "--port", str(port),
                             "--auth", "analyst:s3cret"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", "assistant serve", seconds=30)
        listening = subprocess.run(["ss", "-ltn"], capture_output=True, text=True).stdout if shutil.which("ss") else ""
        if listening:
            assert f"127.0.0.1:{port}" in listening and f"0.0.0.0:{port}" not in listening
        from gradio_client import Client

        with pytest.raises(Exception):
            Client(f"http://127.0.0.1:{port}/", verbose=False).predict("Who wrote the article?", api_name="/chat")
        client = Client(f"http://127.0.0.1:{port}/", auth=("analyst", "s3cret"), verbose=False)
        answer = client.predict("Which minerals does Pakistan have significant deposits of?", api_name="/chat")
        assert "copper" in answer["text"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.slow
def test_sixteen_concurrent_conversations(corpus_bot: Assistant) -> None:
    """16 users x 25 questions through the Gradio API: no errors, answers identical to serial ones."""
    from evals.load import load_test, print_load
    from ui.app import build_app, launch

    app = build_app(corpus_bot)
    port = free_port()
    launch(app, host="127.0.0.1", port=port, block=False)
    try:
        result = load_test(f"http://127.0.0.1:{port}/", users=16, questions=25)
    finally:
        app.close()
    print_load(result)
    assert result["errors"] == [] and result["mismatches"] == []
    assert result["requests"] == 400
