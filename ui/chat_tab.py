"""The Chat tab's layout and wiring: the conversation list (left), the chat (middle), the source
panel (right). Handlers are in `chat.py`, HTML in `render.py`; `app.build_app` calls `chat_tab`
inside its Blocks.

Every event here is private (no public API endpoint): the public /chat endpoint is made in app.py.
"""


from pathlib import Path
from typing import Any, Iterator

import gradio as gr

from assistant import Assistant

from . import render
from .chat import ChatUI, hidden_form
from .conversations import browser_secret

PRIVATE: dict[str, Any] = {"api_visibility": "private"}
PLACEHOLDER = ("Ask a question about the documents, or pick one below. Every answer cites its passages: "
               "hover a marker like [1] to preview the sentence, click it to read the passage.")


def _owner(chat_ui: ChatUI, request: gr.Request | None, browser_id: Any) -> str | None:
    """The login user when auth is on, else this browser's id."""
    return chat_ui.owner(getattr(request, "username", None) if request else None, browser_id)


SCROLL_TO_FORM = """() => { setTimeout(() => { const f = document.querySelector('#case-form');
  if (f && f.offsetParent !== null) f.scrollIntoView({block: 'center', behavior: 'smooth'}); }, 100); }"""


TAB_KEY = "assistant-conversation"
READ_TAB_CONVERSATION = f"() => sessionStorage.getItem('{TAB_KEY}') || ''"
KEEP_TAB_CONVERSATION = f"""(id) => {{ if (id) sessionStorage.setItem('{TAB_KEY}', id);
  else sessionStorage.removeItem('{TAB_KEY}'); }}"""


