"""Questions about a document as a whole: "What does the article recommend?", "What does it
conclude?", "Summarize the report."

Such a question names no topic, so no single sentence matches it, and the evidence score refused
what the document states plainly under its own headings. The question is recognised
(`asks_overview`: a request for recommendations, conclusions, findings or a summary, with no
other subject) and answered from the sections written for it: "Recommendations" for what the
document recommends, "Conclusion" for what it concludes, "Findings" / "Results" for what it
finds (else its conclusion), "Abstract" / "Summary" / "Overview" for a summary (else its
conclusion). A document without such a section gets the ordinary search.

A question with a subject ("What does the article recommend for provincial benefit-sharing?") is
an ordinary question: the heading is then part of what each sentence says (see answering).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from .lexical import STOPWORDS, tokenize
from .types import Chunk

_ASKS = {
    "recommendations": re.compile(r"\b(recommend\w*|propos\w*|suggest\w*|advi[cs]e\w*|way forward)\b", re.IGNORECASE),
    "conclusion": re.compile(r"\b(conclu\w*|bottom line)\b", re.IGNORECASE),
    "findings": re.compile(r"\b(find|finds|findings|found|results?|takeaways?)\b", re.IGNORECASE),
    "summary": re.compile(r"\b(summar\w*|overview|gist|tl;?dr|main (points?|arguments?|ideas?|messages?)|"
                          r"thesis)\b|\babout\s*[?.!]*\s*$", re.IGNORECASE),
}
_HEADINGS = {
    "recommendations": re.compile(r"\b(recommendations?|proposals?|way forward|policy options)\b", re.IGNORECASE),
    "conclusion": re.compile(r"\b(conclusions?|concluding)\b", re.IGNORECASE),
    "findings": re.compile(r"\b(findings|results|key points|takeaways)\b", re.IGNORECASE),
    "summary": re.compile(r"\b(abstract|summary|overview)\b", re.IGNORECASE),
}
_FALLBACK = {"findings": ("conclusion",), "summary": ("conclusion",)}
# words that say "the document" or frame the request; anything else is a subject of its own
_FRAME = frozenset(tokenize(
    "article report paper document study text essay brief piece author authors writer it this whole entire "
    "main key overall general say says said make makes made give tell me us please briefly short quick can "
    "you could would like want know its his her their all point points idea ideas message argument arguments "
    "thesis summary summarize summarise overview gist tldr tl dr recommend recommends recommendation "
    "recommendations propose proposes proposal proposals suggest suggests suggestion suggestions advise "
    "advice way forward conclude concludes conclusion conclusions bottom line find finds findings found "
    "result results takeaway takeaways about policy"))


def asks_overview(question: str, title: str = "") -> str | None:
    """The kind of whole-document request ("recommendations", "conclusion", "findings",
    "summary"), or None when the question has a subject of its own; words of the document's
    `title` name the document, not a subject ("What does the report on lithium recommend?")."""
    if set(tokenize(question)) - _FRAME - set(tokenize(title)):
        return None
    for kind, pattern in _ASKS.items():
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


def heading_asked(question: str, title: str, sections: Iterable[str | None], own_words: int = 1) -> str | None:
    """The one section (heading path) of `sections` whose innermost heading is what the question
    asks about: every word of the heading is in the question, and beside the heading, the
    document's title and the words that frame a request the question has at most `own_words` of
    its own ("What risks does the brief see?" under "Risks"; "What about Iran?" under "5.3 Iran").
    None when no heading or several are."""
    asked = set(tokenize(question))
    named = set(tokenize(title))
    own = asked - _FRAME - named
    found = set()
    for path in sections:
        if not path:
            continue
        words = heading_words(path)
        # a heading that only restates the title is the document's own, unless it sits under
        # another ("Cobalt in the Congo › Key Risks" in a "Supply Risk Briefing")
        restates = words <= named and " › " not in path
        if words and words <= asked and not restates and len(own - words) <= own_words:
            found.add(path)
    return found.pop() if len(found) == 1 else None


def overview_chunks(kind: str, source: str, chunks: Iterable[Chunk]) -> list[Chunk]:
    """The passages of `source` under the headings that answer `kind`, in document order."""
    own = [c for c in chunks if c.source == source and c.section]
    for k in (kind, *_FALLBACK.get(kind, ())):
        found = [c for c in own if any(_HEADINGS[k].search(h) for h in c.section.split(" › "))]  # type: ignore[union-attr]
        if found:
            return sorted(found, key=lambda c: c.position)
    return []


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


# what people call a document ("the memo", "the cobalt briefing", "this report", "the notification")
_GENRES = (r"articles?|reports?|papers?|memos?|memorandum|briefs?|briefings?|notes?|study|studies|fact\s?sheets?|"
           r"minutes|transcripts?|letters?|notifications?|notices?|summary|summaries|outlooks?|press\s+releases?|"
           r"statements?|web\s?pages?|presentations?|proposals?|testimony|speech|speeches|submissions?|bulletins?|"
           r"newsletters?|explainers?")
_NAMED = re.compile(rf"\b(?:the|this|that)\s+((?:[\w-]+\s+){{0,3}}?)({_GENRES})\b", re.IGNORECASE)
# how a document calls itself in its opening ("this article evaluates", "This memo sets out")
_SELF = re.compile(rf"\b(?:this|the present)\s+({_GENRES})\b", re.IGNORECASE)
OPENING_CHUNKS = 2  # where a document says what it is: its abstract or first paragraphs


def calls_itself(chunks: Iterable[Chunk]) -> str:
    """The words a document's opening uses for itself: "article" for one whose abstract says "this
    article evaluates", though its title does not say so. A user calls it "the article"."""
    opening = sorted(chunks, key=lambda c: c.position)[:OPENING_CHUNKS]
    return " ".join(dict.fromkeys(m.group(1).lower() for c in opening for m in _SELF.finditer(c.text)))


