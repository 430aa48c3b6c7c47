"""Answers that put pieces together: lists and syntheses ("What risks does the article see?"),
comparisons ("How do China's and India's concerns differ?") and explanations ("Why is Washington
interested?").

A factoid is one sentence; these need several, often from several sections. The reader has
already scored every candidate unit and the best one decided that the documents answer; here the
best read units (those over the threshold first) are gathered, near-duplicates dropped, and laid
out as an answer: the best unit as a lead line, then
one bullet per further point, in the document's order; for a comparison, one group per side.
Every sentence stays verbatim and cited.

What kind of question it is comes from its form only (a comparison verb, "why"/"how", a plural
class noun asked for), never from the documents' words.
"""

from __future__ import annotations

import re
from typing import Callable, Literal, Sequence

from .dating import MONTH

Kind = Literal["factoid", "synthesis", "comparison", "explanation"]

_COMPARE = re.compile(r"\b(differ\w*|difference\w*|compare\w*|comparison|contrast\w*|versus|vs\.?|"
                      r"similarit\w*|in common)\b", re.IGNORECASE)
_EXPLAIN = re.compile(r"^\s*(and |so |but )?(why\b|how (does|do|did|is|are|was|were|can|could|would|will|"
                      r"should|might|has|have|exactly)\b|in what ways?\b|what (explains|drives|motivates)\b)",
                      re.IGNORECASE)
# "what/which ... <plural noun>" asks for several things; "list", "name the", "outline" too
_LIST = re.compile(r"^\s*(list|outline|enumerate|name the|summari[sz]e the|describe the)\b", re.IGNORECASE)
# "what are the main drivers ..." asks for several things; "which minerals does X have?" is often
# answered by one sentence that lists them, so a plain plural stays a factoid
_WH_PLURAL = re.compile(r"^\s*(what|which)\s+(are\s+|were\s+)?(the\s+)?(main\s+|key\s+|major\s+|principal\s+|"
                        r"specific\s+|other\s+)([a-z-]+s)\b", re.IGNORECASE)
# words ending in "s" after "what/which" that are verbs or not plurals ("What happens ...")
_NOT_PLURAL = frozenset("""does is was has its this thus status process access analysis basis class
gas press less crisis address across happens makes causes remains means explains drives needs seems
leads says shows stands""".split())
_GAINS = re.compile(r"\b(stand to gain|gain from|benefit from|gains|benefits|risks|challenges|concerns|"
                    r"recommendations|implications|steps|measures|safeguards|lessons|options|threats|"
                    r"opportunities|interests|obstacles|advantages|drawbacks|priorities|conditions)\b",
                    re.IGNORECASE)


# a question answered yes or no opens with an auxiliary verb, after a spoken opener
_YES_NO = re.compile(r"^\s*(?:(?:ok(?:ay)?|so|and|but|now|also|well)[,\s]+)*(?:is|are|was|were|do|does|did|has|have|had|"
                     r"can|could|will|would|should|may|might)\b", re.IGNORECASE)


# a question for a reason ("Why does the inquiry still call it inadequate?", "How come the DFC
# hasn't backed it?"), wherever "why" stands, or in other words: "on what grounds", "for what
# reason", "what was their reasoning", "what reasons has the ministry given", "how does it justify"
_WHY = re.compile(r"\bwhy\b|\bhow\s+come\b|\b(?:on|for)\s+what\s+(?:grounds?|reasons?|basis)\b|"
                  r"\bwhat\s+(?:\w+\s+){0,3}?(?-i:reasons?|reasoning|rationale|justifications?)\b(?!\s+code)|"
                  r"\bjustif(?:y|ies|ying)\b|\bwhat\s+(?:is|was|are|were)\s+the\s+basis\s+(?:of|for)\b", re.IGNORECASE)


def asks_why(question: str) -> bool:
    """Does the question ask for a reason, whatever kind of answer it gets?"""
    return _WHY.search(question) is not None


