"""Chroma adapter: a persistent local store under index/, or a Chroma server over HTTP."""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import shutil
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence, TypeVar

import numpy as np

from ..errors import AssistantError, DiskFull, IndexCorrupt, IndexDamaged, StoreUnavailable, is_disk_full
from . import ManifestEntry, Record

log = logging.getLogger(__name__)
_INFO_ID = "__index__"
_COLLECTIONS = ("chunks", "sentences", "manifest")
F = TypeVar("F", bound=Callable[..., Any])


# What chromadb 1.5 says when its HNSW files and its write log disagree (a write was killed
# while Chroma saved the vector index): every later write, and some reads, fail the same way.
_DAMAGE = re.compile(r"hnsw|compact|backfill|finding id|getting embedding|knn", re.I)


def _kind(err: BaseException) -> str | None:
    """Chroma's errors, mapped once, by type: "full" (no space left), "rebuilt" (another client's
    `ingest --rebuild` dropped and recreated the collections: the handles held here name ones that
    no longer exist, and for a moment a new one exists without its segments), "damaged" (see
    `_DAMAGE`), or None (anything else, raised as it is). chromadb's Rust layer raises one type,
    InternalError, for many causes and says which only in its text: that is the only text read."""
    from chromadb.errors import InternalError, NotFoundError

    if is_disk_full(err):  # first: a full disk is not damage, and a rebuild would make it worse
        return "full"
    if isinstance(err, NotFoundError):
        return "rebuilt"
    if isinstance(err, InternalError):
        if "Missing metadata segment" in str(err):
            return "rebuilt"
        if _DAMAGE.search(str(err)):
            return "damaged"
    return None


_REOPEN_FREE = 4 * 2**20  # bytes free before a stale client is replaced (opening one writes)
_REOPEN_TRIES = 6  # waits of 0.05 … 1.6 s: a rebuild creates a collection's segments within that


def _chroma_call(method: F) -> F:
    """Chroma's errors become ours here, once. A collection rebuilt by another client is opened
    again (see `_kind`)."""

    @functools.wraps(method)
    def call(self: "ChromaStore", *args: Any, **kwargs: Any) -> Any:
        if getattr(self, "_stale", False):
            self._reopen()
        try:
            for attempt in range(_REOPEN_TRIES):
                try:
                    return method(self, *args, **kwargs)
                except Exception as err:
                    if _kind(err) != "rebuilt" or attempt == _REOPEN_TRIES - 1:
                        raise
                    if attempt:
                        time.sleep(0.05 * 2 ** (attempt - 1))
                    try:
                        self._open_collections()
                    except Exception as again:  # still mid-rebuild: the next attempt waits longer
                        if _kind(again) != "rebuilt":
                            raise
            raise AssertionError("unreachable")
        except AssistantError:  # already ours (a nested call, e.g. read_manifest -> get)
            raise
        except Exception as err:
            kind = _kind(err)
            if kind == "full":
                self._stale = self._local  # see _reopen
                raise self._full(err) from err
            if kind == "damaged":
                raise self._damaged(err) from err
            raise

    return call  # type: ignore[return-value]


def _chroma_settings() -> Any:
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


