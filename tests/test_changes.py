"""Ingestion in two steps: `plan` reads and writes nothing; `Index.apply` writes what it planned,
or a bulk load with its own vectors. The real model and a real Chroma store on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import numpy as np
import pytest

from assistant import Assistant
from assistant.changes import Change, plan
from assistant.chunking import chunk_document
from assistant.ingest import load
from assistant.types import Chunk, Document

FILES = {
    "copper.md": "# Copper\n\nBaluchistan holds large copper deposits near Chagai.\n",
    "gold.md": "# Gold\n\nGold is found alongside the copper of Reko Diq.\n",
}


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_a_plan_reads_the_folder_and_writes_nothing(make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write(corpus, {**FILES, "broken.pdf": "not a pdf"})
    bot = make_bot(corpus, auto_ingest=False)
    before = bot.index.store.count("chunks")
    changes = bot.plan()  # the corpus folder, as `ingest()` would read it
    kinds = {c.source: c.kind for c in changes}
    assert kinds == {"copper.md": "put", "gold.md": "put", "broken.pdf": "fail"}
    assert next(c for c in changes if c.kind == "fail").reason
    assert bot.index.store.count("chunks") == before and bot.index.documents() == []  # nothing written

    report = bot.apply(changes)
    assert sorted(report.added) == ["copper.md", "gold.md"] and [f for f, _ in report.failed] == ["broken.pdf"]
    assert "Chagai" in bot.ask("Where are the copper deposits?").text

    # planned again: unchanged files are skips; a deleted one is a removal of the mirrored folder
    (corpus / "gold.md").unlink()
    again = {c.source: c.kind for c in bot.plan([corpus, tmp_path / "nowhere"])}
    assert again == {"copper.md": "skip", "gold.md": "remove", "broken.pdf": "fail", str(tmp_path / "nowhere"): "fail"}


def test_a_stale_plan_is_applied_against_the_index_as_it_is_now(make_bot: Callable[..., Assistant],
                                                                tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write(corpus, FILES)
    bot = make_bot(corpus)
    stale = list(plan([corpus], {}, bot.settings, root=corpus))  # planned before anything was indexed
    assert bot.ingest().ok
    report = bot.index.apply(stale + [Change.remove("never-indexed.md")])
    assert report.removed == [] and report.chunks_added == 0  # the passages are held already: nothing re-embedded
    assert sorted(d.source for d in bot.documents()) == ["copper.md", "gold.md"]


def test_a_bulk_load_brings_its_own_vectors_and_is_searched_like_any_document(
        make_bot: Callable[..., Assistant], tmp_path: Path, embedder: Any) -> None:
    bot = make_bot(tmp_path / "empty")
    doc = load(_file(tmp_path, "cobalt.md", "# Cobalt\n\nMost cobalt is mined in the Congo. Batteries use it.\n"),
               root=tmp_path)
    chunks = chunk_document(doc, bot.settings.chunking)
    texts = [t for c in chunks for t in (c.embedding_text(), *c.sentences)]
    vectors = embedder.embed_documents(texts)  # computed elsewhere, e.g. exported from another index

    calls: list[int] = []
    real = bot.index.embedder.embed_documents
    bot.index.embedder.embed_documents = lambda t: calls.append(len(t)) or real(t)  # type: ignore[method-assign]
    try:
        report = bot.index.apply([Change.put(doc, chunks, vectors)])
    finally:
        bot.index.embedder.embed_documents = real  # type: ignore[method-assign]
    assert calls == [] and report.added == ["cobalt.md"]
    assert bot.index.store.count("sentences") == sum(len(c.sentences) for c in chunks)
    answer = bot.ask("Where is most cobalt mined?")
    assert not answer.refused and "Congo" in answer.text and answer.citations[0].source == "cobalt.md"


def test_a_bulk_load_may_leave_sentence_vectors_out(make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = make_bot(tmp_path / "empty")
    doc = Document("synthetic.md", "Synthetic", (), "sha")
    chunks = [Chunk(f"c{i}", doc.source, doc.title, None, None, f"Passage {i}. Second.", (f"Passage {i}.", "Second."), i)
              for i in range(3)]
    vectors = np.eye(3, 384, dtype=np.float32)
    report = bot.index.apply([Change.put(doc, chunks, vectors, sentence_vectors=False)])
    assert report.chunks_added == 3 and bot.index.store.count("sentences") == 0
    assert [c.id for c in bot.index.chunks_of("synthetic.md")] == ["c0", "c1", "c2"]


def test_vectors_of_the_wrong_count_or_width_are_refused(make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = make_bot(tmp_path / "empty")
    doc = Document("a.md", "A", (), "sha")
    chunks = [Chunk("c0", "a.md", "A", None, None, "One. Two.", ("One.", "Two."), 0)]
    with pytest.raises(ValueError, match="one row per passage"):
        Change.put(doc, chunks, np.zeros((2, 384), dtype=np.float32))  # 3 rows: the passage and 2 sentences
    with pytest.raises(Exception, match="384-dimension index"):
        bot.index.apply([Change.put(doc, chunks, np.ones((3, 8), dtype=np.float32))])
    assert bot.index.documents() == []


def _file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
