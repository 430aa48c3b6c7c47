"""Contract tests every backend must pass: the real adapters and the shipped fakes alike.

A backend's test class inherits the contract and provides its fixture (`embedder`, `store`,
`manifest` or `chat`); see `test_contracts.py`. A plugin's own tests can do the same. The
classes are not collected on their own (their names do not start with "Test").
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.backends import ChatMessage, ChatModel, Embedder, Manifest, ManifestEntry, Record, VectorStore


def _unit(*values: float, dim: int = 8) -> np.ndarray:
    v = np.zeros(dim, dtype=np.float32)
    v[: len(values)] = values
    return v / np.linalg.norm(v)


class EmbedderContract:
    """L2-normalised float32 vectors of the declared dimension; same text, same vector."""

    def test_is_an_embedder(self, embedder: Embedder) -> None:
        assert isinstance(embedder, Embedder)
        assert embedder.name and embedder.dimension > 0

    def test_documents_are_unit_vectors_of_the_declared_dimension(self, embedder: Embedder) -> None:
        vecs = embedder.embed_documents(["Copper lies in Baluchistan.", "Gold too.", "", "ümlaut — ✓"])
        assert vecs.shape == (4, embedder.dimension)
        assert vecs.dtype == np.float32
        assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-3)

    def test_no_texts_give_no_rows(self, embedder: Embedder) -> None:
        assert embedder.embed_documents([]).shape == (0, embedder.dimension)

    def test_a_query_matches_the_same_text_as_a_document(self, embedder: Embedder) -> None:
        text = "China processes most of the world's rare earths."
        q, d = embedder.embed_query(text), embedder.embed_documents([text])[0]
        assert q.shape == (embedder.dimension,)
        assert float(q @ d) > 0.99

    def test_deterministic_and_independent_of_the_batch(self, embedder: Embedder) -> None:
        a = embedder.embed_documents(["copper deposits", "a naval base"])
        b = embedder.embed_documents(["a naval base"])
        assert np.allclose(a[1], b[0], atol=1e-4)

    def test_related_texts_are_closer_than_unrelated_ones(self, embedder: Embedder) -> None:
        q = embedder.embed_query("copper deposits in Baluchistan")
        near, far = embedder.embed_documents(["Baluchistan holds large copper deposits.",
                                              "The orchestra rehearsed the symphony on Tuesday."])
        assert float(q @ near) > float(q @ far)


class VectorStoreContract:
    """Collections of records: upsert replaces, get omits unknown ids, query ranks by cosine."""

    def test_is_a_vector_store(self, store: VectorStore) -> None:
        assert isinstance(store, VectorStore)

    def test_upsert_then_get_round_trips_text_metadata_and_vector(self, store: VectorStore) -> None:
        store.upsert("chunks", [Record("a", "Alpha text.", {"source": "a.md", "position": 3}, _unit(1, 0))])
        (got,) = store.get("chunks", ["a"], vectors=True)
        assert (got.id, got.text, got.metadata["source"], got.metadata["position"]) == ("a", "Alpha text.", "a.md", 3)
        assert got.vector is not None and np.allclose(got.vector, _unit(1, 0), atol=1e-5)
        (bare,) = store.get("chunks", ["a"], texts=False)
        assert bare.vector is None

    def test_upsert_is_idempotent_and_replaces(self, store: VectorStore) -> None:
        store.upsert("chunks", [Record("a", "old", {"source": "a"}, _unit(1, 0))])
        store.upsert("chunks", [Record("a", "new", {"source": "a"}, _unit(0, 1))])
        assert store.count("chunks") == 1
        assert store.get("chunks", ["a"])[0].text == "new"

    def test_get_omits_unknown_ids_and_none_means_all(self, store: VectorStore) -> None:
        store.upsert("chunks", [Record(i, i, {"source": i}, _unit(1, n)) for n, i in enumerate("abc")])
        assert {r.id for r in store.get("chunks", ["a", "zz"])} == {"a"}
        assert {r.id for r in store.get("chunks")} == {"a", "b", "c"}
        assert store.get("chunks", []) == []

    def test_query_ranks_by_cosine_best_first(self, store: VectorStore) -> None:
        store.upsert("chunks", [Record("x", "x", {"source": "x"}, _unit(1, 0)),
                                Record("y", "y", {"source": "y"}, _unit(1, 1)),
                                Record("z", "z", {"source": "z"}, _unit(0, 1))])
        hits = store.query("chunks", _unit(1, 0.1), 2)
        assert [i for i, _ in hits] == ["x", "y"]
        assert hits[0][1] == pytest.approx(float(_unit(1, 0.1) @ _unit(1, 0)), abs=1e-3)
        assert len(store.query("chunks", _unit(1, 0), 10)) == 3
        assert store.query("chunks", _unit(1, 0), 0) == []

    def test_collections_are_separate(self, store: VectorStore) -> None:
        store.upsert("chunks", [Record("a", "chunk", {"source": "a"}, _unit(1, 0))])
        store.upsert("sentences", [Record("a:0", "sentence", {"chunk_id": "a", "i": 0}, _unit(1, 0))])
        assert [i for i, _ in store.query("sentences", _unit(1, 0), 5)] == ["a:0"]
        assert store.count("chunks") == store.count("sentences") == 1

    def test_delete_and_delete_children(self, store: VectorStore) -> None:
        store.upsert("chunks", [Record(i, i, {"source": i}, _unit(1, n)) for n, i in enumerate("ab")])
        store.upsert("sentences", [Record(f"{c}:{k}", "s", {"chunk_id": c, "i": k}, _unit(k, 1))
                                   for c in "ab" for k in range(2)])
        store.delete_children("sentences", ["a"])
        assert {r.id for r in store.get("sentences")} == {"b:0", "b:1"}
        store.delete("chunks", ["a", "never-there"])
        assert [r.id for r in store.get("chunks")] == ["b"]

    def test_reset_empties_it(self, store: VectorStore) -> None:
        store.upsert("chunks", [Record("a", "a", {"source": "a"}, _unit(1, 0))])
        store.reset()
        assert store.count("chunks") == 0
        store.upsert("chunks", [Record("b", "b", {"source": "b"}, _unit(1, 0))])  # usable after a reset
        store.sync()
        assert store.count("chunks") == 1


class ManifestContract:
    """The journal's storage: an info record and entries by source, read back as written."""

    def test_is_a_manifest(self, manifest: Manifest) -> None:
        assert isinstance(manifest, Manifest)

    def test_info_is_none_until_written(self, manifest: Manifest) -> None:
        assert manifest.read_info() is None
        manifest.write_info({"format": 1, "generation": 4, "embedding_model": "m"})
        assert manifest.read_info() == {"format": 1, "generation": 4, "embedding_model": "m"}

    def test_entries_round_trip_pending_included_and_are_replaced_by_source(self, manifest: Manifest) -> None:
        a = ManifestEntry("docs/a.md", "sha-a", "A", ["1", "2"], "2026-01-01T00:00:00+00:00", "sig", pending=["3"])
        b = ManifestEntry("b é.pdf", "sha-b", "B", [], "2026-01-01T00:00:00+00:00", "sig")
        manifest.write_manifest(a, b)
        assert manifest.read_manifest() == {"docs/a.md": a, "b é.pdf": b}
        a2 = ManifestEntry("docs/a.md", "sha-a2", "A", ["4"], "2026-01-02T00:00:00+00:00", "sig")
        manifest.write_manifest(a2)
        assert manifest.read_manifest()["docs/a.md"] == a2

    def test_a_read_entry_is_a_copy(self, manifest: Manifest) -> None:
        manifest.write_manifest(ManifestEntry("a", "s", "A", ["1"], "t", "sig"))
        manifest.read_manifest()["a"].pending.append("x")  # the index mutates entries it read
        assert manifest.read_manifest()["a"].pending == []

    def test_delete_entry(self, manifest: Manifest) -> None:
        manifest.write_manifest(ManifestEntry("a", "s", "A", [], "t", "sig"), ManifestEntry("b", "s", "B", [], "t", "sig"))
        manifest.delete_manifest("a")
        manifest.delete_manifest("never-there")
        assert list(manifest.read_manifest()) == ["b"]


    def test_clear_drops_every_entry_and_the_info(self, manifest: Manifest) -> None:
        manifest.write_info({"generation": 3})
        manifest.write_manifest(*(ManifestEntry(f"f{i}", "s", "T", [str(i)], "t", "sig") for i in range(3)))
        manifest.clear()
        assert manifest.read_manifest() == {} and manifest.read_info() is None
        manifest.write_manifest(ManifestEntry("again", "s", "T", [], "t", "sig"))  # usable after
        assert list(manifest.read_manifest()) == ["again"]


class ChatModelContract:
    """Text for a list of messages, whole or streamed; the stream adds up to a reply."""

    PROMPT = [ChatMessage("system", "Answer from the passages."),
              ChatMessage("user", 'Passages:\n\n<passage id="1" source="a">\nCopper lies in Baluchistan. '
                                  'Gold too.\n</passage>\n\nQuestion: Where is copper?\nAnswer with [n] markers:')]

    def test_is_a_chat_model(self, chat: ChatModel) -> None:
        assert isinstance(chat, ChatModel)
        assert chat.name

    def test_complete_returns_text(self, chat: ChatModel) -> None:
        reply = chat.complete(self.PROMPT)
        assert isinstance(reply, str) and reply.strip()

    def test_stream_yields_text_that_adds_up(self, chat: ChatModel) -> None:
        pieces = list(chat.stream(self.PROMPT))
        assert pieces and all(isinstance(p, str) for p in pieces)
        assert "".join(pieces).strip()
