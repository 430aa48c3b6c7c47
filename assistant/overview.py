"""Questions about a document as a whole: "What does the article recommend?", "What does it
conclude?", "Summarize the report."

Such a question names no topic, so no single sentence matches it, and the evidence score refused
what the document states plainly under its own headings. The question is recognised
(`asks_overview`: a request for recommendations, conclusions, findings or a summary, with no
other subject) and answered from the sections written for it: "Recommendations" for what the
document recommends, "Conclusion" for what it concludes, "Findings" / "Results" for what it
finds (else its conclusion), "Abstract" / "Summary" / "Overview" for a summary (else its
conclusion, else its lead: the opening passage and the first passage of each section, the way a
reader skims a report that has no summary of its own; an FAQ, a judgment or a web page had been
refused "Give me a summary of the FAQ"). Other requests of a document without such a section get
the ordinary search.

A question with a subject ("What does the article recommend for provincial benefit-sharing?") is
an ordinary question: the heading is then part of what each sentence says (see answering).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .apparatus import states_nothing
from .lexical import tokenize
from .types import Chunk

_ASKS = {
    "recommendations": re.compile(r"\b(recommend\w*|propos\w*|suggest\w*|advi[cs]e\w*|way forward)\b", re.IGNORECASE),
    "conclusion": re.compile(r"\b(conclu\w*|bottom line)\b", re.IGNORECASE),
    "findings": re.compile(r"\b(find|finds|findings|found|results?|takeaways?)\b", re.IGNORECASE),
    "summary": re.compile(r"\b(summar\w*|overview|gist|tl;?dr|(?:main|key) (points?|arguments?|ideas?|messages?|takeaways?)|"
                          r"thesis)\b|\babout\s*[?.!]*\s*$", re.IGNORECASE),
}
# a whole document's recommendations asked in other words: "what BWAP wants done", "what the review
# calls for" (round m15, used). Only as a whole-document request: under a heading, a question's
# "want done" raised every recommendation over the one about "that money" (m1-033, used)
_ASKS_OTHERWISE = {"recommendations": re.compile(r"\b(wants?\s+done|wanted\s+done|calls?\s+for|urges?)\b",
                                                 re.IGNORECASE)}
_HEADINGS = {
    "recommendations": re.compile(r"\b(recommendations?|proposals?|way forward|policy options)\b", re.IGNORECASE),
    "conclusion": re.compile(r"\b(conclusions?|concluding)\b", re.IGNORECASE),
    "findings": re.compile(r"\b(findings|results|key points|takeaways)\b", re.IGNORECASE),
    "summary": re.compile(r"\b(abstract|summary|overview)\b", re.IGNORECASE),
}
# a document with no section of its recommendations makes them in its conclusion ("The Forum urges …")
_FALLBACK = {"findings": ("conclusion",), "summary": ("conclusion",), "recommendations": ("conclusion",)}
# words that say "the document" or frame the request; anything else is a subject of its own
_FRAME = frozenset(tokenize(
    "article report paper document study text essay brief piece author authors writer it this whole entire "
    "main key overall general say says said make makes made give tell me us please briefly short quick can "
    "you could would like want know its his her their all point points idea ideas message argument arguments "
    "thesis summary summarize summarise overview gist tldr tl dr recommend recommends recommendation "
    "recommendations propose proposes proposal proposals suggest suggests suggestion suggestions advise "
    "advice way forward conclude concludes conclusion conclusions bottom line find finds findings found "
    "result results takeaway takeaways about policy web page webpage site pdf file document notes note memo faq "
    "transcript survey feature email thread working story news piece outlook word text list full complete "
    "want wants wanted done call calls urge urges"))


# "the full list of …", "all the recommendations", "every finding": the whole section, however long
_ALL = re.compile(r"\b(?:full|complete|entire|whole)\s+(?:list|set|section)\b|\ball\s+(?:of\s+)?(?:the|its|their)\s+"
                  r"(?:recommendations|findings|conclusions|proposals|points)\b|\bevery\s+(?:recommendation|finding|"
                  r"proposal|point)\b", re.IGNORECASE)


def asks_all(question: str) -> bool:
    """Does the question ask for all of a section's points ("Give me the full list of …")? Its
    answer is then up to twice `overview_sentences` long (round m15, used: seven recommendations,
    six shown)."""
    return _ALL.search(question) is not None


def asks_overview(question: str, title: str = "") -> str | None:
    """The kind of whole-document request ("recommendations", "conclusion", "findings",
    "summary"), or None when the question has a subject of its own; words of the document's
    `title` name the document, not a subject ("What does the report on lithium recommend?")."""
    if set(tokenize(question)) - _FRAME - set(tokenize(title)):
        return None
    for kind, pattern in [*_ASKS.items(), *_ASKS_OTHERWISE.items()]:
        if pattern.search(question):
            return kind
    return None


# words that rank a heading's subject rather than name it: "Key Risks" is about the risks
_RANKING = frozenset(tokenize("key main major principal primary core central chief"))


def heading_words(path: str) -> set[str]:
    """The words of a section's innermost heading, its numbering and ranking words dropped ("5.3
    Iran" -> iran, "Key Risks" -> risks)."""
    words = set(tokenize(re.sub(r"^\s*[\dIVX]+(?:\.\d+)*\.?\s+", "", path.split(" › ")[-1])))
    return words - _RANKING if words - _RANKING else words


