"""Answers that put pieces together: lists and syntheses ("What risks does the article see?"),
comparisons ("How do China's and India's concerns differ?") and explanations ("Why is Washington
interested?").

A factoid is one sentence; these need several, often from several sections. The reader has
already scored every candidate unit; here the ones it finds answering (at the threshold) are
gathered, near-duplicates dropped, and laid out as an answer: the best unit as a lead line, then
one bullet per further point, in the document's order; for a comparison, one group per side.
Every sentence stays verbatim and cited.

What kind of question it is comes from its form only (a comparison verb, "why"/"how", a plural
class noun asked for), never from the documents' words.
"""

from __future__ import annotations

import re
from typing import Literal, Sequence

Kind = Literal["factoid", "synthesis", "comparison", "explanation"]

_COMPARE = re.compile(r"\b(differ\w*|difference\w*|compare\w*|comparison|contrast\w*|versus|vs\.?|"
                      r"similarit\w*|in common)\b", re.IGNORECASE)
_EXPLAIN = re.compile(r"^\s*(and |so |but )?(why\b|how (does|do|did|is|are|was|were|can|could|would|will|"
                      r"should|might|has|have|exactly)\b|in what ways?\b|what (explains|drives|motivates)\b)",
                      re.IGNORECASE)
# "what/which ... <plural noun>" asks for several things; "list", "name the", "outline" too
_LIST = re.compile(r"^\s*(list|outline|enumerate|name the|summari[sz]e the|describe the)\b", re.IGNORECASE)
_WH_PLURAL = re.compile(r"^\s*(what|which)\s+(are\s+|were\s+)?(the\s+)?(main\s+|key\s+|major\s+|principal\s+|"
                        r"specific\s+|other\s+)?([a-z-]+s)\b", re.IGNORECASE)
_NOT_PLURAL = frozenset("""does is was has its this thus status process access analysis basis class
gas press less crisis address across""".split())
_GAINS = re.compile(r"\b(stand to gain|gain from|benefit from|gains|benefits|risks|challenges|concerns|"
                    r"recommendations|implications|steps|measures|safeguards|lessons|options|threats|"
                    r"opportunities|interests|obstacles|advantages|drawbacks|priorities|conditions)\b",
                    re.IGNORECASE)


def kind_of(question: str) -> Kind:
    if _COMPARE.search(question) and len(sides(question)) >= 2:
        return "comparison"
    if _EXPLAIN.match(question):
        return "explanation"
    m = _WH_PLURAL.match(question)
    if _LIST.match(question) or (m and m.group(5).lower() not in _NOT_PLURAL) or _GAINS.search(question):
        return "synthesis"
    return "factoid"


_NAME = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,}|U\.S\.|U\.K\.)(?:[’']s)?")
_NOT_SIDE = frozenset({"How", "What", "Which", "Why", "Do", "Does", "Did", "In", "The", "Compare", "Contrast",
                       "According", "Is", "Are", "And", "Between", "NSP"})


def sides(question: str) -> list[str]:
    """The things compared: the names around "and" / "vs" ("China's and India's", "between Iran
    and India"), without possessives, in order."""
    out: list[str] = []
    for m in _NAME.finditer(question):
        name = re.sub(r"[’']s$", "", m.group(0))
        if name not in _NOT_SIDE and name not in out:
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
