"""Two documents set side by side: "How do the market brief and the ESIA summary differ on what
Shigar will cost to build?", "When is first concentrate due? The brief and the assessment don't
agree."

A comparison's sides were names in the question ("China's and India's concerns"), each found in
the passages of one search. Where the sides are documents, one search over all of them finds
whichever says it best, often one document twice, and the other side was missing or the
question refused (blind rounds m2-m5: 0 of 5 such comparisons right in m5's before-run). Each
named document is searched and read on its own with what the question asks of it (`side_question`),
and the answer gives each document's point under its title.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from .answering import HEDGE, ExtractiveAnswerer
from .citing import compose, refusal
from .composing import sides
from .places import country_of
from .conversation import Query
from .frame import Frame
from .lexical import STOPWORDS, tokenize
from .picking import unit_evidence
from .naming import COMPARES, NOT_CONTRACTION, plain_words, after_names, documents_named, names_a_document, without_document
from .retrieval import Retrieval
from .types import Answer, Passage
from .units import Unit

# two documents asked what each says ("What do the market brief and the assessment say about water?")
_SAY = re.compile(r"\band\b.*\b(?:say|says|said|mention\w*|write|writes|wrote|report|reports|reported|state|states)\b",
                  re.IGNORECASE)
# what is no question of its own once the documents' names are out
_FRAME = frozenset(["it", "its", "they", "their", "them", "how", "what", "do", "does", "did", "is", "are", "each", "other",
                    "say", "says", "said", "mention", "mentions", "line"])
# "… differ on what Shigar will cost", "what do A and B say about the timing": what is asked of each
_TOPIC = re.compile(r"\b(?:differ|disagree|agree|compare|contrast|vary|diverge|say|said|says|report|reports|"
                    r"reported|state|states|stated|write|writes|wrote)\w*\s+(?:on|about|over|in|regarding|as to|"
                    r"with respect to|when it comes to)\s+(?P<topic>\S.*)", re.IGNORECASE)
# "… the FAQ on the tax holiday?", "… with each other about cobalt prices": what follows the names
_ABOUT = re.compile(r"\b(?:on|about|over|regarding|concerning|as to|with respect to|when it comes to)\s+(?P<topic>\S.*)",
                    re.IGNORECASE)
_WH = re.compile(r"(?:what|which|who|whom|whose|when|where|how|why|whether)\b", re.IGNORECASE)


# a question asked of the documents as a set ("What do the different sources say about water?",
# "Across these documents, what …?", "Which of the reports mention …?"): the plural and no name
# "papers" and "pieces" are as often newspapers and items; "the sources of funding" are no documents
_SET = r"(?:documents|sources|reports|files|texts)(?!\s+of\b)"
_SPEAK = r"(?:mention|say|said|discuss|describe|report|cover|talk|refer|give|cite|agree|differ|contain|include|address)\w*"
_ACROSS = re.compile(rf"\b(?:across|among|between|according\s+to)\s+(?:all\s+)?(?:the|these|those|my|our)\s+(?:\w+\s+)?{_SET}"
                     rf"|\b(?:the|these|those|all|each|both)\s+(?:of\s+the\s+)?(?:different|various|other|several|"
                     rf"individual|separate)\s+{_SET}\s+(?:\w+\s+)?{_SPEAK}|\b(?:which|how\s+many|each|all)\s+(?:of\s+"
                     rf"(?:the|these|my)\s+{_SET}|(?:the\s+|these\s+|my\s+)?{_SET}\s+{_SPEAK})|\b(?:do|did|does)\s+"
                     rf"(?:the|these|those)\s+(?:\w+\s+)?{_SET}\s+(?:say|said|report|state|mention|agree|differ|disagree|"
                     rf"describe|tell)\b|\b(?:in|from)\s+all\s+(?:the|these|those|my)\s+{_SET}", re.IGNORECASE)
_ACROSS_WORDS = re.compile(rf",?\s*\b(?:(?:across|among|between|in|from|according\s+to)\s+)?(?:all\s+|each\s+)?"
                           rf"(?:of\s+)?(?:the|these|those|my|our)\s+(?:\w+\s+)?{_SET}\b,?", re.IGNORECASE)
# how many documents an answer across them reads, best found first (chosen, not tuned)
MAX_ACROSS = 4
# how many passages the search that finds them reads: a document that gives its own figure in other
# words than the question's ranks below the best documents' several passages (the committee's
# metered figure for "how much water the wellfield pulls each day"; round m15, used; chosen, not tuned)
ACROSS_PASSAGES = 16
# a user who says the sources give different answers wants each one's ("How many bids came in?
# The sources don't seem to match.", "When was the MoU signed? I've seen different dates.", "Is
# Kanraj 11 million tonnes or 14 million tonnes?"): one search gave the best-worded document's
# answer alone (blind rounds m9 and m11: 4 such comparisons, none whole)
_ACCOUNTS = (r"sources|documents|reports|papers|figures|numbers|accounts|dates|versions|estimates|counts|totals|"
             r"answers|claims|stories|explanations")
# not "the different sources of funding": what differs is what the sources give
_FIGURES = r"figures|numbers|accounts|dates|versions|estimates|counts|totals|claims|stories|explanations"
# a remark that they differ, said apart from the question (its own sentence, or after a dash or
# colon): "What happens if the numbers don't add up?" and "What caused the discrepancy in the
# export figures?" ask about a difference, and are read as they stand (a reviewer's cases)
_DIFFERS = re.compile(
    rf"\b(?:the\s+|these\s+|my\s+|their\s+)?(?:{_ACCOUNTS})\s+(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|didn['’]?t|"
    rf"never)\s+(?:seem\s+to\s+|appear\s+to\s+|quite\s+|really\s+)?(?:match|agree|line\s+up|add\s+up|tally|square)\w*"
    rf"|\b(?:I['’]?ve|I\s+have|I)\s+(?:seen|read|heard|found|got(?:ten)?)\s+(?:\w+\s+){{0,2}}?(?:different|conflicting|"
    rf"contradictory|inconsistent|differing|competing|two|several|various)\b"
    rf"|\b(?:give|gives|giving|show|shows|report|reports|cite|cites|quote|quotes|see|seeing|get|getting)\s+(?:\w+\s+)?"
    rf"(?:different|conflicting|contradictory|inconsistent|differing|competing)\s+(?:{_FIGURES})\b"
    rf"|\bdiscrepanc(?:y|ies)\s+(?:between|among|across|in)\s+(?:the\s+|these\s+|my\s+)?(?:{_ACCOUNTS})\b"
    rf"|\b(?:vs\.?|versus)\s+(?:the\s+)?\w+\s+(?:version|account|figures?|numbers?|story)\s*[?.!]*$"
    # "The Ledger and KRGO describe the project's funding differently.", "I've seen 12, 37 and 29
    # given for …" (round m14, used)
    # (of two or more parties: not "Why do women report symptoms differently?", "Put it differently")
    rf"|\b(?:and|both|they|sources|documents|reports|papers|accounts)\b[^.?!;]{{0,80}}?\b(?:describe|report|present|"
    rf"count|date|give|put|explain|tell|tells|told|record)\w*\s+(?:[\w'’-]+\s+){{0,5}}?differently\b"
    # (figures, not "3 or 4 reports")
    rf"|\b(?:I['’]?ve|I\s+have|I)\s+(?:seen|read|heard|found)\s+\d[\d.,]*(?:(?:\s*,\s*|\s+(?:and|or)\s+)\d[\d.,]*)+"
    rf"(?!\s+(?:reports?|sources?|documents?|articles?|papers?|stories|versions?|times|accounts?)\b)",
    re.IGNORECASE)
# two parties said to differ: "The paper and the committee minutes don't line up.", "Do the newspaper
# and the observatory tell the same story?" (rounds m14 and m15, used); a remark only beside a
# question of its own ("What happens if the bid price and the estimate don't match?" is one; a
# reviewer's case), and not "don't add up" (one document's sums)
_TWO_DIFFER = re.compile(
    r"\band\b[^.?!;]{1,80}?\b(?:don['’]?t|do\s+not|never)\s+(?:seem\s+to\s+|quite\s+|really\s+)?"
    r"(?:match|agree|line\s+up|tally|square)\b"
    r"|^\s*(?:do|does|did)\b[^.?!;]{1,80}?\band\b[^.?!;]{1,80}?\b(?:tell|give|have|say|report|use|cite)\s+the\s+"
    r"same\s+(?:story|figures?|numbers?|dates?|account|version)\b", re.IGNORECASE)
# a remark that asks for each source's answer, source by source ("line them up by source", "give me
# each one and who said it", "The company's dates keep moving", "CTC's story changed - compare it
# with the inspector and the committee", "company, inspector and inquiry figures"): round m12
# (used) asked seven comparisons so, each answered with one or two of the figures
_EACH = re.compile(
    rf"\bline\s+(?:them|these|those|it|all)\s+(?:all\s+)?up\s+(?:by\s+(?:source|document)|side\s+by\s+side)\b"
    # "Set them side by side for me.", "Where does each number come from?", "What does each say?"
    # (round m14, used)
    rf"|\b(?:set|put|lay)\s+(?:them|these|those|all)\s+(?:all\s+)?(?:out\s+)?side\s+by\s+side\b"
    rf"|\bwhere\s+(?:does|do|did)\s+each\s+(?:one\s+|number\s+|figure\s+|of\s+them\s+)?come\s+from\b"
    rf"|\bwhat\s+(?:does|do|did)\s+each(?:\s+one|\s+of\s+them)?\s+say\b"
    rf"|\bsource\s+by\s+source\b|\b(?:from|according\s+to|in)\s+each\s+(?:source|document|report)\b"
    rf"|\b(?:each|every|all)\b.*\band\s+who\s+(?:said|says|gave|gives|reported|reports|claimed|claims|put)\s+"
    rf"(?:it|them|each|which|what)\b"
    rf"|\beveryone\s+(?:\w+\s+){{0,3}}?(?:a\s+)?different\b"
    rf"|\b(?:{_FIGURES}|story)\s+(?:keeps?|kept)\s+(?:changing|moving|shifting)\b"
    rf"|\b(?:story|account)\s+(?:has\s+|had\s+)?changed\b"
    rf"|\bchanged\s+(?:its|their|his|her)\s+(?:story|account|{_FIGURES})\b"
    # "compare it with the inspector and the committee": two parties or more, not "with Chile's"
    rf"|^\s*compare\s+(?:it|them|that|this|these|those)\s+(?:with|to|against)\s+[^,;?]*?,?\s+and\s+"
    # a bare list of parties' figures ("company, inspector and inquiry figures"), not "Give export, …"
    rf"|^\s*(?:the\s+)?[a-z]+(?:\s*,\s*(?:the\s+)?[a-z]+)+,?\s+and\s+(?:the\s+)?[a-z]+\s+(?:{_FIGURES})\b",
    re.IGNORECASE)
# a party's own figure ("CTC's count", "the Assistant Commissioner's claims list"): a question that
# sets two parties' side by side asks for each one's
# (a name, or a common noun after "the": "the company's count, the inspector's figure"; not "What's")
_OWN_FIGURE = re.compile(r"(?P<owner>" + NOT_CONTRACTION +
                         r"(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,3}|(?<=\bthe\s)(?-i:[a-z]+))['’]s?\s+"
                         r"(?:[a-z][\w-]*\s+){0,2}?"
                         r"(?:count|figure|number|estimate|record|list|tally|total|version|account|story|data|claim)s?\b",
                         re.IGNORECASE)
# a question that itself asks which of their answers is right ("Which figure is right for the cost?")
_WHICH_RIGHT = re.compile(r"^\s*which\s+(?:one|figure|number|date|version|account|estimate|count)\s+is\s+"
                          r"(?:right|correct|true|accurate)\b", re.IGNORECASE)
# "Is Kanraj 11 million tonnes or 14 million tonnes?": two figures of a measure offered; not "Were 2
# or 3 wells drilled?", "Does the plan cover 2024 or 2025?" (a reviewer's cases)
_UNIT = r"(?:%|percent|per\s+cent|million|billion|thousand|tonnes|tons|mt|kt|km|kilomet(?:er|re)s|mw|gw|metres|meters|m3)"
_EITHER = re.compile(rf"^\s*(?:is|was|are|were)\b[^?]*?\b\d[\d.,]*\s*(?:{_UNIT}\b\s*(?:\w+\s+)?)?or\s+(?:is\s+it\s+|was\s+it\s+)?"
                     rf"\d[\d.,]*\s*{_UNIT}", re.IGNORECASE)
# where a remark is said apart from its question: after a sentence's end (not "e.g."), a dash or a colon
_APART = re.compile(r"(?<![Ee]\.g\.)(?<![Ii]\.e\.)(?<=[?.!:])\s+|\s+[-–—]+\s+|;\s+")


def asks_across(question: str) -> bool:
    """Is the question asked of the documents as a set ("What do the different sources say about
    X?", "Which documents mention Y?"), or does it say they give different answers ("The sources
    don't seem to match.")? Each is then read on its own, as named ones are."""
    return _ACROSS.search(question) is not None or says_they_differ(question)


def says_they_differ(question: str) -> bool:
    """Does the question say, apart from what it asks, that the documents give different answers
    ("… I've seen different dates.", "… - federal vs provincial version"), ask which of them is
    right, or offer two figures to choose from ("Is it 11 or 14 million tonnes?")?"""
    return _without_remark(question) != question or _WHICH_RIGHT.search(question) is not None \
        or _EITHER.search(question) is not None or _owners(question) >= 2


def _owners(question: str) -> int:
    """How many parties the question names with a figure of their own ("CTC's count, the Assistant
    Commissioner's claims list and the Livestock Department's record": 3); a country is what is
    compared ("China's and India's shares"), not whose document."""
    owners = {re.sub(r"^the\s+", "", m.group("owner").lower()) for m in _OWN_FIGURE.finditer(question)
              if country_of(m.group("owner")) is None}
    return len(owners)


def _without_remark(question: str) -> str:
    """The question without its remark that the sources differ ("How many bids came in? The
    sources don't seem to match.": "How many bids came in?"; "… or not - federal vs provincial
    version": "… or not?"), the question itself where it has no such remark apart from it."""
    question = question.strip()
    cuts = [0, *(x for m in _APART.finditer(question) for x in (m.start(), m.end())), len(question)]
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    remarks = [(a, b) for a, b in parts if _DIFFERS.search(question[a:b]) or _EACH.search(question[a:b])]
    asking = [(a, b) for a, b in parts if (a, b) not in remarks and question[a:b].rstrip().endswith("?")]
    remarks += [(a, b) for a, b in parts if (a, b) not in remarks and _TWO_DIFFER.search(question[a:b])
                and any(x != (a, b) for x in asking)]
    if not remarks or len(remarks) == len(parts) and not any(_EACH.search(question[a:b]) for a, b in remarks):
        return question  # all remark, none asking for each source's: a question as it stands
    kept, end = "", 0
    for a, b in parts:  # each kept part with the separator before it, unless a remark precedes it
        if (a, b) in remarks:
            end = b
            continue
        kept += (question[end:a] if kept else "") + question[a:b]
        end = b
    kept = kept.strip(" -–—:;,")
    if not set(tokenize(kept)) - STOPWORDS - _REQUEST:  # "Set them side by side.": the remark says what
        topic = next((t for a, b in remarks if (t := _remark_topic(question[a:b]))), None)
        if topic:
            return f"What about {topic}?"
        if not kept:
            return question  # all remark, and it says not what differs: read as it stands
    return kept if kept.endswith("?") else kept.rstrip(".!,") + "?"


# the words of a request that names nothing asked about ("Set them side by side for me.", "Where
# does each number come from?")
_REQUEST = frozenset(tokenize("set put lay line side by each one number figure come from say give show list me "
                              "please tell where what which who how source sources document documents right correct "
                              "true accurate wrong them they it this that these those us"))
# what a remark says differs: "different figures for the unpaid dues", "12, 37 and 29 given for
# titles overlapping the zone", "describe the project's funding differently"
_REMARK_TOPIC = re.compile(r"\b(?:describe|report|present|count|date|give|put|explain)\w*\s+(?P<object>(?:[\w'’-]+\s+)"
                           r"{0,5}?)differently\b|\b(?:for|on|about|of|over|regarding)\s+(?P<topic>[^.?!;]+)",
                           re.IGNORECASE)


# the words of a request for each source's answer that asks nothing of its own ("What does each
# source say?", "Where does each number come from?", "Do the sources agree?")
_EACH_ALONE = frozenset(tokenize("each every all other others different various several source sources document "
                                 "documents report reports paper papers figure figures number numbers account "
                                 "accounts agree differ disagree match compare side by come from say says tell and "
                                 "so then ok okay now"))


def asks_each_alone(question: str) -> bool:
    """Does the question ask each source for its answer and nothing else ("What does each source
    say?", "Where does each number come from?")? As a follow-up, it asks each for its answer to
    the last question (round m15, used: such a follow-up was refused, and read the article's MoUs)."""
    q = question.strip()
    # sources or their figures said: "What does each one say?" after "What do rules 14 and 15
    # cover?" asks about the rules (a reviewer's case)
    if not (asks_across(q) or _DIFFERS.search(q) or re.search(r"\b(?:each|every|all|other)\s+(?:the\s+)?(?:source|"
                                                             r"document|report|paper|number|figure)s?\b", q, re.IGNORECASE)):
        return False
    return not set(tokenize(q)) - STOPWORDS - _REQUEST - _EACH_ALONE


def _remark_topic(remark: str) -> str | None:
    m = _REMARK_TOPIC.search(remark)
    if m is None:
        return None
    topic = (m.group("object") or m.group("topic") or "").strip(" ,")
    return topic if set(tokenize(topic)) - STOPWORDS - _REQUEST else None  # not "for me", "of them"


def across_question(question: str) -> str:
    """What each document is asked: what follows "say about" or "on", else the question without
    the words that point at the documents ("Across these documents, what did TRGF fund?": "What
    did TRGF fund?")."""
    if _ACROSS.search(question) is None:  # "How many bids came in? The sources don't match."
        asked = _without_remark(question)
        return asked[:1].upper() + asked[1:]
    # "Which documents mention X(, and what do they say)?": what is said about X
    question = re.sub(r",?\s*and\s+(?:what|how)\s+(?:do|does|did)\s+(?:they|it|each(?:\s+one)?)\s+(?:say|put\s+it)\b",
                      "", question, flags=re.IGNORECASE)
    m = re.match(rf"\s*(?:which|how\s+many)\s+(?:of\s+)?(?:the\s+|these\s+|my\s+)?{_SET}\s+{_SPEAK}\s+"
                 rf"(?:about\s+|on\s+|to\s+)?(?P<topic>.+?)[?.!]*$", question, re.IGNORECASE)
    if m:
        return f"What about {m.group('topic').strip()}?"
    m = _TOPIC.search(question) or _ABOUT.search(question)
    if m:
        topic = m.group("topic").strip().rstrip("?.! ")
        return topic[:1].upper() + topic[1:] + "?" if _WH.match(topic) else f"What about {topic}?"
    rest = re.sub(r"\s+", " ", _ACROSS_WORDS.sub(" ", question)).strip(" ,")
    rest = re.sub(r"\s+([?.!])", r"\1", rest)
    return rest[:1].upper() + rest[1:]


def documents_compared(question: str, documents: Iterable[tuple[str, str]]) -> list[str]:
    """The sources of the documents a question compares (two or three, in its order), or []. A
    side is a document called by what it is ("the market brief") or by whose it is, the name its
    title alone carries ("do Indus Crest and CRRS give the same number?": the company's annual
    report and the think tank's commentary)."""
    docs = list(documents)
    if not (COMPARES.search(question) or _SAY.search(question)):
        return []
    named = documents_named(question, docs)
    if named is not None and len(named) < 2:
        named = _by_owner(question, docs, named)
    if named is None or not 2 <= len(named) <= 3 or not side_question(question):
        return []  # "Do the brief and the FAQ agree?" asks nothing of each: the question as it is
    return named


def _by_owner(question: str, documents: list[tuple[str, str]], named: list[str]) -> list[str]:
    """The named documents, with those whose title alone carries a name of the question, in the
    question's order ("Indus Capital's assumptions … differ from Siahan's own")."""
    found: list[tuple[int, str]] = []
    titles = [(s, plain_words(f"{t} {Path(s).stem}")) for s, t in documents]
    for name in sides(question):
        if country_of(name) is not None:
            continue  # "Pakistan", "China": what is compared, not whose document
        if named and not re.search(rf"\b{re.escape(name)}['’]s?(?!\w)", question):
            # beside a document named by what it is, only whose ("HCM's assumed cost … the logistics
            # study's figure"); "the Makran paper's estimate for Saindak … for Reko Diq" names topics
            continue
        words = plain_words(name)
        fits = [s for s, title in titles if words and words <= title]
        if len(fits) == 1 and fits[0] not in named and fits[0] not in [s for _, s in found]:
            found.append((question.find(name), fits[0]))
    return list(named) + [s for _, s in sorted(found)]


def side_question(question: str) -> str:
    """What each compared document is asked: the question's own sentence that names no document
    ("When is Shigar supposed to ship its first concentrate?"), else what follows "differ on" or
    "say about" ("What Shigar will cost to build?"), else the question without the documents' names
    if anything is left to ask ("" where nothing is: "Do the brief and the FAQ agree?")."""
    # "What does it cost to bring concentrate in - do Indus Crest and CRRS give the same number?":
    # a question before a dash is a question of its own
    parts = [p.strip() for p in re.split(r"(?<=[?.!])\s+|\s+[-–—]+\s+|:\s+", question.strip()) if p.strip()]
    asks = [p if p.endswith("?") else p.rstrip(".!") + "?" for p in parts
            if (p.endswith("?") or p is not parts[-1] and _WH.match(p)) and not names_a_document(p)
            and not COMPARES.search(p)]
    if len(parts) > 1 and asks:
        return asks[0]
    tail = " ".join(parts[1:])
    if len(parts) > 1 and COMPARES.search(tail) and not COMPARES.search(parts[0]) and not names_a_document(parts[0]) \
            and not (_ABOUT.search(after_names(tail)) or _TOPIC.search(tail)):
        # "US import reliance for barite - Islamabad brief vs Washington brief?": what is compared
        # is named before the sides ("Capex for Kanraj: company study vs the think tank's number"),
        # where the sides name no topic of their own ("Kanraj: how do the report and the brief
        # differ on cost?" is about cost; a reviewer's case)
        return f"What about {parts[0].rstrip('.!?')}?"
    m = _ABOUT.search(after_names(question)) or _TOPIC.search(question)
    if m:
        topic = m.group("topic").strip().rstrip("?.! ")
        asked = topic[:1].upper() + topic[1:] + "?" if _WH.match(topic) else f"What about {topic}?"
    else:  # "Is the capital cost in the brief the same as in the assessment?": the names and the
        # comparing words out, what is left asked about ("What about the capital cost?")
        rest = re.sub(r"\b(?:the\s+same\s+as|in\s+line\s+with|consistent\s+with|compared?\s+(?:with|to)|different\s+from)\b",
                      " ", without_document(question), flags=re.IGNORECASE)
        rest = COMPARES.sub(" ", rest)
        rest = re.sub(r"\b(?:in|from|of|by|with|and|as|than|to)\s+(?:it|they|them)\b|\b(?:it|they)\s+and\s+(?:it|they)\b"
                      r"|^\s*(?:(?:is|are|do|does|did|how|what)\b\s*)+", " ", rest, flags=re.IGNORECASE)
        rest = re.sub(r"\s+", " ", rest).strip(" ?.!,")
        asked = f"What about {rest}?"
    # "… differ on it?" asks what the conversation was about: the question as it is
    return asked if set(tokenize(asked)) - STOPWORDS - _FRAME else ""


def compare_documents(answerer: ExtractiveAnswerer, question: str, sides: list[tuple[str, str]],
                      search: Callable[[Frame, frozenset[str]], Retrieval],
                      asked: str | None = None, context: Query | None = None) -> tuple[Answer, Retrieval]:
    """The answer to `question` from each document of `sides` ((source, title) pairs), searched on
    its own (`search`) with what it is asked (`asked`, else `side_question`) and the words a
    follow-up carries (`context`), under the document's title; the documents' passages in one
    retrieval."""
    asked = asked or side_question(question)
    query = dataclasses.replace(context, question=asked) if context is not None else None
    frame = Frame.of(asked, query, kind="factoid", reading=query.resolved if query is not None and query.names else None)
    threshold = answerer.threshold()
    per_side = max(1, answerer.settings.composed_points // 2)
    groups: list[tuple[str, int]] = []
    chosen: list[Unit] = []
    found: list[float] = []
    unsure: list[str] = []
    retrievals: list[Retrieval] = []
    for source, title in sides:
        retrieval = search(frame, frozenset([source]))
        retrievals.append(retrieval)
        units = answerer.units(asked, retrieval, retrieval.lexicon)
        if not units:
            unsure.append(_label(title))
            continue
        # the others settle what the question is about: a document whose words are further from it
        # is read too, and speaks to it if the reader finds its answer there ("had already paid PKR
        # 25 million in hardship support to affected families" for "How much hardship money has
        # been paid out?"; round m15, used)
        aside = max(u.dense for u in units) < answerer.settings.topic_floor
        units = answerer.read(asked, units, gathers=True)
        best = max(unit_evidence(u) for u in units)
        if aside and best < answerer.confident():  # (the reader's own stricter threshold: at the
            # assistant's, a cricket league's "9 offers" was a source for a tender's bids; a reviewer's case)
            unsure.append(_label(title))  # nothing in it is about the question
            continue
        if best < answerer.refusal_threshold(frame, threshold):
            # the question says the document speaks to it: its closest passage is shown, and said to be
            unsure.append(_label(title))
        mine: list[Unit] = []
        for u in units:  # best first; the first always, further ones only over the threshold
            if len(mine) >= per_side or mine and unit_evidence(u) < threshold:
                break
            if not any(_overlaps(u, c) for c in mine):
                mine.append(u)
        groups.append((_label(title), len(mine)))
        # its best point first (a lead line of figures takes it), the rest in the document's order
        chosen += mine[:1] + sorted(mine[1:], key=lambda u: (u.passage.chunk.position, u.indexes[0]))
        found.append(best)
    merged = _merged(retrievals)
    if len(unsure) >= len(sides) or not groups:  # no document answers it
        return refusal(merged, max(found, default=0.0)), merged
    answer = compose(chosen, merged, min(found), lead=chosen[0], kind="comparison", groups=groups)
    hedged = min(found) < answerer.confident()
    shown = {label for label, _ in groups}
    notes = [" ".join(f"{label} may not answer it: " + ("the closest passage is shown." if label in shown else
                                                        "nothing in it is about the question.") for label in unsure),
             HEDGE if hedged and not unsure else ""]
    # a side that may not answer it gives no figure to set beside the others
    short = answer.short_answer if not unsure else None
    return dataclasses.replace(answer, notice=" ".join(n for n in notes if n) or None, hedged=hedged,
                               short_answer=short), merged


def _label(title: str) -> str:
    """A document's title as the heading of its side: without a web page's " | Site name"."""
    return title.split(" | ")[0].strip() or title


def _overlaps(u: Unit, c: Unit) -> bool:
    return u.passage.chunk.id == c.passage.chunk.id and bool(set(u.indexes) & set(c.indexes))


def _merged(retrievals: list[Retrieval]) -> Retrieval:
    """The sides' retrievals as one (each passage once): what the answer cites and an LLM reads."""
    seen: set[str] = set()
    passages: list[Passage] = []
    for r in retrievals:
        for p in r.passages:
            if p.chunk.id not in seen:
                seen.add(p.chunk.id)
                passages.append(p)
    first = retrievals[0]
    return dataclasses.replace(first, passages=passages,
                               sentence_scores={k: v for r in retrievals for k, v in r.sentence_scores.items()},
                               introduced={k: v for r in retrievals for k, v in r.introduced.items()},
                               sections={k: v for r in retrievals for k, v in r.sections.items()})
