"""The chat window (Gradio). It uses only the public `assistant` API.

Conversation state lives in a per-session `gr.State`, so two browsers never share a history.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any, Iterator

from assistant import Answer, Assistant, AssistantError, Settings

from . import render

log = logging.getLogger("assistant.ui")


@dataclass
class Session:
    history: list[dict[str, str]] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    focus: tuple[str, str, str] | None = None  # (source, chunk id, quote) shown in the panel


def _error_text(err: Exception) -> str:
    if isinstance(err, AssistantError):
        return f"⚠ {err}"
    log.exception("unexpected error while answering")
    return f"⚠ Something went wrong ({type(err).__name__}). The details are in the server log."


class ChatUI:
    """Event handlers, separate from the layout so they are easy to read and to test."""

    def __init__(self, bot: Assistant) -> None:
        self.bot = bot

    def respond(self, message: str, chat: list[dict[str, Any]], session: Session | None, k: int
                ) -> Iterator[tuple[list[dict[str, Any]], Session, str, str]]:
        session = session or Session()
        message = (message or "").strip()
        if not message:
            yield chat, session, "", render.EMPTY_PANEL if not session.focus else gr_skip()
            return
        chat = chat + [{"role": "user", "content": message}, {"role": "assistant", "content": "…"}]
        yield chat, session, "", gr_skip()
        try:
            stream = self.bot.stream(message, session.history, top_k=int(k))
            partial = ""
            for delta in stream:
                partial += delta
                chat[-1] = {"role": "assistant", "content": render._e(partial)}
                yield chat, session, "", gr_skip()
            answer = stream.answer
            assert answer is not None
        except Exception as err:  # shown as a message, never as a stack trace
            chat[-1] = {"role": "assistant", "content": render._e(_error_text(err))}
            yield chat, session, "", gr_skip()
            return
        session.answers.append(answer)
        turn = len(session.answers) - 1
        session.history += [{"role": "user", "content": message}, {"role": "assistant", "content": answer.text}]
        chat[-1] = {"role": "assistant", "content": render.answer_html(answer, turn)}
        panel = render.EMPTY_PANEL
        if answer.citations:
            panel = self._panel(session, answer.citations[0])
        yield chat, session, "", panel

    def _panel(self, session: Session, citation: Any, related: bool = False) -> str:
        session.focus = (citation.source, citation.chunk_id, citation.quote)
        return render.source_panel_html(citation, related=related)

    def show_citation(self, target: str, session: Session | None) -> str:
        """`target` is "turn:marker[:nonce]" from a clicked marker; "r<n>" markers are related passages."""
        if session is None:
            return gr_skip()
        try:
            turn_s, marker, *_ = target.split(":")
            answer = session.answers[int(turn_s)]
            related = marker.startswith("r")
            pool = answer.related if related else answer.citations
            c = next(c for c in pool if c.marker == int(marker.lstrip("r")))
        except (ValueError, IndexError, StopIteration):
            return gr_skip()
        return self._panel(session, c, related)

    def show_document(self, session: Session | None) -> str:
        if session is None or not session.focus:
            return render.EMPTY_PANEL
        source, chunk_id, quote = session.focus
        return render.document_html(self.bot.chunks_of(source), chunk_id, quote)

    def new_conversation(self) -> tuple[list[Any], Session, str]:
        return [], Session(), render.EMPTY_PANEL

    def api_chat(self, message: str, session: Session | None) -> tuple[dict[str, Any], Session]:
        """Programmatic chat (gradio_client): the Answer as JSON; history kept per client session."""
        session = session or Session()
        try:
            answer = self.bot.ask(message, session.history)
        except AssistantError as err:
            return {"error": str(err)}, session
        session.answers.append(answer)
        session.history += [{"role": "user", "content": message.strip()},
                            {"role": "assistant", "content": answer.text}]
        return answer.to_dict(), session


def gr_skip() -> Any:
    import gradio as gr

    return gr.skip()


def build_app(bot: Assistant) -> Any:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    ui = ChatUI(bot)
    top_k = bot.settings.retrieval.top_k
    with gr.Blocks(title="Document assistant", analytics_enabled=False) as app:
        session = gr.State(None)  # a Session, made on first use (a factory would add a public endpoint)
        with gr.Tab("Chat", id="chat-tab"):
            with gr.Row():
                with gr.Column(scale=3):
                    chat = gr.Chatbot(elem_id="chat", height=560, show_label=False,
                                      placeholder="Ask a question about the documents. Every answer cites "
                                                  "its passages; click a marker like [1] to read it.")
                    with gr.Row():
                        box = gr.Textbox(placeholder="Ask about the documents…", show_label=False, scale=8,
                                         elem_id="question", max_lines=4,
                                         max_length=bot.settings.limits.max_question_chars)
                        send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
                    with gr.Row():
                        new = gr.Button("New conversation", elem_id="new-conversation", size="sm")
                        k = gr.Slider(1, 10, value=top_k, step=1, label="Passages to retrieve", elem_id="top-k")
                with gr.Column(scale=2):
                    panel = gr.HTML(render.EMPTY_PANEL, elem_id="source-panel")
                    whole = gr.Button("Show the whole document", size="sm", elem_id="show-document")
            target = gr.Textbox(elem_id="cite-target", elem_classes=["hidden-input"], show_label=False)

        outputs = [chat, session, box, panel]
        for trigger in (box.submit, send.click):
            trigger(ui.respond, [box, chat, session, k], outputs, api_visibility="private")
        target.input(ui.show_citation, [target, session], panel, api_visibility="private")
        whole.click(ui.show_document, [session], panel, api_visibility="private").then(
            None, js=render.SCROLL_TO_FOCUS, api_visibility="private")
        new.click(ui.new_conversation, None, [chat, session, panel], api_visibility="private")

        api_in = gr.Textbox(visible=False)
        api_out = gr.JSON(visible=False)
        gr.Button(visible=False).click(ui.api_chat, [api_in, session], [api_out, session], api_name="chat")
    return app


def launch(app: Any, *, host: str, port: int, auth: str | None = None, block: bool = True) -> Any:
    """Start the server; the page loads nothing from the internet (analytics off, no share link)."""
    credentials = None
    if auth:
        user, _, password = auth.partition(":")
        if not user or not password:
            raise AssistantError("--auth must be user:password")
        credentials = (user, password)
    app.queue(default_concurrency_limit=8)
    return app.launch(
        server_name=host, server_port=port, share=False, auth=credentials, prevent_thread_lock=not block,
        css=render.CSS, js=render.JS, footer_links=["api"], show_error=False, quiet=not block,
    )


def serve(settings: Settings, *, host: str, port: int, auth: str | None = None) -> None:
    bot = Assistant.from_config(settings)
    if not bot.index.built and settings.auto_ingest:
        print(f"Building the index from {settings.corpus_path} (first run) ...", flush=True)
    report = bot.ensure_index()
    if report is not None:
        print(report.summary(), flush=True)
    if host not in ("127.0.0.1", "localhost", "::1") and not auth:
        print(f"warning: serving on {host} without --auth: anyone who can reach it can use it", flush=True)
    print(f"Chat window: http://{'127.0.0.1' if host == '0.0.0.0' else host}:{port}", flush=True)
    launch(build_app(bot), host=host, port=port, auth=auth)
