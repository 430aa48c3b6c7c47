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
_MARKER_RUN = re.compile(r"(?:\[\d{1,3}\])+")  # "[1]" or "[1][2]"
# in a document every bracketed number is the source's own footnote marker
_FOOTNOTE_IN_TEXT = re.compile(r"\s?\[\d{1,3}\]")


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


def _section(c: Citation | Chunk) -> str:
    """Where in its document a passage is; the document's title is shown once, elsewhere."""
    page = f" · page {c.page}" if c.page else ""
    # a passage of a document without headings is its opening only if it comes first (a blind user
    # test saw every passage of an email thread, its last message too, called the opening)
    where = c.section or ("opening of the document" if getattr(c, "position", None) == 0 else "a part with no heading")
    return where + page


def _plain(text: str, limit: int) -> str:
    """Document text as one short line (tooltips, excerpts): footnote markers dropped, whitespace
    collapsed (a blank line inside a chat message would end its HTML block), cut at a word."""
    text = " ".join(_FOOTNOTE_IN_TEXT.sub("", text).split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def preview(c: Citation) -> str:
    """What hovering a marker shows: the cited sentence (a related passage: its opening) and where."""
    return f"“{_plain(c.quote or c.text, 280)}” — {_section(c)}"


def cite_link(turn: int, c: Citation, related: bool = False) -> str:
    """A marker. Gradio's chat sanitizer drops data-* attributes but keeps href, class and title, so
    the turn and marker travel in the fragment (#cite-<turn>-<marker>, "r<n>" for a related passage)."""
    key = f"r{c.marker}" if related else str(c.marker)
    label = _e(_section(c)) if related else f"[{c.marker}]"
    cls = "cite related" if related else "cite"
    return f'<a class="{cls}" href="#cite-{turn}-{key}" title="{_e(preview(c))}">{label}</a>'


def footnote(n: str) -> str:
    return f'<sup class="fn" title="footnote {n} of the source document">{n}</sup>'


def _markers(escaped: str, turn: int, citations: Sequence[Citation]) -> str:
    """Our markers become links; a bracketed number glued to a word or punctuation ("security.[1]"),
    or one naming no citation, is the source's own footnote and reads as one."""
    cites = {c.marker: c for c in citations}

    def run(m: re.Match[str]) -> str:
        glued = m.start() > 0 and not escaped[m.start() - 1].isspace()
        numbers = _MARKER.findall(m.group(0))
        return "".join(cite_link(turn, cites[int(n)]) if int(n) in cites and not glued else footnote(n)
                       for n in numbers)

    return _MARKER_RUN.sub(run, escaped)


MODE_LABELS = {"llm": "Written by the LLM from the cited passages; each sentence checked against them",
               "extractive": "From the documents: their own sentences, quoted"}


def mode_html(answer: Answer) -> str:
    """Which answer mode produced the answer (an LLM that failed says so: the notice says why)."""
    if answer.mode == "extractive" and answer.fallback:
        return '<div class="mode mode-fallback">LLM failed — answer from the documents</div>'
    label = MODE_LABELS.get(answer.mode)
    return f'<div class="mode mode-{answer.mode}">{label}</div>' if label else ""


def _scope_note(scope: Sequence[str]) -> str:
    return f" · in {', '.join(_e(s) for s in scope)}" if scope else ""


def sources_html(turn: int, citations: Sequence[Citation]) -> str:
    """The numbered sources, grouped by document: its title and file once, then each section cited."""
    docs: dict[str, list[Citation]] = {}
    for c in citations:
        docs.setdefault(c.source, []).append(c)
    items = []
    for group in docs.values():
        first = group[0]
        items.append(f'<li class="src-doc">{_e(first.title)} <span class="file">{_e(first.source)}</span></li>')
        items += [f'<li>{cite_link(turn, c)} <span class="src">{_e(_section(c))}</span></li>' for c in group]
    return f'<ol class="sources">{"".join(items)}</ol>'


def answer_html(answer: Answer, turn: int, question: str | None = None, scope: Sequence[str] = ()) -> str:
    """The assistant's message: the answer with [n] links, then the numbered sources and the answer
    mode. The searched-for query is shown when it differs from the question (a rewritten follow-up),
    when the search was limited to `scope` (document sources), and always on a refusal."""
    if answer.mode == "smalltalk":
        return f'<div class="answer smalltalk">{_e(answer.text)}</div>'
    out = []
    searched = answer.query and (answer.refused or scope or answer.query != (question or "").strip())
    if searched:
        out.append(f'<div class="searched">searched for: {_e(answer.query)}{_scope_note(scope)}</div>')
    if answer.refused:
        out.append('<div class="answer refusal"><span class="badge">Not in the documents</span> '
                   f'{_e(answer.text)}</div>')
        if answer.related:
            items = "".join(
                f'<li>{cite_link(turn, c, related=True)} <span class="src-doc">{_e(c.title)}</span>'
                f'<div class="excerpt">{_e(_plain(c.text, 200))}</div></li>' for c in answer.related
            )
            out.append(f'<div class="related"><div class="related-title">Related, but not an answer:</div>'
                       f"<ul>{items}</ul></div>")
        hint = "Try other words — the ones the documents use — or ask about one of the passages above"
        out.append(f'<div class="hint">{hint}{" or search more documents" if scope else ""}.</div>')
    else:
        if answer.short_answer:  # the reader's short span, cited, as the first line
            out.append(f'<div class="short-answer">{_markers(_e(answer.short_answer), turn, answer.citations)}</div>')
        text = _markers(_e(answer.text), turn, answer.citations)
        out.append(f'<div class="answer">{_layout(text)}</div>')
        unverified = [s for s in answer.sentences if not s.verified]
        if unverified:
            out.append(f'<div class="warning">{len(unverified)} sentence(s) could not be verified against '
                       "their sources and were removed.</div>")
        if answer.citations:
            out.append(sources_html(turn, answer.citations))
        out.append(mode_html(answer))
    if answer.notice:
        out.append(f'<div class="notice">{_e(answer.notice)}</div>')
    return "".join(out)  # no newlines: a blank line would end the message's HTML block in Markdown


def _layout(escaped: str) -> str:
    """A composed answer's lines ("- point [2]" bullets, "China:" group labels) as HTML."""
    if "\n" not in escaped:
        return escaped
    out, items = [], []
    for line in escaped.split("\n"):
        if line.startswith("- "):
            items.append(f"<li>{line[2:]}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line.strip():
            cls = "side" if line.rstrip().endswith(":") else "lead"
            out.append(f'<div class="{cls}">{line}</div>')
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "".join(out)


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
    noted = [False] * len(text)  # the source's own footnote markers, shown as superscripts
    for m in _MARKER.finditer(text):
        noted[m.start():m.end()] = [True] * (m.end() - m.start())
    out, i = [], 0
    while i < len(text):  # runs of equal (marked, spanned, noted), each wrapped on its own: valid nesting
        j = i
        while j < len(text) and (marked[j], spanned[j], noted[j]) == (marked[i], spanned[i], noted[i]):
            j += 1
        piece = _e(text[i:j])
        if noted[i]:
            digits = text[i:j].strip("[]")
            piece = footnote(_e(digits)) if digits else ""
        if spanned[i]:
            piece = f'<strong class="answer-span">{piece}</strong>'
        if marked[i]:
            piece = f"<mark>{piece}</mark>"
        out.append(piece)
        i = j
    return "".join(out).replace("\n", "<br>")


SCORE_TIP = ("How closely this passage matches your question, compared with the other passages found "
             "(1.00 = the closest of them)")
VIA_TIP = ("The search did not find this passage by itself: a passage it found ends by introducing "
           "it (\"… several risks:\"), so it is shown with that one")
SECTION_TIP = ("The search did not find this passage by itself: it is in the same section as a passage "
               "it found, and a question that gathers several points reads the rest of that section")


SINCE = {
    "removed": "This document has been removed from the index since this answer: the passage is shown as it "
               "was quoted then.",
    "changed": "This document has changed since this answer: the passage is shown as it was quoted then, and "
               "the document now reads differently.",
}


def source_panel_html(c: Citation, *, related: bool = False, turn: int | None = None,
                      since: str | None = None) -> str:
    """One passage: which marker of which answer, where it is, and the text with the cited
    sentence and the answer span highlighted; `since` ("removed", "changed") says what became
    of its document after the answer."""
    label = "Related passage" if related else f"Passage [{c.marker}]"
    if turn is not None:
        label += f" of answer {turn + 1}"
    note = f'<div class="warning since">{SINCE[since]}</div>' if since else ""
    return (
        f'<div class="source-panel" id="panel-{turn if turn is not None else "x"}-{"r" if related else ""}{c.marker}">'
        f'<div class="source-head"><b>{label}</b> · {_e(_section(c))}</div>'
        f'<div class="source-file">{_e(c.title)} · {_e(c.source)} · '
        f'{_found(c)}</div>{note}'
        f'<div class="passage">{highlight(c.text, c.quote, c.span)}</div></div>'
    )


def _found(c: Citation) -> str:
    """How the passage was found: its match with the question, or the passage that introduced it
    (whose score it would otherwise wrongly show as its own)."""
    if c.introduced:
        by = f"[{int(c.via)}]" if c.via is not None else "a passage before it"
        return f'<span class="score via" title="{_e(VIA_TIP)}">introduced by {by}</span>'
    if c.in_section:
        near = f"[{int(c.in_section_of)}]" if c.in_section_of is not None else "a passage found"
        return f'<span class="score via" title="{_e(SECTION_TIP)}">in the section of {near}</span>'
    return f'<span class="score" title="{SCORE_TIP}">match {c.score:.2f}</span>'


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
        body = highlight(c.text, quote if focused else "", span if focused else None)
        attrs = ' id="focus" class="doc-chunk focus"' if focused else ' class="doc-chunk"'
        parts.append(f"<div{attrs}>{body}</div>")
    return '<div class="source-panel document">' + "\n".join(parts) + "</div>"


EMPTY_PANEL = ('<div class="source-panel empty">Click a citation marker such as [1] to see the passage '
               "it points to.</div>")
NO_PASSAGE_PANEL = ('<div class="source-panel empty">The last answer cites no passage. Click a citation '
                    "marker such as [1] of an earlier answer to see the passage it points to.</div>")

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
sup.fn { font-size: 0.7em; font-weight: normal; opacity: 0.65; vertical-align: super; line-height: 0; }
ol.sources .src-doc { font-weight: 600; margin-top: 4px; }
ol.sources .src-doc .file { font-weight: normal; }
.related .src-doc { font-size: 0.9em; opacity: 0.7; }
.related .excerpt { opacity: 0.85; margin: 1px 0 5px 0; }
.hint { font-size: 0.85em; margin-top: 6px; }
.mode { font-size: 0.75em; opacity: 0.65; margin-top: 6px; }
.mode-fallback { color: #b45309; opacity: 1; }
.source-panel .score { border-bottom: 1px dotted currentColor; cursor: help; }
#cite-preview { position: fixed; z-index: 1000; display: none; max-width: 420px; padding: 6px 9px;
  border-radius: 6px; background: #1f2937; color: #f9fafb; font-size: 0.85em; line-height: 1.4;
  pointer-events: none; box-shadow: 0 4px 12px rgba(0, 0, 0, 0.25); }
#conversations { max-height: 60vh; overflow-y: auto; }
"""

# Clicking a marker writes "turn:marker" (from its href, #cite-<turn>-<marker>: the chat's sanitizer
# keeps href but drops data-* attributes) into a hidden textbox; its change event asks Python for
# the passage. Hovering (or focusing) a marker shows its title, the cited sentence, in a preview
# box at once instead of the browser's slow tooltip. Delegated listeners cover messages rendered later.
JS = """
() => {
  const target = (ev) => ev.target.closest && ev.target.closest('a.cite');
  document.addEventListener('click', (ev) => {
    const a = target(ev);
    if (!a) return;
    ev.preventDefault();
    const m = /#cite-(\\d+)-(r?\\d+)$/.exec(a.getAttribute('href') || '');
    const box = document.querySelector('#cite-target textarea, #cite-target input');
    if (!m || !box) return;
    box.value = m[1] + ':' + m[2] + ':' + Date.now();
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, true);
  // the edit box opens on the message as stored, with its character references (chat.user_html):
  // show the question as typed (a textarea's innerHTML decodes them and runs nothing)
  document.addEventListener('click', (ev) => {
    if (!(ev.target.closest && ev.target.closest("#chat button[aria-label='Edit']"))) return;
    let tries = 0;
    const decode = () => {
      const box = document.querySelector('#chat textarea');
      if (!box) { if (++tries < 40) setTimeout(decode, 50); return; }
      const plain = document.createElement('textarea');
      plain.innerHTML = box.value;
      if (plain.value !== box.value) { box.value = plain.value; box.dispatchEvent(new Event('input', { bubbles: true })); }
    };
    setTimeout(decode, 0);
  }, true);
  let tip = null;
  const show = (ev) => {
    const a = target(ev);
    if (!a) return;
    const text = a.getAttribute('title') || a.dataset.tip;
    if (!text) return;
    a.dataset.tip = text;
    a.removeAttribute('title');
    if (!tip) { tip = document.createElement('div'); tip.id = 'cite-preview'; document.body.appendChild(tip); }
    tip.textContent = text;
    tip.style.display = 'block';
    const r = a.getBoundingClientRect();
    tip.style.left = Math.max(8, Math.min(r.left, window.innerWidth - tip.offsetWidth - 8)) + 'px';
    const below = r.bottom + 6;
    tip.style.top = (below + tip.offsetHeight < window.innerHeight ? below : r.top - tip.offsetHeight - 6) + 'px';
  };
  const hide = (ev) => {
    const a = target(ev);
    if (!a || !tip) return;
    tip.style.display = 'none';
    if (a.dataset.tip) a.setAttribute('title', a.dataset.tip);
  };
  document.addEventListener('mouseover', show);
  document.addEventListener('focusin', show);
  document.addEventListener('mouseout', hide);
  document.addEventListener('focusout', hide);
}
"""

# When the messages change, the newest question goes to the top of the chat and its answer's start
# below it (the chat's own autoscroll, turned off, showed the bottom: for a long answer, its end).
# Only the chat's scroll box moves (scrollIntoView would scroll the whole page too). The delay lets
# the chat render the new messages first.
SCROLL_TO_ANSWER = """
() => { setTimeout(() => {
  const rows = document.querySelectorAll('#chat .message-row');
  if (!rows.length) return;
  let row = rows[rows.length - 1];
  if (rows.length > 1 && rows[rows.length - 2].classList.contains('user-row')) row = rows[rows.length - 2];
  let box = row.parentElement;
  while (box && box !== document.body && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  if (!box || box === document.body) return;
  box.scrollTop += row.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
}, 100); }
""".strip()  # an event's js must not start with a newline: Gradio wraps it in "return ..."

SCROLL_TO_FOCUS = "() => { const el = document.getElementById('focus'); if (el) el.scrollIntoView({block: 'center'}); }"
