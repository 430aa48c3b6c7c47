"""Shared fixtures. Everything is real: the packaged MiniLM model, Chroma on disk, servers on
loopback. Nothing may reach the internet."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from assistant import Assistant, Settings
from assistant.backends.embedding import SentenceTransformerEmbedder

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ARTIFACTS = ROOT / "tests" / "artifacts"


def pytest_configure(config: pytest.Config) -> None:
    """The test session's environment, set once before any test module is imported (so before
    transformers or gradio are): offline, no telemetry, and none of the developer's own settings."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ["ANONYMIZED_TELEMETRY"] = "False"
    for key in [k for k in os.environ if k.startswith("ASSISTANT_")]:
        del os.environ[key]
    os.environ["ASSISTANT_CONFIG"] = str(Path(__file__).parent / "no-such-config.toml")


@pytest.fixture(scope="session")
def embedder() -> SentenceTransformerEmbedder:
    """The real model, loaded once per test session."""
    return SentenceTransformerEmbedder()


@pytest.fixture
def make_bot(tmp_path: Path, embedder: SentenceTransformerEmbedder) -> Iterator[Callable[..., Assistant]]:
    """Assistant factory over a fresh corpus folder and index in tmp_path."""
    bots: list[Assistant] = []

    def make(corpus: Path | None = None, **overrides: Any) -> Assistant:
        corpus = corpus or tmp_path / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        settings = Settings.load(home=tmp_path, corpus_dir=corpus, index_dir=tmp_path / "index", **overrides)
        bot = Assistant.from_config(settings, embedder=embedder)
        bots.append(bot)
        return bot

    yield make
    for b in bots:
        b.close()


@pytest.fixture
def bot_over(make_bot: Callable[..., Assistant], tmp_path: Path) -> Callable[[dict[str, str]], Assistant]:
    """An assistant over a small corpus written for the test ({file name: text}), ingested."""
    def make(files: dict[str, str]) -> Assistant:
        corpus = tmp_path / "corpus"
        corpus.mkdir(exist_ok=True)
        for name, text in files.items():  # bytes for a binary file (a PDF)
            if isinstance(text, bytes):
                (corpus / name).write_bytes(text)
            else:
                (corpus / name).write_text(text, encoding="utf-8")
        bot = make_bot(corpus)
        assert bot.ingest().ok
        return bot

    return make


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder) -> Path:
    """An index of the bundled corpus, built once per session; tests copy it, never write to it."""
    index = tmp_path_factory.mktemp("corpus-index")
    settings = Settings.load(corpus_dir=CORPUS, index_dir=index)
    bot = Assistant.from_config(settings, embedder=embedder)
    report = bot.ingest()
    assert report.ok and report.added, report
    bot.close()
    return index


@pytest.fixture(scope="session")
def corpus_bot(corpus_index: Path, embedder: SentenceTransformerEmbedder) -> Iterator[Assistant]:
    """A read-only assistant on the bundled corpus."""
    bot = Assistant.from_config(Settings.load(corpus_dir=CORPUS, index_dir=corpus_index, auto_ingest=False),
                                embedder=embedder)
    yield bot
    bot.close()


@pytest.fixture
def corpus_copy(tmp_path: Path, corpus_index: Path) -> Path:
    """A writable copy of the corpus index (for tests that change it)."""
    target = tmp_path / "index"
    shutil.copytree(corpus_index, target)
    return target


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