# genres that are as often what is said: they name a document only with words of its own before
# them ("the Indus Capital market outlook", "the roundtable summary")
_ALSO_CONTENT = {"outlook", "summary", "summarie", "statement", "notice", "speech", "speeche", "proposal",
                 "submission", "testimony", "presentation"}


def document_named(question: str, documents: Iterable[tuple[str, str]]) -> str | None:
    """The source of the one document a question calls by what it is, of (source, title) pairs
    (the title with what the document's opening calls it, `calls_itself`): "What does the briefing
    recommend?" where only one title or file name says "briefing" (as a word: "brief" is not
    "briefing"). Words before the noun must fit it too: "the IEA report" is
    not the ministry's "Annual Report" (a report the documents quote). None when no document or
    more than one says it ("the article" names nothing when no title calls itself one), or when
    the question also calls another document, or one it cannot tell, by what it is."""
    docs = [(source, text, _plain_words(text))
            for source, text in ((s, f"{t} {Path(s).stem}".lower()) for s, t in documents)]
    named: set[str] = set()
    for m in _NAMED.finditer(question):
        said = m.group(2).lower()
        noun = _plain_words(said)
        # "the reports of child labour" are not the one "Annual Report": a plural names a plural
        plural = said if said.endswith("s") and not said.endswith("ss") else None
        before = _plain_words(m.group(1)) - STOPWORDS
        if _content_genre(m):
            continue  # "the outlook for copper", "the summary of the talks": what is said, not a document
        found = [source for source, text, words in docs if noun <= words and (not before or before & words)
                 and (plural is None or re.search(rf"\b{re.escape(plural)}\b", text))]
        if len(found) != 1:
            return None  # "the NSP-2022 article and the fact sheet": one of them names no single document
        named.add(found[0])
    return named.pop() if len(named) == 1 else None


# "according to the memo", "in the fact sheet," at the start, "… in the briefing?" at the end
_SAID_BY = re.compile(r"(?:,\s*)?\baccording\s+to\s+$|^\s*(?:in|from)\s+$", re.IGNORECASE)


def without_document(question: str) -> str:
    """The question with the words that call a document by what it is taken out, for reading it
    in that document alone: "What were copper earnings, according to the fact sheet?" is read as
    "What were copper earnings?", and "What does the memo want done?" as "What does it want
    done?". Left in, "fact sheet" is what the document's own "This fact sheet is updated
    annually" shares with the question, and the reader answered with it."""
    out, end = [], 0
    for m in _NAMED.finditer(question):
        if _content_genre(m):
            continue  # "the outlook for copper in the memo": what is said, as `document_named` reads it
        # "the royalty in the memo": the name starts at its own "the"
        start = m.start() + max(d.start() for d in re.finditer(r"\b(?:the|this|that)\s", m.group(0), re.IGNORECASE))
        head = question[end:start]
        tail = question[m.end():]
        said_by = _SAID_BY.search(head)
        if said_by or re.match(r"\s*[?.!]?\s*$", tail) and re.search(r"\b(?:in|from)\s+$", head, re.IGNORECASE):
            cut = said_by.start() if said_by else re.search(r"\s*\b(?:in|from)\s+$", head, re.IGNORECASE).start()
            out.append(head[:cut])
            end = m.end() + (len(re.match(r"\s*,?", tail).group(0)) if said_by or not out[-1].strip() else 0)
            continue
        plural = _plural(m.group(2).lower())
        if tail.startswith(("'s", "’s", "s'", "’")):
            out.append(head + ("their" if plural else "its"))
            end = m.end() + (1 if tail[:1] in "’" and not tail.startswith("’s") else 2)
        else:
            out.append(head + ("they" if plural else "it"))
            end = m.end()
    text = re.sub(r"\s+", " ", "".join(out) + question[end:])
    text = re.sub(r"\s*,?\s*([?.!])", r"\1", re.sub(r"\s+,", ",", text)).strip(" ,")
    # "What is in the memo?" leaves nothing to ask: read as asked
    if not set(tokenize(text)) - STOPWORDS - {"it", "its", "they", "their"}:
        return question
    return text[:1].upper() + text[1:]


def _plural(said: str) -> bool:
    return said.endswith("s") and not said.endswith("ss")


def _content_genre(m: re.Match[str]) -> bool:
    """A genre word with no word of its own before it that is as often what is said ("the outlook
    for copper", "the notice period"): not a document's name."""
    return not (_plain_words(m.group(1)) - STOPWORDS) and bool(_plain_words(m.group(2)) & _ALSO_CONTENT)


def _plain_words(text: str) -> set[str]:
    """Lower-case words, a plural's "s" dropped ("notes" is "note"), nothing else stemmed."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in re.findall(r"[a-z0-9]+", text.lower())}