def chat_tab(app: gr.Blocks, bot: Assistant, *, suite: Path | None = None) -> tuple[ChatUI, gr.State]:
    """Build the tab (inside `app`'s context); returns its handlers and the per-tab session state."""
    chat_ui = ChatUI(bot, suite=suite)
    llm_ready = bot.llm is not None
    session = gr.State(None)  # a Session, made on first use (a factory would add a public endpoint)
    # this browser's id, kept in localStorage under a fixed key and encrypted with a key kept in the
    # data folder, so the browser finds its conversations again after a server restart
    browser = gr.BrowserState("", storage_key="assistant-browser-id", secret=browser_secret(bot.settings.data_path))
    with gr.Tab("Chat", id="chat-tab") as tab:
        with gr.Row():
            with gr.Column(scale=1, min_width=200, elem_id="sidebar"):
                new = gr.Button("New conversation", elem_id="new-conversation", size="sm", variant="primary")
                convs = gr.Radio(choices=[], label="Your conversations", elem_id="conversations")
                title = gr.Textbox(label="Title of this conversation", elem_id="conversation-title", max_lines=1)
                with gr.Row():
                    rename = gr.Button("Rename", size="sm", elem_id="rename-conversation")
                    delete = gr.Button("Delete", size="sm", variant="stop", elem_id="delete-conversation")
                with gr.Row(visible=False, elem_id="confirm-delete-row") as confirm_row:  # no undo: asked first
                    confirm_delete = gr.Button("Delete it", size="sm", variant="stop", elem_id="confirm-delete")
                    keep = gr.Button("Keep it", size="sm", elem_id="keep-conversation")
            with gr.Column(scale=3):
                # autoscroll off: it keeps the chat at the bottom, which for a long answer is its end, and
                # undoes any other scrolling; SCROLL_TO_ANSWER does it instead (see below)
                chat = gr.Chatbot(elem_id="chat", height=520, show_label=False, feedback_options=("Like", "Dislike"),
                                  editable="user", latex_delimiters=[], placeholder=PLACEHOLDER, autoscroll=False)
                scope = gr.Dropdown(choices=[], value=[], multiselect=True, label="Search in",
                                    info="Limit this conversation to some documents; none chosen: all of them",
                                    elem_id="scope")
                with gr.Row():
                    box = gr.Textbox(placeholder="Ask about the documents…", show_label=False, scale=8,
                                     elem_id="question", max_lines=4)  # no maxlength: a long paste is cut
                    # silently there; the assistant's own error says how long it is and what the limit is
                    send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
                with gr.Group(visible=False, elem_id="case-form") as case_form:
                    gr.Markdown("**Save as a test case** — what should the answer contain?")
                    case_question = gr.Textbox(label="Question", interactive=False, elem_id="case-question")
                    case_history = gr.Textbox(visible=False)
                    case_facts = gr.Textbox(label="Expected facts (one per line; alternatives separated by |)",
                                            lines=3, elem_id="case-facts")
                    case_answerable = gr.Checkbox(value=True, label="The documents answer this question",
                                                  elem_id="case-answerable")
                    with gr.Row():
                        case_save = gr.Button("Save test case", size="sm", elem_id="case-save")
                        case_cancel = gr.Button("Cancel", size="sm", elem_id="case-cancel")
                case_status = gr.Markdown(elem_id="case-status")
                with gr.Accordion("Settings", open=False, elem_id="settings"):
                    k = gr.Slider(1, 10, value=bot.settings.retrieval.top_k, step=1,
                                  label="Passages to retrieve", elem_id="top-k",
                                  info="Left here, questions that gather several points read more")
                    mode = gr.Radio(["extractive", "llm"], value=bot.settings.answer.mode if llm_ready else "extractive",
                                    label="Answer mode", interactive=llm_ready, elem_id="mode",
                                    info=None if llm_ready else "No language model configured (llm.provider)")
            with gr.Column(scale=2):
                panel = gr.HTML(render.EMPTY_PANEL, elem_id="source-panel")
                whole = gr.Button("Show the whole document", size="sm", elem_id="show-document")
        target = gr.Textbox(elem_id="cite-target", elem_classes=["hidden-input"], show_label=False)
        # the conversation this tab shows, as the tab's sessionStorage keeps it across a reload
        tab_conversation = gr.Textbox(elem_id="tab-conversation", elem_classes=["hidden-input"], show_label=False)

    asking = [session, k, mode, scope, browser]
    answered = [chat, session, box, panel, convs, title]

    def respond(message: str, state: Any, k_: float, mode_: str, scope_: Any, browser_id: Any,
                request: gr.Request) -> Iterator[Any]:
        yield from chat_ui.respond(message, state, k_, mode_, scope_, _owner(chat_ui, request, browser_id))

    def regenerate(state: Any, k_: float, mode_: str, scope_: Any, browser_id: Any, request: gr.Request) -> Iterator[Any]:
        yield from chat_ui.regenerate(state, k_, mode_, scope_, _owner(chat_ui, request, browser_id))

    def edit(state: Any, k_: float, mode_: str, scope_: Any, browser_id: Any, data: gr.EditData,
             request: gr.Request) -> Iterator[Any]:
        yield from chat_ui.edit(data.index, data.value, state, k_, mode_, scope_, _owner(chat_ui, request, browser_id))

    def starter(state: Any, k_: float, mode_: str, scope_: Any, browser_id: Any, data: gr.SelectData,
                request: gr.Request) -> Iterator[Any]:
        value = data.value if isinstance(data.value, dict) else {"text": data.value}
        yield from chat_ui.respond(str(value.get("text") or ""), state, k_, mode_, scope_,
                                   _owner(chat_ui, request, browser_id))

    for trigger in (box.submit, send.click):
        trigger(respond, [box, *asking], answered, **PRIVATE)
    chat.retry(regenerate, asking, answered, **PRIVATE)
    chat.edit(edit, asking, answered, **PRIVATE)
    chat.example_select(starter, asking, answered, **PRIVATE)
    # whenever the messages change (a question sent, each streamed piece, the final answer, a reopened
    # conversation): the newest question at the top of the chat, its answer's start below it
    chat.change(None, js=render.SCROLL_TO_ANSWER, **PRIVATE)

    # .change, not .input: a value set by script never fires the textbox's input event (the old
    # wiring did nothing for that reason too); the nonce in the value makes each click a change
    target.change(chat_ui.show_citation, [target, session], panel, **PRIVATE)
    whole.click(chat_ui.show_document, [session], panel, **PRIVATE).then(None, js=render.SCROLL_TO_FOCUS, **PRIVATE)

    reset = [chat, session, panel, case_form, convs, scope, title]

    def new_conversation(browser_id: Any, request: gr.Request) -> Any:
        return chat_ui.new_conversation(_owner(chat_ui, request, browser_id))

    def open_conversation(conversation_id: str | None, browser_id: Any, request: gr.Request) -> Any:
        return chat_ui.open_conversation(conversation_id, _owner(chat_ui, request, browser_id))

    def rename_conversation(new_title: str, state: Any, browser_id: Any, request: gr.Request) -> Any:
        return chat_ui.rename(new_title, state, _owner(chat_ui, request, browser_id))

    def delete_conversation(state: Any, browser_id: Any, request: gr.Request) -> Any:
        return chat_ui.delete(state, _owner(chat_ui, request, browser_id))

    asking = (lambda: (gr.update(visible=False), gr.update(visible=True)), None, [delete, confirm_row])
    # a pending "Delete it?" is withdrawn when another conversation is shown: it would delete that one
    asked = (lambda: (gr.update(visible=True), gr.update(visible=False)), None, [delete, confirm_row])
    new.click(new_conversation, [browser], reset, **PRIVATE).then(*asked, **PRIVATE)
    # the chat's own trash icon: it emptied the view and the next question went on the hidden
    # conversation (a blind user test); it starts a new one, the old one stays saved
    chat.clear(new_conversation, [browser], reset, **PRIVATE).then(*asked, **PRIVATE)
    convs.input(open_conversation, [convs, browser], reset, **PRIVATE).then(*asked, **PRIVATE)
    for trigger in (rename.click, title.submit):
        trigger(rename_conversation, [title, session, browser], [convs, session], **PRIVATE)
    delete.click(*asking, **PRIVATE)
    keep.click(*asked, **PRIVATE)
    confirm_delete.click(delete_conversation, [session, browser], reset, **PRIVATE).then(*asked, **PRIVATE)

    def on_load(browser_id: Any, request: gr.Request) -> Any:
        browser_id = chat_ui.browser_id(browser_id)
        return browser_id, chat_ui.conversation_list(_owner(chat_ui, request, browser_id)), chat_ui.document_choices()

    def reopen(conversation_id: str, browser_id: Any, request: gr.Request) -> Any:
        owner = _owner(chat_ui, request, browser_id)
        if not conversation_id or chat_ui.store.load(owner, conversation_id) is None:
            return (gr.skip(),) * len(reset)  # a new tab, or its conversation deleted meanwhile
        return chat_ui.open_conversation(conversation_id, owner)

    # a reload reopens the conversation this tab showed (sessionStorage is per tab: reopening the
    # latest one in every tab let two tabs write over each other's turns); a new tab starts afresh
    app.load(None, None, [tab_conversation], js=READ_TAB_CONVERSATION, **PRIVATE).then(
        on_load, [browser], [browser, convs, scope], **PRIVATE).then(
        reopen, [tab_conversation, browser], reset, **PRIVATE)
    # whichever way the shown conversation changes (a first answer saved, one opened, a new one)
    convs.change(None, [convs], None, js=KEEP_TAB_CONVERSATION, **PRIVATE)
    # apart: finding starters asks each candidate once (a second or two), which must not delay the id
    app.load(chat_ui.starter_examples, None, [chat], **PRIVATE)
    # documents may have been added or removed in the Documents tab meanwhile
    tab.select(lambda chosen: (chat_ui.document_choices(chosen), chat_ui.starter_examples()),
               [scope], [scope, chat], **PRIVATE)

    def on_like(state: Any, data: gr.LikeData) -> Any:
        return chat_ui.feedback(data, state)

    # the form opens below the question box, out of sight on a laptop screen: it is scrolled to
    chat.like(on_like, [session], [case_form, case_question, case_history, case_status], **PRIVATE).then(
        None, js=SCROLL_TO_FORM, **PRIVATE)
    case_cancel.click(lambda: (hidden_form(), ""), None, [case_form, case_status], **PRIVATE)
    case_save.click(chat_ui.save_case, [case_question, case_history, case_facts, case_answerable],
                    [case_form, case_status], **PRIVATE)
    return chat_ui, session
