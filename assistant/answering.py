"""Extractive answering: the answer is made of the retrieved passages' own sentences.

Each candidate unit (a sentence, or a sentence that introduces a list together with the list)
is scored by its embedding similarity to the question and by how much of the question's
weighted vocabulary it contains. The best units, if their evidence clears the calibrated
threshold, become the answer, each cited; otherwise the assistant says the documents do not
answer the question. Every answer sentence is checked to be verbatim text of its passage.
"""

from __future__ import annotations

import dataclasses
from typing import Callable

from .apparatus import asks_who, not_asked, states_nothing
from .authorship import about_document, byline_index
from .composing import Kind, answers_alone, asks_amount, asks_why, lacks_value, states_amount
from .config import AnswerSettings
from .extremes import extreme_row, same_table
from .persons import asks_said, describes_only
from .conversation import refers_back
from .lexical import Lexicon, tokenize
from .frame import Frame
from .overview import asks_all, heading_says
from .reader import Reader
from .retrieval import Retrieval, top_section
from .types import Answer, Passage
from .chunking import introduces
from .timeline import TIMELINE_NOTICE, timeline, wants_timeline
from .units import (Unit, asked_section, captioned, coverage, enumerated, group_text, names_side, overview_units, passage_span,
                    reading_windows, section_units, span_text, speaks_on, unit_groups, with_its_list, with_what_follows)
from .citing import compose, figures_elsewhere, newest, refusal, sources_differ
from .picking import (citing_all, closest, gives_otherwise, in_order, lead_unit, redundant, other_figures, restates,
                      unit_evidence, with_points)

# an answer above the assistant's threshold but below the model's own (SQuAD) one: shown, hedged
HEDGE = "The documents may not answer this exactly; these are the passages that come closest."
RANKED_BY = "No column of the table is named for what was asked; this row is ranked by its “{column}”."
# words that point at the document ("What does the article say about X?"): X is what the question is about
_FRAME = frozenset(tokenize("article author report paper document writer"))
# a unit's evidence also carries a little of its passage's retrieval score (at most 1): enough to
# order near-equal units, too little to lift one that fails a check over the threshold
PASSAGE_WEIGHT = 0.05
# with the reader on, a unit's order is its answerability plus this much of its retrieval score
# (about 0..1); refusal reads the answerability alone. 0.2 until the twenty-fourth session, then
# 0.5: better on WikiQA, SQuAD and documents other than the article, the pool unchanged; m3,
# written before it, decided (docs/reader.md)
RETRIEVAL_WEIGHT = 0.5
# table rows read cell by cell as well as whole, the best by retrieval first: in each of round m4's
# table questions the row asked about was its table's best-retrieved row, and every row read by
# cell costs a window per column (a reviewer timed twice the answering on a 20-row table read so)
ROWS_BY_CELL = 3


# another document's figure is set beside the answer's only if its sentence reads as an answer at
# least this share as well as the best one (chosen, not tuned: on three questions of round m9, the
# disagreeing figures read at 0.62 and 0.76 of the best, a phase of work's cost beside a mine's at 0.30)
ELSEWHERE_SHARE = 0.5


