"""A store torn by a kill during Chroma's own save is rebuilt from the documents.

chromadb 1.5 saves its HNSW files in place, so a process killed at that moment leaves vector
files and an id map that disagree (CI met it once in the kill -9 test). These tests tear a
real store the same two ways, deterministically, by putting back one half of an earlier save,
and check that opening, asking and ingesting each rebuild it, losing nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant import Assistant, Settings
from assistant.backends import ManifestEntry
from assistant.backends.chroma import ChromaStore

from .helpers import check_consistent

pytestmark = pytest.mark.slow  # the fast lane: ./test.sh -m "not slow"

NATIVE = ("data_level0.bin", "header.bin", "length.bin", "link_lists.bin")
PICKLE = "index_metadata.pickle"
MINERALS = ["cobalt", "lithium", "nickel", "graphite", "manganese", "vanadium"]


def write_report(folder: Path, name: str, mineral: str, version: int = 1) -> None:
    """About 40 sentences: two folders of these pass Chroma's save threshold (1,000 vectors) twice."""
    paras = [f"The {mineral} mine at site {name}-{i} produced {version * 100 + i} tonnes in {1990 + i}. "
             f"Its {mineral} workforce numbered {i * 7 + version} people that year."
             for i in range(20)]
    (folder / f"{name}.md").write_text(f"# {mineral.capitalize()} at {name}\n\n" + "\n\n".join(paras),
                                       encoding="utf-8")


def segments(chroma: Path) -> list[Path]:
    return [d for d in chroma.iterdir() if d.is_dir() and (d / PICKLE).exists()]


@pytest.fixture(scope="module")
def two_saves(tmp_path_factory: pytest.TempPathFactory, embedder) -> Path:
    """An index ingested twice, each time past the save threshold, with a copy of the first save."""
    base = tmp_path_factory.mktemp("two-saves")
    corpus, index = base / "corpus", base / "index"
    (corpus / "early").mkdir(parents=True)
    (corpus / "late").mkdir()
    for n in range(30):
        write_report(corpus / "early", f"e{n}", MINERALS[n % 6])
    settings = Settings.load(index_dir=index, corpus_dir=corpus, auto_ingest=False)
    with Assistant.from_config(settings, embedder=embedder) as bot:
        bot.ingest()
    first = segments(index / "chroma")
    assert first, "the first ingest should have saved a vector index to disk"
    for d in first:
        shutil.copytree(d, base / "first-save" / d.name)
    for n in range(30):
        write_report(corpus / "late", f"l{n}", MINERALS[n % 6])
    with Assistant.from_config(settings, embedder=embedder) as bot:
        bot.ingest()
    return base


def tear(two_saves: Path, tmp_path: Path, half: str) -> Settings:
    """A copy of `two_saves` with `half` of each vector index put back as the first save left it."""
    shutil.copytree(two_saves, tmp_path, dirs_exist_ok=True)
    files = NATIVE if half == "native" else (PICKLE,)
    for copy in (tmp_path / "first-save").iterdir():
        for f in files:
            shutil.copy2(copy / f, tmp_path / "index" / "chroma" / copy.name / f)
    return Settings.load(index_dir=tmp_path / "index", corpus_dir=tmp_path / "corpus", auto_ingest=False)


def expect_rebuilt(bot: Assistant, caplog: pytest.LogCaptureFixture) -> None:
    a = bot.ask("How many tonnes did the cobalt mine at site l6-3 produce?")
    assert not a.refused and "103" in a.text and a.citations
    assert any("rebuilding" in r.getMessage() for r in caplog.records)
    check_consistent(bot, ask=False)
    assert len(bot.documents()) == 60


@pytest.mark.slow
def test_torn_vectors_found_by_crash_recovery_on_open(
        two_saves: Path, tmp_path: Path, embedder, caplog: pytest.LogCaptureFixture) -> None:
    """The CI failure: a journal left by a killed writer, whose rollback deletes vectors the
    stale vector files do not hold. Opening the index rebuilds it instead of failing."""
    settings = tear(two_saves, tmp_path, half="native")
    store = ChromaStore(path=settings.index_path / "chroma")
    victim = store.read_manifest()["late/l29.md"]
    journal = ManifestEntry(victim.source, "", victim.title, [], victim.indexed_at, victim.chunker,
                            pending=victim.chunk_ids)  # "a new file, killed before its commit"
    store.write_manifest(journal)
    store.close()

    with Assistant.from_config(settings, embedder=embedder) as bot:
        expect_rebuilt(bot, caplog)


@pytest.mark.slow
def test_torn_id_map_found_by_a_question(
        two_saves: Path, tmp_path: Path, embedder, caplog: pytest.LogCaptureFixture) -> None:
    """Stale id map, newer vectors: searches fail. The question waits for the rebuild and is
    answered; a second client that still holds the old handles carries on too."""
    settings = tear(two_saves, tmp_path, half="pickle")
    other = Assistant.from_config(settings, embedder=embedder)
    with Assistant.from_config(settings, embedder=embedder) as bot:
        expect_rebuilt(bot, caplog)
    a = other.ask("How many people worked at the lithium mine at site e1-2?")
    assert not a.refused and "15" in a.text
    other.close()


@pytest.mark.slow
def test_torn_store_found_by_an_ingest(
        two_saves: Path, tmp_path: Path, embedder, caplog: pytest.LogCaptureFixture) -> None:
    """An edited file's stale vectors cannot be deleted: the ingest rebuilds the index from the
    documents, then applies its own changes, and says so in its report."""
    settings = tear(two_saves, tmp_path, half="native")
    write_report(settings.corpus_path / "late", "l6", "cobalt", version=2)
    with Assistant.from_config(settings, embedder=embedder) as bot:
        report = bot.ingest()
        assert report.ok, report.failed
        assert any("damaged" in why for _, why in report.warnings)
        assert any("rebuilding" in r.getMessage() for r in caplog.records)
        assert [c for c in bot.chunks_of("late/l6.md") if "203 tonnes" in c.text]
        check_consistent(bot, ask=False)