class ChromaStore:
    def __init__(self, *, path: Path | None = None, host: str | None = None, port: int = 8000,
                 prefix: str = "assistant") -> None:
        os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
        try:
            import chromadb

            self._local = not host
            if host:
                self._client = chromadb.HttpClient(host=host, port=port, settings=_chroma_settings())
                self._client.heartbeat()
                self.location = f"http://{host}:{port}"
            else:
                assert path is not None
                path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
                self.location = str(path)
            self._prefix = prefix
            self._stale = False
            self._reopening = threading.Lock()
            self._open_collections()
            self._batch = max(1, min(self._client.get_max_batch_size(), 2000))
        except Exception as err:
            raise _translate(err, host, port, path) from err

    def _open_collections(self) -> None:
        self._cols = {
            name: self._client.get_or_create_collection(
                f"{self._prefix}_{name}",
                configuration={"hnsw": {"space": "cosine"}},
                # never Chroma's default embedding function: it downloads a model
                embedding_function=None,
            )
            for name in _COLLECTIONS
        }

    def _reopen(self) -> None:
        """A fresh client after a write failed for want of space. chromadb 1.5 keeps state from
        the failed write in the process-wide System of that path: later writes hang for good,
        even once space is free, and a read through it may hang too, after which not even a new
        System opens (all seen on a full tmpfs). So nothing goes through that System again: until
        there is space to open a new one, every call is refused as disk full (the documents list
        and the passages are served from memory meanwhile)."""
        from chromadb.api.client import SharedSystemClient as Shared

        with self._reopening:
            if not self._stale:
                return
            free = shutil.disk_usage(self.location).free
            if free < _REOPEN_FREE:
                raise DiskFull(f"no space left on the disk holding the index ({self.location}): only "
                               f"{free // 1024} KB free. Free some space and try again (the index is opened "
                               "again then; nothing is lost)")
            ident = getattr(self._client, "_identifier", None)
            self.close()  # stops its System when no other client of this path holds it
            old = Shared._identifier_to_system.pop(ident, None)
            Shared._identifier_to_refcount.pop(ident, None)
            if old is not None:  # still held by another client of this path: it goes all the same
                try:
                    old.stop()
                except Exception:  # noqa: BLE001 - best effort: it is being dropped
                    log.warning("could not stop the replaced Chroma client for %s", self.location, exc_info=True)
            try:
                import chromadb

                self._client = chromadb.PersistentClient(path=self.location, settings=_chroma_settings())
                self._open_collections()
            except Exception as err:
                raise _translate(err, None, 0, Path(self.location)) from err
            self._stale = False

    def _full(self, err: Exception) -> DiskFull:
        where = f"the disk holding the index ({self.location})" if self._local else f"the Chroma server {self.location}"
        return DiskFull(f"no space left on {where}: the write was not made ({err}). Free some space and try "
                        "again; the documents already indexed still answer questions")

    def _damaged(self, err: Exception) -> IndexDamaged:
        if self._local:
            return IndexDamaged(f"the index at {self.location} is damaged: a write was interrupted while Chroma "
                                f"saved its vector index ({err}). It is rebuilt from your documents on the next "
                                "ingest or question, or now with `assistant ingest --rebuild`")
        return IndexDamaged(f"the index on the Chroma server {self.location} is damaged ({err}): rebuild it with "
                            "`assistant ingest --rebuild`")

    def reset(self) -> None:
        """Drop every collection and start empty (works on a damaged store too)."""
        for name in _COLLECTIONS:
            try:
                self._client.delete_collection(f"{self._prefix}_{name}")
            except Exception as err:
                if _kind(err) != "rebuilt":  # already dropped by another client: fine
                    raise
        self._open_collections()

    # -- records ---------------------------------------------------------------------------

    @_chroma_call
    def upsert(self, collection: str, records: Sequence[Record]) -> None:
        col = self._cols[collection]
        for part in _batches(records, self._batch):
            col.upsert(
                ids=[r.id for r in part],
                embeddings=np.stack([r.vector for r in part]).astype(np.float32),
                documents=[r.text for r in part],
                metadatas=[_clean(r.metadata) for r in part],
            )

    @_chroma_call
    def delete(self, collection: str, ids: Sequence[str]) -> None:
        for part in _batches(list(ids), self._batch):
            self._cols[collection].delete(ids=list(part))

    @_chroma_call
    def delete_children(self, collection: str, parent_ids: Sequence[str]) -> None:
        for part in _batches(list(parent_ids), 500):
            self._cols[collection].delete(where={"chunk_id": {"$in": list(part)}})

    @_chroma_call
    def query(self, collection: str, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        if k <= 0:
            return []
        res = self._cols[collection].query(query_embeddings=[vector.astype(np.float32)], n_results=k,
                                           include=["distances"])
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0])]

    @_chroma_call
    def get(self, collection: str, ids: Sequence[str] | None = None, *, vectors: bool = False,
            texts: bool = True) -> list[Record]:
        include: list[Any] = ["metadatas"] + (["documents"] if texts else []) + (["embeddings"] if vectors else [])
        col = self._cols[collection]
        if ids is not None:
            parts: Iterator[Any] = (col.get(ids=list(p), include=include) for p in _batches(list(ids), self._batch))
        else:
            total = col.count()
            parts = (col.get(limit=self._batch, offset=o, include=include) for o in range(0, total, self._batch))
        out: list[Record] = []
        for res in parts:
            docs = res.get("documents") or [""] * len(res["ids"])
            embs = res.get("embeddings") if vectors else None
            for j, rid in enumerate(res["ids"]):
                vec = np.asarray(embs[j], dtype=np.float32) if embs is not None else None
                out.append(Record(rid, docs[j] or "", res["metadatas"][j] or {}, vec))
        return out

    @_chroma_call
    def count(self, collection: str) -> int:
        return self._cols[collection].count()

    # -- manifest --------------------------------------------------------------------------
    # Kept inside the store (not beside it) so a Chroma server shared by several machines
    # carries its own manifest, and so the manifest cannot drift from the store it describes.

    @_chroma_call
    def read_info(self) -> dict[str, Any] | None:
        got = self._cols["manifest"].get(ids=[_INFO_ID], include=["documents"])
        if not got["ids"]:
            return None
        try:
            return dict(json.loads(got["documents"][0]))
        except (TypeError, ValueError) as err:
            raise IndexCorrupt(f"the index record in {self.location} is unreadable ({err}): "
                               "delete the index folder and run `assistant ingest`") from err

    @_chroma_call
    def write_info(self, info: Mapping[str, Any]) -> None:
        self._cols["manifest"].upsert(ids=[_INFO_ID], embeddings=[[1.0]], documents=[json.dumps(dict(info))],
                                      metadatas=[{"kind": "info"}])

    @_chroma_call
    def read_manifest(self) -> dict[str, ManifestEntry]:
        out: dict[str, ManifestEntry] = {}
        for rec in self.get("manifest"):
            if rec.id == _INFO_ID:
                continue
            try:
                data = json.loads(rec.text)
                out[data["source"]] = ManifestEntry(**data)
            except (TypeError, ValueError, KeyError) as err:
                raise IndexCorrupt(f"manifest entry {rec.id!r} in {self.location} is unreadable ({err}): "
                                   "run `assistant ingest --rebuild`") from err
        return out

    @_chroma_call
    def write_manifest(self, *entries: ManifestEntry) -> None:
        for part in _batches(entries, self._batch):  # one call (one transaction) per batch
            self._cols["manifest"].upsert(
                ids=[_manifest_id(e.source) for e in part], embeddings=[[1.0]] * len(part),
                documents=[json.dumps(e.__dict__) for e in part], metadatas=[{"kind": "file"}] * len(part),
            )

    @_chroma_call
    def delete_manifest(self, source: str) -> None:
        self._cols["manifest"].delete(ids=[_manifest_id(source)])

    @_chroma_call
    def clear(self) -> None:
        """The manifest alone, emptied (`reset` drops everything)."""
        ids = self._cols["manifest"].get(include=[])["ids"]
        for part in _batches(ids, self._batch):
            self._cols["manifest"].delete(ids=list(part))

    @_chroma_call
    def sync(self) -> None:
        """See writes made by another process. A local Chroma applies its write log to the
        in-memory vector index only when this process writes; deleting an id that cannot exist
        is a write that changes nothing."""
        if self._local:
            for name in ("chunks", "sentences"):
                self._cols[name].delete(ids=["__sync__"])

    def close(self) -> None:
        try:
            self._client.close()  # releases the SQLite handles once the last client of this path closes
        except Exception:  # best effort: closing twice, or a server that is already gone, is fine
            pass


def _manifest_id(source: str) -> str:
    return "file:" + source


def _clean(meta: Mapping[str, Any]) -> dict[str, Any]:
    # Chroma metadata values are scalars; None means "absent"
    return {k: v for k, v in meta.items() if v is not None}


def _batches(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _translate(err: Exception, host: str | None, port: int, path: Path | None) -> Exception:
    if is_disk_full(err):
        return DiskFull(f"cannot open the index at {path or f'{host}:{port}'}: no space left on its disk ({err}); "
                        "free some space and try again")
    if host:
        return StoreUnavailable(
            f"cannot reach the Chroma server at {host}:{port} ({type(err).__name__}: {err}); "
            f"start it with `chroma run --path DIR --port {port}` or unset store.host"
        )
    return IndexCorrupt(
        f"cannot open the index at {path} ({type(err).__name__}: {err}); "
        "move the folder away and run `assistant ingest` to rebuild it"
    )
