"""Event handlers of the chat window. They use only the public `assistant` API (and `evals` to
save test cases); the layout that wires them up is in `app.py`."""

from __future__ import annotations

import json
import logging
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from assistant import Answer, Assistant, AssistantError
from assistant.ingest import SUPPORTED_SUFFIXES

from . import render

log = logging.getLogger("assistant.ui")
UPLOADS = "uploads"  # subfolder of the corpus that receives uploaded files


@dataclass
class Session:
    """One browser session's conversation. Lives in a gr.State, so sessions never mix."""

    history: list[dict[str, str]] = field(default_factory=list)
    answers: list[Answer | None] = field(default_factory=list)  # one per assistant message (None: it failed)
    # per assistant message, the question and the history before it (a failed turn is not history)
    asked: list[tuple[str, list[dict[str, str]]]] = field(default_factory=list)
    focus: tuple[str, str, str, Any] | None = None  # (source, chunk id, quote, span) shown in the panel


def error_text(err: Exception) -> str:
    if isinstance(err, AssistantError):
        return f"⚠ {err}"
    log.exception("unexpected error in the chat window")
    return f"⚠ Something went wrong ({type(err).__name__}). The details are in the server log."


def skip() -> Any:
    import gradio as gr

    return gr.skip()


class ChatUI:
    def __init__(self, bot: Assistant, suite: Path | None = None, feedback: Path | None = None) -> None:
        self.bot = bot
        self.suite = suite
        self.feedback_log = feedback or bot.settings.index_path / "feedback.jsonl"

    # -- chat ------------------------------------------------------------------------------------

    def respond(self, message: str, chat: list[dict[str, Any]], session: Session | None, k: float, mode: str
                ) -> Iterator[tuple[list[dict[str, Any]], Session, str, Any]]:
        session = session or Session()
        message = (message or "").strip()
        if not message:
            yield chat, session, "", skip()
            return
        chat = chat + [{"role": "user", "content": render.escape(message)},
                       {"role": "assistant", "content": '<span class="thinking">…</span>'}]
        yield chat, session, "", skip()
        session.asked.append((message, list(session.history)))
        try:
            stream = self.bot.stream(message, session.history, top_k=int(k), mode=mode or None)
            partial = ""
            for delta in stream:
                partial += delta
                chat[-1] = {"role": "assistant", "content": render.streaming_html(partial)}
                yield chat, session, "", skip()
            answer = stream.answer
            assert answer is not None
        except Exception as err:  # shown as a message, never as a stack trace
            session.answers.append(None)
            chat[-1] = {"role": "assistant", "content": render.error_html(error_text(err))}
            yield chat, session, "", skip()
            return
        session.answers.append(answer)
        turn = len(session.answers) - 1
        session.history += [{"role": "user", "content": message}, {"role": "assistant", "content": answer.text}]
        chat[-1] = {"role": "assistant", "content": render.answer_html(answer, turn, message)}
        panel = self._panel(session, answer.citations[0]) if answer.citations else render.EMPTY_PANEL
        yield chat, session, "", panel

    def _panel(self, session: Session, citation: Any, related: bool = False) -> str:
        session.focus = (citation.source, citation.chunk_id, citation.quote, citation.span)
        return render.source_panel_html(citation, related=related)

    def show_citation(self, target: str, session: Session | None) -> Any:
        """`target` is "turn:marker:nonce" from a clicked marker; "r<n>" markers are related passages."""
        if session is None:
            return skip()
        try:
            turn_s, marker, *_ = target.split(":")
            answer = session.answers[int(turn_s)]
            related = marker.startswith("r")
            pool = answer.related if related else answer.citations  # type: ignore[union-attr]
            c = next(c for c in pool if c.marker == int(marker.lstrip("r")))
        except (ValueError, IndexError, StopIteration, AttributeError):
            return skip()
        return self._panel(session, c, related)

    def show_document(self, session: Session | None) -> str:
        if session is None or not session.focus:
            return render.EMPTY_PANEL
        source, chunk_id, quote, span = session.focus
        return render.document_html(self.bot.chunks_of(source), chunk_id, quote, span)

    def new_conversation(self) -> tuple[list[Any], Session, str, Any]:
        return [], Session(), render.EMPTY_PANEL, hidden_form()

    # -- feedback and test cases -----------------------------------------------------------------

    def feedback(self, data: Any, session: Session | None) -> tuple[Any, str, str, str]:
        """Thumbs up/down on an answer. Thumbs down opens the "save as a test case" form."""
        if session is None:
            return hidden_form(), "", "", ""
        turn = _turn_of(data.index)
        answer = session.answers[turn] if 0 <= turn < len(session.answers) else None
        question, history = session.asked[turn] if 0 <= turn < len(session.asked) else ("", [])
        record = {"at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "liked": bool(data.liked),
                  "question": question, "answer": answer.text if answer else None, "history": history}
        try:
            self.feedback_log.parent.mkdir(parents=True, exist_ok=True)
            with self.feedback_log.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        except OSError:
            log.exception("cannot record feedback")
        if data.liked or not question:
            return hidden_form(), "", "", ""
        return shown_form(), question, json.dumps(history, ensure_ascii=False), ""

    def save_case(self, question: str, history_json: str, facts_text: str, answerable: bool) -> tuple[Any, str]:
        from evals.suite import DEFAULT_SUITE, Case, append_case

        facts = [[a.strip() for a in line.split("|") if a.strip()] for line in facts_text.splitlines() if line.strip()]
        if answerable and not facts:
            return skip(), "Add at least one expected fact (one per line; alternatives separated by |)."
        try:
            history = json.loads(history_json or "[]")
            case = append_case(self.suite or DEFAULT_SUITE, Case(
                id="", question=question, answerable=answerable, facts=facts if answerable else [],
                history=history, category="user"))
        except (ValueError, OSError) as err:
            return skip(), f"Could not save the test case: {err}"
        return hidden_form(), f"Saved as test case {case.id}. `assistant eval` will check it from now on."

    # -- programmatic ----------------------------------------------------------------------------

    def api_chat(self, message: str, session: Session | None) -> tuple[dict[str, Any], Session]:
        """gradio_client's /chat: the Answer as JSON; the history is kept per client session."""
        session = session or Session()
        try:
            answer = self.bot.ask(message, session.history)
        except AssistantError as err:
            return {"error": str(err)}, session
        session.answers.append(answer)
        session.asked.append((message.strip(), list(session.history)))
        session.history += [{"role": "user", "content": message.strip()},
                            {"role": "assistant", "content": answer.text}]
        return answer.to_dict(), session


def _turn_of(message_index: Any) -> int:
    i = message_index[0] if isinstance(message_index, (list, tuple)) else message_index
    return int(i) // 2  # messages alternate user, assistant


def hidden_form() -> Any:
    import gradio as gr

    return gr.update(visible=False)


def shown_form() -> Any:
    import gradio as gr

    return gr.update(visible=True)


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


def safe_name(name: str) -> str:
    """A plain file name: no folders, no leading dots, only ordinary characters."""
    name = Path(name.replace("\\", "/")).name
    name = re.sub(r"[^\w.\- ]+", "_", name).strip(" .") or "upload"
    return name[:120]
