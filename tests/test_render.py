"""HTML rendering of answers and sources: markers become links, documents never become markup."""

from __future__ import annotations

import json
from types import SimpleNamespace

from assistant import Answer, Assistant, Citation
from assistant.types import AnswerSentence
from ui import render


def test_answer_markers_link_to_their_passages(corpus_bot: Assistant) -> None:
    a = corpus_bot.ask("Which minerals does Pakistan have significant deposits of?")
    html = render.answer_html(a, turn=3)
    # the chat's sanitizer keeps href, class and title (data-* is dropped): the target is in the fragment
    assert 'class="cite" href="#cite-3-1" title="“Pakistan possesses significant deposits' in html
    assert "data-" not in html
    assert "Pakistan’s Mineral Wealth" in html and "pakistan-us-critical-minerals.md" in html
    panel = render.source_panel_html(a.citations[0])
    assert "<mark>Pakistan possesses significant deposits" in panel


def test_refusal_looks_different_and_offers_related_passages(corpus_bot: Assistant) -> None:
    a = corpus_bot.ask("Who won the 2022 World Cup?")
    html = render.answer_html(a, turn=0)
    assert "refusal" in html and "Not in the documents" in html and "Related, but not an answer" in html
    assert 'class="cite related" href="#cite-0-r1"' in html and 'href="#cite-0-r3"' in html
    # what was searched, each related passage with a short excerpt of its text, and a hint
    assert 'searched for: Who won the 2022 World Cup?' in html
    assert html.count('class="excerpt"') == len(a.related) == 3
    first = " ".join(a.related[0].text.split())[:40]
    assert render.escape(first) in html and "Try other words" in html


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
    # a question that cannot be asked (too long) never enters the conversation: a warning says so
    *_, (chat, session, box, panel, _, _) = list(ui.respond("why " * 1000, None, 5, "extractive"))
    assert session.answers == [] and not session.conv.turns

    # an unexpected failure underneath (here: the store closed under a live assistant)
    settings = corpus_bot.settings.model_copy(update={"index_dir": corpus_copy})
    broken = Assistant.from_config(settings, embedder=corpus_bot.index.embedder)
    broken.close()
    *_, (chat, session, *_) = list(ChatUI(broken).respond("What is CPEC?", None, 5, "extractive"))
    message = chat[-1]["content"]
    assert 'class="answer error"' in message and "Something went wrong (" in message and "Traceback" not in message
    assert session.answers == [None]  # the failed turn is kept aligned with the chat, not lost

    # thumbs-down on the answer after the failed turn names that answer's own question
    *_, (chat, session, *_) = list(ui.respond("What is CPEC?", session, 5, "extractive"))
    ui.feedback_log = corpus_copy / "feedback.jsonl"
    form, question, history, _ = ui.feedback(SimpleNamespace(index=len(chat) - 1, liked=False), session)
    assert question == "What is CPEC?" and json.loads(history) == []


def _cite(marker: int, text: str, quote: str, **kw: object) -> Citation:
    base = dict(chunk_id=f"c{marker}", source="notes.md", title="Field Notes", section="Metals", page=None,
                score=0.5)
    base.update(kw)
    return Citation(marker=marker, text=text, quote=quote, **base)  # type: ignore[arg-type]


def test_source_footnotes_read_as_footnotes_not_as_citations() -> None:
    passage = "Cobalt is scarce.[1] Nickel is common.[12] See also [3]."
    c = _cite(1, passage, "Cobalt is scarce.[1]")
    panel = render.source_panel_html(c, turn=0).split('class="passage"')[1]
    assert "[1]" not in panel and "[12]" not in panel and "[3]" not in panel
    assert '<sup class="fn"' in panel and ">12</sup>" in panel
    assert "<mark>Cobalt is scarce.</mark>" in panel  # the footnote is not part of the highlight text
    # in an answer: "[1]" after a space is our marker; glued to a word, or naming no citation, a footnote
    a = Answer(text="Cobalt is scarce.[7] [1]", citations=(c,), refused=False, query="q")
    html = render.answer_html(a, turn=2)
    assert html.count('class="cite"') == 2  # the marker in the text and in the sources list
    assert '>7</sup>' in html and "[7]" not in html
    assert "“Cobalt is scarce.” — Metals" in html  # the hover preview, without the footnote
    doc = render.document_html([SimpleNamespace(id="x", text=passage, section=None, page=None, title="T",
                                                source="s")], focus=None)  # type: ignore[list-item]
    assert "[12]" not in doc and ">12</sup>" in doc


