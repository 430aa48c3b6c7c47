"""Which documents a question is read in: the one it names ("What does the memo recommend?"), those
a name fits when it cannot tell them apart ("the report" of two reports), those it sets side by
side ("How do the brief and the assessment differ …?"), or each that speaks to a question asked of
the documents as a set ("What do the different sources say …?"). What was searched is said in a
notice, and a document the question names outside the caller's choice is reported, not guessed at.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .comparing import ACROSS_PASSAGES, MAX_ACROSS, across_question, asks_each_alone, asks_across, documents_compared, says_they_differ, side_question
from .config import Settings
from .conversation import Query, build_query, refers_back, says_little
from .frame import Frame
from .composing import Kind
from .naming import COMPARES, document_named, document_names, genre_mentions, name_fits_several, without_document
from .retrieval import Retrieval
from .types import DocumentInfo


@dataclass
class Scope:
    """A question as it is read: in which documents, and with what."""

    query: Query
    frame: Frame
    vector: np.ndarray | None
    sources: frozenset[str] | None  # the documents searched; None: all
    plain: str  # the question without the words that name its document
    notice: str | None = None  # what was searched, said to the user
    several: list[str] = field(default_factory=list)  # the documents one name fits, all searched
    compared: list[DocumentInfo] = field(default_factory=list)  # read each on its own
    across: str = ""  # what each compared document is asked, for a question asked of them as a set
    outside: DocumentInfo | None = None  # the document it names, outside those the caller chose


def scope(question: str, asked: str, turns: Sequence[Any], query: Query, frame: Frame, kind: Kind | None,
          vector: np.ndarray | None, reading: str | None, sources: frozenset[str] | None, docs: list[DocumentInfo],
          names: list[tuple[str, str]], settings: Settings, is_name: Callable[[str], bool],
          search: Callable[[Frame, np.ndarray | None, int], Retrieval]) -> Scope:
    """The question's scope. `docs` and `names` (each document's source with its title and what
    it calls itself): every document, or none when only one is indexed or the rule is off;
    `search` finds the passages of a question asked of all of them."""
    out = Scope(query, frame, vector, sources, question)
    if not names:
        return out
    if sources is not None:  # the caller chose: a document named outside the choice is reported
        # (named by what it is: who is asked about, "What does Reko Diq expect?", may be in it too)
        named = document_named(question, names, issuers=False)
        out.outside = next((d for d in docs if d.source == named), None) if named not in sources else None
        return out
    # "What does each source say?" after a question: each is asked that question
    last = next((t.content for t in reversed(turns) if t.role == "user" and not asks_each_alone(t.content)), "") \
        if asks_each_alone(question) else ""
    out.compared, out.across = _read_apart(question, names, docs, frame, vector, settings, search, last)
    if out.across:
        out.notice = f"Read in each of the {len(out.compared)} documents that speak to it, each searched on its own."
        if query.context and not refers_back(question):
            # "Which documents mention Islamkot?" asks about Islamkot alone, whatever came before
            # (a blind user test: it was searched with the last question's words)
            out.query = build_query(question, [], is_name=is_name)
        return out
    if out.compared:
        out.notice = f"Compared {' and '.join(f'{d.title} ({d.source})' for d in out.compared)}, each searched on its own."
        return out
    if frame.kind == "comparison":
        return out  # a comparison's other side may be in another document
    # "What does the memo recommend?"
    named = document_named(question, names)
    said, several = name_fits_several(question, names) if not named else ("", [])
    out.sources = frozenset([named]) if named else frozenset(several) if several else None
    out.several = several
    plain = (without_document(question, names) if named else without_document(question) if several
             else question) if asked == question else question
    out.plain = plain
    if plain != question:  # searched and read without the words that chose the document
        again = _asked_again(plain, turns)
        if again is not None:
            # "What does the Makran paper say about that?": the last question, asked of that
            # document (a blind user test: "that" carried the first answer's names, not "when
            # it starts production", and seven unrelated points came back)
            plain = again
            query = build_query(again, list(turns)[:-2], is_name=is_name)
            reading = query.resolved if query.names else None
            out.plain = plain
        elif turns and not query.context and says_little(plain):
            # without its name, "What is the market brief's figure?" is "What is its figure?": a
            # follow-up, which the name had hidden (a blind user test); "How much water does it
            # say the mine will draw?" asks as it stands
            followed = build_query(plain, list(turns), is_name=is_name)
            if followed.context:
                query = followed
                reading = query.resolved if query.names else None
        out.query = dataclasses.replace(query, question=plain)
        out.vector = None
        # and its form read without them too: "Give me a summary of the FAQ" is a summary
        # request, not a question about FAQs
        out.frame = Frame.of(plain, out.query, kind if again is None else None, is_name=is_name,
                             reading=out.query.resolved if reading is not None else None)
    out.notice = next((f"Only {d.title} ({d.source}) was searched: the question names it." for d in docs
                       if d.source == named), None)
    if several:
        count = {2: "Two", 3: "Three", 4: "Four"}.get(len(several), str(len(several)))
        out.notice = (f"{count} documents could be \"{said}\": "
                      f"{' and '.join(f'{d.title} ({d.source})' for s in several for d in docs if d.source == s)}; "
                      f"{'both' if len(several) == 2 else 'all'} were searched.")
    return out


# what asks a document what the conversation just asked: "What does it say about that?", "And it?",
# "What does it make of this?"
_AGAIN = re.compile(r"^\s*(?:and\s+)?(?:what\s+(?:does|do|did)\s+(?:it|they)\s+(?:say|said|write|think|make|have)\s+"
                    r"(?:about|on|of|to\s+say\s+about)\s+(?:that|this|it|those|these)|(?:it|they))\s*[?.!]*\s*$",
                    re.IGNORECASE)


def _asked_again(plain: str, turns: Sequence[Any]) -> str | None:
    """The conversation's last question, when the question without its document's name asks that
    document nothing of its own but what was just asked ("What does the Makran paper say about
    that?" after "When does it start production?")."""
    if not _AGAIN.match(plain):
        return None
    # past questions that asked another document the same ("… And what does the Chagai report say
    # about that?" after "What does the Makran paper say about that?"; a reviewer's case)
    return next((t.content for t in reversed(list(turns)) if getattr(t, "role", "") == "user"
                 and not _AGAIN.match(without_document(t.content))), None)


# what a question asks of the document itself, whose "it" is the document ("What does it
# recommend?", "Who wrote it?", "When was it published?", "What is its title?"; a reviewer's cases)
_OF_A_DOCUMENT = re.compile(r"\b(?:recommend|conclu|say|says|said|argu|summar|about|propos|suggest|cover|discuss|mention|"
                            r"wr[io]te|written|author|publish|issued|released|title|dated?)", re.IGNORECASE)
_POINTER = re.compile(r"\b(it|its|they|them|their|he|him|his|she|her|this|that|these|those)\b", re.IGNORECASE)


def points_nowhere(question: str, turns: Sequence[Any]) -> str | None:
    """The word a conversation's first question points back with, when it names nothing else ("Who
    operates it?"): with nothing before it, the answer is a guess ("Koh-e-Sabz", a project, for an
    operator; a blind user test), and says so. Such questions are also asked of one article ("When
    did he die?" of WikiQA, where answering them finds the answer as often as before). None for
    any other question."""
    if turns or not refers_back(question) or not says_little(question) or _OF_A_DOCUMENT.search(question):
        return None
    m = _POINTER.search(question)
    return m.group(1).lower() if m else None


def outside_reply(doc: DocumentInfo) -> str:
    """What a question naming a document outside the caller's choice is told (a blind user test:
    a conversation limited to one paper answered "What does the Chagai report recommend?" from
    that paper, saying nothing)."""
    return (f"The question names {doc.title} ({doc.source}), which is not among the documents this "
            "conversation searches. Add it to the documents searched to ask about it.")


def _read_apart(question: str, names: list[tuple[str, str]], docs: list[DocumentInfo], frame: Frame,
                vector: np.ndarray | None, settings: Settings,
                search: Callable[[Frame, np.ndarray | None, int], Retrieval],
                previous: str = "") -> tuple[list[DocumentInfo], str]:
    """The documents a question sets side by side, each to be read on its own, and what each is
    asked when the question is asked of them as a set ("What do the different sources say
    about mercury?": those the search finds for it, best first; one search found one
    document's passages), else "". With `previous` (the question before a follow-up that asks
    each source for its answer and nothing else), each is asked that."""
    compared = [d for s in documents_compared(question, names) for d in docs if d.source == s]
    if compared:
        return compared, ""
    if previous:
        asked = across_question(previous)
    else:
        # documents set side by side by names that cannot all be told ("the Islamabad brief vs the
        # Washington brief", where no title says where a brief is from): each that speaks to it
        asked = side_question(question) if COMPARES.search(question) and document_names(question) >= 2 else ""
        # "How many bids came in for the Phase I survey? The sources don't match.": all of them, though
        # a title says "Phase I Survey"
        if not asked and (not asks_across(question) or document_named(question, names) and not says_they_differ(question)):
            return [], ""
    found = search(frame, vector, ACROSS_PASSAGES)
    order = list(dict.fromkeys(p.chunk.source for p in found.passages))[:MAX_ACROSS]
    if len(order) < 2:
        return [], ""
    return [d for s in order for d in docs if d.source == s], asked or across_question(question)


def apart_on_refusal(question: str, frame: Frame, retrieval: Retrieval, docs: list[DocumentInfo],
                     names: list[tuple[str, str]]) -> tuple[list[DocumentInfo], str]:
    """A comparison refused as one question, with what each document is asked when it is read in
    each that the search found ("US import reliance for barite - Islamabad brief vs Washington
    brief?" is "What about US import reliance for barite?" in each; read whole, the sides' names
    were part of what the reader looked for, and it was refused: blind round m9); ([], "") when the
    question is no comparison, or asks nothing once its sides are out."""
    if not names or frame.kind != "comparison" and not COMPARES.search(question) or genre_mentions(question) < 1:
        # a side is a document ("… brief vs … brief", "FMDC and the impact assessment give different
        # costs"), not only things ("fusion power vs wind power"; a reviewer's case)
        return [], ""
    asked = side_question(question)
    found = list(dict.fromkeys(p.chunk.source for p in retrieval.passages))[:MAX_ACROSS]
    if not asked or asked == question or len(found) < 2:
        return [], ""
    return [d for s in found for d in docs if d.source == s], asked