class ExtractiveAnswerer:
    def __init__(self, settings: AnswerSettings, reader: "Callable[[], Reader] | None" = None) -> None:
        self.settings = settings
        self._reader = reader if settings.reader else None

    def threshold(self) -> float:
        """The evidence an answer needs: the reader's answerability, or the older score's."""
        if self._reader is None:
            return self.settings.refusal_threshold
        if self.settings.reader_threshold is not None:
            return self.settings.reader_threshold
        meta = self._reader().meta
        # fitted on the assistant's own kind of questions when the model has it (evals/calibrate.py),
        # else the model's SQuAD dev-split threshold
        return float(meta.get("answer_threshold", {}).get("value", meta["threshold"]))

    def refusal_threshold(self, frame: Frame, threshold: float) -> float:
        """Below this the documents are taken not to answer: `threshold`, or for a yes/no question
        the lower one fitted for them (the reader learned from SQuAD, which has none)."""
        yes_no = self.settings.yes_no_threshold
        if self._reader is None or yes_no is None or not frame.yes_no:
            return threshold
        return min(threshold, yes_no)

    def heading_section(self, frame: Frame, retrieval: Retrieval) -> list[Unit]:
        """The sentences of the one found section whose heading the question asks about ("What
        risks does the brief see?" under "Risks"), in order; none for a comparison (its sides are
        gathered from several) or a yes/no question (it asks about one claim)."""
        if not self.settings.heading_sections or frame.kind == "comparison" or frame.yes_no or not retrieval.passages:
            return []
        points_back = bool(frame.query.context) and refers_back(frame.question)
        return asked_section(frame.question, frame.gathers, retrieval,
                             self.settings.overview_sentences * (1 + asks_all(frame.question)), not points_back)

    def confident(self) -> float:
        """Answerability above which an answer needs no hedge: the model's own threshold, fitted on
        SQuAD windows, which is stricter than the one fitted on the assistant's questions."""
        if self._reader is None:
            return float("-inf")
        return float(self._reader().meta["threshold"])

    def units(self, question: str, retrieval: Retrieval, lexicon: Lexicon | None) -> list[Unit]:
        """Every candidate unit of the retrieved passages, scored by similarity and term coverage
        (the retrieval-level score that decides what the reader reads), best first."""
        out: list[Unit] = []
        seen: set[str] = set()
        weights = {t: w for t, w in retrieval.weights.items() if t not in _FRAME} or retrieval.weights
        w = self.settings.similarity_weight
        skipped = not_asked(question)  # a "Sources:" line answers only a question about sources, …
        for rank, p in enumerate(retrieval.passages):
            c = p.chunk
            sims = retrieval.sentence_scores.get(c.id)
            items = set(c.list_items)
            # the heading is part of what a sentence says ("Parliamentary Oversight", "Conclusion")
            heading = f"{c.section or ''} {heading_says(question, c.section)}"
            done: set[tuple[tuple[int, ...], ...]] = set()
            for i in range(len(c.sentences)):
                if skipped(c, i):
                    continue
                groups = unit_groups(len(c.sentences), i, items, c.sentences)
                if groups in done:
                    continue
                done.add(groups)
                texts = tuple(group_text(c.sentences, g, items) for g in groups)
                key = " ".join(texts).lower()
                if key in seen or len(key) < 3:
                    continue  # the same sentence repeated by an overlapping passage
                seen.add(key)
                idx = [j for g in groups for j in g]
                dense = float(max(sims[j] for j in idx)) if sims is not None else p.dense
                cov = coverage(weights, f"{heading} {key}", lexicon)
                u = Unit(rank, p, groups, texts, dense, cov)
                u.score = u.retrieval = w * dense + (1 - w) * cov + PASSAGE_WEIGHT * p.score
                out.append(u)
        out.sort(key=lambda u: -u.score)
        return out

    def read(self, question: str, units: list[Unit], gathers: bool = False) -> list[Unit]:
        """The reader reads the best units (each with its heading and the sentence before it, as
        context); their answerability becomes their score, retrieval only breaking near-ties."""
        if self._reader is None or not units:
            return units
        # a synthesis or comparison gathers several points: read more candidates
        a = self.settings
        top = units[: max(a.read_units, a.gather_read_units) if gathers else a.read_units]
        views: list[list[tuple[str, int]]] = []
        for u in top:  # the best rows by retrieval also cell by cell (`units.reading_windows`)
            views.append(reading_windows(u, by_cell=sum(len(v) > 1 for v in views) < ROWS_BY_CELL))
        readings = iter(self._reader().read(question, [w for ws in views for w in ws]))
        amount = a.amount_spans and asks_amount(question)  # needs a number in the span (docs/reader.md)
        lacks = lacks_value(question) if a.amount_spans else None  # a price without a currency, …
        for u, ws in zip(top, views):
            best: tuple[float, str] = (-1.0, "")
            for r, (context, _) in zip((next(readings) for _ in ws), ws):
                said = context[r.span[0]:r.span[1]].strip() if r.span is not None else ""
                judged = 0.0 if amount and said and not states_amount(said) else r.answerable
                best = max(best, (judged, said), key=lambda x: x[0])
            u.answerable, said = best
            if gives_otherwise(u, lacks):
                u.answerable = 0.0
            u.score = u.answerable + RETRIEVAL_WEIGHT * u.retrieval
            u.span = passage_span(u, said)
        return sorted(top, key=lambda u: -u.score)

    def answer(self, question: Frame | str, retrieval: Retrieval, lexicon: Lexicon | None) -> Answer:
        frame = question if isinstance(question, Frame) else Frame.of(question)
        question = frame.question
        units = self.units(question, retrieval, lexicon)
        if frame.author:
            bylines = [u for u in units if byline_index(u.passage.chunk) in u.indexes
                       and about_document(question, u.passage.chunk.title)]
            if bylines:  # the document's own statement of who wrote it: nothing to weigh
                return compose([min(bylines, key=lambda u: u.passage_rank)], retrieval, 1.0)
            if any(about_document(question, u.passage.chunk.title) for u in units):
                return refusal(retrieval, 0.0)  # the document asked about names no author
        else:  # a byline says who wrote the document, not who did what in it (docs/reader.md); a
            # unit that joins it to the next sentence ("This report examines ...") is that sentence's
            units = [u for u in units if set(u.indexes) != {byline_index(u.passage.chunk)}]
        whole = frame.overview(retrieval.passages[0].chunk.title) if retrieval.passages else None
        if whole:
            sections = overview_units(whole, retrieval, self.settings.overview_sentences * (1 + asks_all(question)),
                                      states_nothing)
            if sections:  # the document's own section for the question: nothing to weigh
                return compose(sections, retrieval, 1.0)
            # a request of that document ("What do the tin notes recommend?"), which has no section
            # for it: another document's Recommendations do not answer it, however well they read
            source = retrieval.passages[0].chunk.source
            units = [u for u in units if u.passage.chunk.source == source]
        asked = self.heading_section(frame, retrieval)
        if asked:  # a section whose heading is what the question asks about: its sentences answer
            return compose(asked, retrieval, 1.0, lead=asked[0], kind=frame.kind)
        row = extreme_row(question, units, retrieval.introduced) if self.settings.table_extremes and frame.kind != "comparison" else None
        if row is not None and row.column is None:  # "Which criterion carries the most marks?": computed over the rows
            return compose([row.row], citing_all(retrieval, [row.row]), 1.0)
        if self._reader is not None and max((u.dense for u in units), default=0.0) < self.settings.topic_floor:
            # nothing in the documents is about the question: a reader would still find a span
            # somewhere ("Who won the 2022 World Cup?" in a sentence naming Pakistan)
            return refusal(retrieval, 0.0)
        if wants_timeline(question, self.settings):
            events = timeline(units, retrieval, self.settings.composed_points, self.settings.topic_floor)
            if len(events) >= 2:  # no sentence answers "give me a timeline": the search chose them
                return dataclasses.replace(compose(events, retrieval, max(u.dense for u in events), lead=events[0],
                                                   kind="synthesis"), notice=TIMELINE_NOTICE)
        units = self.read(frame.reading or question, units, frame.gathers)
        if self.settings.figure_checks:  # lot CMX-05's grades for lot CMX-08, 2006's events for 2008
            units = other_figures(question, units, retrieval)
        threshold = self.threshold()
        # the order mixes in retrieval, so the most answerable unit need not come first; refusal
        # reads the passages the search found: one read only as the rest of a found section is
        # weaker evidence that the documents hold the answer (docs/reader.md, twenty-first session)
        found = max((unit_evidence(u) for u in units if u.passage.section_of is None), default=0.0)
        if row is not None and (found < self.confident() or same_table(units[0], row.row)):  # ranked by the one
            # column that could be meant, where no sentence answers well (the reader reads every row alike):
            # saying which column, for the user to judge (a reviewer's case)
            return _hedged(compose([row.row], citing_all(retrieval, [row.row]), 1.0), RANKED_BY.format(column=row.column))
        if found < self.refusal_threshold(frame, threshold) or self.settings.name_spans and units \
                and describes_only(span_text(units[0]), units[0].text, question):  # described, not named
            return refusal(retrieval, found)
        evidence = max((unit_evidence(u) for u in units), default=0.0)
        units = [u for u in units if unit_evidence(u) >= threshold] + [u for u in units if unit_evidence(u) < threshold]
        kind = frame.kind if self._reader is not None else "factoid"
        hedge = HEDGE if evidence < self.confident() else None
        if kind != "factoid":
            units, retrieval = self.lead_section(frame, units, retrieval, lexicon, threshold)
            return _hedged(self.compose_many(kind, list(frame.sides), units, retrieval, evidence, threshold,
                                             frame.reading or question, lexicon), hedge)
        near = max(threshold, unit_evidence(units[0]) * ELSEWHERE_SHARE)  # answers about as well as the best
        best = newest(question, units[0], [u for u in units[1:] if unit_evidence(u) >= near], retrieval.dates, retrieval.messages)
        intro = self.introduced(frame.reading or question, [best], retrieval, lexicon)
        if intro:  # the best unit introduces a list or subsections cut off by its passage's end
            _, lead_in, points, extended = intro
            return _hedged(compose([lead_in, *points], extended, evidence, lead=lead_in, kind="synthesis"), hedge)
        following = retrieval.introduced.get(best.passage.chunk.id, [])
        points = enumerated(best, following) or ([] if asks_who(question) else  # "Who provided the figures?"
                                                 captioned(best, self.settings.composed_points, following))
        if points:  # "It reveals three weaknesses." with its "First, …", or a table's caption with its rows
            return _hedged(compose([best, *points], citing_all(retrieval, points), evidence, lead=best,
                                   kind="synthesis"), hedge)
        lead = with_its_list(best)
        chosen = [with_what_follows(lead) if asks_why(question) or asks_said(question) and speaks_on(lead) else lead]
        for u in units:
            if len(chosen) >= self.settings.max_sentences:
                break
            if u is best:
                continue
            if unit_evidence(u) < threshold or u.score < best.score * 0.9:
                continue
            if any(redundant(u.text, c.text) for c in chosen):
                continue
            chosen.append(u)
        # a figure another document gives otherwise is set beside it, if it reads about as well
        elsewhere = figures_elsewhere(best, [u for u in units if unit_evidence(u) >= near and u not in chosen],
                                      chosen, 1, set(tokenize(question)))
        if elsewhere and len(chosen) >= self.settings.max_sentences:  # in place of a further sentence
            elsewhere = elsewhere if len(chosen) > 1 else []  # a one-sentence answer stays one sentence
            chosen = chosen[:-1] if elsewhere else chosen
        chosen += elsewhere
        chosen.sort(key=lambda u: (u.passage_rank, u.indexes[0]))
        if hedge:  # unsure which passage answers, its order among them is a guess too: the closest
            # others follow the answer's own sentences, best first, within its length
            chosen += closest(units, chosen, threshold, self.settings.hedged_passages,
                              self.settings.max_sentences - len(chosen), frame.said)
        answer = compose(chosen, retrieval, evidence, lead=best)
        if answer.short_answer and not answers_alone(question, frame.yes_no, answer.short_answer):
            answer = dataclasses.replace(answer, short_answer=None)
        if answer.short_answer:  # a figure another document gives otherwise is set beside it
            answer = dataclasses.replace(answer, short_answer=sources_differ(chosen, answer.citations, retrieval.dates) or answer.short_answer)
        return _hedged(answer, hedge)


    def lead_section(self, frame: Frame, units: list[Unit], retrieval: Retrieval, lexicon: Lexicon | None,
                     threshold: float) -> tuple[list[Unit], Retrieval]:
        """The units read, with those of the rest of the section of the unit that leads the answer
        when the search did not bring them (`Retrieval.sections`): the reader often leads with a
        point of a passage the search ranked low, whose sibling points were never read. Whether
        the documents answer is decided before; this only adds points."""
        at = lead_unit(units, threshold).passage
        # a lead in a passage the section rule added: its section is the one of the passage that brought it
        rest = retrieval.sections.get(at.chunk.id) or retrieval.sections.get(at.section_of or "", [])
        have = {p.chunk.id for p in retrieval.passages}
        extra = [p for p in rest if p.chunk.id not in have]
        if not extra:
            return units, retrieval
        # scored and read as the first units were: the question as asked, the reader's reading of it
        more = self.units(frame.question, dataclasses.replace(retrieval, passages=extra), lexicon)
        for u in more:  # ranked after the passages already read
            u.passage_rank += len(retrieval.passages)
        read = self.read(frame.reading or frame.question, more, gathers=True)
        ranked = sorted(units + read, key=lambda u: -u.score)
        units = [u for u in ranked if unit_evidence(u) >= threshold] + [u for u in ranked if unit_evidence(u) < threshold]
        return units, dataclasses.replace(retrieval, passages=retrieval.passages + extra)

    def compose_many(self, kind: Kind, names: list[str], units: list[Unit], retrieval: Retrieval,
                     evidence: float, threshold: float, question: str, lexicon: Lexicon | None) -> Answer:
        """Several answering units, from any passage: the best leads (one that clears `threshold`
        and does not merely restate the document), the others follow in the documents' order; a
        comparison gets the best units naming each side. `names`: what the question is about (a
        comparison's sides)."""
        limit = self.settings.composed_points
        # a point is cited where the document argues it, not where its abstract restates it: on
        # the 941 measured cases (suite, rounds 10-19) gathered answers cited the article's
        # Abstract 83 times where the cases' writers cited it twice. Its units come after every
        # other, and it leads only when no other unit clears the threshold (then it alone answers):
        # pass 0.667 -> 0.672, fact credit 0.761 -> 0.770 (synthesis pass 0.376 -> 0.398). Taking
        # the Introduction and Conclusion last as well gave 0.667 / 0.759, so they stay. Only a
        # heading that says it summarises counts, so SQuAD and WikiQA (no such headings) are unchanged.
        first = lead_unit(units, threshold)
        # an explanation's reason is often the sentence after the one that restates the question
        lead = with_what_follows(first) if kind == "explanation" or asks_why(question) else first
        # whether the documents answer was decided once, on the best unit. A point of a synthesis
        # ("the risks", "what it says about X") is rarely a span a SQuAD reader would name, so the
        # further points are the best read units, those over the threshold first, each not
        # required to clear it: on the gathering questions of rounds 10-12 fact credit rose from
        # 0.49 to 0.56 (round 14, written before, measures it)
        named = names if kind != "comparison" else []
        # a question about named things ("How does China view ...") takes its further points
        # from what names them first (in the order above). On the 841 measured cases of the
        # suite and rounds 10-17: pass 0.669 -> 0.672, fact credit of gathered answers 0.784 ->
        # 0.790; requiring the name (no other points) gave 0.779. Round 18 measured it.
        # then the points under the lead's top-level section: a request for "the to-do list" wants
        # the list, not some of it and its neighbours (decided before measurement; docs/reader.md,
        # twentieth session). A comparison's sides decide its points instead.
        shared = retrieval.shared_headings
        home = top_section(lead.passage.chunk, shared) if kind != "comparison" else None
        others = sorted((u for u in units if u is not first),
                        key=lambda u: (restates(u), not any(names_side(u, n, self.settings.place_names) for n in named),
                                       home is not None and top_section(u.passage.chunk, shared) != home))
        units = [lead, *others]
        picked: list[Unit] = []
        for u in units:
            if len(picked) >= limit:
                break
            if not any(redundant(u.text, c.text) or set(u.indexes) & set(c.indexes) and u.passage is c.passage
                       for c in picked):
                picked.append(u)
        if kind == "comparison":
            groups: list[tuple[str, list[Unit]]] = []
            used: set[int] = set()
            per_side = max(1, limit // 2)
            for side in names[:3]:
                mine: list[Unit] = []
                for u in units:
                    if len(mine) >= per_side:
                        break
                    if id(u) in used or not names_side(u, side, self.settings.place_names, whose=True):
                        continue
                    if any(redundant(u.text, c.text) or set(u.indexes) & set(c.indexes) and u.passage is c.passage
                           for c in mine + [c for _, g in groups for c in g]):
                        continue  # the same point, or the same sentence in a larger unit
                    mine.append(u)
                used.update(id(u) for u in mine)
                groups.append((side, in_order(mine)))
            if sum(1 for _, g in groups if g) >= 2:
                return compose([u for _, g in groups for u in g], retrieval, evidence, lead=units[0],
                               kind=kind, groups=[(side, len(g)) for side, g in groups])
        picked, prose = with_points(picked, limit, retrieval.introduced)
        retrieval = citing_all(retrieval, prose)
        intro = self.introduced(question, picked, retrieval, lexicon)
        # the lead's own points come first, in their order; other points in the documents' order
        rest = [*prose, *in_order([u for u in picked[1:] if u not in prose])] if prose and prose[0] is picked[1] \
            else in_order(picked[1:])
        if intro:  # what a chosen lead-in introduces comes at its rank: it displaces only weaker points
            at, lead_in, points, retrieval = intro
            weaker = [u for u in picked[at + 1:]
                      if not any(u.passage.chunk.id == x.passage.chunk.id or redundant(u.text, x.text) for x in points)]
            picked = [*picked[:at], lead_in, *weaker[:max(0, limit - at - 1 - len(points))]]
            # the answer's lead ends with a colon: its points are the first bullets; else they sit
            # in the documents' order with the other points, right after their lead-in
            rest = [*points, *in_order(picked[1:])] if at == 0 else in_order(picked[1:] + points)
        return compose([picked[0], *rest], retrieval, evidence, lead=units[0], kind=kind)

    def introduced(self, question: str, chosen: list[Unit], retrieval: Retrieval,
                   lexicon: Lexicon | None) -> tuple[int, Unit, list[Unit], Retrieval] | None:
        """A chosen unit that ends its passage with a lead-in ("Pakistan must manage several
        NSP-relevant risks:") says nothing by itself: what it introduces is in the next passages
        (chunking.introduced). For the first such unit of `chosen` that has points: its place, the
        unit ending with its colon again, one point from each introduced passage (at most
        `composed_points`) and the retrieval with those passages added, so they can be cited."""
        for at, u in enumerate(chosen):
            c = u.passage.chunk
            more = retrieval.introduced.get(c.id)
            if not more or u.indexes[-1] != len(c.sentences) - 1 or not introduces(c):
                continue
            points = self._points(question, chosen[:at + 1], more, retrieval, lexicon)
            if not points:
                continue
            if u.texts[-1].endswith("."):  # it reads as what it is: the lead-in to the points
                u = dataclasses.replace(u, texts=(*u.texts[:-1], u.texts[-1][:-1] + ":"))
            have = {p.chunk.id for p in retrieval.passages}
            passages = retrieval.passages + [p for p in more if p.chunk.id not in have]
            return at, u, points, dataclasses.replace(retrieval, passages=passages)
        return None

    def _points(self, question: str, kept: list[Unit], more: list[Passage], retrieval: Retrieval,
                lexicon: Lexicon | None) -> list[Unit]:
        """One point per introduced passage: of its few best candidates by retrieval, the one the
        reader finds best answers the question. A passage that something in `kept` already cites
        is represented there."""
        candidates = self.units(question, dataclasses.replace(retrieval, passages=more), lexicon)
        each = max(2, self.settings.gather_read_units // len(more))  # every passage gets read
        pool: list[Unit] = []
        for p in more:
            if any(y.passage.chunk.id == p.chunk.id for y in kept):
                continue
            pool += [x for x in candidates if x.passage is p and not any(redundant(x.text, y.text) for y in kept)][:each]
        for x in pool:  # ranked after the passages the search found
            x.passage_rank += len(retrieval.passages)
        read = self.read(question, pool, gathers=True)
        points = [max(mine, key=unit_evidence) for p in more if (mine := [x for x in read if x.passage is p])]
        return points[: self.settings.composed_points]


def _hedged(answer: Answer, hedge: str | None) -> Answer:
    return dataclasses.replace(answer, notice=hedge, hedged=True) if hedge and not answer.notice else answer
