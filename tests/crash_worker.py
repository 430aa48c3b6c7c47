"""Ingest worker for the crash tests: loads everything, says "ready", waits for a line on stdin,
ingests the corpus folder, says "done". The test kills it with SIGKILL at a random moment.

Encoding dominates an ingest, so a kill at a random moment would rarely land between the
store writes. The worker therefore says "writing" at its first store write and pauses a little
before each real Chroma write, so the test can aim its kills at the window in which a file is
half written."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any


class SlowWrites:
    WRITES = {"upsert", "delete", "delete_children", "write_manifest", "delete_manifest", "write_info"}

    def __init__(self, store: Any) -> None:
        self._store = store
        self.armed = False  # set once ingest starts: opening the index writes nothing worth aiming at

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if name in self.WRITES and self.armed:
            def slow(*args: Any, **kwargs: Any) -> Any:
                print("writing", flush=True)
                time.sleep(0.2)
                return attr(*args, **kwargs)
            return slow
        return attr


def main(index_dir: str, corpus_dir: str) -> None:
    from assistant import Assistant, Settings
    from assistant.backends.registry import open_store

    settings = Settings.load(index_dir=Path(index_dir), corpus_dir=Path(corpus_dir), auto_ingest=False)
    store = SlowWrites(open_store(settings))
    bot = Assistant.from_config(settings, store=store)
    bot.index.embedder.embed_documents(["warm up"])  # load the model before the clock starts
    print("ready", flush=True)
    sys.stdin.readline()
    store.armed = True
    bot.ingest()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
