"""Starter questions for an empty chat, drawn from the indexed documents themselves: their
whole-document sections (recommendations, conclusion, summary) and their section headings. Each
candidate is asked once and offered only if the documents answer it, so a starter does not lead to
"not in the documents" (when none is answered, the first headings are offered anyway: their
refusals list the closest passages). Nothing here knows the bundled article.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from assistant import Assistant, AssistantError

# headings that name a part of any document rather than a topic: asked as whole-document questions,
# which overview.py answers from that section
_WHOLE = (("recommend", "What does {doc} recommend?"), ("conclu", "What does {doc} conclude?"),
          ("summary", "Summarize {doc}."), ("abstract", "Summarize {doc}."), ("overview", "Summarize {doc}."))
_SKIP = {"introduction", "background", "references", "bibliography", "notes", "footnotes", "endnotes", "appendix",
         "acknowledgements", "acknowledgments", "contents", "table of contents", "about", "sources", "methods"}
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[A-Z]\.)\s+")
_ISSUER = re.compile(r"(?:Government|Ministry|Department|Office|Directorate|Authority|Embassy)\s+of\b")
TITLE_CHARS = 40  # a longer title reads badly inside a question: cut at a word
_HEAD_WORDS = 3  # the fewest words a title's part before " | " or " - " has to stand for it (chosen)


def topic(heading: str) -> str:
    """A heading as the subject of a question: numbering dropped, a subtitle after ':' dropped."""
    text = _NUMBERING.sub("", heading).strip()
    head, sep, _ = text.partition(": ")
    return (head if sep and len(head) >= 4 else text).strip(" .:")


def candidates(bot: Assistant) -> list[str]:
    """Questions in the order they are worth offering: each document's whole-document questions,
    then its headings, taken round-robin across documents so several documents are represented."""
    docs = bot.documents()
    per_doc: list[list[str]] = []
    shorts = [short_title(d.title) for d in docs]
    for d, short in zip(docs, shorts):
        # "Fact Sheet: Copper" and "Fact Sheet: Lithium" are both "Fact Sheet" without their subtitles
        short = short if shorts.count(short) == 1 else short_title(d.title, subtitle=True)
        name = f"“{short}”" if len(docs) > 1 else "the document"
        whole, topics = [], []
        seen: set[str] = set()
        for c in bot.chunks_of(d.source):
            for level in (c.section or "").split(" › "):
                key = topic(level).lower()
                if not key or key in seen:
                    continue
                seen.add(key)
                asked = next((q for word, q in _WHOLE if word in key), None)
                if asked:
                    whole.append(asked.format(doc=name))
                elif key not in _SKIP and len(key) >= 3 and key not in (short.lower(), topic(d.title).lower()):
                    # (not the document's own title: "What does “Kohdar Block-3” say about Kohdar
                    # Block-3?" was offered for a page whose heading repeats its title; a blind user test)
                    # "the …", and a heading that is a clause ("Why fluorspar matters": "… say about why
                    # fluorspar matters?"; a blind user test read "say about Why fluorspar matters?")
                    t = re.sub(r"^(The|A|An|Why|How|What|When|Where|Who|Which) ", lambda m: m.group(1).lower() + " ",
                               topic(level))
                    topics.append(t if t.endswith("?") else f"What does {name} say about {t}?")
        per_doc.append(list(dict.fromkeys(whole)) + topics)
    out: list[str] = []
    for i in range(max((len(q) for q in per_doc), default=0)):
        out += [q[i] for q in per_doc if i < len(q)]
    return list(dict.fromkeys(out))  # two documents may ask the same ("Summarize the document.")


def short_title(title: str, subtitle: bool = False) -> str:
    """A title short enough to read inside a question: its subtitle dropped (unless `subtitle`),
    then cut at a word. With several documents "Summarize the document." named none of them (a
    blind user test saw it twice, each time summarising the same one)."""
    # a web page's " | Site name" and a "Title - subtitle" go as a subtitle does, where what is left
    # is a title of its own ("Pakistan – U.S. Cooperation" is one title; a reviewer's case)
    parts = [x.strip() for x in re.split(r"\s+[|–—-]\s+", title)]
    # the issuer before a dash is not the title ("Government of Balochistan — Technical Review …")
    head = parts[1] if len(parts) > 1 and _ISSUER.match(parts[0]) else parts[0]
    if not subtitle and len(head.split()) >= _HEAD_WORDS:
        title = head
    text = (_NUMBERING.sub("", title).strip() if subtitle else topic(title)) or title
    if len(text) <= TITLE_CHARS:
        return text
    return text[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"


class Starters:
    """Starter questions, recomputed only when the indexed documents change."""

    def __init__(self, bot: Assistant, count: int = 4, tries: int = 16) -> None:
        self.bot, self.count, self.tries = bot, count, tries
        self._key: Any = None
        self._questions: list[str] = []
        self._lock = threading.Lock()

    def questions(self) -> list[str]:
        try:
            key = tuple((d.source, d.sha256) for d in self.bot.documents())
        except AssistantError:
            return []
        with self._lock:
            if key != self._key:
                self._questions, self._key = self._answered(), key
            return list(self._questions)

    def _answered(self) -> list[str]:
        found: list[str] = []
        offered = candidates(self.bot)
        for q in offered[: self.tries]:
            try:
                if not self.bot.ask(q, mode="extractive").refused:
                    found.append(q)
            except AssistantError:
                continue
            if len(found) == self.count:
                break
        # none answered (a small corpus of terse notes): still offer the headings, whose refusals
        # list the closest passages, rather than a bare chat
        return found or offered[: self.count]
