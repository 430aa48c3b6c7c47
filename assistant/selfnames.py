"""What a document calls itself in its opening: "this article evaluates", "Podcast of the Indus
Policy Forum", "Briefing Paper No. 12", a byline's names, its masthead's issuer. A user calls the
document by these words ("the article", "the podcast", "Col Sabahuddin's piece") though its title
does not say them (`naming` reads the questions that do).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from .apparatus import is_issue_line, is_masthead
from .lexical import STOPWORDS
from .types import Chunk

# what people call a document ("the memo", "the cobalt briefing", "this report", "the notification")
GENRES = (r"articles?|reports?|papers?|memos?|memorandum|briefs?|briefings?|notes?|study|studies|fact\s?sheets?|"
           r"minutes|transcripts?|letters?|notifications?|notices?|summary|summaries|outlooks?|press\s+releases?|"
           r"statements?|web\s?pages?|presentations?|proposals?|testimony|speech|speeches|submissions?|bulletins?|"
           r"newsletters?|explainers?|records?|proceedings|debates?|assessments?|judge?ments?|reviews?|"
           r"commentar(?:y|ies)|digests?|faqs?|pdfs?|documents?|files?|spreadsheets?|decks?|slides|surveys?|audits?|"
           r"e-?mails?|threads?|features?|interviews?|op-?eds?|editorials?|manuals?|handbooks?|"
           r"white\s?papers?|circulars?|communiqu[eé]s?|readouts?|dossiers?|factbooks?|yearbooks?|podcasts?|episodes?|"
           r"webinars?|pieces?|blog\s?posts?|corrections?|errat(?:a|um)|addend(?:a|um)|updates?|think[\s-]?tanks?")
# how a document calls itself in its opening ("this article evaluates", "This working paper
# compares", "This is an unrevised record")
_SELF = re.compile(rf"\b(?:this|the present)\s+(?:is\s+(?:an?|the)\s+)?"
                   rf"(?:(?!(?:the|a|an|of|in|on|to|and|is|was)\b)[\w-]+\s+){{0,2}}?({GENRES})\b", re.IGNORECASE)
# who the opening says wrote or issued it ("By Col …", "Notes by: Sara Qureshi, … Meridian Securities",
# an email's "From: Joint Secretary, Ministry of Energy")
_BY = re.compile(r"^\W*by\s+((?-i:[A-Z][\w.'’-]*)(?:\s+(?:(?-i:[A-Z][\w.'’-]*)|bin|van|von|de|al)){1,5})"  # a name
                 r"|\b(?:written|notes|prepared|published|issued|compiled|edited)\s+by\s*:\W*([^\n]{1,120}?)(?=\s+\w+:|$)"
                 r"|^\W*(?:authors?|publisher|from)\s*:\W*([^\n]{1,120})", re.IGNORECASE | re.MULTILINE)
# a presentation printed to PDF says so by its speaker notes or its slide numbers, seldom in its
# title ("Investor and Lender Briefing"): a user calls it "the slides" or "the deck" (round m10)
_DECK = re.compile(r"^\W*speaker\s+notes\b|^\W*slide\s+\d+\s*$", re.IGNORECASE | re.MULTILINE)
# an issuer that is a policy institute: users call its paper "the think tank's" ("What does the think
# tank want done about that?" of a working paper by the Indus Policy Lab; rounds m9 and m11)
# (read over the issuer's capitalised words only: not a council or a centre, which "of" or "for"
# would tell apart and which such words do not keep)
_THINK_TANK = re.compile(r"\b(?:Institute|(?<!Community )Forum|Foundation|Policy\s+(?:Lab|Unit|Group)|Think\s+Tank|"
                         r"(?:Strategic|Policy|International|Regional)\s+Studies)\b")
OPENING_CHUNKS = 2  # where a document says what it is: its abstract or first paragraphs
MASTHEAD_LINES = 4  # a masthead is among a document's first lines (chosen, not tuned)
# an opening line that says what follows: "Podcast of the Indus Policy Forum", "Minutes of the
# 14th meeting", "Transcript: Senate Standing Committee"
_LINE_KIND = re.compile(rf"^\W*({GENRES})\s*(?:of|by|from|for|:)\s", re.IGNORECASE | re.MULTILINE)
# a series' number or a report's code: "Working Paper No. 14", "Technical Report IGI-TR-2025-07"
# (in capitals, as a series names itself: "The company reports CO2 emissions" is no report's code)
_NUMBERED = re.compile(rf"\b((?:[A-Z][a-z]+\s+)?(?:{GENRES}))\s+(?:No\.?\s*\d+|(?-i:[A-Z]{{2,}}[-/])[-/\w]*\d[-/\w]*)",
                       re.IGNORECASE)
# what separates the names a document is issued by (its byline's, its issue line's: "Makran Policy
# Forum, Karachi — Briefing Paper No. 12") from its other names; only those say who speaks in it
ISSUED_BY = "‖"

def calls_itself(chunks: Iterable[Chunk]) -> str:
    """The words a document's opening uses for itself: "article" for one whose abstract says "this
    article evaluates", though its title does not say so (a user calls it "the article"), and the
    names on its byline ("By Col Chaudhry Muhammad Sabahuddin": "Col Sabahuddin's article")."""
    opening = sorted(chunks, key=lambda c: c.position)[:OPENING_CHUNKS]
    genres = [m.group(1).lower() for c in opening for m in _SELF.finditer(c.text)]
    genres += [m.group(1).lower() for c in opening for m in _LINE_KIND.finditer(c.text) if _titled(c.text[m.end():])]
    genres += [m.group(1).lower() for c in opening for m in _NUMBERED.finditer(c.text)
               if all(w[:1].isupper() for w in m.group(1).split())]
    if any(_DECK.search(c.text) for c in opening):  # a deck printed with its speaker notes
        genres += ["slides", "deck", "presentation"]
    names = [w for c in opening for m in _BY.finditer(c.text)
             for w in re.findall(r"\b[A-Z][\w&-]*", next(g for g in m.groups() if g))]
    # the lines above the first passage's first sentence of prose
    top = [line for c in opening[:1] for line in itertools.takewhile(lambda x: not re.search(r"[.!?]\W*$", x),
                                                                      c.sentences[:MASTHEAD_LINES])]
    issued = [w for c in opening for line in c.sentences if is_issue_line(line) or line in top and is_masthead(line)
              for w in re.findall(r"\b[A-Z][\w&-]*", line)]
    # a line that titles the document ("Environmental and Social Impact Assessment (ESIA): Non-Technical
    # Summary" over a Word file titled "Shigar Lithium Pilot Project"); not "Key features of the
    # Reko Diq project" (a reviewer's case): every word of its own in capitals
    titled = [w for c in opening for line in c.sentences if _titles(line) for w in re.findall(r"\b[A-Z][\w&-]*", line)]
    if _THINK_TANK.search(" ".join(names + issued)):
        genres.append("think tank")
    return (f"{' '.join(dict.fromkeys(genres + names + issued + titled))} {ISSUED_BY} "
            f"{' '.join(dict.fromkeys(names + issued))}")


def _titles(line: str) -> bool:
    """Is an opening's line a title naming what the document is (a genre in capitals, every word of
    its own in capitals, no sentence's end)?"""
    genre = re.search(rf"\b(?:{GENRES})\b", line, re.IGNORECASE)
    if genre is None or not genre.group(0)[:1].isupper() or len(line) > 160 or re.search(r"[.!?]\W*$", line):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in STOPWORDS and len(w) > 2]
    return all(w[:1].isupper() for w in words)


def _titled(rest: str) -> bool:
    """Is what follows an opening's "Podcast of" a name in capitals ("the Indus Policy Forum"), not
    prose ("Review of the evidence on …")?"""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", re.split(r"[,.;:(\n]", rest, maxsplit=1)[0])
             if w.lower() not in STOPWORDS]
    return bool(words) and all(w[:1].isupper() for w in words)
