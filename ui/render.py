"""HTML for the chat window: answers with clickable markers, the source panel, whole documents.

Pure functions of public API values (`Answer`, `Citation`, `Chunk`), so they are tested without
a browser. Every piece of document text is escaped: a document is data, never markup.
"""

from __future__ import annotations

import html
import re
from typing import Sequence

from assistant import Answer, Chunk, Citation

_MARKER = re.compile(r"\[(\d{1,3})\]")


def _e(text: str | None) -> str:
    return html.escape(text or "", quote=True)


escape = _e


def streaming_html(partial: str) -> str:
    """Text still arriving: shown plain, with a cursor; the verified answer replaces it."""
    return f'<div class="answer streaming">{_e(partial)}<span class="cursor">▍</span></div>'


def error_html(message: str) -> str:
    return f'<div class="answer error">{_e(message)}</div>'


def where(c: Citation | Chunk) -> str:
    parts = [p for p in (c.title, c.section) if p]
    page = f" · page {c.page}" if c.page else ""
    return " › ".join(parts) + page


def answer_html(answer: Answer, turn: int, question: str | None = None) -> str:
    """The assistant's message: the answer with [n] links, then the numbered sources. The
    searched-for query is shown when it differs from the question (a rewritten follow-up)."""
    if answer.mode == "smalltalk":
        return f'<div class="answer smalltalk">{_e(answer.text)}</div>'
    out = []
    if answer.query and answer.query != (question or "").strip():
        out.append(f'<div class="searched">searched for: {_e(answer.query)}</div>')
    if answer.refused:
        out.append('<div class="answer refusal"><span class="badge">Not in the documents</span> '
                   f'{_e(answer.text)}</div>')
        if answer.related:
            items = "".join(
                f'<li><a class="cite related" href="#" data-turn="{turn}" data-marker="r{c.marker}">'
                f"{_e(where(c))}</a></li>" for c in answer.related
            )
            out.append(f'<div class="related"><div class="related-title">Related, but not an answer:</div>'
                       f"<ul>{items}</ul></div>")
    else:
        text = _MARKER.sub(
            lambda m: f'<a class="cite" href="#" data-turn="{turn}" data-marker="{m.group(1)}" '
                      f'title="show passage {m.group(1)}">[{m.group(1)}]</a>',
            _e(answer.text),
        )
        unverified = [s for s in answer.sentences if not s.verified]
        if answer.short_answer:  # the reader's short span, cited, as the first line
            short = _MARKER.sub(
                lambda m: f'<a class="cite" href="#" data-turn="{turn}" data-marker="{m.group(1)}" '
                          f'title="show passage {m.group(1)}">[{m.group(1)}]</a>',
                _e(answer.short_answer),
            )
            out.append(f'<div class="short-answer">{short}</div>')
        out.append(f'<div class="answer">{text}</div>')
        if unverified:
            out.append(f'<div class="warning">{len(unverified)} sentence(s) could not be verified against '
                       "their sources and were removed.</div>")
        if answer.citations:
            items = "".join(
                f'<li><a class="cite" href="#" data-turn="{turn}" data-marker="{c.marker}">[{c.marker}]</a> '
                f'<span class="src">{_e(where(c))}</span> <span class="file">{_e(c.source)}</span></li>'
                for c in answer.citations
            )
            out.append(f'<ol class="sources">{items}</ol>')
    if answer.notice:
        out.append(f'<div class="notice">{_e(answer.notice)}</div>')
    return "\n".join(out)


def highlight(text: str, quote: str, span: tuple[int, int] | None = None) -> str:
    """The passage with the sentences the answer relies on wrapped in <mark>, and the reader's
    answer span (character offsets into `text`) inside them in <strong class="answer-span">."""
    marked = [False] * len(text)
    for part in [q.strip() for q in quote.split(" … ") if q.strip()]:
        at = text.find(part)
        if at >= 0:
            marked[at:at + len(part)] = [True] * len(part)
    spanned = [False] * len(text)
    if span and 0 <= span[0] < span[1] <= len(text):
        spanned[span[0]:span[1]] = [True] * (span[1] - span[0])
    out, i = [], 0
    while i < len(text):  # runs of equal (marked, spanned), each wrapped on its own: valid nesting
        j = i
        while j < len(text) and (marked[j], spanned[j]) == (marked[i], spanned[i]):
            j += 1
        piece = _e(text[i:j])
        if spanned[i]:
            piece = f'<strong class="answer-span">{piece}</strong>'
        if marked[i]:
            piece = f"<mark>{piece}</mark>"
        out.append(piece)
        i = j
    return "".join(out).replace("\n", "<br>")