def test_sources_name_each_document_once_then_its_sections() -> None:
    cites = (_cite(1, "a", "a", section="Metals"), _cite(2, "b", "b", section="Mining › Costs", page=4),
             _cite(3, "c", "c", source="other.md", title="Other Report", section=None))
    html = render.sources_html(5, cites)
    assert html.count("Field Notes") == 1 and html.count("notes.md") == 1 and html.count("Other Report") == 1
    assert "Mining › Costs · page 4" in html and "a part with no heading" in html
    # a passage with no heading is the document's opening only if it comes first
    assert "opening of the document" not in html
    first, later = (SimpleNamespace(section=None, page=None, position=n) for n in (0, 5))
    assert render._section(first) == "opening of the document"  # type: ignore[arg-type]
    assert render._section(later) == "a part with no heading"  # type: ignore[arg-type]
    assert 'href="#cite-5-2"' in html


def test_the_score_is_explained_and_the_panel_names_its_answer() -> None:
    panel = render.source_panel_html(_cite(2, "Cobalt is scarce.", "Cobalt is scarce.", score=0.94), turn=1)
    assert "Passage [2] of answer 2" in panel and "Field Notes" in panel and "notes.md" in panel
    assert f'title="{render.SCORE_TIP}">match 0.94' in panel and "score 0.94" not in panel
    # a passage brought by another's lead-in has no match of its own: it says which one brought it
    brought = render.source_panel_html(_cite(3, "Silica dust.", "Silica dust.", score=0.94, introduced=True, via=1),
                                       turn=1)
    assert ">introduced by [1]</span>" in brought and "match" not in brought and "0.94" not in brought
    # ... also when the answer does not cite that lead-in (an LLM cites what it used)
    alone = render.source_panel_html(_cite(3, "Silica dust.", "Silica dust.", score=0.94, introduced=True), turn=1)
    assert ">introduced by a passage before it</span>" in alone and "0.94" not in alone
    # a passage read because it is in the section of one found (a gathered answer) says so too
    near = render.source_panel_html(_cite(4, "Publish MoUs.", "Publish MoUs.", score=0.94, in_section=True,
                                          in_section_of=2), turn=1)
    assert ">in the section of [2]</span>" in near and "match" not in near and "0.94" not in near
    unnamed = render.source_panel_html(_cite(4, "Publish MoUs.", "Publish MoUs.", score=0.94, in_section=True), turn=1)
    assert ">in the section of a passage found</span>" in unnamed and "0.94" not in unnamed


def test_each_answer_says_which_mode_made_it() -> None:
    c = _cite(1, "Cobalt is scarce.", "Cobalt is scarce.")
    extractive = Answer(text="Cobalt is scarce. [1]", citations=(c,), refused=False, query="q")
    assert "From the documents" in render.answer_html(extractive, 0, "q")
    llm = Answer(text="Cobalt is rare. [1]", citations=(c,), refused=False, query="q", mode="llm",
                 sentences=(AnswerSentence("Cobalt is rare.", (1,), True, 0.8),))
    assert "Written by the LLM" in render.answer_html(llm, 0, "q")
    failed = Answer(text="Cobalt is scarce. [1]", citations=(c,), refused=False, query="q",
                    notice="the LLM timed out. The answer below was extracted from the documents instead.", fallback=True)
    html = render.answer_html(failed, 0, "q")
    assert "LLM failed — answer from the documents" in html and "timed out" in html
    # a blind user test: a question limited to the document it names carries a notice, and read "LLM failed"
    scoped = Answer(text="Cobalt is scarce. [1]", citations=(c,), refused=False, query="q",
                    notice="Only Cobalt Brief (cobalt.md) was searched: the question names it.")
    html = render.answer_html(scoped, 0, "q")
    assert "From the documents" in html and "LLM failed" not in html and "Only Cobalt Brief" in html
    assert "mode" not in render.answer_html(Answer(text="Hi!", citations=(), refused=False, query="",
                                                   mode="smalltalk"), 0)


def test_a_scoped_answer_says_where_it_searched_and_nothing_breaks_the_html_block() -> None:
    c = _cite(1, "line one\n\nline two", "line one")
    a = Answer(text="line one [1]", citations=(c,), refused=False, query="q")
    html = render.answer_html(a, 0, "q", scope=("notes.md",))
    assert "searched for: q · in notes.md" in html
    assert "\n" not in html  # a blank line would end the chat message's HTML block in Markdown
