"""The index: chunks and sentence vectors in the store, a manifest of file versions, and an
in-memory snapshot (chunk table + BM25) that readers use without locks.

Crash safety: every write follows the journal (`journal.py`): readers only see committed ids.

The journal cannot mend Chroma's own files: a kill while chromadb saves its HNSW index can tear
them (see `repair`). That is detected where it surfaces and the index is rebuilt from its documents.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

import numpy as np

from . import chunking
from .backends import Embedder, Manifest, VectorStore
from .changes import Change, Progress, plan
from .config import Settings
from .errors import DiskFull, EmbeddingMismatch, IndexBusy, IndexDamaged
from .journal import Journal
from .locks import WriterLock
from .snapshot import Snapshot
from .snapshot import read as read_snapshot
from .types import Chunk, DocumentInfo, IngestReport

log = logging.getLogger(__name__)
T = TypeVar("T")


class Index:
    def __init__(self, settings: Settings, embedder: Embedder, store: VectorStore,
                 manifest: Manifest | None = None) -> None:
        """`manifest` defaults to the store itself, for a store that keeps the journal too."""
        if manifest is None and not isinstance(store, Manifest):
            raise TypeError(f"{type(store).__name__} keeps no manifest: pass one (a `Manifest`, e.g. a backends.fakes.MemoryStore)")
        self.settings = settings
        self.embedder = embedder
        self.store = store
        self.manifest: Manifest = manifest if manifest is not None else store  # type: ignore[assignment]
        self._journal = Journal(store, self.manifest, embedder)
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
        info = self.manifest.read_info()
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
            self._snap = read_snapshot(self.store, self.manifest, self.embedder.name, self.settings.index_path)
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
            info = self.manifest.read_info() or {}
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
        return self.manifest.read_info() is not None

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
                self._mended(self._journal.recover)
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
            sources: list[str] | None = sorted(self.manifest.read_manifest())
        except IndexDamaged:
            sources = None  # the manifest itself is unreadable: the corpus folder is what we know
        log.warning("the index in %s is damaged (an interrupted write); rebuilding it from %s",
                    self.settings.index_path, f"{len(sources)} documents" if sources is not None else root)
        self._reset_locked()
        files = [root] if sources is None else [Path(s) if Path(s).is_absolute() else root / s for s in sources]
        present = [f for f in files if f.exists()]
        report = self._apply_locked(plan(present, {}, self.settings, root=root)) if present else IngestReport()
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
            return int((self.manifest.read_info() or {}).get("generation", 0))
        except IndexDamaged:
            return None

    def _recover_if_idle(self) -> None:
        """On opening, roll back what a crashed writer left, unless a writer is at work now."""
        if not any(e.pending for e in self.manifest.read_manifest().values()):
            return
        try:
            with self._writer.hold(timeout=0):
                self._journal.recover()
        except IndexBusy:
            pass  # a live writer: readers ignore pending ids, and that writer recovers when done

    def reset(self) -> None:
        with self.writing(recover=False):  # everything goes anyway, damaged or not
            self._reset_locked()

    def _reset_locked(self) -> None:
        stored = self._stored_generation()
        self.store.reset()
        if self.manifest is not self.store:  # a store that keeps the manifest dropped it already
            self.manifest.clear()
        # carry the count on: a server that opened generation n must see the rebuild as new (when
        # the old count is unreadable, any new number will do)
        self._journal.write_info(time.time_ns() if stored is None else stored + 1)

    def ingest(self, paths: Sequence[Path], *, root: Path | None = None,
               progress: Progress | None = None) -> IngestReport:
        """Bring the index in line with `paths` (files and mirrored folders): `plan`, then apply."""
        at = [0, 0]  # files read so far, of how many: the plan says while it reads

        def reading(done: int, total: int, message: str) -> None:
            at[:] = [done, total]
            if progress:
                progress(done, total, message)

        def written() -> None:
            if progress:
                progress(at[0], at[1], "embedded and stored")

        report = self._applying(lambda: plan(paths, self.manifest.read_manifest(), self.settings, root=root,
                                             progress=reading), written)
        if progress:
            progress(at[1], at[1], "done")
        return report

    def apply(self, changes: Iterable[Change]) -> IngestReport:
        """Write planned changes, or a bulk load (`Change.put` with its vectors), under the journal.
        `changes` may be a generator larger than memory: it is read once, in batches."""
        if iter(changes) is changes:  # read once: it cannot be given again after a repair
            return self._applying(lambda: changes, replay=False)
        return self._applying(lambda: changes)

    def _applying(self, changes: Callable[[], Iterable[Change]], written: Callable[[], None] | None = None,
                  replay: bool = True) -> IngestReport:
        started = time.perf_counter()
        with self.writing():
            if replay:
                # the plan is made under the lock (the manifest may have changed), again after a repair
                report, repaired = self._mended(lambda: self._apply_locked(changes(), written))
            else:
                report, repaired = self._once(lambda: self._apply_locked(changes(), written)), None
        if repaired:  # this run's own files were ingested again, on the rebuilt store
            report.warnings[:0] = repaired.warnings
            report.failed[:0] = repaired.failed
            report.removed[:0] = repaired.removed
        self._reload_after_write()
        report.seconds = time.perf_counter() - started
        return report

    def _once(self, work: Callable[[], IngestReport]) -> IngestReport:
        """Under the write lock: `work` that cannot run twice. A damaged store is rebuilt from its
        documents all the same, and the caller is told to give its changes again."""
        try:
            return work()
        except IndexDamaged as err:
            if not self.can_repair:
                raise
            self._rebuild_damaged()
            raise IndexDamaged(f"{err}. The index was rebuilt from its documents; changes given as a "
                               "one-pass iterator could not be given again: apply them again") from err

    def _apply_locked(self, changes: Iterable[Change], written: Callable[[], None] | None = None) -> IngestReport:
        report = IngestReport()
        signature = chunking.signature(self.settings.chunking)
        manifest = self.manifest.read_manifest()
        batch: list[Change] = []

        def flush() -> None:
            if batch:
                self._journal.write(batch, manifest, signature, report)
                batch.clear()
                if written:
                    written()

        for change in changes:
            report.warnings.extend((change.source, w) for w in change.warnings)
            if change.kind == "fail":
                report.failed.append((change.source, change.reason))
            elif change.kind == "skip":
                report.skipped.append(change.source)
            elif change.kind == "remove":
                flush()  # in order: a put of the same file before it must not come back after it
                entry = manifest.pop(change.source, None)
                if entry is not None:
                    self._journal.remove(entry)
                    report.removed.append(change.source)
                    report.chunks_removed += len(entry.chunk_ids)
            elif change.kind == "put":
                if any(c.source == change.source for c in batch):
                    flush()  # a second version of a file in the batch replaces the first, in order
                batch.append(change)
                if sum(len(c.chunks) for c in batch) >= _BATCH:
                    flush()
        flush()
        if report.added or report.updated or report.removed or self.manifest.read_info() is None:
            self._journal.commit_generation()
        return report

    def remove(self, sources: Sequence[str]) -> list[str]:
        with self.writing():
            removed, _ = self._mended(lambda: self._remove_locked(sources))
        self._reload_after_write()
        return removed

    def _remove_locked(self, sources: Sequence[str]) -> list[str]:
        manifest = self.manifest.read_manifest()
        removed = [s for s in sources if s in manifest]
        for s in removed:
            self._journal.remove(manifest[s])
        if removed:
            self._journal.commit_generation()
        return removed


# passages written per store round (a few large calls instead of many small ones); the encoder
# embeds them in one call, so this bounds memory too
_BATCH = 256
