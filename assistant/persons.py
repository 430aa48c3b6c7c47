"""Questions about people: who someone is, what they said.

A question that describes someone and asks who they are ("Who is the consultant hydrogeologist
ZCC relies on?", "Who was the Quetta economist the Dispatch quoted?") is not answered by a span
that only repeats its description: the reader finds where a sentence speaks of the person and
returns that phrase ("The company's consultant hydrogeologist considers …", "said a Quetta-based
economist who … asked not to be named"), and a document that describes someone without naming
them does not say who they are (round m15, used: both were answered with the description). A
question that names the person ("Who is Daniel Whitcombe?") asks for a description, and is not
checked. What someone told a meeting often goes on in the next sentence ("He said …").
"""

from __future__ import annotations

import re

from .dating import MONTH
from .lexical import STOPWORDS, tokenize

# "Who is the …", "Who was ZCC's …": a description given, its name asked
# (not "What is the name of …": as often a thing's name, "the binary alphabet", in SQuAD 2.0)
_NAME_ASKED = re.compile(r"^\W*(?:(?:and|so|but|then|ok|okay)\W+)?"
                         r"who(?:['’]s|\s+(?:is|was|are|were))\s+(?:the|a|an|this|that|their|its|his|her|"
                         r"[\w.-]+(?:['’]s|s['’]))\s+", re.IGNORECASE)
# a name's word: capitalised ("Qadir", "Tethys", "EPA"); titles alone ("Dr", "Mr") name no one
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’.]*")
_TITLES = frozenset("mr mrs ms dr prof sir dame lord lady col gen maj capt lt justice senator minister".split())
_MONTH = re.compile(rf"^{MONTH}\.?$", re.IGNORECASE)


# how many of the question's words after "Who is the" describe the person ("consultant hydrogeologist
# ZCC", "Quetta economist Dispatch"; chosen, not tuned)
DESCRIBED_WORDS = 3


def names_someone(span: str, question: str) -> bool:
    """Does the span hold a name the question does not already say: a capitalised word, not a
    common word, a month or a title ("Farhan Qadir", "Tethys Flow Metering", "the EPA"; not "The
    company's consultant hydrogeologist", not "a Quetta-based economist" of a question naming Quetta)?"""
    asked = {w.lower() for w in re.findall(r"\w+", question)}
    for word in _CAPITALISED.findall(span):
        parts = [p for p in re.split(r"[-.'’]", word) if p]
        if not parts:
            continue
        head = parts[0].lower()
        if head in STOPWORDS or head in _TITLES or _MONTH.match(parts[0]) or head in asked or len(head) < 2:
            continue
        return True
    return False


# a sentence that says its person is not named ("… who asked not to be named", "on condition of
# anonymity", "who was not authorised to speak publicly")
_ANONYMOUS = re.compile(r"\b(?:asked|wished|preferred)\s+not\s+to\s+be\s+(?:named|identified)\b|\b(?:declined|refused)\s+"
                        r"to\s+be\s+(?:named|identified)\b|\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b|\bnot\s+"
                        r"authori[sz]ed\s+to\s+speak\b|\bspoke\s+anonymously\b|\bunnamed\b", re.IGNORECASE)


def describes_only(span: str, sentence: str, question: str) -> bool:
    """Does the reader's span for a question asking who someone is name no one, in a sentence that
    says the person is not named ("said a Quetta-based economist who … asked not to be named"), or
    only repeat the question's own description ("The company's consultant hydrogeologist …" for
    "Who is the consultant hydrogeologist …?")? Then the documents do not say who it is. A span
    that answers in other words ("a cooperative of former mill workers" for "Who was the buyer?")
    is an answer, named or not (a reviewer's case: a rule that wanted a name in every span gave
    another sentence's name instead)."""
    m = _NAME_ASKED.search(question)
    if m is None or not span or names_someone(span, question):
        return False
    # the description up to its first preposition, article or relative word ("buyer" of "the buyer of the mill")
    head = re.split(r"\s(?:of|for|at|in|on|from|with|by|to|who|whom|that|which|the|a|an)\s", " " + question[m.end():] + " ",
                    maxsplit=1, flags=re.IGNORECASE)[0]
    described = [w for w in tokenize(head) if w not in STOPWORDS][:DESCRIBED_WORDS]
    return bool(set(described) & set(tokenize(span))) or _ANONYMOUS.search(sentence) is not None


# "What did Whitcombe tell the jirga?", "What did the minister say about the lab?"
_SAID_ASKED = re.compile(r"\bwhat\s+(?:did|does|do|has|have|had)\s+[^?]{1,60}?\s+(?:say|tell|told|argue|claim|add|"
                         r"announce|warn|promise|explain|stress|insist|maintain)\b", re.IGNORECASE)
# a reported speech that goes on in the next sentence: "He said the company would review …"
# (he or she: "They said …" after a named speaker is as often the listeners; a reviewer's case)
_SPEECH_GOES_ON = re.compile(r"^\W*(?:he|she)\s+(?:also\s+|further\s+)?(?:said|says|added|adds|told|warned|noted|"
                             r"argued|stressed|insisted|claimed|promised|explained|maintained)\b", re.IGNORECASE)


def asks_said(question: str) -> bool:
    """Does the question ask what someone said or told someone?"""
    return _SAID_ASKED.search(question) is not None


def goes_on_speaking(sentence: str) -> bool:
    """Does the sentence go on with the last one's speaker ("He said the company would …")? What
    someone told a meeting is often said over two sentences, the second led by a pronoun (round
    m15, used: m15-043 was answered with the first alone)."""
    return _SPEECH_GOES_ON.search(sentence) is not None
