"""Deterministic stand-ins for the real backends, shipped and registered like them.

They pass the same contract tests (`tests/contracts.py`) as the real adapters, so code and tests
written against the Protocols can run without a model, a database or a server:

- `HashEmbedder` ("hash"): words and character trigrams hashed into a fixed vector. Texts that
  share words are close; nothing is understood. Instant, and stable across processes.
- `MemoryStore` ("memory"): vector collections and the manifest in dictionaries; exact cosine
  search. Nothing survives the process.
- `ScriptedChat` ("scripted"): replies from a script, or, with none, the first sentence of the
  first passage of the prompt cited as [1], as a model that follows the prompt would.
"""

from __future__ import annotations

import copy
import hashlib
import re
import threading
from typing import Any, Iterator, Mapping, Sequence

import numpy as np

from . import ChatMessage, ManifestEntry, Record

_WORD = re.compile(r"\w+")


class HashEmbedder:
    """Bag of hashed words and trigrams, L2-normalised: a deterministic `Embedder`."""

    def __init__(self, dimension: int = 384) -> None:
        self.dimension = dimension
        self.name = f"hash-{dimension}"

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dimension, dtype=np.float32)
        words = _WORD.findall(text.lower())
        features = words + [w[i:i + 3] for w in words for i in range(max(1, len(w) - 2))]
        for f in features:
            h = int.from_bytes(hashlib.blake2b(f.encode(), digest_size=8).digest(), "little")
            vec[h % self.dimension] += 1.0 if (h >> 32) & 1 else -1.0
        norm = float(np.linalg.norm(vec))
        if norm == 0:  # no words at all: a fixed unit vector, so the output is still normalised
            vec[0], norm = 1.0, 1.0
        return vec / norm

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


class MemoryStore:
    """A `VectorStore` and `Manifest` in memory (thread-safe; one process)."""

    location = "memory"

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._cols: dict[str, dict[str, Record]] = {}
        self._info: dict[str, Any] | None = None
        self._manifest: dict[str, ManifestEntry] = {}

    def _col(self, name: str) -> dict[str, Record]:
        return self._cols.setdefault(name, {})

    def upsert(self, collection: str, records: Sequence[Record]) -> None:
        with self._lock:
            col = self._col(collection)
            for r in records:
                vec = None if r.vector is None else np.asarray(r.vector, dtype=np.float32).copy()
                col[r.id] = Record(r.id, r.text, dict(r.metadata), vec)

    def delete(self, collection: str, ids: Sequence[str]) -> None:
        with self._lock:
            col = self._col(collection)
            for i in ids:
                col.pop(i, None)

    def delete_children(self, collection: str, parent_ids: Sequence[str]) -> None:
        parents = set(parent_ids)
        with self._lock:
            col = self._col(collection)
            for i in [i for i, r in col.items() if r.metadata.get("chunk_id") in parents]:
                del col[i]

    def query(self, collection: str, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        with self._lock:
            recs = [r for r in self._col(collection).values() if r.vector is not None]
        if k <= 0 or not recs:
            return []
        mat = np.stack([r.vector for r in recs])  # type: ignore[misc]
        q = np.asarray(vector, dtype=np.float32)
        sims = mat @ q / (np.linalg.norm(mat, axis=1) * (np.linalg.norm(q) or 1.0) + 1e-12)
        order = np.argsort(-sims, kind="stable")[:k]
        return [(recs[i].id, float(sims[i])) for i in order]

    def get(self, collection: str, ids: Sequence[str] | None = None, *, vectors: bool = False,
            texts: bool = True) -> list[Record]:
        with self._lock:
            col = self._col(collection)
            found = list(col.values()) if ids is None else [col[i] for i in ids if i in col]
        return [Record(r.id, r.text if texts else "", dict(r.metadata), r.vector if vectors else None) for r in found]

    def count(self, collection: str) -> int:
        with self._lock:
            return len(self._col(collection))

    def reset(self) -> None:
        with self._lock:
            self._cols, self._info, self._manifest = {}, None, {}

    def sync(self) -> None:
        """One process: every write is already visible."""

    def close(self) -> None:
        """Nothing to release."""

    # -- the manifest (copies in and out: callers mutate entries they hold) ---------------------

    def read_info(self) -> dict[str, Any] | None:
        with self._lock:
            return None if self._info is None else dict(self._info)

    def write_info(self, info: Mapping[str, Any]) -> None:
        with self._lock:
            self._info = dict(info)

    def read_manifest(self) -> dict[str, ManifestEntry]:
        with self._lock:
            return copy.deepcopy(self._manifest)

    def write_manifest(self, *entries: ManifestEntry) -> None:
        with self._lock:
            self._manifest.update((e.source, copy.deepcopy(e)) for e in entries)

    def delete_manifest(self, source: str) -> None:
        with self._lock:
            self._manifest.pop(source, None)

    def clear(self) -> None:
        with self._lock:
            self._info, self._manifest = None, {}


_PASSAGE = re.compile(r'<passage id="(\d+)"[^>]*>\n(.*?)\n</passage>', re.S)


class ScriptedChat:
    """A `ChatModel` that replies from a script (in order, the last one repeated), or by quoting
    the prompt's first passage."""

    def __init__(self, replies: Sequence[str] = (), name: str = "scripted") -> None:
        self.name = name
        self.replies = list(replies)
        self.requests: list[list[ChatMessage]] = []
        self._lock = threading.Lock()

    def complete(self, messages: Sequence[ChatMessage]) -> str:
        with self._lock:
            self.requests.append(list(messages))
            if self.replies:
                return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        prompt = messages[-1].content if messages else ""
        found = _PASSAGE.search(prompt)
        if not found:  # not an answering prompt (e.g. a question rewrite): repeat the question
            asked = re.search(r"(?:Last question|Question):\s*(.+)", prompt)
            return (asked.group(1) if asked else prompt).strip().splitlines()[0] if prompt.strip() else ""
        first = re.split(r"(?<=[.!?])\s+", found.group(2).strip())[0]
        return f"{first} [{found.group(1)}]"

    def stream(self, messages: Sequence[ChatMessage]) -> Iterator[str]:
        text = self.complete(messages)
        for piece in re.findall(r"\S+\s*", text):
            yield piece


def register() -> None:
    """The `assistant.backends` entry point: the fakes are chosen by name like any backend."""
    from .registry import register_chat_model, register_embedder, register_store

    register_embedder("hash", lambda settings: HashEmbedder())
    register_store("memory", lambda settings: MemoryStore())
    register_chat_model("scripted", lambda settings: ScriptedChat(name=settings.model))
