"""A full disk is a disk-full error (#19 item 6): the index and corpus live on a small tmpfs that
the test fills; uploads are refused saying space is needed, nothing is rebuilt, nothing hangs, the
documents list keeps answering, and questions and uploads work again once space is freed."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from assistant import Assistant, Settings

from .servers import free_port

pytestmark = pytest.mark.slow  # the fast lane: ./test.sh -m "not slow"

DOC = ("# Cobalt\n\nThe Kokkola refinery in Finland processes cobalt from the Democratic Republic of the Congo.\n\n"
       "## Nickel\n\nIndonesia produces most of the world's nickel from laterite ores on Sulawesi.\n")


def _can_mount() -> str | None:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return "mounting a small tmpfs needs root"
    return None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    why = _can_mount()
    if why:
        pytest.skip(why)
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> Path:
    """Write a file until the disk has no space left; returns it (delete it to free the space)."""
    filler = disk / "filler.bin"
    block = b"\0" * 2**16
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(block)
                fh.flush()
        except OSError as err:
            assert err.errno == errno.ENOSPC
    for size in (4096, 512, 1):  # the last crumbs too
        try:
            with filler.open("ab") as fh:
                while True:
                    fh.write(b"\0" * size)
                    fh.flush()
        except OSError:
            pass
    return filler


class _Log(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_a_full_disk_refuses_uploads_and_keeps_answering(small_disk: Path, embedder: Any) -> None:
    from ui.server import BackgroundServer, build_server

    corpus = small_disk / "corpus"
    corpus.mkdir()
    (corpus / "metals.md").write_text(DOC, encoding="utf-8")
    settings = Settings.load(home=small_disk / "home", corpus_dir=corpus, index_dir=small_disk / "index",
                             auto_ingest=False, server={"rate_limit": 0})
    bot = Assistant.from_config(settings, embedder=embedder)
    assert bot.ingest().ok
    server = BackgroundServer(build_server(bot), port=free_port())
    url = server.url.rstrip("/")
    log = _Log()
    logging.getLogger().addHandler(log)
    try:
        filler = _fill(small_disk)
        new = ("# Tin\n\n" + "Bolivia mines tin in the Potosí department near Llallagua. " * 40 + "\n").encode()
        with httpx.Client(timeout=60) as http:  # nothing may hang: each call must return within a minute
            refused = http.post(url + "/api/documents", files=[("files", ("tin.md", new, "text/markdown"))])
            assert refused.status_code == 507, refused.text
            message = refused.json()["error"]["message"]
            assert "space" in message.lower() and "disk" in message.lower(), message
            assert not (corpus / "uploads" / "tin.md").exists()  # nothing half-written is left behind

            # room for the file but not for the index's write: the store's own disk-full error
            with filler.open("r+b") as fh:
                fh.truncate(filler.stat().st_size - 2 * len(new))
            refused = http.post(url + "/api/documents", files=[("files", ("tin.md", new, "text/markdown"))])
            assert refused.status_code == 507, refused.text
            message = refused.json()["error"]["message"]
            assert "no space left" in message and "index" in message, message
            assert not (corpus / "uploads" / "tin.md").exists()

            # chromadb 1.5 may hang on anything read through a client after one of its writes
            # failed for want of space, so that client is not used again: until there is room to
            # open a new one, a question is refused as disk full, at once
            answer = http.post(url + "/api/ask", json={"question": "Which refinery processes cobalt?"})
            assert answer.status_code == 507 and "no space left" in answer.json()["error"]["message"], answer.text
            listed = http.get(url + "/api/documents")  # the documents list is held in memory
            assert listed.status_code == 200 and [d["source"] for d in listed.json()] == ["metals.md"]

            filler.unlink()  # space again: questions and the same upload work, with nothing rebuilt in between
            answer = http.post(url + "/api/ask", json={"question": "Which refinery processes cobalt?"})
            assert answer.status_code == 200 and answer.json()["citations"], answer.text
            again = http.post(url + "/api/documents", files=[("files", ("tin.md", new, "text/markdown"))])
            assert again.status_code == 200, again.text
            assert [d["source"] for d in again.json()["documents"]] == ["uploads/tin.md"]
            answer = http.post(url + "/api/ask", json={"question": "Where does Bolivia mine tin?"}).json()
            assert any(c["source"] == "uploads/tin.md" for c in answer["citations"] + answer["related"])
    finally:
        logging.getLogger().removeHandler(log)
        server.close()
        bot.close()
    assert not any("damaged" in m or "rebuil" in m for m in log.messages), log.messages
