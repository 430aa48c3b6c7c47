"""Event handlers of the Chat tab: asking (streamed), regenerate, edit and resend, citations, saved
conversations, the documents a conversation searches, feedback. They use only the public
`assistant` API (and `evals` to save test cases); `app.py` wires them to the layout.

The chat's messages are always rendered from the session's conversation (`messages`), so a
reopened, regenerated or edited conversation looks exactly like one typed afresh.
"""

from __future__ import annotations

import html
import json
import logging
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Sequence

from assistant import Answer, Assistant, AssistantError
from assistant.cases import Case, append_case, captured_cases_path

from . import render
from .conversations import (Conversation, ConversationStore, Exchange, Session, copy_of, new_id, now, owner_of,
                            turn_of_the, valid_id)
from .starters import Starters

log = logging.getLogger("assistant.ui")


_MARKDOWN = {ord(c): f"&#{ord(c)};" for c in "\\`*_[]()#!|~{}:"}  # ":": a bare URL would become a link


def user_html(question: str) -> str:
    """A question shows as typed: HTML escaped, and Markdown's punctuation as character references
    (the chat renders Markdown, so `![x](url)` would fetch an image). quote=False: apostrophes are
    common in questions and the edit box shows this text (`edit` unescapes it)."""
    return html.escape(question, quote=False).translate(_MARKDOWN)


def messages(conv: Conversation) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, t in enumerate(conv.turns):
        out.append({"role": "user", "content": user_html(t.question)})
        body = render.answer_html(t.answer, i, t.question, t.documents) if t.answer else render.error_html(t.error or "")
        out.append({"role": "assistant", "content": body})
    return out


def error_text(err: Exception) -> str:
    if isinstance(err, AssistantError):
        return f"⚠ {err}"
    log.exception("unexpected error in the chat window")
    return f"⚠ Something went wrong ({type(err).__name__}). The details are in the server log."


def skip() -> Any:
    import gradio as gr

    return gr.skip()


def hidden_form() -> Any:
    import gradio as gr

    return gr.update(visible=False)


def shown_form() -> Any:
    import gradio as gr

    return gr.update(visible=True)


def _turn_of(message_index: Any) -> int:
    i = message_index[0] if isinstance(message_index, (list, tuple)) else message_index
    return int(i) // 2  # messages alternate user, assistant


