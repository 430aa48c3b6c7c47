"""Questions of two parts ("How far is the haul to the port, and how many days does a truck
take?"): each part is asked on its own, the second as a follow-up of the first, and the two
answers are joined, so that one part's best sentence no longer crowds out the other's.

Asked whole, such a question was answered in one part: the reader picks one span, and the
best-scored sentences all spoke to the same part (round m10: "How far …, and how many days …?"
got the distance only; "when is the study now due, and why the delay?" the date only).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable, Iterator

from .conversation import refers_back
from .naming import names_a_document
from .types import Answer, AnswerSentence, Turn

Events = Iterator["str | Answer"]

_WH = r"(?:what|what's|how|when|where|why|who|whom|whose|which)"
_AUX = r"(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)"
# a second question joined by "and" before its question word: "…, and how many days …?",
# "What is the framework and when did it come into force?"; a list of nouns ("ore mining and
# purchase, and processing") has no question word after its "and"
_JOIN = re.compile(rf",?\s+and\s+(?={_WH}\b)|;\s+(?={_WH}\b)", re.I)
# the first part asks something itself, perhaps after a lead-in ("According to the update, when …")
_ASKS = re.compile(rf"(?:^|[,:;.–—-]\s*){_WH}\b|^\s*{_AUX}\b", re.I)
# a lead-in that says where to look, which the second part needs as much as the first
# ("According to Smith, Jones and Lee, when …": up to the comma before the question word)
_WHERE = re.compile(rf"^\s*((?:according to|in|from|per|on|under)\b[^?]{{3,120}}?[,:])\s+(?={_WH}\b)", re.I)
# comparisons and lists of several questions are answered side by side or gathered already
_OTHERWISE = re.compile(r"\b(?:differ\w*|compar\w*|contrast\w*|versus|vs\.?|disagree\w*|gap|"
                        r"both|each|pull together|summari[sz]e|overview)\b", re.I)
# a question about questions: its "what … and how …" are clauses of one request ("Can you explain
# what the levy is and how it is collected?", "Do you know who built the dam and when it opened?")
_EMBEDS = re.compile(r"^\s*(?:(?:can|could|would|will)\s+you|do\s+you\s+know|tell\s+me|explain|describe|"
                     r"i\s+(?:want|would\s+like)\s+to\s+know|i\s+wonder)\b", re.I)
# a relative clause before "and which/who …" makes the second one a relative clause too ("the agency
# that regulates mining and which issues the licences")
_RELATIVE = re.compile(r"\s(?:that|which|who)\s", re.I)
# a question word then a subject is a clause ("what its reserves offer", "how the levy is collected");
# "why the delay?" asks, elliptically
_CLAUSE = re.compile(r"(?:what|how|when|where|who|which)\s+(?:its|their|his|her|the|a|an|this|that|these|those|our|"
                     r"my|your|they|it|he|she|we|i|you)\b", re.I)
_QUOTES = "\"“”"  # and single quotes opened after a space ('…' or ‘…’); "’" is as often an apostrophe


def two_parts(question: str) -> tuple[str, str] | None:
    """The two questions a question joins, each as it can be asked alone ("…, and why the
    delay?" keeps the lead-in "According to the update," the first part had), or None."""
    text = question.strip()
    if _OTHERWISE.search(text) or _EMBEDS.match(text):
        return None
    joins = list(_JOIN.finditer(text))
    if len(joins) != 1:
        return None
    first = text[:joins[0].start()].strip().rstrip(",;")
    second = text[joins[0].end():].strip()
    if not _ASKS.search(first) or len(re.findall(r"\w+", first)) < 3 or len(re.findall(r"\w+", second)) < 3:
        return None
    if sum(first.count(q) for q in _QUOTES) % 2 or re.search(r"(?:^|\s)['‘][^'’]*$", first):
        return None  # the "and" is inside a quoted title ("Water and What It Costs")
    if re.match(r"(?:which|who|whom|whose)\b", second, re.I) and _RELATIVE.search(first[first.find(" "):]):
        return None
    if _CLAUSE.match(second):
        return None  # "… combining the diplomatic pitch and what its reserves offer?": a clause, not a question
    if not first.endswith("?"):
        first += "?"
    where = _WHERE.match(first)
    if where:
        second = f"{where.group(1)} {second}"
    elif names_a_document(first):
        return None  # "the memo" would scope the first part only (a reviewer's case)
    return first, second[:1].upper() + second[1:]


def in_parts(ask: Callable[[str, list[Turn]], Events], question: str, parts: tuple[str, str],
             turns: list[Turn]) -> Events:
    """The events of a question of two parts: each part asked (`ask(question, history)`), the
    second as the first's follow-up, and the answers joined; the question asked whole where
    either part is not answered (its refusal is then the whole question's to decide) or the
    second part gets nothing the first did not say."""
    if turns and refers_back(parts[0]):  # "How much will it cost?" alone loses what the rest says of "it"
        yield from ask(question, turns)
        return
    first = _last(ask(parts[0], turns))
    second = None if first.refused else _last(ask(parts[1], [*turns, Turn("user", parts[0]),
                                                              Turn("assistant", first.text)]))
    joined = join_answers(first, second) if second is not None else None
    if joined is None:
        yield from ask(question, turns)
        return
    yield joined.text
    yield joined


def _last(events: Events) -> Answer:
    """The answer an event stream ends with (the text yielded before it is not needed)."""
    answer = None
    for event in events:
        answer = event
    assert isinstance(answer, Answer)
    return answer


def join_answers(first: Answer, second: Answer) -> Answer | None:
    """One answer of the two parts' answers: the second's markers renumbered after the first's (a
    passage both cite keeps one marker) and a sentence the first gave not said again. None where
    either part is not answered: the question is then asked whole, as before (joining a part's
    answer with the other's refusal answered questions the documents do not answer, such as
    "Which firm is it, and how much is it paid?", by half)."""
    if first.refused or second.refused:
        return None
    numbers: dict[int, int] = {}
    citations = list(first.citations)
    by_chunk = {c.chunk_id: i for i, c in enumerate(citations)}
    for c in second.citations:
        if c.chunk_id in by_chunk:
            i = by_chunk[c.chunk_id]
            old = citations[i]
            quotes = old.quote.split(" … ")
            extra = [q for q in c.quote.split(" … ") if q not in quotes]
            citations[i] = dataclasses.replace(old, quote=" … ".join(quotes + extra))
            numbers[c.marker] = old.marker
        else:
            numbers[c.marker] = len(citations) + 1
            citations.append(c)
    renumbered = tuple(
        dataclasses.replace(c, marker=numbers[c.marker], via=numbers.get(c.via) if c.via else None,
                            in_section_of=numbers.get(c.in_section_of) if c.in_section_of else None)
        for c in citations[len(first.citations):])
    citations[len(first.citations):] = renumbered
    said = {s.text for s in first.sentences}
    new = [s for s in second.sentences if s.text not in said]
    if not new:  # the first part's sentences are all the second gets: the whole question says more
        return None
    rest = second.text
    for s in second.sentences:
        if s.text in said:
            rest = rest.replace(f"{s.text} {''.join(f'[{m}]' for m in s.markers)}", "")
    # a list line or paragraph left empty by a sentence not said again goes with it
    rest = "\n".join(line.rstrip() for line in rest.splitlines() if line.strip(" -•*"))
    text = f"{first.text}\n\n{_renumber(rest.strip(), numbers)}"
    shorts = [s for s in (first.short_answer, _renumber(second.short_answer or "", numbers)) if s]
    return dataclasses.replace(
        first, text=text, citations=tuple(citations), query=f"{first.query} / {second.query}",
        sentences=first.sentences + tuple(AnswerSentence(s.text, tuple(numbers[m] for m in s.markers),
                                                         s.verified, s.support) for s in new),
        evidence=min(first.evidence, second.evidence), hedged=first.hedged or second.hedged,
        timings={k: round(first.timings.get(k, 0.0) + second.timings.get(k, 0.0), 4)
                 for k in {**first.timings, **second.timings}},
        short_answer="; ".join(shorts) if len(shorts) == 2 else None,
        notice=" ".join(dict.fromkeys(n for n in (first.notice, second.notice) if n)) or None)


def _renumber(text: str, numbers: dict[int, int]) -> str:
    return re.sub(r"\[(\d+)\]", lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", text)
