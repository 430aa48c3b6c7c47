"""The read side of the index: an immutable snapshot of the committed passages (chunk table and
BM25), rebuilt from the store and cached on disk.

Rebuilding the chunk table and BM25 takes seconds at 100 k passages, so the last build is kept
in the index folder under a hash of the committed passage ids (and of the code versions that
shape it); any change to the index or to the code means a new key.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import chunking, lexical
from .backends import Manifest, ManifestEntry, Record, VectorStore
from .errors import IndexBusy, IndexCorrupt
from .lexical import Lexicon
from .types import Chunk

FORMAT = 1


# passages read to tell a name from a common word (`Snapshot.written_as_name`): enough to see how
# the documents write a word, few enough to cost nothing per question
NAME_SAMPLE = 30


@dataclass
class Snapshot:
    """An immutable view of the committed index; swapped whole after each write."""

    chunks: dict[str, Chunk] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # BM25 row -> chunk id
    lexicon: Lexicon | None = None
    manifest: dict[str, ManifestEntry] = field(default_factory=dict)
    generation: int = 0
    rows: dict[str, int] = field(default_factory=dict)  # chunk id -> BM25 row

    def __post_init__(self) -> None:
        if not self.rows:
            self.rows = {cid: j for j, cid in enumerate(self.order)}

    @property
    def empty(self) -> bool:
        return not self.chunks

    def written_as_name(self, word: str, sample: int = NAME_SAMPLE) -> bool:
        """Do the documents write `word` as a name, capitalised inside sentences ("... with
        China ..."), more often than in lowercase (as a common word: "recent")? Read from a sample
        of the passages holding it, so it costs the same at any size."""
        if self.lexicon is None or not word[:1].isupper():
            return False
        stems = lexical.tokenize(word)
        if len(stems) != 1:
            return False
        inside = re.compile(rf"(?<![.!?:]\s)(?<!^)\b{re.escape(word)}\b")
        lower = re.compile(rf"\b{re.escape(word.lower())}\b")
        capital = common = 0
        for row in self.lexicon.bm25.docs_with(stems[0], sample):
            text = self.chunks[self.order[row]].text
            capital += len(inside.findall(text))
            common += len(lower.findall(text))
        return capital > common


def chunk_record(chunk: Chunk, vector: np.ndarray) -> Record:
    meta = {
        "source": chunk.source, "title": chunk.title, "section": chunk.section, "page": chunk.page,
        "position": chunk.position,
        "units": json.dumps([chunk.sentences, list(chunk.list_items)], ensure_ascii=False),
    }
    return Record(chunk.id, chunk.text, meta, vector)


def chunk_from_record(rec: Record) -> Chunk:
    m = rec.metadata
    sentences, list_items = json.loads(str(m["units"]))
    return Chunk(
        id=rec.id, source=str(m["source"]), title=str(m.get("title", "")),
        section=m.get("section"), page=m.get("page"), text=rec.text,
        sentences=tuple(sentences), position=int(m.get("position", 0)), list_items=tuple(list_items),
    )


READ_ATTEMPTS = 20  # with the growing pause, about 3 s: a writer's steps take milliseconds


def read(store: VectorStore, journal: Manifest, model: str, folder: Path) -> Snapshot:
    """The committed state. The store has no transactions, so a writer (another thread or process)
    may change the manifest between our reading it and fetching the passages it lists: then the
    manifest is read again, and only passages missing under an unchanged manifest mean damage."""
    for attempt in range(READ_ATTEMPTS):
        if attempt:
            time.sleep(min(0.02 * attempt, 0.2))  # let the writer finish its step
        info = journal.read_info() or {}  # before the manifest: a snapshot may be newer than its label, never older
        manifest = journal.read_manifest()
        built = _build(store, model, folder, manifest)
        if built is not None:
            return Snapshot(*built, manifest, int(info.get("generation", 0)))
        if journal.read_manifest() == manifest:
            ids = [i for e in manifest.values() for i in e.chunk_ids]
            raise IndexCorrupt(
                f"passages listed in the manifest are missing from the store at "
                f"{getattr(store, 'location', '?')} ({len(ids)} listed): run `assistant ingest --rebuild`"
            )
    raise IndexBusy("the index is being written without pause; try again in a moment")


def _build(store: VectorStore, model: str, folder: Path, manifest: dict[str, ManifestEntry]
           ) -> tuple[dict[str, Chunk], list[str], Lexicon | None] | None:
    """The chunk table and BM25 of `manifest`, or None when passages it lists are missing (and
    none of its entries is pending: a writer's pending ids are ignored)."""
    ids = [i for e in manifest.values() for i in e.chunk_ids]
    versions = [FORMAT, lexical.VERSION, chunking.CHUNKER_VERSION, model]
    key = hashlib.sha256(json.dumps([versions, sorted(ids)]).encode()).hexdigest()[:24]
    cached = _load(folder, key)
    if cached is not None:
        return cached
    records = store.get("chunks", ids) if ids else []
    found = {r.id for r in records}
    missing = [i for i in ids if i not in found]
    if missing and not any(e.pending for e in manifest.values()):
        return None
    chunks = {r.id: chunk_from_record(r) for r in records}
    order = sorted(chunks, key=lambda i: (chunks[i].source, chunks[i].position))
    lex = Lexicon([chunks[i].lexical_text() for i in order]) if order else None
    if not missing:
        _save(folder, key, (chunks, order, lex))
    return chunks, order, lex


def _path(folder: Path, key: str) -> Path:
    return folder / f"snapshot-{key}.pickle"


def _load(folder: Path, key: str) -> tuple[dict[str, Chunk], list[str], Lexicon | None] | None:
    path = _path(folder, key)
    if not path.exists():
        return None
    try:
        with path.open("rb") as fh:  # written by this code into the index folder: trusted
            data = pickle.load(fh)
        return data if isinstance(data, tuple) and len(data) == 3 else None
    except Exception:  # a damaged cache is only a slower open
        return None


def _save(folder: Path, key: str, data: tuple[dict[str, Chunk], list[str], Lexicon | None]) -> None:
    path = _path(folder, key)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}-{threading.get_ident()}")  # two threads may save at once
        with tmp.open("wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in folder.glob("snapshot-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only index folder: no cache, just slower opens