class ChatUI:
    def __init__(self, bot: Assistant, suite: Path | None = None, feedback: Path | None = None,
                 store: ConversationStore | None = None) -> None:
        self.bot = bot
        self.suite = suite
        self.feedback_log = feedback or bot.settings.data_path / "feedback.jsonl"
        self.store = store or ConversationStore(bot.settings.data_path / "conversations")
        self.starters = Starters(bot)
        self._saving = threading.Lock()

    # -- asking ----------------------------------------------------------------------------------

    def respond(self, message: str, session: Session | None, k: float, mode: str, scope: Sequence[str] | None = None,
                owner: str | None = None) -> Iterator[tuple[Any, ...]]:
        """Yields (chat, session, question box, source panel, conversation list, its title)."""
        session = session or Session()
        message = (message or "").strip()
        if not message:
            yield skip(), session, skip(), skip(), skip(), skip()
            return
        try:  # a question that cannot be asked stays in the box, out of the conversation
            self.bot.check_question(message)
        except AssistantError as err:
            _warn(str(err))
            yield skip(), session, skip(), skip(), skip(), skip()
            return
        with turn_of_the(session):
            yield from self._ask(message, session, k, mode, scope, owner, sent=True)

    def regenerate(self, session: Session | None, k: float, mode: str, scope: Sequence[str] | None = None,
                   owner: str | None = None) -> Iterator[tuple[Any, ...]]:
        """Ask the last question again (with the current settings and documents), replacing its answer."""
        if session is None or not session.conv.turns:
            yield skip(), session or Session(), skip(), skip(), skip(), skip()
            return
        with turn_of_the(session):
            last = session.conv.turns.pop()
            yield from self._ask(last.question, session, k, mode, scope, owner)
            again = session.conv.turns[-1].answer if session.conv.turns else None
            if (last.answer is not None and again is not None and again.text == last.answer.text
                    and again.mode == last.answer.mode == "extractive"):
                # a blind user test: the same answer again looked as if the button did nothing
                _tell("The same answer again: it is quoted from the documents, and the same passages answer it.")

    def edit(self, index: Any, text: str, session: Session | None, k: float, mode: str,
             scope: Sequence[str] | None = None, owner: str | None = None) -> Iterator[tuple[Any, ...]]:
        """An edited question replaces that question and everything after it, and is asked again.
        Where turns come after it, the conversation as it was stays saved and the edit goes on in a
        copy: a blind user test lost the later turns to an edit of an early question, unwarned."""
        session = session or Session()
        turn = _turn_of(index)
        if not 0 <= turn < len(session.conv.turns):
            yield messages(session.conv), session, skip(), skip(), skip(), skip()
            return
        # the page decodes the edit box (render.JS); where it could not, the box holds the stored
        # message with its character references: decoded here either way (so an entity typed on
        # purpose, "&lt;", is read as the character it names)
        question = html.unescape(text or "").strip()
        if not question:
            yield messages(session.conv), session, skip(), skip(), skip(), skip()
            return
        try:  # an edit that cannot be asked (too long) changes nothing (a reviewer's case)
            self.bot.check_question(question)
        except AssistantError as err:
            _warn(str(err))
            yield messages(session.conv), session, skip(), skip(), skip(), skip()
            return
        with turn_of_the(session):
            if turn < len(session.conv.turns) - 1 and owner is not None:
                # named after its new first question when that is the one edited
                session.conv = copy_of(session.conv, "edited", renamed=turn == 0)
                _tell("The conversation as it was is kept; the edited question goes on in a copy.")
            del session.conv.turns[turn:]
            yield from self._ask(question, session, k, mode, scope, owner)

    def _ask(self, question: str, session: Session, k: float, mode: str, scope: Sequence[str] | None,
             owner: str | None, sent: bool = False) -> Iterator[tuple[Any, ...]]:
        """`sent`: the question came from the question box, which its first update empties. No
        later update touches the box: the next question typed while this one was answered (or an
        edit or regenerate ran) was wiped by them, and sent empty (the question lost after an edit)."""
        documents = tuple(scope or ())
        history = session.history
        shown = messages(session.conv) + [{"role": "user", "content": user_html(question)},
                                          {"role": "assistant", "content": '<span class="thinking">…</span>'}]
        yield shown, session, "" if sent else skip(), skip(), skip(), skip()
        try:
            # the slider left at its default asks nothing of its own: a question that gathers several
            # points then reads more passages, as the API and the evaluations do
            top_k = None if int(k) == self.bot.settings.retrieval.top_k else int(k)
            stream = self.bot.stream(question, history, top_k=top_k, mode=mode or None, documents=list(documents))
            partial = ""
            for delta in stream:
                partial += delta
                shown[-1] = {"role": "assistant", "content": render.streaming_html(partial)}
                yield shown, session, skip(), skip(), skip(), skip()
            answer = stream.answer
            assert answer is not None
            exchange = Exchange(question, answer=answer, documents=documents)
        except Exception as err:  # shown as a message, never as a stack trace
            answer, exchange = None, Exchange(question, error=error_text(err), documents=documents)
        session.conv.turns.append(exchange)
        session.conv.documents = list(documents)
        listed = self._save(session, owner)
        turn = len(session.conv.turns) - 1
        # the first passage opens by itself; a refusal shows the closest passage it names as related,
        # or says it has none: the previous answer's passage left open read as this one's (a blind
        # user test)
        if answer and answer.citations:
            panel = self._panel(session, answer.citations[0], turn)
        elif answer and answer.related:
            panel = self._panel(session, answer.related[0], turn, related=True)
        else:
            session.focus = None
            panel = render.NO_PASSAGE_PANEL
        yield messages(session.conv), session, skip(), panel, listed, session.conv.title

    def _save(self, session: Session, owner: str | None) -> Any:
        """Save the conversation (every answer: nothing to remember to do) and return the updated
        conversation list; without an owner (no login, no browser id yet) nothing is kept."""
        if owner is None:
            return skip()
        with self._saving:  # two tabs answering at once: one reads and writes at a time
            try:
                stored = self.store.load(owner, session.conv.id)
                if stored is not None and stored.updated != session.conv.updated:
                    # another tab went on with this conversation since this one read it: writing the
                    # whole conversation would drop that tab's turns, so this tab's goes on as a copy
                    session.conv = copy_of(session.conv, "copy")
                    _tell("This conversation was continued in another tab meanwhile, so this one goes on "
                          f"as a copy: “{session.conv.title}”. Nothing was lost.")
                elif stored is not None:
                    session.conv.title = stored.title  # renamed in another tab
                updated, session.conv.updated = session.conv.updated, now()
                try:
                    self.store.save(owner, session.conv)
                except OSError:
                    session.conv.updated = updated  # not written: the next save compares as before
                    raise
            except OSError:
                log.exception("cannot save the conversation")
                return skip()
        return self.conversation_list(owner, session.conv.id)

    # -- the source panel ------------------------------------------------------------------------

    def _panel(self, session: Session, citation: Any, turn: int, related: bool = False) -> str:
        session.focus = (citation.source, citation.chunk_id, citation.quote, citation.span)
        return render.source_panel_html(citation, related=related, turn=turn, since=self._since(citation))

    def _since(self, citation: Any) -> str | None:
        """What happened to a cited passage's document since the answer: an older answer's passage
        opened without a word read as the documents' current text."""
        chunks = self.bot.chunks_of(citation.source)
        if not chunks:
            return "removed"
        if any(c.id == citation.chunk_id for c in chunks):
            return None
        # passages are cut anew when the documents are indexed anew (a new version of the
        # assistant): the document has changed only where the quoted words are gone from it
        quoted = [q.strip()[:60] for q in (citation.quote or "").split(" … ") if q.strip()]
        return None if quoted and all(any(q in c.text for c in chunks) for q in quoted) else "changed"

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
        return self._panel(session, c, int(turn_s), related)

    def show_document(self, session: Session | None) -> str:
        if session is None or not session.focus:
            return render.EMPTY_PANEL
        source, chunk_id, quote, span = session.focus
        return render.document_html(self.bot.chunks_of(source), chunk_id, quote, span)

    # -- saved conversations and the documents searched -------------------------------------------

    @staticmethod
    def owner(username: str | None, browser_id: Any) -> str | None:
        return owner_of(username, browser_id)

    @staticmethod
    def browser_id(current: Any) -> str:
        """The id this browser keeps in localStorage: made once, on its first visit."""
        return current if valid_id(current) else new_id()

    def conversation_list(self, owner: str | None, selected: str | None = None) -> Any:
        import gradio as gr

        convs = self.store.list(owner)
        return gr.update(choices=[(c.title, c.id) for c in convs],
                         value=selected if any(c.id == selected for c in convs) else None)

    def document_choices(self, selected: Sequence[str] | None = None) -> Any:
        """The documents a conversation may be limited to (labelled by title, the file name when
        two share a title); a chosen one no longer indexed is dropped."""
        import gradio as gr

        try:
            docs = self.bot.documents()
        except AssistantError:
            docs = []
        titles = [d.title for d in docs]
        choices = [(d.title if titles.count(d.title) == 1 else f"{d.title} ({d.source})", d.source) for d in docs]
        known = {d.source for d in docs}
        return gr.update(choices=choices, value=[s for s in (selected or []) if s in known])

    def starter_examples(self) -> Any:
        import gradio as gr

        return gr.update(examples=[{"text": q} for q in self.starters.questions()] or None)

    def new_conversation(self, owner: str | None = None) -> tuple[Any, ...]:
        """(chat, session, panel, test-case form, conversation list, documents, title box)"""
        return ([], Session(), render.EMPTY_PANEL, hidden_form(), self.conversation_list(owner),
                self.document_choices(), "")

    def open_conversation(self, conversation_id: str | None, owner: str | None) -> tuple[Any, ...]:
        conv = self.store.load(owner, conversation_id)
        if conv is None:
            return self.new_conversation(owner)
        session = Session(conv)
        return (messages(conv), session, render.EMPTY_PANEL, hidden_form(), self.conversation_list(owner, conv.id),
                self.document_choices(conv.documents), conv.title)

    def rename(self, title: str, session: Session | None, owner: str | None) -> tuple[Any, Session]:
        session = session or Session()
        conv = self.store.rename(owner, session.conv.id, title)
        if conv is None:  # not saved yet (no answer so far) or an empty title
            return skip(), session
        session.conv.title = conv.title
        return self.conversation_list(owner, conv.id), session

    def delete(self, session: Session | None, owner: str | None) -> tuple[Any, ...]:
        if session is not None:
            self.store.delete(owner, session.conv.id)
        return self.new_conversation(owner)

    # -- feedback and test cases -----------------------------------------------------------------

    def feedback(self, data: Any, session: Session | None) -> tuple[Any, str, str, str]:
        """Thumbs up/down on an answer. Thumbs down opens the "save as a test case" form."""
        if session is None:
            return hidden_form(), "", "", ""
        turn = _turn_of(data.index)
        answers, asked = session.answers, session.asked
        answer = answers[turn] if 0 <= turn < len(answers) else None
        question, history = asked[turn] if 0 <= turn < len(asked) else ("", [])
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
        facts = [[a.strip() for a in line.split("|") if a.strip()] for line in facts_text.splitlines() if line.strip()]
        if answerable and not facts:
            return skip(), "Add at least one expected fact (one per line; alternatives separated by |)."
        try:
            history = json.loads(history_json or "[]")
            case = append_case(self.suite or captured_cases_path(self.bot.settings.data_path), Case(
                id="", question=question, answerable=answerable, facts=facts if answerable else [],
                history=history, category="user"))
        except (ValueError, OSError) as err:
            return skip(), f"Could not save the test case: {err}"
        if self.suite is None:
            return hidden_form(), (f"Saved as test case {case.id} in your data folder; `assistant merge-cases` "
                                   "adds the saved cases to the evaluation suite.")
        return hidden_form(), f"Saved as test case {case.id}. `assistant eval` will check it from now on."

    # -- programmatic ----------------------------------------------------------------------------

    def api_chat(self, message: str, session: Session | None) -> tuple[dict[str, Any], Session]:
        """gradio_client's /chat: the Answer as JSON; the history is kept per client session (not saved)."""
        session = session or Session()
        try:
            answer = self.bot.ask(message, session.history)
        except AssistantError as err:
            return {"error": str(err)}, session
        session.conv.turns.append(Exchange(message.strip(), answer=answer))
        return answer.to_dict(), session


def _warn(message: str) -> None:
    """A warning in the page (a toast), where a page asked."""
    try:
        import gradio as gr

        gr.Warning(message[:1].upper() + message[1:])  # the library's messages start in lower case
    except Exception:  # outside an event there is nobody to tell
        pass


def _tell(message: str) -> None:
    """A notice in the page (a toast), where a page asked; handlers called directly have none."""
    try:
        import gradio as gr

        gr.Info(message)
    except Exception:  # outside an event there is nobody to tell
        pass
