"""Event handlers of the Documents tab (list, upload, remove); the policy behind them (safe names,
nothing lost) is the library's (`Assistant.add_files`, `Assistant.remove`). The Chat tab's are in
`chat.py`; the layout that wires them up is in `app.py`."""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path
from typing import Any, Callable

from assistant import Assistant
from assistant.errors import AssistantError

# the Chat tab's handlers moved to chat.py; these names stay importable from here
from .chat import ChatUI, Session, error_text, skip  # noqa: F401

log = logging.getLogger("assistant.ui")


class DocumentsUI:
    """The documents tab: list, upload (type and size limits), remove."""

    def __init__(self, bot: Assistant) -> None:
        self.bot = bot
        self.max_bytes = int(bot.settings.limits.max_file_mb * 2**20)

    def table(self) -> list[list[Any]]:
        """The indexed documents, then the files in the corpus folder that are not indexed, with why."""
        rows: list[list[Any]] = [[d.source, d.title, d.chunks, d.indexed_at.replace("T", " ").replace("+00:00", " UTC")]
                                 for d in self.bot.documents()]
        return rows + [[source, f"⚠ not indexed: {why}", 0, ""] for source, why in self.bot.unindexed()]

    def choices(self) -> Any:
        import gradio as gr

        listed = [d.source for d in self.bot.documents()] + [source for source, _ in self.bot.unindexed()]
        return gr.update(choices=listed, value=None)

    def upload(self, files: list[str] | None, progress: Callable[..., Any] | None = None) -> tuple[str, list[list[Any]], Any]:
        if not files:
            return "Choose files to upload first.", self.table(), self.choices()

        def report(done: int, total: int, message: str) -> None:
            if progress is not None:
                progress((done, max(total, 1)), desc=f"Indexing: {message}")

        try:
            result = self.bot.add_files(files, report)
        except AssistantError as err:  # the store or the disk failed: say so, keep the table
            log.warning("upload failed: %s", err)
            return plain(f"Nothing was uploaded: {err}"), self.table(), self.choices()
        if result.saved:
            done = result.indexed
            status = f"Indexed {len(done)} file(s): {', '.join(done)}." if done else "Nothing was indexed."
        else:
            status = "Nothing was uploaded."
        if result.notes:
            status += " " + " ".join(n + "." for n in result.notes)
        if result.problems:
            status += " Problems: " + "; ".join(result.problems)
        return plain(status), self.table(), self.choices()

    def forget_uploads(self, files: list[str] | None) -> None:
        """Delete the copies the web server made of uploaded files: the documents folder holds the
        kept one, and a sensitive document should not stay behind in a temporary folder (a blind
        user test found them there)."""
        from gradio.utils import get_upload_folder

        temp = Path(get_upload_folder()).resolve()
        for f in files or ():
            path = Path(f).resolve()
            if path.is_relative_to(temp):
                path.unlink(missing_ok=True)

    def remove(self, source: str | None) -> tuple[str, list[list[Any]], Any]:
        if not source:
            return "Choose a document to remove.", self.table(), self.choices()
        removed = bool(self.bot.remove([source]))
        status = (f"Removed {source}: its file is kept in the documents folder's .removed/ (move it back and "
                  "re-index to restore it)." if removed else f"{source} is not in the index.")
        return plain(status), self.table(), self.choices()


_MARKDOWN = re.compile(r"([\\`*_\[\]()#!|~{}:])")  # ":" too: a bare URL would be made a link


def plain(text: str) -> str:
    """Text for a Markdown component that must show as typed: file names and parsers' error
    messages come from uploaded files, so no link, image or HTML in them may render."""
    return _MARKDOWN.sub(r"\\\1", html.escape(text, quote=False))