def heading_asked(question: str, title: str, sections: Iterable[str | None], own_words: int = 1,
                  said: Callable[[str], set[str]] | None = None) -> str | None:
    """The one section (heading path) of `sections` whose innermost heading is what the question
    asks about: every word of the heading is in the question, and beside the heading, the
    document's title and the words that frame a request the question has at most `own_words` of
    its own ("What risks does the brief see?" under "Risks"; "What about Iran?" under "5.3 Iran").
    Where no whole heading is asked, one of a heading's parts is, with no word of the question's
    own ("What risks does the report flag?" under "11. Risks and Uncertainties"; not "What does
    Pakistan export?" under "Pakistan and the United States"). With `said` (a section's words),
    the question's own words must be among the section's: "What political risks …?" is not asked
    of a "Risks" that says nothing political. None when no heading or several are."""
    asked = set(tokenize(question))
    named = set(tokenize(title))
    own = asked - _FRAME - _REPORTS - named
    paths = [p for p in dict.fromkeys(sections) if p]
    for parts, allowed in ((lambda p: [heading_words(p)], own_words), (heading_parts, 0)):
        found = set()
        for path in paths:
            # a heading that only restates the title is the document's own, unless it sits under
            # another ("Cobalt in the Congo › Key Risks" in a "Supply Risk Briefing")
            whole = heading_words(path)
            if whole <= named and " › " not in path:
                continue
            for words in parts(path):
                rest = own - words
                if words and words <= asked and len(rest) <= allowed and (said is None or rest <= said(path)):
                    found.add(path)
        if found:
            return found.pop() if len(found) == 1 else None
    return None


# verbs that ask what a document says of a subject ("What risks does the report flag?")
_REPORTS = frozenset(tokenize("flag flags flagged identify identifies identified raise raises raised highlight "
                              "highlights highlighted list lists listed mention mentions mentioned note notes noted "
                              "see sees saw discuss discusses discussed describe describes described cover covers "
                              "covered outline outlines outlined"))
# what joins the subjects of one heading ("Risks and Uncertainties", "Water & Power", "Tenure, Water")
_JOINS = re.compile(r"\s+(?:and|&)\s+|,\s+|\s*/\s*", re.IGNORECASE)


def heading_parts(path: str) -> list[set[str]]:
    """The words of each subject an innermost heading joins ("Risks and Uncertainties": risks;
    uncertainties), none for a heading of one subject."""
    inner = re.sub(r"^\s*[\dIVX]+(?:\.\d+)*\.?\s+", "", path.split(" › ")[-1])
    parts = [set(tokenize(p)) - _RANKING or set(tokenize(p)) for p in _JOINS.split(inner) if p.strip()]
    return [p for p in parts if p] if len(parts) > 1 else []