def source_panel_html(c: Citation, *, related: bool = False) -> str:
    label = "Related passage" if related else f"Passage [{c.marker}]"
    return (
        f'<div class="source-panel" data-chunk="{_e(c.chunk_id)}">'
        f'<div class="source-head"><b>{label}</b> · {_e(where(c))}</div>'
        f'<div class="source-file">{_e(c.source)} · score {c.score:.2f}</div>'
        f'<div class="passage">{highlight(c.text, c.quote, c.span)}</div></div>'
    )


def document_html(chunks: Sequence[Chunk], focus: str | None, quote: str = "",
                  span: tuple[int, int] | None = None) -> str:
    """A whole document from its passages in reading order; the focused one is marked and is the
    scroll target."""
    if not chunks:
        return '<div class="source-panel">This document is no longer in the index.</div>'
    parts = [f'<div class="doc-title">{_e(chunks[0].title)}</div>', f'<div class="source-file">{_e(chunks[0].source)}</div>']
    section = page = None
    for c in chunks:
        if c.page != page and c.page is not None:
            page = c.page
            parts.append(f'<div class="page-break">page {page}</div>')
        if c.section != section:
            section = c.section
            if section:
                parts.append(f'<div class="doc-section">{_e(section)}</div>')
        focused = c.id == focus
        body = highlight(c.text, quote, span) if focused else _e(c.text).replace("\n", "<br>")
        attrs = ' id="focus" class="doc-chunk focus"' if focused else ' class="doc-chunk"'
        parts.append(f"<div{attrs}>{body}</div>")
    return '<div class="source-panel document">' + "\n".join(parts) + "</div>"


EMPTY_PANEL = ('<div class="source-panel empty">Click a citation marker such as [1] to see the passage '
               "it points to.</div>")

CSS = """
.hidden-input { display: none !important; }
.searched { font-size: 0.8em; opacity: 0.7; margin-bottom: 4px; font-style: italic; }
.answer.refusal { border-left: 4px solid #d97706; padding-left: 8px; }
.refusal .badge { background: #d97706; color: white; border-radius: 4px; padding: 1px 6px; font-size: 0.8em; }
.related-title { font-size: 0.85em; margin-top: 6px; opacity: 0.8; }
a.cite { text-decoration: none; font-weight: 600; cursor: pointer; }
ol.sources { font-size: 0.85em; margin-top: 8px; padding-left: 0; list-style: none; }
ol.sources .file { opacity: 0.6; }
.notice, .warning { font-size: 0.8em; color: #b45309; margin-top: 4px; }
.answer.error { color: #b91c1c; }
.streaming .cursor { opacity: 0.6; }
.related ul { margin: 2px 0 0 0; padding-left: 18px; font-size: 0.85em; }
.related a.cite { font-weight: 500; }
.source-panel { font-size: 0.95em; line-height: 1.5; }
.source-panel .source-file { font-size: 0.8em; opacity: 0.7; margin-bottom: 8px; }
.source-panel mark { background: #fde68a; color: inherit; padding: 0 2px; }
.source-panel .answer-span { background: #f59e0b; color: #111; border-radius: 2px; }
.short-answer { font-weight: 700; margin-bottom: 4px; }
.source-panel.document { max-height: 70vh; overflow-y: auto; }
.doc-title { font-weight: 700; font-size: 1.1em; }
.doc-section { font-weight: 600; margin-top: 10px; }
.doc-chunk { margin: 6px 0; }
.doc-chunk.focus { outline: 2px solid #f59e0b; border-radius: 4px; padding: 4px; }
.page-break { font-size: 0.75em; opacity: 0.6; border-top: 1px dashed #999; margin-top: 8px; }
"""

# Clicking a marker writes "turn:marker" into a hidden textbox; its input event asks Python for
# the passage. One delegated listener covers messages rendered later.
JS = """
() => {
  document.addEventListener('click', (ev) => {
    const a = ev.target.closest && ev.target.closest('a.cite');
    if (!a) return;
    ev.preventDefault();
    const box = document.querySelector('#cite-target textarea, #cite-target input');
    if (!box) return;
    box.value = a.dataset.turn + ':' + a.dataset.marker + ':' + Date.now();
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, true);
}
"""

SCROLL_TO_FOCUS = "() => { const el = document.getElementById('focus'); if (el) el.scrollIntoView({block: 'center'}); }"
