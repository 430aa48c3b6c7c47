"""Event handlers of the Documents tab (list, upload, remove), shared with the REST API. The Chat
tab's are in `chat.py`; the layout that wires them up is in `app.py`."""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from assistant import Assistant
from assistant.ingest import SUPPORTED_SUFFIXES

# the Chat tab's handlers moved to chat.py; these names stay importable from here
from .chat import ChatUI, Session, error_text, skip  # noqa: F401

log = logging.getLogger("assistant.ui")
UPLOADS = "uploads"  # subfolder of the corpus that receives uploaded files


class DocumentsUI:
    """The documents tab: list, upload (type and size limits), remove."""

    def __init__(self, bot: Assistant) -> None:
        self.bot = bot
        self.max_bytes = int(bot.settings.limits.max_file_mb * 2**20)

    def table(self) -> list[list[Any]]:
        return [[d.source, d.title, d.chunks, d.indexed_at.replace("T", " ").replace("+00:00", " UTC")]
                for d in self.bot.documents()]

    def choices(self) -> Any:
        import gradio as gr

        return gr.update(choices=[d.source for d in self.bot.documents()], value=None)

    def upload(self, files: list[str] | None, progress: Callable[..., Any] | None = None) -> tuple[str, list[list[Any]], Any]:
        if not files:
            return "Choose files to upload first.", self.table(), self.choices()

        def report(done: int, total: int, message: str) -> None:
            if progress is not None:
                progress((done, max(total, 1)), desc=f"Indexing: {message}")

        result = save_uploads(self.bot, files, report)
        if result.saved:
            done = result.indexed
            status = f"Indexed {len(done)} file(s): {', '.join(done)}." if done else "Nothing was indexed."
        else:
            status = "Nothing was uploaded."
        if result.problems:
            status += " Problems: " + "; ".join(result.problems)
        return status, self.table(), self.choices()

    def remove(self, source: str | None) -> tuple[str, list[list[Any]], Any]:
        if not source:
            return "Choose a document to remove.", self.table(), self.choices()
        removed = remove_document(self.bot, source)
        status = f"Removed {source}." if removed else f"{source} is not in the index."
        return status, self.table(), self.choices()


@dataclass
class UploadResult:
    saved: list[Path]  # files copied into corpus/uploads
    indexed: list[str]  # their sources once indexed (added, updated or unchanged)
    problems: list[str]  # "name: reason" for each file refused or not indexed


def save_uploads(bot: Assistant, files: Sequence[str | Path], progress: Callable[[int, int, str], None] | None = None
                 ) -> UploadResult:
    """Check uploaded files (type, size), save them into corpus/uploads under a safe name and index
    them; a file that cannot be indexed is not kept. Shared by the Documents tab and the REST API."""
    max_bytes = int(bot.settings.limits.max_file_mb * 2**20)
    target = bot.settings.corpus_path / UPLOADS
    target.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    problems: list[str] = []
    for f in files:
        src = Path(f)
        if src.suffix.lower() not in SUPPORTED_SUFFIXES:
            problems.append(f"{src.name}: unsupported type (allowed: {', '.join(SUPPORTED_SUFFIXES)})")
        elif src.stat().st_size > max_bytes:
            problems.append(f"{src.name}: larger than {max_bytes // 2**20} MB")
        else:
            dest = target / safe_name(src.name)
            shutil.copyfile(src, dest)
            saved.append(dest)
    if not saved:
        return UploadResult([], [], problems)
    result = bot.ingest(saved, progress=progress)
    problems += [f"{p}: {why}" for p, why in result.failed]
    for p, _ in result.failed:
        (target / Path(p).name).unlink(missing_ok=True)
    return UploadResult(saved, result.added + result.updated + result.skipped, problems)


def remove_document(bot: Assistant, source: str) -> bool:
    """Remove a document from the index; its file, if inside the corpus, is moved to
    corpus/.removed (not deleted: the folder stays the source of truth for `assistant ingest`)."""
    removed = bot.remove([source])
    corpus = bot.settings.corpus_path.resolve()
    path = (corpus / source).resolve()
    if removed and corpus in path.parents and path.is_file():
        trash = corpus / ".removed" / source
        trash.parent.mkdir(parents=True, exist_ok=True)
        path.replace(trash)
    return bool(removed)


MAX_NAME = 120  # characters of an uploaded file's name


def safe_name(name: str) -> str:
    """A plain file name: no folders, no leading dots, only ordinary characters."""
    name = Path(name.replace("\\", "/")).name
    name = re.sub(r"[^\w.\- ]+", "_", name).strip(" .") or "upload"
    if len(name) <= MAX_NAME:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:  # no extension worth keeping
        return name[:MAX_NAME]
    return stem[:MAX_NAME - len(ext) - 1].rstrip(" .") + "." + ext  # shortened, extension kept
