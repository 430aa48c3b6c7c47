"""Backend contracts: small Protocols the rest of the library is written against.

Adapters live in the sibling modules and are the only code that imports chromadb,
sentence-transformers or the LangChain chat-model integrations. `tests/contracts.py` holds
the contract tests every adapter must pass, and `fakes` the deterministic stand-ins that pass them
too (registered like the real ones: see `registry`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping, Protocol, Sequence, runtime_checkable

import numpy as np


@runtime_checkable
class Embedder(Protocol):
    """Turns text into L2-normalised float32 vectors."""

    name: str  # recorded in the index manifest
    dimension: int

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:  # (n, dimension)
        ...

    def embed_query(self, text: str) -> np.ndarray:  # (dimension,)
        ...


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    metadata: Mapping[str, Any]
    vector: np.ndarray | None = None


@dataclass
class ManifestEntry:
    """What the index holds for one source file (the file version it was built from)."""

    source: str
    sha256: str
    title: str
    chunk_ids: list[str]
    indexed_at: str
    chunker: str  # signature of the chunking settings that produced the ids
    pending: list[str] = field(default_factory=list)  # ids being written: a crash leaves them here


@runtime_checkable
class VectorStore(Protocol):
    """Named collections of (id, vector, text, metadata): what a vector store does, no more.

    Collections: "chunks" and "sentences". Every write is idempotent (ids are content hashes).
    """

    def upsert(self, collection: str, records: Sequence[Record]) -> None: ...

    def delete(self, collection: str, ids: Sequence[str]) -> None: ...

    def delete_children(self, collection: str, parent_ids: Sequence[str]) -> None:
        """Delete records whose metadata "chunk_id" is one of `parent_ids` (sentences of chunks)."""
        ...

    def query(self, collection: str, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """Nearest ids by cosine similarity (higher is closer), best first."""
        ...

    def get(self, collection: str, ids: Sequence[str] | None = None, *, vectors: bool = False,
            texts: bool = True) -> list[Record]:
        """Records by id (unknown ids are left out), or every record when `ids` is None."""
        ...

    def count(self, collection: str) -> int: ...

    def reset(self) -> None:
        """Drop everything (the manifest too, when the store keeps it)."""
        ...

    def sync(self) -> None:
        """Make writes by other processes visible to this one."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class Manifest(Protocol):
    """The index's journal: one index-wide record and one entry per source file.

    Separate from `VectorStore` so a store need not carry it; the Chroma adapter does (a Chroma
    server shared by several machines then carries its own manifest). `Index` writes it in the
    order its module docstring gives, so each write must be durable when the call returns.
    """

    def read_info(self) -> dict[str, Any] | None:
        """The index-wide record (embedding model, dimension, format, generation), or None if
        never written."""
        ...

    def write_info(self, info: Mapping[str, Any]) -> None: ...

    def read_manifest(self) -> dict[str, ManifestEntry]: ...

    def write_manifest(self, *entries: ManifestEntry) -> None:
        """Write (replace) the entries, keyed by source, in one step where the store allows."""
        ...

    def delete_manifest(self, source: str) -> None: ...

    def clear(self) -> None:
        """Drop every entry and the index-wide record."""
        ...


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system" | "user" | "assistant"
    content: str


@runtime_checkable
class ChatModel(Protocol):
    """An LLM behind a chat API. Raises `LLMError` subclasses, never library errors."""

    name: str

    def complete(self, messages: Sequence[ChatMessage]) -> str: ...

    def stream(self, messages: Sequence[ChatMessage]) -> Iterator[str]: ...