class Headings:
    """The sections of a set of passages by the words of their innermost heading (and of each
    part of it), so a question's heading is looked up, not searched for: a list under "11. Risks
    and Uncertainties" ("Water: the wellfield has not been tested …") shares no word with "What
    risks does the report flag?", and the search did not find it (blind round m9)."""

    def __init__(self, chunks: Iterable[Chunk]) -> None:
        self.by_word: dict[str, set[tuple[str, str]]] = {}
        self.chunks: dict[tuple[str, str], list[Chunk]] = {}
        self.titles: dict[str, str] = {}
        self._words: dict[tuple[str, str], set[str]] = {}
        for c in chunks:
            if not c.section:
                continue
            key = (c.source, c.section)
            self.titles.setdefault(c.source, c.title)
            if key not in self.chunks:
                for words in (heading_words(c.section), *heading_parts(c.section)):
                    for w in words:
                        self.by_word.setdefault(w, set()).add(key)
            self.chunks.setdefault(key, []).append(c)

    def said(self, source: str, path: str) -> set[str]:
        """The words of a section's passages."""
        key = (source, path)
        if key not in self._words:
            self._words[key] = {w for c in self.chunks.get(key, ()) for w in tokenize(c.text)}
        return self._words[key]

    def asked(self, question: str, sources: Iterable[str], own_words: int = 1) -> list[list[Chunk]]:
        """The passages of each of `sources`' one section whose heading the question asks about
        (`heading_asked`, the question's own words among the section's), in document order, in
        the order of `sources`."""
        by_source: dict[str, list[str]] = {}
        for w in set(tokenize(question)):
            for source, path in self.by_word.get(w, ()):
                by_source.setdefault(source, []).append(path)
        out = []
        for source in sources:
            if source not in by_source:
                continue
            path = heading_asked(question, self.titles[source], sorted(by_source[source]), own_words,
                                 lambda p, s=source: self.said(s, p))  # type: ignore[misc]
            if path is not None:
                out.append(sorted(self.chunks[(source, path)], key=lambda c: c.position))
        return out


def overview_chunks(kind: str, source: str, chunks: Iterable[Chunk]) -> list[Chunk]:
    """The passages of `source` under the headings that answer `kind`, in document order."""
    chunks = [c for c in chunks if c.source == source]
    own = [c for c in chunks if c.section]
    for k in (kind, *_FALLBACK.get(kind, ())):
        # a summary's own section is headed as one ("Executive Summary", "Overview of findings");
        # "Market Overview" or "2.1 Lithium" under it is a part of the document like any other
        heads = _SUMMARY_HEAD.match if k == "summary" else _HEADINGS[k].search
        found = [c for c in own if any(heads(h) for h in c.section.split(" › "))]  # type: ignore[union-attr]
        if found:
            return sorted(found, key=lambda c: c.position)
    return lead_chunks(chunks) if kind == "summary" else []


# a document of fewer sections than this (a transcript, a letter) is led by its first passages
_FEW_SECTIONS = 3
_SUMMARY_HEAD = re.compile(r"\s*(?:[\dIVX]+(?:\.\d+)*\.?\s+)?(?:(?:executive\s+|brief\s+|non-technical\s+)?"
                           r"(?:abstract|summary|overview|synopsis)|[\w-]+\s+summary)\b", re.IGNORECASE)


def lead_chunks(chunks: Iterable[Chunk]) -> list[Chunk]:
    """A document's lead, in order: of its opening and of each section, the first passage that
    states something (a web page's menu and date line are a passage of their own); of a
    document with few sections, its first passages that do."""
    ordered = [c for c in sorted(chunks, key=lambda c: c.position)
               if not all(states_nothing(c, i) for i in range(len(c.sentences)))]
    if len({c.section for c in ordered}) < _FEW_SECTIONS:
        return ordered[:_FEW_SECTIONS]
    out: list[Chunk] = []
    seen: set[str | None] = set()
    for c in ordered:
        if c.section not in seen:
            seen.add(c.section)
            out.append(c)
    return out


def heading_says(question: str, section: str | None) -> str:
    """The words of the question that a heading says: "conclude" under "Conclusion", "recommend"
    under "Policy Recommendations" (stemming keeps "conclude" and "conclusion" apart)."""
    if not section:
        return ""
    heads = section.split(" › ")
    return " ".join(m.group(0) for kind, pattern in _ASKS.items() if kind != "summary"
                    and any(_HEADINGS[kind].search(h) for h in heads) for m in pattern.finditer(question))


# a heading that is wholly a restatement of the document ("Abstract", "2. Executive Summary"), at
# any level: a document's H1 title stays in the section path ("Report › Abstract"), and "Market
# Overview" or "Summary of prices" hold body text of their own
_RESTATES = re.compile(r"^\s*(?:[\dIVX]+(?:\.\d+)*\.?\s+)?(?:executive\s+|brief\s+)?"
                       r"(?:abstract|summary|overview|synopsis)\s*$", re.IGNORECASE)


def summarises(section: str | None) -> bool:
    """Is the passage in a section that restates the document (under a heading that is only
    "Abstract", "Executive Summary", "Overview" or the like)?"""
    return bool(section) and any(_RESTATES.match(h) for h in section.split(" › "))  # type: ignore[union-attr]
