"""The journal: how the index writes so that a crash never leaves a half-written file visible.

A file's manifest entry is a journal. `chunk_ids` are the committed passages; `pending` are ids
whose fate is not settled, and recovery deletes every pending id that is not committed. Updating
a file: (1) record the new ids as pending, (2) write them, (3) commit the new ids with the stale
old ones now pending, (4) delete the stale ones, (5) clear pending. Removing: commit nothing with
the old ids pending, delete them, drop the entry. A kill -9 at any point therefore leaves an entry
that recovery rolls back (before 3) or forward (after 3); readers only ever see committed ids, so
no answer cites a half-written passage. The caller (`Index`) holds the write lock throughout.
"""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np

from .backends import Embedder, Manifest, ManifestEntry, Record, VectorStore
from .changes import Change
from .errors import IndexCorrupt
from .snapshot import FORMAT, chunk_from_record, chunk_record
from .types import Chunk, IngestReport


class Journal:
    """Writes passages, their sentence vectors and manifest entries in the journal's order."""

    def __init__(self, store: VectorStore, manifest: Manifest, embedder: Embedder) -> None:
        self.store, self.manifest, self.embedder = store, manifest, embedder

    def recover(self) -> None:
        """Settle what a crashed writer left pending: delete every pending id that is not committed."""
        for entry in self.manifest.read_manifest().values():
            if not entry.pending:
                continue
            orphans = sorted(set(entry.pending) - set(entry.chunk_ids))
            self.store.delete_children("sentences", orphans)
            self.store.delete("chunks", orphans)
            if entry.chunk_ids:
                entry.pending = []
                self.manifest.write_manifest(entry)
            else:  # a new file that never committed, or a removal: the entry goes
                self.manifest.delete_manifest(entry.source)

    def remove(self, entry: ManifestEntry) -> None:
        ids = list(entry.chunk_ids)
        entry.chunk_ids, entry.pending = [], ids
        self.manifest.write_manifest(entry)  # from here a crash rolls the removal forward
        self.store.delete_children("sentences", ids)
        self.store.delete("chunks", ids)
        self.manifest.delete_manifest(entry.source)

    def write(self, batch: list[Change], manifest: dict[str, ManifestEntry], signature: str,
               report: IngestReport) -> None:
        if not batch:
            return
        held = [_ids(manifest.get(ch.source)) for ch in batch]
        fresh = [[c for c in ch.chunks if c.id not in ids] for ch, ids in zip(batch, held)]
        vectors = self._vectors(batch, held)
        if self.manifest.read_info() is None:
            self.write_info(generation=0)
        at = 0
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        journal, committed, chunk_records, sentence_records = [], [], [], []
        for ch, new in zip(batch, fresh):
            doc, chunks, old = ch.document, ch.chunks, manifest.get(ch.source)
            if doc is None:
                raise ValueError(f"a put of {ch.source!r} carries no document: make it with Change.put")
            ids = [c.id for c in chunks]
            # the journal keeps the old version's identity: if the run dies before the commit, the
            # next ingest must see the file as changed, not as already done
            journal.append(ManifestEntry(doc.source, old.sha256, old.title, old.chunk_ids, old.indexed_at, old.chunker,
                                         pending=ids) if old else
                           ManifestEntry(doc.source, "", doc.title, [], now, signature, pending=ids))
            stale = sorted(set(old.chunk_ids if old else []) - set(ids))
            committed.append(ManifestEntry(doc.source, doc.sha256, doc.title, ids, now, signature, pending=stale))
            for c in new:
                chunk_records.append(chunk_record(c, vectors[at]))
                for i, s in enumerate(c.sentences if ch.sentence_vectors else ()):
                    sentence_records.append(Record(f"{c.id}:{i}", s, {"chunk_id": c.id, "i": i},
                                                   vectors[at + 1 + i]))
                at += ch.rows(c)
            if old:  # kept passages of an edited file may have moved: their position is metadata
                chunk_records += self._moved(list(chunks), old)
            (report.updated if old else report.added).append(doc.source)
            report.chunks_added += len(new)
            report.chunks_removed += len(stale)
        # the same five steps as for one file (see the module docstring), each for the whole batch:
        # a few large store calls instead of five small ones per file
        self.manifest.write_manifest(*journal)
        if sentence_records:
            self.store.upsert("sentences", sentence_records)
        self.store.upsert("chunks", chunk_records)
        self.manifest.write_manifest(*committed)  # the new versions are live; stale ids await deletion
        stale_ids = [i for e in committed for i in e.pending]
        if stale_ids:
            self.store.delete_children("sentences", stale_ids)
            self.store.delete("chunks", stale_ids)
            for e in committed:
                e.pending = []
            self.manifest.write_manifest(*committed)
        manifest.update((e.source, e) for e in committed)

    def _vectors(self, batch: list[Change], held: list[set[str]]) -> np.ndarray:
        """Rows for the passages not held yet (each followed by its sentences), in batch order:
        given ones are taken, the rest embedded in one call (the encoder is the bottleneck)."""
        texts: list[str] = []
        for ch, ids in zip(batch, held):
            if ch.vectors is None:
                texts += [t for c in ch.chunks if c.id not in ids for t in (c.embedding_text(), *c.sentences)]
        embedded = self.embedder.embed_documents(texts) if texts else np.zeros((0, self.embedder.dimension))
        if embedded.shape[1:] != (self.embedder.dimension,):
            raise IndexCorrupt(f"the embedder returned vectors of shape {embedded.shape[1:]}")
        rows, at = [], 0
        for ch, ids in zip(batch, held):
            given, row = ch.vectors, 0
            for c in ch.chunks:
                width = ch.rows(c)
                if c.id not in ids:
                    rows.append(embedded[at:at + width] if given is None else given[row:row + width])
                    at += width if given is None else 0
                row += width
        if rows and rows[0].shape[1:] != (self.embedder.dimension,):
            raise IndexCorrupt(f"vectors of shape {rows[0].shape[1:]} for a {self.embedder.dimension}-dimension index")
        return np.concatenate(rows) if rows else np.zeros((0, self.embedder.dimension), dtype=np.float32)

    def _moved(self, chunks: list[Chunk], old: ManifestEntry) -> list[Record]:
        """Records (with their stored vectors, not re-embedded) of kept passages whose position or
        title changed, so "the whole document" still reads in order after an edit."""
        before = set(old.chunk_ids)
        kept = {c.id: c for c in chunks if c.id in before}
        if not kept:
            return []
        out = []
        for rec in self.store.get("chunks", list(kept), vectors=True, texts=True):
            c, stored = kept[rec.id], chunk_from_record(rec)
            if rec.vector is not None and (stored.position, stored.title) != (c.position, c.title):
                out.append(chunk_record(c, rec.vector))
        return out

    def write_info(self, generation: int) -> None:
        self.manifest.write_info({
            "format": FORMAT, "embedding_model": self.embedder.name,
            "dimension": self.embedder.dimension, "generation": generation,
        })

    def commit_generation(self) -> None:
        info = self.manifest.read_info() or {}
        self.write_info(int(info.get("generation", 0)) + 1)


def _ids(entry: ManifestEntry | None) -> set[str]:
    return set(entry.chunk_ids) if entry else set()