# a request for a timeline: "give me / put together / walk me through … a timeline", "the timeline of
# …", "a timeline from X to Y", "in chronological order", "the sequence of events", "key dates",
# "what happened when"; not a question about one ("Why did the timeline slip?", "Is the survey on the
# timeline agreed with the lender?", "Has the government set a timeline for the ban?", "Who
# prepared the chronology?", "On QCI's timeline slide, when …")
_TIMELINE = re.compile(r"\b(?:give|make|build|show|list|draw(?:\s+up)?|sketch|compile|produce|set\s+out|outline|provide|"
                       r"reconstruct|put\s+together|lay\s+out|(?:walk|take|run)\s+me\s+through|need|want|like)\b"
                       r"[^?.]{0,40}?\b(?:time\s?-?line|chronology)\b(?!\s+slide)|"
                       r"\b(?:time\s?-?line|chronology)\s+(?:of|from)\b|\bchronologically\b|"
                       r"\bin\s+(?:chronological|date)\s+order\b|\bsequence\s+of\s+events\b|\bkey\s+dates\b|"
                       r"\bwhat\s+happened\s+when\b|\b(?:put|list|lay\s+out)\s+(?:the\s+)?(?:events|dates)\s+in\s+order\b",
                       re.IGNORECASE)


def asks_timeline(question: str) -> bool:
    """Does the question ask for events in the order they happened ("Give me a dated timeline of
    …", "the key dates in order")? Answered by `timeline.timeline`."""
    return _TIMELINE.search(question) is not None


def asks_yes_no(question: str) -> bool:
    """Is it a yes/no question ("Has China ever restricted exports?", "so is there a base?")?"""
    return bool(_YES_NO.match(question))


# a question for an amount ("How much has the Pentagon spent?", "What share of …?"); its answer
# holds a number. Checked on the reader's span, not the sentence: a figure elsewhere in the
# sentence does not answer it (docs/reader.md, twenty-third session, with the SQuAD figures)
_AMOUNT_ASKED = re.compile(r"\bhow (much|many)\b|\bwhat (percentage|percent|proportion|share|fraction)\b",
                           re.IGNORECASE)
# a value asked for by its size or its noun ("How long does the offtake run?", "What price will it
# pay?", "What is the royalty rate on concentrate?"): checked on the sentence, whose figure the
# reader's span often misses ("What royalty is charged …?" read the heading "Royalty" as its span)
_VALUE_ASKED = re.compile(r"\bhow (big|large|long|high|far|deep|tall|old|heavy|wide)\b"
                          r"|\bwhat\s+(?:(?:is|was|are|were|will\s+be|would\s+be)\s+)?(?:the\s+|its\s+|their\s+)?"
                          r"(?:[\w-]+\s+)?(price|rate|cost|fee|tariff|royalty|salary|wage|budget|amount|sum|capacity|"
                          r"population|tonnage)"
                          r"(?=\s+(?:of|for|on|in|at|per|that|did|does|do|will|would|is|was|are|were|has|have|had|"
                          r"paid|charged|set|agreed)\b|\s*[?,.]|\s*$)", re.IGNORECASE)
# a sum of money asked for; its sentence names a currency ("at prices to be
# agreed" was read as answering "What price has it agreed to pay?" with "120,000 tonnes")
_MONEY_NOUNS = {"price", "cost", "fee", "tariff", "budget", "salary", "wage"}
_MONEY_VERBS = re.compile(r"\b(?:cost|costs|pay|pays|paid|spend|spends|spent|invest\w*|worth|charge\w*|earn\w*|"
                          r"lend\w*|lent|loan\w*|borrow\w*|grant\w*|fund\w*|contribut\w*|allocat\w*)\b",
                          re.IGNORECASE)
_MONEY = re.compile(r"[$€£¥₨]|\b(?:usd|us\$|pkr|rs|rupees?|dollars?|euros?|pounds?|yuan|rmb|cents?)\b", re.IGNORECASE)
_AMOUNT = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                     r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                     r"seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|"
                     r"thirds?|quarters?|twice|double|triple|single|all|most|majority|minority|none|several|"
                     r"few|many|much|percent|per cent|nothing|zero|little|bulk|share|portion|fraction|proportion)\b", re.IGNORECASE)


def asks_amount(question: str) -> bool:
    """Does the question ask for an amount ("how many", "what percentage")? Not "how much of a
    threat …" (how serious), nor an amount asked after "and" ("Which mines does the state own, and
    how many are joint ventures?": the mines are asked for first)."""
    return _asked(_AMOUNT_ASKED, question) is not None


def asks_value(question: str) -> bool:
    """Does the question ask for a value by its size or noun ("how long", "what price", "what is
    the royalty rate"), not "how large a role …"?"""
    return not asks_amount(question) and _asked(_VALUE_ASKED, question) is not None


