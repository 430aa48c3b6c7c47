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


def _fake_index(tmp_path: Path, store: Any = None, manifest: Any = None) -> Any:
    from assistant import Settings
    from assistant.backends.fakes import HashEmbedder, MemoryStore
    from assistant.index import Index

    settings = Settings.load(home=tmp_path, corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    return Index(settings, HashEmbedder(), store or MemoryStore(), manifest)


def _doc(source: str, *texts: str) -> tuple[Document, list[Chunk]]:
    doc = Document(source, source, (), f"sha-{source}-{len(texts)}")
    return doc, [Chunk(f"{source}#{t}", source, source, None, None, t, (t,), i) for i, t in enumerate(texts)]


def test_a_manifest_kept_apart_from_the_store_is_reset_with_it(tmp_path: Path) -> None:
    from assistant.backends.fakes import MemoryStore

    store, manifest = MemoryStore(), MemoryStore()
    _write(tmp_path / "corpus", FILES)
    index = _fake_index(tmp_path, store, manifest)
    assert index.ingest([tmp_path / "corpus"], root=tmp_path / "corpus").added
    index.reset()  # what `ingest --rebuild` and a repair do first
    assert manifest.read_manifest() == {} and store.count("chunks") == 0
    again = index.ingest([tmp_path / "corpus"], root=tmp_path / "corpus")
    assert sorted(again.added) == ["copper.md", "gold.md"] and again.skipped == []
    assert store.count("chunks") == 2 and len(index.snapshot.chunks) == 2


def test_changes_are_applied_in_order(tmp_path: Path) -> None:
    index = _fake_index(tmp_path)
    first, second = _doc("a.md", "Old text."), _doc("a.md", "New text.", "More text.")
    report = index.apply([Change.put(*first), Change.put(*second), Change.put(*_doc("b.md", "B.")),
                          Change.remove("b.md")])
    assert [c.text for c in index.chunks_of("a.md")] == ["New text.", "More text."]  # the later version
    assert index.chunks_of("b.md") == [] and "b.md" in report.removed  # put, then removed
    listed = {i for e in index.manifest.read_manifest().values() for i in e.chunk_ids}
    assert {r.id for r in index.store.get("chunks", texts=False)} == listed  # no passage left unlisted


def test_a_one_pass_load_met_by_a_damaged_store_is_not_half_applied_silently(tmp_path: Path) -> None:
    from assistant.backends.fakes import MemoryStore
    from assistant.errors import IndexDamaged

    class TearsOnce(MemoryStore):
        torn = False

        def upsert(self, collection: str, records: Any) -> None:
            if collection == "chunks" and not self.torn and self.count("chunks"):
                TearsOnce.torn = True
                raise IndexDamaged("simulated: the store's files disagree")
            super().upsert(collection, records)

    index = _fake_index(tmp_path, TearsOnce())
    load = (Change.put(*_doc(f"f{i}.md", *(f"Passage {i}-{k}." for k in range(200)))) for i in range(4))
    with pytest.raises(IndexDamaged, match="apply them again"):
        index.apply(load)
    assert index.apply([Change.put(*_doc("g.md", "Given as a list."))]).added == ["g.md"]  # usable again


def test_sentence_vectors_can_be_left_out_only_with_vectors_given() -> None:
    doc, chunks = _doc("a.md", "One.")
    with pytest.raises(ValueError, match="pass them"):
        Change.put(doc, chunks, sentence_vectors=False)


def test_progress_says_done_after_the_last_passages_are_stored(tmp_path: Path) -> None:
    _write(tmp_path / "corpus", FILES)
    index = _fake_index(tmp_path)
    seen: list[tuple[int, int, str]] = []
    index.ingest([tmp_path / "corpus"], root=tmp_path / "corpus", progress=lambda d, t, m: seen.append((d, t, m)))
    assert seen[-1] == (2, 2, "done") and seen[-2][2] == "embedded and stored"
    assert [m for _, _, m in seen[:2]] == ["reading copper.md", "reading gold.md"]
