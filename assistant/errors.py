"""Every error the library raises on purpose.

    AssistantError
    ├── ConfigError               settings that cannot work (bad value, unknown backend)
    ├── InputError                a question or history the assistant will not take
    ├── IngestError               one file could not be ingested (the run goes on)
    │   ├── UnsupportedFormat     unknown extension
    │   ├── FileTooLarge          over `limits.max_file_mb`
    │   └── UnreadableFile        corrupt, encrypted, binary, empty, no text layer, ...
    ├── IndexError_               the index on disk cannot serve this request
    │   ├── IndexMissing          nothing ingested yet
    │   ├── IndexCorrupt          manifest or store unreadable / inconsistent
    │   │   └── IndexDamaged      the vector store's files were torn by an interrupted write
    │   ├── EmbeddingMismatch     index built with another embedding model
    │   └── IndexBusy             another process holds the write lock
    └── BackendError              a backend failed
        ├── ModelUnavailable      embedding model package not installed / not loadable
        ├── StoreUnavailable      the Chroma server cannot be reached
        ├── DiskFull              no space left where the index or corpus is written
        └── LLMError              the LLM server failed (callers fall back to extractive)
            ├── LLMTimeout
            └── LLMConnectionError

Library errors (chromadb, httpx, openai, pypdf, ...) are translated into these once, at the
adapter boundary, so callers catch `AssistantError` and show `str(err)`: each message says
what went wrong and, where there is one, the fix.
"""

from __future__ import annotations

import errno
import re
from typing import Iterator


class AssistantError(Exception):
    """Base class: `str(err)` is a complete, user-readable message."""


class ConfigError(AssistantError):
    pass


class InputError(AssistantError):
    pass


class IngestError(AssistantError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFormat(IngestError):
    pass


class FileTooLarge(IngestError):
    pass


class UnreadableFile(IngestError):
    pass


class IndexError_(AssistantError):  # trailing underscore: do not shadow the builtin
    pass


class IndexMissing(IndexError_):
    pass


class IndexCorrupt(IndexError_):
    pass


class IndexDamaged(IndexCorrupt):
    """Chroma's on-disk vector index no longer matches its log (a process killed mid-write).
    A local index rebuilds itself from the documents it was built from (`Index.repair`)."""


class EmbeddingMismatch(IndexError_):
    pass


class IndexBusy(IndexError_):
    pass


class BackendError(AssistantError):
    pass


class ModelUnavailable(BackendError):
    pass


class StoreUnavailable(BackendError):
    pass


class DiskFull(BackendError):
    """A write found no space left. Never a reason to rebuild: what was committed still serves."""


def causes(err: BaseException, limit: int = 8) -> Iterator[BaseException]:
    """The error and what caused it, innermost last (a chain can loop; a few links are enough)."""
    at: BaseException | None = err
    seen: set[int] = set()
    while at is not None and id(at) not in seen and len(seen) < limit:
        seen.add(id(at))
        yield at
        at = at.__cause__ or at.__context__


def is_disk_full(err: BaseException) -> bool:
    """ENOSPC/EDQUOT anywhere in the cause chain, or SQLite's own words for it (Chroma's Rust
    layer passes SQLite's error on as text only)."""
    return any((isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT)) or bool(_DISK_FULL.search(str(e)))
               for e in causes(err))


_DISK_FULL = re.compile(r"database or disk is full|no space left on device|disk quota exceeded", re.I)


class LLMError(BackendError):
    pass


class LLMTimeout(LLMError):
    pass


class LLMConnectionError(LLMError):
    pass
