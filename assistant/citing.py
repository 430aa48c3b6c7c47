"""An answer from the units chosen for it: each sentence verbatim and cited, the cited passages
numbered in order of first use, the reader's short span shown first where it has one."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from .composing import Kind, lay_out
from .dating import MessageDates, sentence_date
from .lexical import tokenize
from .retrieval import Retrieval
from .types import Answer, AnswerSentence, Citation, Passage
from .units import FOOTNOTE, Unit

REFUSAL = "The documents do not answer this question."
# a span is a short answer worth a line of its own when it is at most this many words and
# at most this share of its sentence's words
SHORT_SPAN_WORDS, SHORT_SPAN_SHARE = 8, 0.6


def compose(chosen: list[Unit], retrieval: Retrieval, evidence: float, lead: Unit | None = None,
            kind: Kind = "factoid", groups: list[tuple[str, int]] | None = None) -> Answer:
    """Number the cited passages in order of first use and attach a marker to every sentence.
    `lead`, the best unit, gives the short answer when its span is short. A factoid reads as
    running text; other kinds are laid out as a lead and bullets (`groups`: a label and a count of
    units for each side of a comparison)."""
    chosen, groups = _without_repeats(chosen, groups)
    markers: dict[str, int] = {}
    quotes: dict[str, list[str]] = {}
    sentences: list[AnswerSentence] = []
    for u in chosen:
        cid = u.passage.chunk.id
        n = markers.setdefault(cid, len(markers) + 1)
        quotes.setdefault(cid, []).extend(u.passage.chunk.sentences[i] for i in u.indexes)
        for text in u.texts:
            sentences.append(AnswerSentence(text, (n,), verified=verify_extractive(text, u.passage), support=1.0))
    by_id = {p.chunk.id: p for p in retrieval.passages}
    spans = {}
    for u in chosen:
        spans.setdefault(u.passage.chunk.id, _within_a_cell(u))
    if lead is not None and _within_a_cell(lead):
        spans[lead.passage.chunk.id] = lead.span
    citations = tuple(
        citation(n, by_id[cid], " … ".join(quotes[cid]), spans.get(cid), markers)
        for cid, n in sorted(markers.items(), key=lambda x: x[1])
    )
    cited = [" ".join(f"{t} [{markers[u.passage.chunk.id]}]" for t in u.texts) for u in chosen]
    if kind == "factoid" or len(cited) == 1:
        text = " ".join(cited)
    elif groups:
        labelled, at = [], 0
        for side, n in groups:
            labelled.append((side, cited[at:at + n]))
            at += n
        text = lay_out(kind, "", [], labelled)
    else:
        text = lay_out(kind, cited[0], cited[1:])
    short = short_answer(lead, markers) if lead is not None and kind == "factoid" else None
    if groups and len(groups) > 1:
        short = figures_side_by_side(chosen, groups, markers)
    return Answer(text=text, citations=citations, refused=False, query=retrieval.query,
                  sentences=tuple(sentences), mode="extractive", evidence=evidence, short_answer=short)


def _without_repeats(chosen: list[Unit], groups: list[tuple[str, int]] | None
                     ) -> tuple[list[Unit], list[tuple[str, int]] | None]:
    """The units without the sentences an earlier unit already gives: a sentence its neighbour's
    "It …" travels with is also a unit of its own, and the answer said it twice (m8-038: "It put
    the cost … USD 240 million" twice in four sentences). A unit left with nothing goes, and each
    side keeps the count of what is left of it."""
    given: dict[str, set[int]] = {}
    kept: list[Unit] = []
    counts = [n for _, n in groups] if groups else [len(chosen)]
    left: list[int] = []
    at = 0
    for n in counts:
        mine = 0
        for u in chosen[at:at + n]:
            mine_given = given.setdefault(u.passage.chunk.id, set())
            keep = [k for k, g in enumerate(u.groups) if not set(g) <= mine_given]
            mine_given.update(u.indexes)
            if not keep:
                continue
            if len(keep) < len(u.groups):
                u = dataclasses.replace(u, groups=tuple(u.groups[k] for k in keep),
                                        texts=tuple(u.texts[k] for k in keep))
            kept.append(u)
            mine += 1
        left.append(mine)
        at += n
    if groups is None:
        return kept, None
    return kept, [(side, m) for (side, _), m in zip(groups, left)]


def figures_side_by_side(chosen: list[Unit], groups: list[tuple[str, int]], markers: dict[str, int]) -> str | None:
    """The lead line of documents set side by side when each side's first point is a figure ("Market
    Brief: USD 65 million [1]; Impact Assessment: USD 58 million [2]"): where they differ, at a
    glance. None when a side's reader span is no short figure (a lead line of words would be one
    phrase picked from a sentence)."""
    parts, at = [], 0
    for label, n in groups:
        first = chosen[at] if n else None
        at += n
        span = short_answer(first, markers) if first is not None else None
        if span is None or not _figure(span):
            return None
        parts.append(f"{label}: {span}")
    return "; ".join(parts)


def sources_differ(chosen: list[Unit], citations: tuple[Citation, ...],
                   dates: Mapping[str, tuple[str, tuple[int, int, int]]] | None = None) -> str | None:
    """The lead line of a one-point answer whose chosen sentences come from documents that give
    different figures for it ("The documents differ: Copper Belt Outlook: 5.6 [1]; An Independent
    Review: US$ 7.4 billion [2]"): the first document's figure alone read as the answer, the other
    shown under it as if it agreed (a blind user test). Each document is named with the date it
    gives itself, the newest first. None unless two documents' reader spans are short figures of
    the same measure that differ ("25 cusecs" beside a table's "Value: 660" of megawatts, and
    "3.8 million tonnes" beside "Value: 3.8", were no disagreement: a blind user test)."""
    markers = {c.chunk_id: c.marker for c in citations}
    dates = dates or {}
    first: dict[str, tuple[str, str, Unit]] = {}  # source -> (its label, its span, its unit)
    for u in chosen:
        span = short_answer(u, markers)
        source = u.passage.chunk.source
        # (a year or a date is no figure to set against another: "2019" and "2017" were two plants)
        if source not in first and span and _figure(span) and not _DATED.search(_figure(span)):
            dated = f" ({dates[source][0]})" if source in dates else ""
            first[source] = (u.passage.chunk.title.split(" | ")[0].strip() + dated, span, u)
    if len(first) < 2:
        return None
    lead, *rest = first.values()
    # the others that count what the first counts; a disagreement is one whose value is another
    rest = [r for r in rest if _same_measure(_figure(r[1]), r[2].text, _figure(lead[1]), lead[2].text)]
    if not any(not _same_value(_figure(r[1]), _figure(lead[1])) for r in rest):
        return None
    shown = [lead, *rest]
    if all(r[2].passage.chunk.source in dates for r in shown):  # the newest first: a correction first
        shown.sort(key=lambda r: dates[r[2].passage.chunk.source][1], reverse=True)
    return "The documents differ: " + "; ".join(f"{label}: {span}" for label, span, _ in shown)


def _same_value(a: str, b: str) -> bool:
    """Do two figures give the same value: "1,000" and "1000", "USD 7.4 billion" and "USD 7,400
    million", and "3.8 million tonnes" beside a table's "3.8" (its unit in another cell)?"""
    return _amounts(a) == _amounts(b) or [x.replace(",", "") for x in _NUMBER.findall(a)] == \
        [x.replace(",", "") for x in _NUMBER.findall(b)]


_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


# a question for the figure as it stands now ("What is the latest capital cost?", "the current date")
_LATEST = re.compile(r"\b(?:latest|most\s+recent|current(?:ly)?|now|revised|updated|corrected|newest|up[-\s]to[-\s]date)\b",
                     re.IGNORECASE)


def newest(question: str, best: Unit, others: list[Unit], dates: Mapping[str, tuple[str, tuple[int, int, int]]],
           messages: MessageDates | None = None) -> Unit:
    """For a question asking for what is latest, the unit among `best` and `others` (those that
    answer nearly as well) of the newest document that dates itself, where it is newer than
    `best`'s: "What is the latest commercial operation date?" was answered from a March report
    that a June correction had revised (a blind user test). A thread's sentence is as new as its
    message (`messages`: `dating.message_dates`). `best` for any other question."""
    if not _LATEST.search(question) or not (dates or messages):
        return best
    def when(u: Unit) -> tuple[int, int, int]:  # an undated document counts as the oldest
        own = sentence_date(u.passage.chunk.id, u.indexes[0], messages or {})
        if own is not None:
            return own[1]
        return dates[u.passage.chunk.source][1] if u.passage.chunk.source in dates else (0, 0, 0)

    top = max([best, *others], key=when)  # the first of the newest: `best` where it is as new
    return top if when(top) > when(best) else best


def figures_elsewhere(best: Unit, others: list[Unit], have: list[Unit], limit: int, asked: set[str]) -> list[Unit]:
    """Of `others` (the units that answer too, best first), the best of each document `have` has
    no sentence from whose reader span is one figure other than `best`'s one figure, of the same
    measure, in a sentence that shares a word of the question's (`asked`, its word stems) with
    the best one's: "How much barite did Pakistan export in 2025?" was answered with one brief's
    58,400 tonnes alone, the other brief's 63,000 not chosen, since its sentence scored under
    the best one (blind round m9). Years and dates are no such figures ("2019" beside the "2023"
    of an expansion), nor a span of two numbers."""
    own = _span_figure(best)
    if not own:
        return []
    shared = asked & set(tokenize(best.text))
    seen = {u.passage.chunk.source for u in have}
    out: list[Unit] = []
    for u in others:
        figure = _span_figure(u)
        if len(out) >= limit or u.passage.chunk.source in seen or not figure:
            continue
        seen.add(u.passage.chunk.source)  # a document's best span speaks for it
        if not _same_value(figure, own) and _same_measure(figure, u.text, own, best.text) \
                and (not shared or shared & set(tokenize(u.text))):
            out.append(u)
    return out


# what a figure counts, written one way: "USD 212 million" and "260 million dollars" are both money
_MEASURES = {"usd": "$", "us$": "$", "us $": "$", "$": "$", "dollars": "$", "dollar": "$", "rs": "rs", "rupees": "rs",
             "pkr": "rs", "percent": "%", "per cent": "%", "%": "%", "tonnes": "t", "tons": "t", "tonne": "t", "ton": "t",
             "t": "t", "mt": "t", "kt": "t"}
_SCALES = r"(?:thousand|million|billion|trillion|bn|mn)"
# what can follow a number without saying what it counts ("5 of the 7", "in 2019 and")
_NO_MEASURE = {"of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "a", "an", "the", "per", "than"}


def _measure(figure: str) -> str:
    """What a figure is of: its currency before or its word after ("USD 212 million": $; "14
    million tonnes": t; "4,900 people": people), "" when it says nothing of that ("14 million")."""
    before = re.match(r"\W*(?:about|around|roughly|some|nearly|almost|over|more than|less than|up to)?\s*"
                      r"(us\s?\$|\$|usd|rs\.?|pkr)\s*\d", figure, re.IGNORECASE)
    if before:
        return _MEASURES[re.sub(r"\s+", " ", before.group(1).lower()).rstrip(".")]
    after = re.search(rf"\d(?:[\d,.]*\d)?\s*(?:{_SCALES}\b\s*)?(%|per cent|us dollars|[a-z$]+)", figure, re.IGNORECASE)
    if not after or re.fullmatch(_SCALES, after.group(1), re.IGNORECASE):
        return ""
    word = after.group(1).lower().replace("us dollars", "dollars")
    if word in _NO_MEASURE:
        return ""
    # a rate is not an amount: "150,000 tonnes per year" of a plant's capacity and "1.2 tonnes" of
    # ore tested were claimed as two documents' differing figures (round m10)
    per = re.match(r"\s*(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:(?:per|a|an|each|every|/)\s*(year|yr|y|annum|day|d|month|week|hour)\b"
                   r"|(annually|yearly|daily|monthly|weekly))", figure[after.end():], re.IGNORECASE)
    period = _PERIODS.get((per.group(1) or per.group(2)).lower(), "") if per else ""
    return _MEASURES.get(word, word) + (f"/{period}" if period else "")


_PERIODS = {"year": "year", "yr": "year", "y": "year", "annum": "year", "annually": "year", "yearly": "year",
            "day": "day", "d": "day", "daily": "day", "month": "month", "monthly": "month", "week": "week",
            "weekly": "week", "hour": "hour"}


def _same_measure(a: str, a_text: str, b: str, b_text: str) -> bool:
    """Do figures `a` and `b` (of sentences `a_text`, `b_text`) count the same thing? A bare
    "4,900" counts people where its sentence says "people", as "6,800 people" does."""
    ma, mb = _measure(a), _measure(b)
    if ma == mb:
        return True
    if ma and mb:
        return False
    said, text = (ma, b_text) if ma else (mb, a_text)
    return said not in _MEASURES.values() and re.search(rf"\b{re.escape(said)}\b", text, re.IGNORECASE) is not None


def _span_figure(u: Unit) -> str:
    """The unit's reader span when it is a short figure (one number, no year or date), else ""."""
    span = _within_a_cell(u)
    if span is None:
        return ""
    text = u.passage.chunk.text[span[0]:span[1]].strip()
    if len(text.split()) > SHORT_SPAN_WORDS or len(_amounts(text)) != 1 or _DATED.search(text):
        return ""
    return text


# a year ("2019", "in 2023") or a month: a date, not an amount
_DATED = re.compile(r"^\D*(?:19|20)\d\d\D*$|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


def _figure(span: str) -> str:
    """A short answer's text without its marker ("USD 65 million" of "USD 65 million [1]") when it
    holds a figure, else ""."""
    text = span.rsplit(" [", 1)[0]
    return text if re.search(r"\d", text) else ""


_SCALE = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}  # not "m": metres


def _amounts(text: str) -> tuple[float, ...]:
    """The figures of a span as values: "1,000" and "1000", "USD 7.4 billion" and "USD 7,400
    million" are the same (a reviewer's cases)."""
    out = []
    for m in re.finditer(r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn)?\b", text, re.IGNORECASE):
        out.append(round(float(m.group(1).replace(",", "")) * _SCALE.get((m.group(2) or "").lower(), 1.0), 6))
    return tuple(out)


def short_answer(u: Unit, markers: dict[str, int]) -> str | None:
    """"70 percent [1]" when the reader's span is a short phrase of a longer sentence."""
    if not _within_a_cell(u):
        return None
    text = u.passage.chunk.text[u.span[0]:u.span[1]].strip().strip(",;:")  # type: ignore[index]
    # a currency the span starts after ("US" of "US$ 1.42 billion" read as "$ 1.42 billion": a blind user test)
    currency = re.search(r"\b(?:US|USD|PKR|Rs\.?)\s?$", u.passage.chunk.text[max(0, u.span[0] - 5):u.span[0]])  # type: ignore[index]
    if currency and text[:1] in "$0123456789":
        text = currency.group(0) + text
    generic = _GENERIC_CELL.match(text) if " | " in u.text else None
    if generic:  # "Value: 412" of a row whose "Unit: million tonnes" says what it counts: "412 million tonnes"
        unit = re.search(r"(?:^|\| )Units?: ([^|]{1,30}?)(?: \||\.?$)", u.text)
        text = f"{text[generic.end():]} {unit.group(1)}" if unit else text[generic.end():]
    words = len(text.split())
    if not text or words > SHORT_SPAN_WORDS or words > SHORT_SPAN_SHARE * len(u.text.split()):
        return None
    return f"{FOOTNOTE.sub('', text)} [{markers[u.passage.chunk.id]}]"


# a column label that says nothing of what the figure counts (a blind user test: "Value: 2,300");
# one that does ("Copper (USD/t): 10,600") stays with its figure
_GENERIC_CELL = re.compile(r"(?:value|figure|amount|number|total|result|estimate|count|data)s?:\s+(?=\S)", re.IGNORECASE)


def _within_a_cell(u: Unit) -> tuple[int, int] | None:
    """The reader's span, unless it runs across a table row's cells ("570 | Cu grade (%" for the
    copper grade, a blind user test): a span of two cells is no answer to show."""
    if not u.span or " | " in u.passage.chunk.text[u.span[0]:u.span[1]]:
        return None
    return u.span


def citation(marker: int, p: Passage, quote: str, span: tuple[int, int] | None = None,
             markers: dict[str, int] | None = None) -> Citation:
    """`markers`: the answer's marker of each cited chunk id, to name the lead-in that brought `p`."""
    c = p.chunk
    via = (markers or {}).get(p.via) if p.via is not None else None
    near = (markers or {}).get(p.section_of) if p.section_of is not None else None
    return Citation(marker=marker, chunk_id=c.id, source=c.source, title=c.title, section=c.section,
                    page=c.page, text=c.text, quote=quote, score=round(p.score, 4), span=span,
                    introduced=p.via is not None, via=via, in_section=p.section_of is not None,
                    in_section_of=near)


def refusal(retrieval: Retrieval, evidence: float) -> Answer:
    related = tuple(citation(i + 1, p, "") for i, p in enumerate(retrieval.passages[:3]))
    return Answer(text=REFUSAL, citations=(), refused=True, query=retrieval.query, mode="refusal",
                  evidence=evidence, related=related)


def verify_extractive(text: str, passage: Passage) -> bool:
    """Each part of an extractive sentence must occur verbatim in its passage (after the same
    footnote trimming): this is what lets us promise the quote is the source's own words."""
    source = _squash(FOOTNOTE.sub("", passage.chunk.text))
    parts = [p for p in re.split(r";\s+|(?<=:)\s+", text.rstrip(".")) if p.strip()]
    return all(_squash(p.rstrip(".:;")) in source for p in parts)


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()