def asks_money(question: str) -> bool:
    """Is the value a question asks for a sum of money (price, cost, fee, tariff, budget, salary,
    wage; "how much" it cost, paid, spent, is worth)?"""
    m = _asked(_VALUE_ASKED, question)
    if m is not None and (m.group(2) or "").lower() in _MONEY_NOUNS:
        return True
    m = _asked(_AMOUNT_ASKED, question)
    return m is not None and m.group(1) == "much" and _MONEY_VERBS.search(question[m.end():]) is not None


def asks_rate(question: str) -> bool:
    """Is the value a question asks for a rate ("What is the interest rate on the loan?"), whose
    sentence gives a share or a "per" (not "What is the exchange rate?")?"""
    m = _asked(_VALUE_ASKED, question)
    return m is not None and (m.group(2) or "").lower() == "rate" and \
        not re.search(r"\bexchange\s+rate\b", question[m.start():m.end()], re.IGNORECASE)


def states_rate(text: str) -> bool:
    """Does the text give a rate: a share or an amount per something ("7 percent", "Rs 8.4 per unit")?"""
    return bool(re.search(r"%|\bper\b|\bpercent\b|\bbasis points?\b|\bbps\b", text, re.IGNORECASE))


# a measure asked for by its unit or as a distance ("How many cubic metres of water a day …?", "How
# far is the haul to the port?"): its sentence gives a unit of that kind (round m10: "1.2 metres per
# year" of a falling water table answered the cubic metres, a cost per tonne how far the port is).
# Not years (a span "1914 to 1918" answers "how many years") and not counts of things.
_UNIT_ASKED = re.compile(
    r"\bhow many\s+(?:(cubic|square)\s+)?(km|kilomet(?:er|re)s|miles|met(?:er|re)s|feet|tonnes|tons|kilograms|kg|"
    r"hectares|acres|litres|liters|gallons|barrels|cusecs|megawatts|mw|gigawatts|kilowatts|days|weeks|months|hours|"
    r"minutes)\b|\bhow far\s+(?:is|are|was|were|away|from|to)\b|\bwhat(?:'s|\s+is|\s+was)?\s+the\s+distance\b",
    re.IGNORECASE)
# "how far" that is no distance ("How far is the project from completion?", "how far … willing to go")
_NOT_DISTANCE = re.compile(r"\b(?:complet\w*|finish\w*|ready|done|along|willing|prepared|advanced|progress\w*)\b",
                           re.IGNORECASE)
# a unit word, or its symbol written against the number ("870km", "50MW", "2,300ha", "48hrs", "420 kt")
_AT = r"(?:\b|(?<=\d))"
_MEASURES = {
    "length": re.compile(rf"{_AT}(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|ft|m)\b", re.I),
    "area": re.compile(rf"{_AT}(?:hectares?|ha|acres?|square|sq|km2)\b|km²|m²", re.I),
    "volume": re.compile(rf"{_AT}(?:cubic|m3|litres?|liters?|l|gallons?|barrels?|bbl|cusecs?)\b|m³", re.I),
    "mass": re.compile(rf"{_AT}(?:tonnes?|tons?|t|kt|mt|kg|kilograms?|g|grams?|ounces?|oz|lbs?|pounds?|ktpa|mtpa|tpa|tpd)\b",
                       re.I),
    "time": re.compile(rf"{_AT}(?:days?|weeks?|months?|years?|hours?|hrs?|h|minutes?|mins?|fortnight|overnight)\b", re.I),
    "power": re.compile(rf"{_AT}(?:[kmg]wh?|megawatts?|kilowatts?|gigawatts?)\b", re.I),
}
_UNIT_KIND = {"km": "length", "kilometres": "length", "kilometers": "length", "miles": "length", "metres": "length",
              "meters": "length", "feet": "length", "tonnes": "mass", "tons": "mass", "kilograms": "mass",
              "kg": "mass", "hectares": "area", "acres": "area", "litres": "volume", "liters": "volume",
              "gallons": "volume", "barrels": "volume", "cusecs": "volume", "megawatts": "power", "mw": "power",
              "gigawatts": "power", "kilowatts": "power"}


# a population asked for is a count of people (a blind user test: "38", of "38 km south-west of
# Wadh town", answered "What is the population of Wadh town?")
_POPULATION_ASKED = re.compile(r"\b(?:what|how\s+large|how\s+big)\b[^?]*\bpopulation\b|\bhow\s+many\s+people\s+live\b",
                               re.IGNORECASE)
