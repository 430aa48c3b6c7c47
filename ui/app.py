"""The chat window (Gradio): layout and server. Handlers are in `handlers.py`, HTML in `render.py`.

Nothing is loaded from the internet: analytics are off, no share link, and the theme uses the
system's fonts instead of Google Fonts.
"""

import os
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported
import gradio as gr  # noqa: E402

from assistant import Assistant, AssistantError, Settings
from assistant.ingest import SUPPORTED_SUFFIXES

from . import render
from .handlers import ChatUI, DocumentsUI


def build_app(bot: Assistant, *, suite: Path | None = None) -> gr.Blocks:
    chat_ui, docs_ui = ChatUI(bot, suite=suite), DocumentsUI(bot)
    llm_ready = bot.llm is not None
    with gr.Blocks(title="Document assistant", analytics_enabled=False) as app:
        session = gr.State(None)  # a Session, made on first use (a factory would add a public endpoint)
        with gr.Tab("Chat", id="chat-tab"):
            with gr.Row():
                with gr.Column(scale=3):
                    chat = gr.Chatbot(elem_id="chat", height=560, show_label=False, feedback_options=("Like", "Dislike"),
                                      placeholder="Ask a question about the documents. Every answer cites its "
                                                  "passages; click a marker like [1] to read it.")
                    with gr.Row():
                        box = gr.Textbox(placeholder="Ask about the documents…", show_label=False, scale=8,
                                         elem_id="question", max_lines=4,
                                         max_length=bot.settings.limits.max_question_chars)
                        send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
                    with gr.Group(visible=False, elem_id="case-form") as case_form:
                        gr.Markdown("**Save as a test case** — what should the answer contain?")
                        case_question = gr.Textbox(label="Question", interactive=False, elem_id="case-question")
                        case_history = gr.Textbox(visible=False)
                        case_facts = gr.Textbox(label="Expected facts (one per line; alternatives separated by |)",
                                                lines=3, elem_id="case-facts")
                        case_answerable = gr.Checkbox(value=True, label="The documents answer this question",
                                                      elem_id="case-answerable")
                        case_save = gr.Button("Save test case", size="sm", elem_id="case-save")
                    case_status = gr.Markdown(elem_id="case-status")
                    with gr.Accordion("Settings", open=False, elem_id="settings"):
                        k = gr.Slider(1, 10, value=bot.settings.retrieval.top_k, step=1,
                                      label="Passages to retrieve", elem_id="top-k")
                        mode = gr.Radio(["extractive", "llm"], value=bot.settings.answer.mode if llm_ready else "extractive",
                                        label="Answer mode", interactive=llm_ready, elem_id="mode",
                                        info=None if llm_ready else "No language model configured (llm.provider)")
                    new = gr.Button("New conversation", elem_id="new-conversation", size="sm")
                with gr.Column(scale=2):
                    panel = gr.HTML(render.EMPTY_PANEL, elem_id="source-panel")
                    whole = gr.Button("Show the whole document", size="sm", elem_id="show-document")
            target = gr.Textbox(elem_id="cite-target", elem_classes=["hidden-input"], show_label=False)

        with gr.Tab("Documents", id="docs-tab") as docs_tab:
            docs_table = gr.Dataframe(headers=["source", "title", "passages", "indexed"], interactive=False,
                                      elem_id="docs-table", wrap=True)
            with gr.Row():
                files = gr.File(file_count="multiple", file_types=list(SUPPORTED_SUFFIXES), elem_id="upload",
                                label=f"Add documents ({', '.join(SUPPORTED_SUFFIXES)}; up to "
                                      f"{bot.settings.limits.max_file_mb:g} MB each)")
                with gr.Column():
                    upload = gr.Button("Upload and index", variant="primary", elem_id="upload-button")
                    to_remove = gr.Dropdown(choices=[], label="Remove a document", elem_id="remove-choice")
                    remove = gr.Button("Remove", elem_id="remove-button")
            docs_status = gr.Markdown(elem_id="docs-status")

        private: dict[str, Any] = {"api_visibility": "private"}
        outputs = [chat, session, box, panel]
        for trigger in (box.submit, send.click):
            trigger(chat_ui.respond, [box, chat, session, k, mode], outputs, **private)
        target.input(chat_ui.show_citation, [target, session], panel, **private)
        whole.click(chat_ui.show_document, [session], panel, **private).then(None, js=render.SCROLL_TO_FOCUS, **private)
        new.click(chat_ui.new_conversation, None, [chat, session, panel, case_form], **private)

        def on_like(state: Any, data: gr.LikeData) -> Any:
            return chat_ui.feedback(data, state)

        chat.like(on_like, [session], [case_form, case_question, case_history, case_status], **private)
        case_save.click(chat_ui.save_case, [case_question, case_history, case_facts, case_answerable],
                        [case_form, case_status], **private)

        def upload_files(paths: list[str] | None, progress: Any = gr.Progress()) -> Any:
            return docs_ui.upload(paths, progress)

        upload.click(upload_files, [files], [docs_status, docs_table, to_remove], **private)
        remove.click(docs_ui.remove, [to_remove], [docs_status, docs_table, to_remove], **private)
        refresh_docs = (lambda: (docs_ui.table(), docs_ui.choices()), None, [docs_table, to_remove])
        docs_tab.select(*refresh_docs, **private)
        app.load(*refresh_docs, **private)

        api_in, api_out = gr.Textbox(visible=False), gr.JSON(visible=False)
        gr.Button(visible=False).click(chat_ui.api_chat, [api_in, session], [api_out, session], api_name="chat")
    return app


def theme() -> Any:
    return gr.themes.Default(font=["ui-sans-serif", "system-ui", "sans-serif"],
                             font_mono=["ui-monospace", "SFMono-Regular", "monospace"])


def launch(app: Any, *, host: str, port: int, auth: str | None = None, block: bool = True,
           max_file_mb: float = 50.0) -> Any:
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
        css=render.CSS, js=render.JS, theme=theme(), footer_links=["api"], show_error=False, quiet=not block,
        max_file_size=f"{max_file_mb:g}mb",
    )


def serve(settings: Settings, *, host: str, port: int, auth: str | None = None, api_key: str | None = None) -> None:
    """`assistant serve`: the chat window with the HTTP API next to it, under uvicorn (`server.py`)."""
    from .server import serve as serve_all

    serve_all(settings, host=host, port=port, auth=auth, api_key=api_key)
