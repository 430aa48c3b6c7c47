"""The chat window (Gradio): layout and server. The Chat tab is `chat_tab.py` (handlers in `chat.py`),
the Documents tab's handlers are in `handlers.py`, HTML in `render.py`.

Nothing is loaded from the internet: analytics are off, no share link, and the theme uses the
system's fonts instead of Google Fonts.
"""

import os
from pathlib import Path
from typing import Any

import gradio as gr

from assistant import Assistant, AssistantError, Settings
from assistant.ingest import SUPPORTED_SUFFIXES

from . import render
from .chat_tab import chat_tab
from .handlers import DocumentsUI


def build_app(bot: Assistant, *, suite: Path | None = None) -> gr.Blocks:
    # Gradio reads this when it would report (not at import); the Blocks below say so too
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    docs_ui = DocumentsUI(bot)
    with gr.Blocks(title="Document assistant", analytics_enabled=False) as app:
        chat_ui, session = chat_tab(app, bot, suite=suite)

        with gr.Tab("Documents", id="docs-tab") as docs_tab:
            docs_table = gr.Dataframe(headers=["source", "title", "passages", "indexed"], interactive=False,
                                      elem_id="docs-table", wrap=True,
                                      column_widths=["28%", "46%", "12%", "14%"])  # "passages" had wrapped to "pas/sag/es"
            with gr.Row():
                files = gr.File(file_count="multiple", file_types=list(SUPPORTED_SUFFIXES), elem_id="upload",
                                label=f"Add documents ({', '.join(SUPPORTED_SUFFIXES)}; up to "
                                      f"{bot.settings.limits.max_file_mb:g} MB each)")
                with gr.Column():
                    upload = gr.Button("Upload and index", variant="primary", elem_id="upload-button")
                    to_remove = gr.Dropdown(choices=[], label="Remove a document", elem_id="remove-choice")
                    remove = gr.Button("Remove", elem_id="remove-button")
                    with gr.Row(visible=False, elem_id="confirm-remove-row") as confirm_row:  # asked first
                        confirm_remove = gr.Button("Remove it", variant="stop", elem_id="confirm-remove")
                        keep = gr.Button("Keep it", elem_id="keep-document")
            docs_status = gr.Markdown(elem_id="docs-status")

        private: dict[str, Any] = {"api_visibility": "private"}

        def upload_files(paths: list[str] | None, progress: Any = gr.Progress()) -> Any:
            try:  # the box is emptied: a second click uploaded the same files again
                return (*docs_ui.upload(paths, progress), None)
            finally:
                docs_ui.forget_uploads(paths)

        upload.click(upload_files, [files], [docs_status, docs_table, to_remove, files], **private)
        # removing asks first (a blind user test: one click, and the document was gone from the index)
        asking = (lambda chosen: (gr.update(visible=not chosen), gr.update(visible=bool(chosen)),
                                  f"Remove {chosen} from the index?" if chosen else "Choose a document to remove."),
                  [to_remove], [remove, confirm_row, docs_status])
        asked = (lambda: (gr.update(visible=True), gr.update(visible=False)), None, [remove, confirm_row])
        remove.click(*asking, **private)
        keep.click(*asked, **private)
        to_remove.change(*asked, **private)  # a confirmation is for the document it named
        confirm_remove.click(docs_ui.remove, [to_remove], [docs_status, docs_table, to_remove], **private).then(
            *asked, **private)
        refresh_docs = (lambda: (docs_ui.table(), docs_ui.choices()), None, [docs_table, to_remove])
        docs_tab.select(*refresh_docs, **private)
        app.load(*refresh_docs, **private)

        api_in, api_out = gr.Textbox(visible=False), gr.JSON(visible=False)
        gr.Button(visible=False).click(chat_ui.api_chat, [api_in, session], [api_out, session], api_name="chat")
    return app


def theme() -> Any:
    return gr.themes.Default(font=["ui-sans-serif", "system-ui", "sans-serif"],
                             font_mono=["ui-monospace", "SFMono-Regular", "monospace"])


def messages() -> gr.I18n:
    """Words Gradio's English messages lack: it announces a finished event to screen readers by the
    key "common.complete" (Gradio 6.31), which a blind user test read on the page."""
    return gr.I18n(en={"common.complete": "Done", "common.error": "Something went wrong"})


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
        max_file_size=f"{max_file_mb:g}mb", i18n=messages(),
    )


def serve(settings: Settings, *, host: str, port: int, auth: str | None = None, api_key: str | None = None) -> None:
    """`assistant serve`: the chat window with the HTTP API next to it, under uvicorn (`server.py`)."""
    from .server import serve as serve_all

    serve_all(settings, host=host, port=port, auth=auth, api_key=api_key)