_PEOPLE = re.compile(r"\b(?:population|people|persons|residents|inhabitants|households|families|villagers|"
                     r"citizens|souls)\b", re.IGNORECASE)


def asks_measure(question: str) -> str | None:
    """The kind of measure a question asks for by its unit or as a distance ("length", "volume",
    "time", …), or None."""
    m = _asked(_UNIT_ASKED, question)
    if m is None:
        return None
    if m.group(1):
        return "volume" if m.group(1).lower() == "cubic" else "area"
    if m.group(2):
        return _UNIT_KIND.get(m.group(2).lower(), "time")
    return None if _NOT_DISTANCE.search(question) else "distance"


# an amount asked for by the period it is counted over ("How much ore will the plant process each
# year?", "How many cubic metres of water per day?"): its sentence counts over a period too (round
# m10: a laboratory test of "1.2 tonnes of composite ore" answered the ore processed each year)
_PER_PERIOD_ASKED = re.compile(r"\b(?:each|per|every)\s+(?:year|day|month|week|annum|hour)\b|"
                               r"\b(?:annually|daily|monthly|weekly|yearly)\b", re.IGNORECASE)
# a period in the sentence: "per year", "annually", "a day", a word for one, or a year's figure
# ("In 2024 the plant processed 1.1 million tonnes")
_PER_PERIOD = re.compile(r"\b(?:per|a|an|each|every|/)\s*(?:year|yr|day|month|week|annum|hour|shift)\b|"
                         r"\b(?:annual(?:ly)?|daily|monthly|weekly|yearly|tpa|tpd|mtpa|ktpa|bpd|p\.a\.)|/\s*(?:yr|y|d|a)\b|"
                         r"\b(?:years?|days?|months?|weeks?|(?:19|20)\d\d)\b", re.IGNORECASE)


def asks_per_period(question: str) -> bool:
    """Does the question ask for an amount counted over a period ("how much … each year")?"""
    m = _asked(_AMOUNT_ASKED, question)
    return m is not None and _PER_PERIOD_ASKED.search(question, m.end()) is not None


def lacks_value(question: str) -> Callable[[str], bool] | None:
    """A test of a sentence for lacking the value the question asks for by its noun or size (a
    figure; for a sum of money a currency; for a rate a share or "per"; for a measure a unit of
    its kind), or None when it asks for none such."""
    checks = [check for asks, check in ((asks_value, states_amount), (asks_money, states_money), (asks_rate, states_rate))
              if asks(question)]
    if _POPULATION_ASKED.search(question):  # "What is the population of Wadh?" is not "38 km south-west of Wadh"
        checks.append(_PEOPLE.search)
    measure = asks_measure(question)
    if measure == "distance":  # in length or in time ("a three-hour drive from Quetta")
        checks.append(lambda text: _MEASURES["length"].search(text) or _MEASURES["time"].search(text))
    elif measure is not None:
        checks.append(_MEASURES[measure].search)
    if asks_per_period(question):
        checks.append(_PER_PERIOD.search)
    return (lambda text: not all(check(text) for check in checks)) if checks else None


def states_money(text: str) -> bool:
    """Does the text give a sum of money ("USD 95 per tonne", "Rs 600")?"""
    return bool(_MONEY.search(text))


def _asked(pattern: re.Pattern[str], question: str) -> re.Match[str] | None:
    m = pattern.search(question)
    if m and not re.match(r"\s+(?:of\s+)?an?\b", question[m.end():], re.IGNORECASE) \
            and not re.search(r"\band\b", question[:m.start()], re.IGNORECASE):
        return m
    return None


# "Which minerals does …", "What countries are …": a plural noun, then a plural verb or an auxiliary
_WH_NOUN = re.compile(r"^\s*(?:[Ww]hich|[Ww]hat)\s+([a-z-]+s)\s+(?:do|does|did|are|were|have|has|had|can|could|will|would|"
                      r"should|may|might|must)\b")


def asks_several(question: str) -> bool:
    """Does the question ask for a plural ("Which minerals does Pakistan have?")?"""
    m = _WH_NOUN.match(question)
    return bool(m) and not m.group(1).endswith("ss") and m.group(1) not in _NOT_PLURAL


