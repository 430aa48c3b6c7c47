"""What a question asks for, and whether a candidate answer can be that.

Embedding similarity and shared vocabulary say a sentence is *about* what a question is about;
they cannot say it *answers* it. "How much thorium does China hold?" is close to "China holds
reserves of 44 million tons" and "What is Iran's position on the MoUs?" to a sentence on the
MoUs that never names Iran. So a question is read once (`expected_answer`) for:

- the kind of answer it wants: a date for "when", a number for "how many" or "the size of", an
  amount of money for "what price", a name for "which company", a sentence about writing for
  "who wrote", a sentence saying it is done for "who heads"; a value counts only near the thing
  whose value is asked, in the unit the question states ("how many tons" is not "80%"), and in a
  sentence that does not name someone else instead (`_near_focus`);
- the names it mentions ("Iran", "the SIFC"): a passage (with its title and heading) that does
  not name each of them is about something else, however close its wording (`grounded`).

A unit that fails a check keeps TYPE_MISMATCH of its evidence (per check): it still ranks the
related passages shown with a refusal, but cannot clear the refusal threshold alone (at 0.5, a
"when" question was answered with an undated sentence whose other evidence was near perfect).
The checks were written on the development cases and then measured on questions written before
them (see the README's evaluation section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .authorship import asks_author, mentions_writing
from .lexical import Lexicon, tokenize

TYPE_MISMATCH = 0.4  # evidence factor for a unit that cannot be the kind of answer asked for
NEAR = 6  # content words either side of a typed token that count as "about" it

_NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                     r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                     r"ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b", re.IGNORECASE)
_YEAR_OR_DATE = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b|\b(january|february|march|april|may|june|july|august|"
                           r"september|october|november|december)\b", re.IGNORECASE)
_MONEY = re.compile(r"[$€£]|\b(dollars?|usd|rupees?|euros?|pounds? sterling|yuan)\b", re.IGNORECASE)
# a year the question is about ("in 2019") is a condition the answer must meet; "NSP-2022" is a name
_YEAR = re.compile(r"(?<![\w\-])(1[5-9]\d\d|20\d\d)(?![\w\-])")
_VALUES = {"date": _YEAR_OR_DATE, "money": _MONEY, "number": _NUMBER}

_DATE_Q = re.compile(r"\b(when|what year|which year|what date)\b")
_MONEY_Q = re.compile(r"\b(how much money|dollars?|price|prices|cost|costs|worth|dollar value|value of|spend|spent|"
                      r"budget|revenue|royalt\w*)\b")
_NUMBER_Q = re.compile(r"\b(how many|how much|what percentage|what share|what proportion|what percent|how large|"
                       r"(size|amount|number|quantity|volume|population) of)\b")
# things that have names: "which ministry" asks for one, and "a major Washington advisory firm" is not it;
# after a verb the noun is the subject, not what is asked ("What did the state institutions deny?")
_NAME_Q = re.compile(r"\b(which|what|name of the|name the)\b(\s+(?!(?:is|are|was|were|do|does|did|has|have|had|will|"
                     r"would|can|could|should|must|might|may)\b)[\w.’'\-]+){0,3}?\s+(?P<cls>compan(y|ies)|firms?|"
                     r"organi[sz]ations?|corporations?|agenc(y|ies)|banks?|institutions?|ministr(y|ies)|"
                     r"departments?|councils?|committees?|commissions?|authorit(y|ies)|"
                     r"ports?|all(y|ies)|diplomats?|ministers?|presidents?)\b")
# the thing whose value is asked: "how much thorium", "what share of REE refining", "the size of the reserves"
_VALUE_OF = re.compile(r"\b(how (much|many)|what (percentage|share|proportion|percent|fraction)|"
                       r"(size|amount|number|quantity|volume|value|population) of)\s+(?P<thing>.*?)"
                       r"(?=\s+(is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)\b|[?.!]|$)",
                       re.IGNORECASE)
# units say how a value is measured, not what it is the value of ("how many tons of copper")
_UNITS = frozenset(tokenize("tons tonnes percent percentage share proportion square kilometres kilometers km miles "
                            "acres hectares dollars money people year years"))
# a unit the question states must be the value's unit: "how many tons" is not answered by "80%"
_MEASURES = {re.compile(r"\b(tons?|tonnes?)\b"): re.compile(r"(\s+\w+){0,2}?\s+(tons?|tonnes?)\b", re.IGNORECASE),
             re.compile(r"\b(percentage|percent|per cent)\b"): re.compile(r"\s*(%|(\s+\w+){0,1}?\s+(percent|per cent))",
                                                                          re.IGNORECASE)}
_WORD = re.compile(r"\w[\w.’'\-]*")
# "Who heads the SIFC?" asks who does something: the answer says that it is done ("heads", "headed");
# adverbs ("publicly") are skipped, verbs that end like them ("rely", "supply") are not
_WHO_DOES = re.compile(r"^\s*who\s+(?:(?:has|have|had|will|would|shall|should|can|could|may|might|must|does|did|do|"
                       r"be|been|not|else|also|first|then|(?!\w*ply\b)\w{3,}ly)\s+)*(?P<verb>\w+)", re.IGNORECASE)
_COPULA = frozenset(["is", "are", "was", "were", "am"])
# an organisation is named with a word like these ("the Ministry of Energy", "Andes Partners") or an acronym
_ORGANISATIONS = frozenset(tokenize("company firm organisation organization corporation agency bank institution "
                                    "ministry department council committee commission authority"))
_ORG_WORD = re.compile(r"(Ministry|Department|Division|Council|Committee|Commission|Authority|Agency|Company|"
                       r"Corporation|Corp|Inc|Ltd|LLC|PLC|Group|Bank|Institute|Institution|Organi[sz]ation|"
                       r"Association|Board|Office|Bureau|Fund|Holdings|Partners|Co)\.?")
_ACRONYM = re.compile(r"[A-Z]{2,}s?")
IDENTIFIES = 4  # words between a class noun and the name that identifies it ("the firm of Smith & Co")
# a name in a question: capitalised words after its first ("Iran's", "the State Department", "U.S.")
_NAMED = re.compile(r"(?<!^)(?<![.:;!?]\s)\b[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*")


@dataclass(frozen=True)
class Expected:
    """The kind of answer a question asks for, read once per question (not once per unit)."""

    kind: str = "any"  # "author", "name", "agent", or a key of _VALUES
    focus: frozenset[str] = frozenset()  # a value's: what it must be the value of
    unit: re.Pattern[str] | None = None  # a value's: what must follow it ("tons"), if the question says
    asked: frozenset[str] = frozenset()  # a name's: words the question already contains
    named_class: str = ""  # a name's: the stem of what is to be named ("ministri")
    verb: str = ""  # an agent's: the stem of what they do ("head" in "Who heads the SIFC?")
    names: tuple[frozenset[str], ...] = ()  # stems of each name the question mentions
    years: frozenset[str] = frozenset()  # years the question is about: the answer must say them


def expected_answer(question: str) -> Expected:
    e = _expected(question)
    years = frozenset(_YEAR.findall(question))
    return replace(e, years=years) if years else e


def _expected(question: str) -> Expected:
    q = question.lower()
    names = named(question)
    if asks_author(question):
        return Expected("author")
    for kind, m in (("date", _DATE_Q.search(q)), ("money", _MONEY_Q.search(q)), ("number", _NUMBER_Q.search(q))):
        if m:
            unit = next((after for said, after in _MEASURES.items() if kind == "number" and said.search(q)), None)
            return Expected(kind, focus=_focus(question, m), unit=unit, names=names)
    m = _NAME_Q.search(q)
    if m:
        return Expected("name", asked=frozenset(_key(w) for w in _WORD.findall(q)),
                        named_class=tokenize(m.group("cls"))[0], names=names)
    m = _WHO_DOES.match(q)
    if m and m.group("verb") not in _COPULA and tokenize(m.group("verb")):
        return Expected("agent", verb=tokenize(m.group("verb"))[0], names=names)
    return Expected(names=names)


def fits(expected: Expected, text: str, lexicon: Lexicon | None = None) -> float:
    """1.0 when the unit can be the kind of answer expected (see the module's docstring);
    TYPE_MISMATCH otherwise."""
    if expected.kind == "author":
        ok = mentions_writing(text)
    elif expected.kind in _VALUES:
        ok = _near_focus(_VALUES[expected.kind], text, expected.focus, lexicon, expected.names, expected.unit)
    elif expected.kind == "name":
        ok = _identifies(expected, text)
    elif expected.kind == "agent":
        ok = expected.verb in (lexicon.tokens(text) if lexicon else tokenize(text))
    else:
        ok = True
    if expected.years and not expected.years <= set(_YEAR.findall(text)):
        ok = False  # the 80 % share in general is not the figure for 2019
    return 1.0 if ok else TYPE_MISMATCH


def answer_type_fit(question: str, text: str, lexicon: Lexicon | None = None) -> float:
    """`fits` for one unit; scoring many units reads the question once with `expected_answer`."""
    return fits(expected_answer(question), text, lexicon)


def _key(word: str) -> str:
    return word.lower().removesuffix("’s").removesuffix("'s").replace(".", "")


def _identifies(expected: Expected, text: str) -> bool:
    """Whether the unit names something the question does not already name, next to the thing
    to be named when the unit mentions it: "Which firm ...?" is answered by "Smith & Co, a firm
    ..." or "the firm Smith & Co", not by "a major Washington advisory firm" when the question
    already says Washington."""
    words = list(_WORD.finditer(text))
    new, of_class = [], []
    for i, m in enumerate(words):
        w = m.group()
        starts_sentence = m.start() == 0 or re.search(r"[.:;!?]\s+$", text[max(0, m.start() - 3):m.start()])
        if w[0].isupper() and not starts_sentence and _key(w) not in expected.asked:
            new.append(i)
        if tokenize(w) == [expected.named_class]:
            of_class.append(i)
    if not of_class:  # named without the class noun ("Which agency?" / "the SIFC")
        if expected.named_class in _ORGANISATIONS:  # "Pakistan" or "U.S." does not name a ministry
            return any(_ACRONYM.fullmatch(words[i].group()) or any(
                _ORG_WORD.fullmatch(w.group()) for w in words[max(0, i - 3):i + 4]) for i in new)
        return bool(new)
    return any(abs(i - j) <= IDENTIFIES for i in of_class for j in new)


def named(question: str) -> tuple[frozenset[str], ...]:
    """The stems of each name a question mentions; a name without content words ("I") is dropped."""
    out = []
    for name in _NAMED.findall(question.strip()):
        stems = frozenset(tokenize(name))
        if stems and stems not in out:
            out.append(stems)
    return tuple(out)


def grounded(names: tuple[frozenset[str], ...], text: str, lexicon: Lexicon | None) -> bool:
    """Whether `text` names every name: a passage on the MoUs that never mentions Iran does not
    give Iran's position on them. A demonym names its country ("Chinese" / "China"), and an
    acronym the words it stands for."""
    have = set(lexicon.tokens(text) if lexicon else tokenize(text))
    prefixes = {t[:4] for t in have if len(t) >= 4}

    def found(s: str) -> bool:
        return s in have or (len(s) >= 4 and s[:4] in prefixes) or (len(s) >= 5 and any(_misspelt(s, t) for t in have))

    return all(any(found(s) for s in name) for name in names)


def _names_anyone(sentence: str) -> bool:
    """Whether a sentence names anyone at all: "The reserves are worth $12 billion" says nothing of
    whose they are (its passage does), while "China holds 44 million tons" does."""
    return any(tokenize(m.group()) for m in re.finditer(r"\b[A-Z][\w’'\-]*", sentence))


def _misspelt(a: str, b: str) -> bool:
    """Whether b is a's word with a typing slip ("Bequerel" / "Becquerel", "Montpeillier" /
    "Montpellier"): one edit for short words, two from eight letters on. A name asked with a typo
    is still the name the documents use."""
    limit = 1 if len(a) < 8 else 2
    if abs(len(a) - len(b)) > limit or a[0] != b[0]:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def _focus(question: str, asked: re.Match[str]) -> frozenset[str]:
    """What the asked value must be about: the thing named right after "how much" / "the size of"
    ("thorium" in "How much thorium does China hold?"), else the question's other content words."""
    m = _VALUE_OF.search(question)
    if m:
        thing = frozenset(t for t in tokenize(m.group("thing")) if t not in _UNITS)
        if thing:
            return thing
    return frozenset(tokenize(question[:asked.start()] + " " + question[asked.end():]))


def _near_focus(kind: re.Pattern[str], text: str, focus: frozenset[str], lexicon: Lexicon | None,
                names: tuple[frozenset[str], ...] = (), unit: re.Pattern[str] | None = None) -> bool:
    """A value of the asked kind, in the unit asked for, that stands near a word of the question in
    a sentence not about someone else: "industries worth trillions of dollars" is an amount of
    money, but not the value of reserves a question asks for, and China's 44 million tons are not
    Pakistan's."""
    acronyms = lexicon.acronyms if lexicon else {}

    def near(words: list[str]) -> set[str]:  # an acronym counts as the words it stands for
        return {x for t in words for x in [t, *acronyms.get(t, ())]}

    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if not grounded(names, sentence, lexicon) and _names_anyone(sentence):
            continue  # a value stated for someone else
        for clause in re.split(r"(?<=;)\s+", sentence):
            for m in kind.finditer(clause):
                if unit and not unit.match(clause, m.end()):
                    continue
                around = near(tokenize(clause[:m.start()])[-NEAR:] + tokenize(clause[m.end():])[:NEAR])
                if focus & around or not focus:
                    return True
    return False
