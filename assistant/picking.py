"""Which of the read units an answer shows: the one it leads with, those that repeat another, the
closest others when the reader is unsure, the documents' order, a table row with its header.
Small functions shared by the answerer (`answering.py`) and document comparisons (`comparing.py`).
"""

from __future__ import annotations

import dataclasses
from typing import Callable

from .dating import sentence_date
from .figures import contradicts
from .lexical import tokenize
from .overview import summarises
from .retrieval import Retrieval
from .types import Passage
from .units import Unit, enumerated


def lead_unit(units: list[Unit], threshold: float) -> Unit:
    """The unit a gathered answer leads with: the best that clears `threshold` and does not merely
    restate the document, else the best."""
    return next((u for u in units if not restates(u) and unit_evidence(u) >= threshold), units[0])


def row_above(u: Unit) -> str:
    """The row with its table's header row and the line above that (its caption) in its passage."""
    lines = u.passage.chunk.sentences[:u.indexes[0]]
    # the row's own table starts after the last line above it that is no row (its caption)
    caption = max((i for i, x in enumerate(lines) if " | " not in x), default=-1)
    return " ".join([*lines[max(0, caption):caption + 2], u.text])


def restates(u: Unit) -> bool:
    """Is the unit in a section that restates the document (its abstract or summary)?"""
    return summarises(u.passage.chunk.section)


def in_order(units: list[Unit]) -> list[Unit]:
    """The units in the documents' order (document, passage, sentence)."""
    return sorted(units, key=lambda u: (u.passage.chunk.source, u.passage.chunk.position, u.indexes[0]))


def closest(units: list[Unit], chosen: list[Unit], threshold: float, passages: int, room: int,
            said: str = "") -> list[Unit]:
    """The best units over `threshold` from passages the answer does not cite yet, until it cites
    `passages` of them or `room` units are added (a hedged answer's "passages that come closest").
    `units` are ordered as the answerer orders them: those over the threshold first. Not a unit
    whose sentences `said` has (the last answer of the conversation: the user has read them)."""
    shown = {c.passage.chunk.id for c in chosen}
    more: list[Unit] = []
    for u in units:
        if len(shown) >= passages or len(more) >= room or unit_evidence(u) < threshold:
            break  # over the threshold first: the rest is below it
        if u.passage.chunk.id in shown or any(redundant(u.text, c.text) for c in [*chosen, *more]) \
                or said and all(t in said for t in u.texts):
            continue
        more.append(u)
        shown.add(u.passage.chunk.id)
    return more


def unit_evidence(u: Unit) -> float:
    """The reader's answerability where it read the unit, else its retrieval score."""
    return u.answerable if u.answerable >= 0 else u.score


def redundant(a: str, b: str) -> bool:
    """Do the two texts say nearly the same (most words of the shorter in the longer)?"""
    ta, tb = set(tokenize(a)), set(tokenize(b))
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) > 0.7


def with_points(picked: list[Unit], limit: int, following: dict[str, list[Passage]]) -> tuple[list[Unit], list[Unit]]:
    """The picked units with the points that the first of them to announce some gives in prose
    (`units.enumerated`; `following`: chunk id -> the next passages, where points run on into them)
    right after it, in place of weaker units or the same sentences; and those points. The points
    are kept whole (at most seven are announced), beyond `limit` if need be."""
    for at, u in enumerate(picked):
        points = enumerated(u, following.get(u.passage.chunk.id, []))
        if points:
            said = {(p.passage.chunk.id, i) for p in points for i in p.indexes}
            others = [x for x in picked[at + 1:] if not said & {(x.passage.chunk.id, i) for i in x.indexes}]
            return [*picked[:at + 1], *points, *others][:max(limit, at + 1 + len(points))], points
    return picked, []


def citing_all(retrieval: Retrieval, units: list[Unit]) -> Retrieval:
    """The retrieval with the passages of `units` it lacks (a point in the passage after the one
    found), so that they can be cited."""
    have = {p.chunk.id for p in retrieval.passages}
    extra = list({u.passage.chunk.id: u.passage for u in units if u.passage.chunk.id not in have}.values())
    return dataclasses.replace(retrieval, passages=retrieval.passages + extra) if extra else retrieval


def gives_otherwise(u: Unit, lacks: Callable[[str], bool] | None) -> bool:
    """Does the unit give a value without the unit the question asks for, however well it reads
    (`lacks`, `composing.lacks_value`: "at prices to be agreed" gives no price)? A table's row has
    its unit in the caption or header above it."""
    return lacks is not None and lacks(u.text) and (" | " not in u.text or lacks(row_above(u)))


def other_figures(question: str, units: list[Unit], retrieval: Retrieval) -> list[Unit]:
    """The read units, those that give another lot, round or year than the question's read as not
    answering (`figures.contradicts`: lot CMX-05's grades for lot CMX-08), best first again. A
    passage's years include the date its document or message gives itself."""
    for u in units:
        c = u.passage.chunk
        dated = sentence_date(c.id, u.indexes[0], retrieval.messages) or retrieval.dates.get(c.source)
        if u.answerable > 0 and contradicts(question, f"{c.title or ''} {c.section or ''} {c.text}", u.text,
                                            dated[0] if dated else ""):
            u.score -= u.answerable
            u.answerable = 0.0
    return sorted(units, key=lambda u: -u.score)