# "What does it say about fuel?" (a document named, "What does the memo say about fuel?", is read
# in it with "it" for its name): a request for what it says on a subject, with no answer of a kind
# a reader trained on SQuAD would name. Only "it" and "they": who says it is part of the question
# when named ("What did Trump say about …?", "What does the NSP say about …?"; the article's rounds)
_SAYS_ABOUT = re.compile(r"^\s*what\s+(?:does|do|did|has|have)\s+(?:it|they)"
                         r"\s+(?:say|says|said|write|wrote|written|mention|mentioned|report|reported|state|stated|note|"
                         r"noted|tell\s+us)\s+(?:about|on|regarding|concerning)\s+(?P<topic>[^?]+?)\s*[?.!]*\s*$",
                         re.IGNORECASE)


def as_read(question: str) -> str:
    """The question as the reader judges it: a request for what is said on a subject as "What
    about fuel?" (the reader read the memo's "reported a fuel shortage" at 0.09 for "What does it
    say about fuel?" and at 0.38 for "What about fuel?", under and over the threshold; a blind user
    test), any other question as asked."""
    m = _SAYS_ABOUT.match(question)
    if m:
        return f"What about {m.group('topic')}?"
    m = _STANCE_OF.search(question)
    # "Where do QCI, TKMC and Finance each stand on the restriction?" as "What did QCI, TKMC and
    # Finance say about the restriction?": the reader, trained on SQuAD, read the first at 0.13
    # and the second at 0.51 in a test of three parties' positions (round m10's form)
    return f"What did {m.group('who') or m.group('pair')} say about {m.group('topic')}" if m else question


def answers_alone(question: str, yes_no: bool, span: str) -> bool:
    """Is the reader's span an answer of its own, to show first? Not to "Did China ban …?" (it
    holds no yes or no; "Is it 4 or 6 percent?" asks for one of the two), nor to "Which minerals
    …?" when it is one item of a list (a blind user test saw "copper" alone, and "United States"
    for "Did China ban antimony exports?")."""
    if yes_no and not re.search(r"\bor\b", question) or _SAYS_ABOUT.match(question):
        return False  # nor to "What does the memo say about fuel?": it asks what is said, not for a phrase
    return not (asks_several(question) and not re.search(r",| and | or | to |[-–]", span))


def states_amount(span: str) -> bool:
    """Does the text hold a number or a word for a quantity ("85%", "three", "most")?"""
    return bool(_AMOUNT.search(span))


# where several parties stand on one matter ("Where do QCI, TKMC and Finance each stand on …?",
# "How far apart are QCI and the geoscience cell on …?"): their positions are gathered, side by
# side where the question names two or more (round m10: read as one-sentence questions, refused)
_STANCE = re.compile(r"\bwhere\s+(?:do|does)\b[^?]*?\beach\s+stand\b|\beach\s+stand\s+on\b|"
                     r"\bhow\s+far\s+apart\s+(?:are|were)\s+[^?]*?(?:,|\band\b)[^?]*?\s+on\b|"
                     r"\bwhere\s+do\s+[^?]*?(?:,|\band\b)[^?]*?\s+stand\b|"
                     r"\b(?:do|does|did)\s+(?:they|both|all|the\s+two|the\s+(?:documents|sources))\s+(?:dis)?agree"
                     r"(?:\s+(?:on|about|with\s+each\s+other)\b|\s*[?.]|\s*$)", re.IGNORECASE)
# the parties and the matter of a stance question, for the reader ("stand" said, or two parties apart)
_STANCE_OF = re.compile(r"\b(?:where\s+do\s+(?P<who>[^?]+?)\s+(?:each\s+)?stand\s+on|how\s+far\s+apart\s+(?:are|were)\s+"
                        r"(?P<pair>[^?]+?(?:,|\band\b)[^?]+?)\s+on)\s+(?P<topic>[^?]+\??)\s*$", re.IGNORECASE)


def kind_of(question: str, is_name: Callable[[str], bool] | None = None) -> Kind:
    if _COMPARE.search(question) and len(sides(question, is_name)) >= 2:
        return "comparison"
    if _STANCE.search(question):
        return "comparison" if len(sides(question, is_name)) >= 2 else "synthesis"
    if _EXPLAIN.match(question):
        return "explanation"
    m = _WH_PLURAL.match(question)
    if _LIST.match(question) or (m and m.group(5).lower() not in _NOT_PLURAL) or _GAINS.search(question):
        return "synthesis"
    return "factoid"


