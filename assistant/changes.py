"""What an ingest run would change, worked out before anything is written.

`plan(paths, manifest, settings)` reads the files (loaders, chunking, the per-file limits) and
yields one `Change` per file: put (new or changed), skip (unchanged), fail (unreadable, refused)
and, for a folder that is mirrored, remove (a file that left it). `Index.apply(changes)` writes
them under the index's journal. Planning reads and never writes, so a plan can be shown before
it is applied; it is lazy, so a large folder is never held in memory at once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator, Literal, Mapping, Sequence

import numpy as np

from . import chunking, ingest
from .backends import ManifestEntry
from .bounds import FileBudget
from .config import Settings
from .errors import IngestError
from .types import Chunk, Document

Progress = Callable[[int, int, str], None]  # (files done, files total, message)
Kind = Literal["put", "skip", "fail", "remove"]


@dataclass(frozen=True)
class Change:
    """One source file's change to the index."""

    kind: Kind
    source: str
    document: Document | None = None  # put: the file as read
    chunks: tuple[Chunk, ...] = ()  # put: its passages
    # put, optional (a bulk load): vectors already computed, one row per passage followed by one
    # per sentence of it, in order; None: `apply` embeds the passages it does not hold yet
    vectors: np.ndarray | None = field(default=None, compare=False)
    # put with vectors: False when they are passage rows only (a bulk load too large to give every
    # sentence a vector; answering then finds no sentence vectors for these passages)
    sentence_vectors: bool = True
    reason: str = ""  # fail: why
    warnings: tuple[str, ...] = ()

    @classmethod
    def put(cls, document: Document, chunks: Sequence[Chunk], vectors: np.ndarray | None = None, *,
            sentence_vectors: bool = True) -> "Change":
        """A new or changed file. Chunk ids must hash the passage's content (as `chunking` makes
        them): a passage whose id the index already holds is taken as stored and not written again."""
        if vectors is None and not sentence_vectors:
            raise ValueError("sentence_vectors=False is for a bulk load that brings its vectors: pass them")
        change = cls("put", document.source, document, tuple(chunks), vectors, sentence_vectors,
                     warnings=document.warnings)
        if vectors is not None and len(vectors) != sum(change.rows(c) for c in chunks):
            raise ValueError("vectors must hold one row per passage, each followed by one per sentence of it "
                             "(unless sentence_vectors=False)")
        return change

    def rows(self, chunk: Chunk) -> int:
        """Vector rows of one passage: itself and, unless left out, its sentences."""
        return 1 + (len(chunk.sentences) if self.sentence_vectors else 0)

    @classmethod
    def remove(cls, source: str) -> "Change":
        return cls("remove", source)


def plan(paths: Sequence[Path], manifest: Mapping[str, ManifestEntry], settings: Settings, *,
         root: Path | None = None, progress: Progress | None = None) -> Iterator[Change]:
    """The changes that bring the index (described by `manifest`) in line with `paths`. Progress
    is reported as each file is read; `Index.ingest` reports the writing."""
    skipped: list[Change] = []
    files = list(ingest.iter_files(paths, on_skip=lambda p, why: skipped.append(Change("fail", str(p), reason=why))))
    yield from skipped
    signature = chunking.signature(settings.chunking)
    seen: set[str] = set()
    # the same text under another name: both are indexed (nothing is lost), but the user is told,
    # since a renamed copy competes with its original for every citation
    texts = {e.sha256: source for source, e in manifest.items()}
    for n, path in enumerate(files, start=1):
        if progress:
            progress(n - 1, len(files), f"reading {path.name}")
        try:
            doc = ingest.load(path, root=root, limits=settings.limits)
        except IngestError as err:
            yield Change("fail", ingest.source_name(path, root), reason=err.reason)
            continue
        if doc.source in seen:
            continue  # the same file named twice in one run
        seen.add(doc.source)
        old = manifest.get(doc.source)
        if old and old.sha256 == doc.sha256 and old.chunker == signature:
            yield Change("skip", doc.source, warnings=doc.warnings)
            continue
        chunks = chunking.chunk_document(doc, settings.chunking)
        try:
            FileBudget(doc.source, settings.limits).check_passages(len(chunks))
        except IngestError as err:
            yield Change("fail", doc.source, reason=err.reason, warnings=doc.warnings)
            continue
        change = Change.put(doc, chunks)
        twin = texts.setdefault(doc.sha256, doc.source)
        if twin != doc.source and _same_file(_file_of(twin, root), doc.sha256):
            change = replace(change, warnings=(*change.warnings, f"the same file as {twin} (indexed twice)"))
        yield change
    # a folder is mirrored: files that left it leave the index
    for folder in (p.resolve() for p in paths if p.is_dir()):
        for source in list(manifest):
            full = _file_of(source, root).resolve()
            if source not in seen and folder in full.parents and not full.exists():
                yield Change.remove(source)


def _file_of(source: str, root: Path | None) -> Path:
    return root / source if root and not Path(source).is_absolute() else Path(source)


def _same_file(path: Path, sha256: str) -> bool:
    """Does the file still hold the text indexed as `sha256`? (It may have been edited or removed
    since, in this run or before it.)"""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha256
    except OSError:
        return False
