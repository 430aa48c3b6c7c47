"""The question, read once per ask: what is searched and what kind of answer it wants.

Retrieval and answering both need to know whether a question gathers several points, asks who
wrote a document, or asks for a whole document's recommendations or summary. Each reading is
made here, once, and travels with the question (`Frame`) instead of being repeated downstream.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .authorship import asks_author
from .composing import Kind, as_read, asks_yes_no, kind_of, sides
from .conversation import Query
from .overview import asks_overview


@dataclass(frozen=True)
class Frame:
    question: str  # what the reader judges: as asked, or an LLM's standalone rewrite of it
    query: Query  # what is searched: the question plus words carried over from the conversation
    kind: Kind  # factoid | synthesis | comparison | explanation
    author: bool  # asks who wrote a document
    # the names a gathering question is about, in order (a comparison's sides); any capitalised
    # name counts, so a non-empty value does not mean a comparison: `kind` says that
    sides: tuple[str, ...] = ()
    reading: str = ""  # what the reader judges: the question, or a follow-up with its referents
    said: str = ""  # the conversation's last answer, which the user has read
    _overview: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, question: str, query: Query | None = None, kind: Kind | None = None,
           is_name: Callable[[str], bool] | None = None, reading: str | None = None) -> "Frame":
        """`kind` as the question-kind model read it (`assistant.kinds`); else the form rules'.
        `is_name` tells a name at the start of the question (the documents write it as one).
        `reading`: what the reader judges when it is not the question itself (a follow-up with
        the names it refers to); the question's form (who wrote it, a whole-document request) is
        always read from the question as asked."""
        kind = kind or kind_of(question, is_name)
        names = tuple(sides(question, is_name)) if kind != "factoid" else ()
        return cls(question, query or Query(question), kind, asks_author(question), names, reading or as_read(question))

    @property
    def yes_no(self) -> bool:
        """Answered yes or no ("Has China ever restricted exports?"): as asked, not as read."""
        return asks_yes_no(self.question)

    @property
    def gathers(self) -> bool:
        """Several points, often from several sections (a list, a comparison, why/how)."""
        return self.kind != "factoid"

    def overview(self, title: str) -> str | None:
        """The whole-document request ("recommendations", "summary", …) when the question asks for
        one of the document titled `title` (which depends on what retrieval found first)."""
        if title not in self._overview:
            self._overview[title] = asks_overview(self.question, title)
        return self._overview[title]