# a name: capitalised words in a run ("United States", "Hong Kong"), an acronym, "U.S."
# (with its number: "Phase 1" and "Phase 2" are two sides, not "Phase" twice)
_NAME = re.compile(r"\b(?:U\.S\.|U\.K\.|[A-Z]{2,}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?:\s+(?:\d+|[IVX]+)\b(?![.,]\d))?)(?:[’']s)?")
# words that name one of a numbered series: "Phase 1" and "Phase 2" are two sides
SERIES_WORDS = frozenset("phase round lot block stage tranche unit line zone area part section schedule annex article "
                         "clause table figure case well shaft pit cell option scenario plan tier grade class".split())


def sides(question: str, is_name: Callable[[str], bool] | None = None) -> list[str]:
    """The things compared: the names in the question ("China's and India's", "between Iran and
    India"), without possessives, in order. The first word is capitalised anyway, so it counts
    only when it is an acronym, starts a run of names, or `is_name` says the documents write it
    as a name ("Iran vs India")."""
    out: list[str] = []
    start = len(question) - len(question.lstrip())
    for m in _NAME.finditer(question):
        name = re.sub(r"[’']s$", "", m.group(0))
        if m.start() == start and not (name.isupper() or " " in name or (is_name is not None and is_name(name))):
            continue
        if m.start() == start and " " in name:
            name = name.split(" ", 1)[1]  # "Compare China" -> "China"
        words = name.split()
        if re.fullmatch(MONTH, words[0]) and (len(words) == 1 or words[1][:1].isdigit()):
            continue  # a month is when, not whose ("after the March announcement", "May 2024"; round
            # m10, used); not "August Capital", "Jan De Nul"
        if len(words) > 1 and re.fullmatch(r"\d+|[IVX]+", words[-1]) and words[-2].lower() not in SERIES_WORDS:
            name = " ".join(words[:-1])  # "Saindak 2024", "Peru I (think)": no series' number
        if name not in out:
            out.append(name)
    return out


def lay_out(kind: Kind, lead: str, points: Sequence[str], groups: Sequence[tuple[str, Sequence[str]]] = ()) -> str:
    """The answer text: a lead line, then bullets; for a comparison, a labelled group per side."""
    if kind == "comparison" and groups:
        blocks = [f"{side}:\n" + "\n".join(f"- {p}" for p in ps) for side, ps in groups if ps]
        return "\n\n".join(blocks)
    if not points:
        return lead
    return lead + "\n\n" + "\n".join(f"- {p}" for p in points)


# not "minimum" or "maximum": as often a column's own name ("Minimum wage", "Maximum marks")
_HIGH = {"most", "largest", "biggest", "highest", "greatest", "longest", "deepest", "best", "top", "widest",
         "heaviest", "richest", "strongest"}
_LOW = {"lowest", "smallest", "least", "fewest", "shortest", "cheapest", "shallowest", "weakest"}
EXTREME_WORDS = "|".join(sorted(_HIGH | _LOW))
# "Which criterion carries the most marks?": a superlative asked of several things, and what it measures
# (after a clause that says where to look: "In its district table, which district …")
_EXTREME = re.compile(rf"^\s*(?:[^?,;]{{0,80}},\s*)?(?:which|what|who|where)\b(?P<before>[^?]*?)\b(?:the\s+)?(?P<word>{EXTREME_WORDS})\b\s*"
                      rf"(?P<noun>[^?,;]*)", re.IGNORECASE)


MEASURE_WORDS = 6  # "number of mining titles cancelled" (four cut off "cancelled", a reviewer's case)
_AFTER_NOUN = frozenset("in by during since among across at on from for per according between within before after".split())


def asks_extreme(question: str) -> tuple[bool, str] | None:
    """(highest?, what it is measured by) for a question asking which of several things has the
    most or least of something, else None."""
    m = _EXTREME.search(question)
    if m is None:
        return None
    # what it is measured by, up to a phrase of time or place ("titles cancelled in 2024", "… in
    # Balochistan"; not "the largest fall in water level")
    words = m.group("noun").split()[:MEASURE_WORDS]
    cut = next((i for i, w in enumerate(words[:-1])
                if w.lower() in _AFTER_NOUN and (words[i + 1][:1].isupper() or words[i + 1][:1].isdigit())), len(words))
    return m.group("word").lower() in _HIGH, " ".join(words[:cut])


def extreme_of(question: str) -> tuple[str, str]:
    """(the superlative word, the thing the rows are: "month" in "Which month had the most …"), or
    empty strings for a question that asks no superlative."""
    m = _EXTREME.search(question)
    if m is None:
        return "", ""
    before = m.group("before").split()
    return m.group("word").lower(), before[0].lower() if before else ""
