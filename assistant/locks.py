"""The index's writer lock: one writer at a time, across threads and (for a local store) processes."""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path
from typing import Iterator

from .errors import IndexBusy


class WriterLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._threads = threading.Lock()  # flock is per process: threads of one process queue here

    @contextlib.contextmanager
    def hold(self, timeout: float = 600.0) -> Iterator[None]:
        """Wait up to `timeout` seconds (0: not at all), else raise IndexBusy."""
        got = self._threads.acquire(timeout=timeout) if timeout > 0 else self._threads.acquire(blocking=False)
        if not got:
            raise IndexBusy("another ingest in this process is still running")
        try:
            with _file_lock(self.path, timeout):
                yield
        finally:
            self._threads.release()


@contextlib.contextmanager
def _file_lock(path: Path, timeout: float) -> Iterator[None]:
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusy(f"another process is writing the index ({path}); try again later") from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
