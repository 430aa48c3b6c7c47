"""HTML rendering of answers and sources: markers become links, documents never become markup."""

from __future__ import annotations

import json
from types import SimpleNamespace

from assistant import Answer, Assistant
from ui import render


def test_answer_markers_link_to_their_passages(corpus_bot: Assistant) -> None:
    a = corpus_bot.ask("Which minerals does Pakistan have significant deposits of?")
    html = render.answer_html(a, turn=3)
    assert 'class="cite" href="#" data-turn="3" data-marker="1"' in html
    assert "Pakistan’s Mineral Wealth" in html and "pakistan-us-critical-minerals.md" in html
    panel = render.source_panel_html(a.citations[0])
    assert "<mark>Pakistan possesses significant deposits" in panel


def test_refusal_looks_different_and_offers_related_passages(corpus_bot: Assistant) -> None:
    a = corpus_bot.ask("Who won the 2022 World Cup?")
    html = render.answer_html(a, turn=0)
    assert "refusal" in html and "Not in the documents" in html and "Related, but not an answer" in html
    assert 'data-marker="r1"' in html


def test_document_text_is_escaped() -> None:
    evil = Answer(text="<script>alert(1)</script> [1]", citations=(), refused=False, query="<b>q</b>")
    html = render.answer_html(evil, turn=0)
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>q</b>" not in html
    assert render.highlight("a <img src=x onerror=alert(1)> b", "<img") .count("<img") == 0


def test_whole_document_marks_the_focused_passage(corpus_bot: Assistant) -> None:
    chunks = corpus_bot.chunks_of("pakistan-us-critical-minerals.md")
    focus = chunks[5]
    html = render.document_html(chunks, focus.id, focus.sentences[0])
    assert html.count('id="focus"') == 1 and "<mark>" in html
    assert html.index(chunks[0].text[:30]) < html.index('id="focus"')


def test_errors_reach_the_chat_as_readable_messages(corpus_bot: Assistant, corpus_copy) -> None:
    from ui.handlers import ChatUI

    ui = ChatUI(corpus_bot)
    *_, (chat, session, box, panel) = list(ui.respond("why " * 1000, [], None, 5, "extractive"))
    message = chat[-1]["content"]
    assert 'class="answer error"' in message and "limit" in message and "Traceback" not in message
    assert session.answers == [None]  # the failed turn is kept aligned with the chat, not lost

    # thumbs-down on the answer after the failed turn names that answer's own question
    *_, (chat, session, _, _) = list(ui.respond("What is CPEC?", chat, session, 5, "extractive"))
    ui.feedback_log = corpus_copy / "feedback.jsonl"
    form, question, history, _ = ui.feedback(SimpleNamespace(index=len(chat) - 1, liked=False), session)
    assert question == "What is CPEC?" and json.loads(history) == []

    # an unexpected failure underneath (here: the store closed under a live assistant)
    settings = corpus_bot.settings.model_copy(update={"index_dir": corpus_copy})
    broken = Assistant.from_config(settings, embedder=corpus_bot.index.embedder)
    broken.close()
    *_, (chat, _, _, _) = list(ChatUI(broken).respond("What is CPEC?", [], None, 5, "extractive"))
    assert "Something went wrong (" in chat[-1]["content"] and "Traceback" not in chat[-1]["content"]
