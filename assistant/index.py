"""The index: chunks and sentence vectors in the store, a manifest of file versions, and an
in-memory snapshot (chunk table + BM25) that readers use without locks.

Crash safety: a file's manifest entry is a journal. `chunk_ids` are the committed passages;
`pending` are ids whose fate is not settled, and recovery deletes every pending id that is not
committed. Updating a file: (1) record the new ids as pending, (2) write them, (3) commit the
new ids with the stale old ones now pending, (4) delete the stale ones, (5) clear pending.
Removing: commit nothing with the old ids pending, delete them, drop the entry. A kill -9 at any
point therefore leaves an entry that recovery rolls back (before 3) or forward (after 3);
readers only ever see committed ids, so no answer cites a half-written passage.

The journal cannot mend Chroma's own files: a kill while chromadb saves its HNSW index can tear
them (see `repair`). That is detected where it surfaces and the index is rebuilt from its documents.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Sequence, TypeVar

import numpy as np

from . import chunking, ingest
from .backends import Embedder, ManifestEntry, Record, VectorStore
from .bounds import FileBudget
from .config import Settings
from .errors import DiskFull, EmbeddingMismatch, IndexBusy, IndexCorrupt, IndexDamaged, IngestError
from .locks import WriterLock
from .snapshot import FORMAT, Snapshot, chunk_from_record, chunk_record
from .snapshot import read as read_snapshot
from .types import Chunk, Document, DocumentInfo, IngestReport

log = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[int, int, str], None]  # (files done, files total, message)


class Index:
    def __init__(self, settings: Settings, embedder: Embedder, store: VectorStore) -> None:
        self.settings = settings
        self.embedder = embedder
        self.store = store
        self._writer = WriterLock(settings.index_path / "write.lock")
        self._reload_lock = threading.Lock()  # one rebuild of the snapshot at a time (it is CPU-bound)
        self._snap = Snapshot()
        self._sentence_cache: dict[str, np.ndarray] = {}
        self._checked_at = 0.0
        self._check_model()
        try:
            if not settings.store.host:
                # the write lock is a local file: with a shared Chroma server another machine may be
                # writing right now, so only a writer (under the lock, ingesting) settles pending ids
                self._recover_if_idle()
            self.reload()
        except IndexDamaged:
            if not self.can_repair:
                raise
            self.repair(force=True)

    # -- opening -------------------------------------------------------------------------------

    def _check_model(self) -> None:
        info = self.store.read_info()
        if info is None:
            return
        model, dim = info.get("embedding_model"), info.get("dimension")
        if (model, dim) != (self.embedder.name, self.embedder.dimension):
            raise EmbeddingMismatch(
                f"the index was built with the embedding model {model!r} ({dim} dimensions) but "
                f"{self.embedder.name!r} ({self.embedder.dimension} dimensions) is configured: set "
                f"ASSISTANT_EMBEDDING__MODEL={model} or rebuild with `assistant ingest --rebuild`"
            )

    def reload(self) -> None:
        """Read the committed state from the store into a fresh snapshot."""
        with self._reload_lock:
            self._snap = read_snapshot(self.store, self.embedder.name, self.settings.index_path)
            self._sentence_cache = {}

    def _reload_after_write(self) -> None:
        """After a committed write: read it. A writer that never pauses (another process) may keep
        the reload from settling; the write is committed all the same, so the next check reads it."""
        try:
            self.reload()
        except IndexBusy:
            log.warning("the index was written but not yet reread (another writer is busy); it will be")

    def refresh_if_changed(self, every: float = 1.0) -> None:
        """Pick up writes made by another process (at most one check per `every` seconds)."""
        now = time.monotonic()
        if now - self._checked_at < every:
            return
        self._checked_at = now
        try:
            info = self.store.read_info() or {}
        except DiskFull:  # the store cannot be read until it has space: serve what was read
            return
        if int(info.get("generation", 0)) != self._snap.generation and not self._reload_lock.locked():
            self.store.sync()
            self.reload()

    @property
    def built(self) -> bool:
        """Has anything ever been ingested into this index (even if it is empty now)?"""
        if self._snap.generation or self._snap.manifest:  # known from what was read: no store call
            return True
        return self.store.read_info() is not None

    @property
    def snapshot(self) -> Snapshot:
        return self._snap

    # -- reading -------------------------------------------------------------------------------

    # A query reads one snapshot throughout (pass it in): another thread may swap in a newer one
    # mid-query, and ids from two snapshots must never mix.

    def dense(self, vector: np.ndarray, k: int, snap: Snapshot | None = None) -> list[tuple[str, float]]:
        snap = snap or self._snap
        if not snap.chunks:
            return []
        hits = self.store.query("chunks", vector, min(k + 8, len(snap.chunks)))  # extra: pending ids are dropped
        return [(i, s) for i, s in hits if i in snap.chunks][:k]

    def sentence_vectors(self, chunk_ids: Sequence[str], snap: Snapshot | None = None) -> dict[str, np.ndarray]:
        """Vectors of each chunk's sentences, in sentence order (cached by chunk id: ids hash content)."""
        snap, cache = snap or self._snap, self._sentence_cache
        want = [c for c in chunk_ids if c not in cache and c in snap.chunks]
        if want:
            ids = [f"{c}:{i}" for c in want for i in range(len(snap.chunks[c].sentences))]
            got = {r.id: r.vector for r in self.store.get("sentences", ids, vectors=True, texts=False)}
            for c in want:
                n = len(snap.chunks[c].sentences)
                vecs = [got.get(f"{c}:{i}") for i in range(n)]
                if all(v is not None for v in vecs) and n:
                    cache[c] = np.stack(vecs)  # type: ignore[arg-type]
        return {c: cache[c] for c in chunk_ids if c in cache}

    def documents(self) -> list[DocumentInfo]:
        snap = self._snap
        return sorted(
            (DocumentInfo(e.source, e.title, len(e.chunk_ids), e.indexed_at, e.sha256)
             for e in snap.manifest.values()),
            key=lambda d: d.source,
        )

    def chunks_of(self, source: str) -> list[Chunk]:
        snap = self._snap
        entry = snap.manifest.get(source)
        if entry is None:
            return []
        return sorted((snap.chunks[i] for i in entry.chunk_ids if i in snap.chunks), key=lambda c: c.position)

    # -- writing -------------------------------------------------------------------------------

    @contextlib.contextmanager
    def writing(self, recover: bool = True) -> Iterator[None]:
        """One writer at a time, across threads and (for the local store) processes."""
        with self._writer.hold():
            if recover:
                self._mended(self._recover)
            yield

    # -- repair --------------------------------------------------------------------------------
    # chromadb 1.5 saves its HNSW files in place: a process killed at that moment leaves files
    # that disagree with Chroma's log, and every later write fails. Our journal cannot undo that,
    # but the index is derived data: it is rebuilt from the documents the manifest names.

    @property
    def can_repair(self) -> bool:
        """Only a local index: a shared Chroma server may be in use by other machines."""
        return not self.settings.store.host

    def repair(self, force: bool = False) -> IngestReport:
        """Rebuild a damaged index from its documents. Without `force`, skipped if the index
        changed since this process last read it (another thread or process repaired it first)."""
        with self.writing(recover=False):
            stored = self._stored_generation()
            if force or stored is None or stored == self._snap.generation:
                report = self._rebuild_damaged()
            else:
                report = IngestReport()
        self.reload()
        return report

    def _mended(self, work: Callable[[], T]) -> tuple[T, IngestReport | None]:
        """Under the write lock: run `work`; if it meets a damaged local store, rebuild the store
        and run `work` again on it. Returns the result and the rebuild's report, if there was one."""
        try:
            return work(), None
        except IndexDamaged:
            if not self.can_repair:
                raise
            repaired = self._rebuild_damaged()
            return work(), repaired

    def _rebuild_damaged(self) -> IngestReport:
        """Under the write lock: drop the store and ingest again every file the manifest names."""
        started = time.perf_counter()
        root = self.settings.corpus_path
        try:
            sources: list[str] | None = sorted(self.store.read_manifest())
        except IndexDamaged:
            sources = None  # the manifest itself is unreadable: the corpus folder is what we know
        log.warning("the index in %s is damaged (an interrupted write); rebuilding it from %s",
                    self.settings.index_path, f"{len(sources)} documents" if sources is not None else root)
        self._reset_locked()
        files = [root] if sources is None else [Path(s) if Path(s).is_absolute() else root / s for s in sources]
        present = [f for f in files if f.exists()]
        report = self._ingest_locked(present, root, None) if present else IngestReport()
        for source, f in zip(sources or [], files):
            if f.exists():
                continue
            if Path(source).is_absolute():  # ingested from elsewhere: the user should know it is gone
                report.failed.append((source, "no longer on disk, so its passages could not be restored"))
            else:  # gone from the corpus folder: the next ingest would drop it anyway
                report.removed.append(source)
        report.warnings.insert(0, (str(self.settings.index_path), "the index was damaged by an interrupted "
                                   f"write and was rebuilt from {len(present)} documents"))
        report.seconds = time.perf_counter() - started
        log.warning("index rebuilt: %d documents, %d passages, %d missing, %.1f s", len(report.added),
                    report.chunks_added, len(files) - len(present), report.seconds)
        return report

    def _stored_generation(self) -> int | None:
        """The store's generation, or None when its record is unreadable (damaged)."""
        try:
            return int((self.store.read_info() or {}).get("generation", 0))
        except IndexDamaged:
            return None

    def _recover_if_idle(self) -> None:
        """On opening, roll back what a crashed writer left, unless a writer is at work now."""
        if not any(e.pending for e in self.store.read_manifest().values()):
            return
        try:
            with self._writer.hold(timeout=0):
                self._recover()
        except IndexBusy:
            pass  # a live writer: readers ignore pending ids, and that writer recovers when done

    def _recover(self) -> None:
        """Settle what a crashed writer left pending: delete every pending id that is not committed."""
        for entry in self.store.read_manifest().values():
            if not entry.pending:
                continue
            orphans = sorted(set(entry.pending) - set(entry.chunk_ids))
            self.store.delete_children("sentences", orphans)
            self.store.delete("chunks", orphans)
            if entry.chunk_ids:
                entry.pending = []
                self.store.write_manifest(entry)
            else:  # a new file that never committed, or a removal: the entry goes
                self.store.delete_manifest(entry.source)

    def reset(self) -> None:
        with self.writing(recover=False):  # everything goes anyway, damaged or not
            self._reset_locked()

    def _reset_locked(self) -> None:
        stored = self._stored_generation()
        self.store.reset()
        # carry the count on: a server that opened generation n must see the rebuild as new (when
        # the old count is unreadable, any new number will do)
        self._write_info(time.time_ns() if stored is None else stored + 1)

    def ingest(self, paths: Sequence[Path], *, root: Path | None = None,
               progress: Progress | None = None) -> IngestReport:
        started = time.perf_counter()
        with self.writing():
            report, repaired = self._mended(lambda: self._ingest_locked(paths, root, progress))
        if repaired:  # this run's own files were ingested again, on the rebuilt store
            report.warnings[:0] = repaired.warnings
            report.failed[:0] = repaired.failed
        self._reload_after_write()
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_locked(self, paths: Sequence[Path], root: Path | None, progress: Progress | None) -> IngestReport:
        report = IngestReport()
        signature = chunking.signature(self.settings.chunking)
        manifest = self.store.read_manifest()
        files = list(ingest.iter_files(paths, on_skip=lambda p, why: report.failed.append((str(p), why))))
        batch: list[tuple[Document, list[Chunk]]] = []
        seen: set[str] = set()
        for n, path in enumerate(files, start=1):
            if progress:
                progress(n - 1, len(files), f"reading {path.name}")
            try:
                doc = ingest.load(path, root=root, limits=self.settings.limits)
            except IngestError as err:
                report.failed.append((ingest.source_name(path, root), err.reason))
                continue
            if doc.source in seen:
                continue  # the same file named twice in one run
            seen.add(doc.source)
            report.warnings.extend((doc.source, w) for w in doc.warnings)
            old = manifest.get(doc.source)
            if old and old.sha256 == doc.sha256 and old.chunker == signature:
                report.skipped.append(doc.source)
                continue
            chunks = chunking.chunk_document(doc, self.settings.chunking)
            try:
                FileBudget(doc.source, self.settings.limits).check_passages(len(chunks))
            except IngestError as err:
                report.failed.append((doc.source, err.reason))
                continue
            batch.append((doc, chunks))
            if sum(len(c) for _, c in batch) >= 256:
                self._write(batch, manifest, signature, report)
                batch = []
                if progress:
                    progress(n, len(files), "embedded and stored")
        self._write(batch, manifest, signature, report)
        # a folder is mirrored: files that left it leave the index
        for folder in (p.resolve() for p in paths if p.is_dir()):
            for source, entry in list(manifest.items()):
                full = (root / source).resolve() if root and not Path(source).is_absolute() else Path(source)
                if source not in seen and folder in full.parents and not full.exists():
                    self._remove(entry)
                    report.removed.append(source)
                    report.chunks_removed += len(entry.chunk_ids)
        if report.added or report.updated or report.removed or self.store.read_info() is None:
            self._commit_generation()
        if progress:
            progress(len(files), len(files), "done")
        return report

    def remove(self, sources: Sequence[str]) -> list[str]:
        with self.writing():
            removed, _ = self._mended(lambda: self._remove_locked(sources))
        self._reload_after_write()
        return removed

    def _remove_locked(self, sources: Sequence[str]) -> list[str]:
        manifest = self.store.read_manifest()
        removed = [s for s in sources if s in manifest]
        for s in removed:
            self._remove(manifest[s])
        if removed:
            self._commit_generation()
        return removed

    def _remove(self, entry: ManifestEntry) -> None:
        ids = list(entry.chunk_ids)
        entry.chunk_ids, entry.pending = [], ids
        self.store.write_manifest(entry)  # from here a crash rolls the removal forward
        self.store.delete_children("sentences", ids)
        self.store.delete("chunks", ids)
        self.store.delete_manifest(entry.source)

    def _write(self, batch: list[tuple[Document, list[Chunk]]], manifest: dict[str, ManifestEntry],
               signature: str, report: IngestReport) -> None:
        if not batch:
            return
        # embed every new chunk and its sentences in one call: the encoder is the bottleneck
        fresh = [(doc, [c for c in chunks if c.id not in _ids(manifest.get(doc.source))])
                 for doc, chunks in batch]
        texts: list[str] = []
        for _, chunks in fresh:
            for c in chunks:
                texts.append(c.embedding_text())
                texts.extend(c.sentences)
        vectors = self.embedder.embed_documents(texts)
        if vectors.shape[1:] != (self.embedder.dimension,):
            raise IndexCorrupt(f"the embedder returned vectors of shape {vectors.shape[1:]}")
        if self.store.read_info() is None:
            self._write_info(generation=0)
        at = 0
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        journal, committed, chunk_records, sentence_records = [], [], [], []
        for (doc, chunks), (_, new) in zip(batch, fresh):
            old = manifest.get(doc.source)
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
                for i, s in enumerate(c.sentences):
                    sentence_records.append(Record(f"{c.id}:{i}", s, {"chunk_id": c.id, "i": i},
                                                   vectors[at + 1 + i]))
                at += 1 + len(c.sentences)
            if old:  # kept passages of an edited file may have moved: their position is metadata
                chunk_records += self._moved(chunks, old)
            (report.updated if old else report.added).append(doc.source)
            report.chunks_added += len(new)
            report.chunks_removed += len(stale)
        # the same five steps as for one file (see the module docstring), each for the whole batch:
        # a few large store calls instead of five small ones per file
        self.store.write_manifest(*journal)
        self.store.upsert("sentences", sentence_records)
        self.store.upsert("chunks", chunk_records)
        self.store.write_manifest(*committed)  # the new versions are live; stale ids await deletion
        stale_ids = [i for e in committed for i in e.pending]
        if stale_ids:
            self.store.delete_children("sentences", stale_ids)
            self.store.delete("chunks", stale_ids)
            for e in committed:
                e.pending = []
            self.store.write_manifest(*committed)
        manifest.update((e.source, e) for e in committed)

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

    def _write_info(self, generation: int) -> None:
        self.store.write_info({
            "format": FORMAT, "embedding_model": self.embedder.name,
            "dimension": self.embedder.dimension, "generation": generation,
        })

    def _commit_generation(self) -> None:
        info = self.store.read_info() or {}
        self._write_info(int(info.get("generation", 0)) + 1)


def _ids(entry: ManifestEntry | None) -> set[str]:
    return set(entry.chunk_ids) if entry else set()
