"""A document's apparatus: what it says about itself rather than about its subject.

Reports, notes and web pages carry lines that share words with almost any question on their
subject: "Sources: Pakistan Railways freight tariff 2025; Karachi Port Trust …", "Disclaimer:
These notes summarise statements made by company management …", a table's header row
("Mineral | Balochistan | Khyber Pakhtunkhwa | Punjab | Basis"). Read as candidates they were
given as answers: a royalty question answered with the header row, a comparison of royalty
rates with a "Sources:" line (round m4's before-run, docs/reader.md, twenty-fifth session). They
answer only a question that asks for them ("What sources does the note cite?", "What columns
does the table have?"); the stored text and the source panel keep them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .authorship import byline_index, is_byline
from .chunking import SECTION_SEP, is_header_row
from .types import Chunk

# a labelled line of apparatus ("Sources: …", "Disclaimer: …") or a rights line ("© 2025 Meridian
# Securities", "… All rights reserved."); a table row ("Source: Nuclear | Share (%): 17") is data,
# and "(c) 2026 onwards, the royalty rises" a lettered clause
_LABELLED = re.compile(
    r"^\W{0,3}(?:(?:suggested\s+)?citation|sources?|references?|bibliography|disclaimers?|copyright|"
    r"contacts?|keywords|acknowledge?ments?|photo(?:graph)?\s+credits?|image\s+credits?)\s*:"
    r"|^\W{0,3}(?:©|\((?i:c)\)\s*(?:19|20)\d\d\s+(?-i:[A-Z]))|\ball rights reserved\W*$", re.IGNORECASE)
# the same boilerplate unlabelled ("Indus Capital may hold positions in companies mentioned.", "The
# views expressed are those of the authors and not of the Lab or its funders."): it answered a
# question on a project's economics and led a comparison's side (rounds m2 and m11, used)
_DOCUMENT = r"(?:this|the)\s+(?:note|report|document|publication|material|paper|brief|briefing|page|website|presentation)"
_DISCLAIMS = re.compile(
    r"\bviews\s+expressed\s+(?:\w+\s+){0,4}?(?:are|is)\s+(?:solely\s+)?(?:those|that)\s+of\s+the\s+authors?\b"
    r"|\bmay\s+(?:\w+\s+)?hold\s+(?:a\s+)?positions?\s+in\s+(?:the\s+|any\s+(?:of\s+the\s+)?)?(?:companies|securities|"
    r"issuers)\s+(?:mentioned|discussed|named|covered|referred)"
    rf"|\b{_DOCUMENT}\s+(?:is\s+not|does\s+not\s+constitute|should\s+not\s+be\s+(?:construed|taken)\s+as)\s+"
    r"(?:\w+\s+){0,2}?advice\b"
    rf"|\b{_DOCUMENT}\s+is\s+(?:provided\s+)?for\s+information(?:al)?\s+purposes\s+only\b"
    r"|\bdo(?:es)?\s+not\s+necessarily\s+reflect\s+(?:the\s+)?(?:views|opinions?|official\s+policy)\s+of\b",
    re.IGNORECASE)
# a section that is apparatus through and through ("Sources and disclaimer", "References"); not
# "Notices" or "Contact" (a contract's clause on notices, a section on where to apply)
_HEADING_WORDS = frozenset(
    "sources references bibliography disclaimer disclaimers copyright acknowledgements acknowledgments "
    "acknowledgement acknowledgment and".split())
# a question about the document's apparatus: "What sources does the note cite?", "Which sources
# is it based on?", "What does the disclaimer say?", "What columns does the table have?" (not
# "the main sources of royalty revenue", "a credit line", "mineral rights", "a reference price")
_ASKS = re.compile(r"\b(?:what|which)\s+(?:\w+\s+)?(?:sources?|references?)\b|\b(?:cite[sd]?|citing|citations?|"
                   r"bibliograph\w*|disclaim\w*|copyright\w*|acknowledg\w*|columns?|headers?|credits?\s+for)\b"
                   r"|\b(?:based|draws?|drew|rel(?:y|ies|ied))\s+on\b|\bcontact\s+(?:details|information|address|"
                   r"person|e-?mail)\b|\bwho\s+(?:to|should\s+\w+|can\s+\w+)\s+contact\b", re.IGNORECASE)


# a sentence that asks ("Does Pakistan already export battery minerals?"): an FAQ's question, a
# transcript's, a rhetorical one. It states nothing, so it answers only a question about what was
# asked ("What did the journalist ask?")
_QUESTION = re.compile(r"\?[\s\"'”’)\]]*$")
_ASKS_ASKED = re.compile(r"\b(?:ask\w*|question\w*|quer(?:y|ies|ied)|wonder\w*)\b", re.IGNORECASE)


# whom a salutation may address besides names: "Dear colleagues," "Dear Sir,"
_ADDRESSED = ("colleagues", "all", "team", "sir", "madam", "friends", "members")
# an email's sign-off ("Best, Faisal Qureshi Technical Lead, Indus Spatial (Pvt) Ltd, Peshawar.",
# "Regards, Bilal Siddiqui …") or salutation ("Dear Dr Bangash"): it says who wrote the message,
# as a byline does, and shares the writer's name and title with a question on what that writer
# asked for, which it answered (round m14, used). It answers only a question about who someone
# is, who wrote, or when.
_SIGNOFF = re.compile(r"^\W{0,3}(?:(?:dear|hi|hello)\s*,?|(?:(?:best|kind|kindest|warm|warmest|with\s+(?:kind\s+|best\s+)?)?\s*regards|best(?:\s+wishes)?|"
                      r"(?:yours\s+)?(?:sincerely|faithfully|truly)|(?:many\s+)?thanks(?:\s+again)?|thank\s+you|cheers)\s*[,!])"
                      rf"\s*(?P<rest>(?-i:[A-Z])|(?:{'|'.join(_ADDRESSED)})\b)", re.IGNORECASE)
_ASKS_WHO = re.compile(r"\b(?:who|whom|whose|signed|signs?\s+off|signature|wrote|written|sender|sent|designation|"
                       r"job\s+titles?|contact|when|date[ds]?|subject\s+line|e-?mail\s+address)\b", re.IGNORECASE)
# a message's header line ("From: Rukhsana Bangash", "Sent: Mon, 15 Dec 2025"): who wrote to whom,
# when, on what; it answered a question on what a writer asked for, as a sign-off did
_HEADER = re.compile(r"^\W{0,3}(?:from|to|cc|bcc|sent|date|subject)\s*:", re.IGNORECASE)


STATEMENT_WORDS = 6  # a header line's value this long and ending a sentence is a statement (chosen, not tuned)
# what may follow a sign-off or salutation besides names
_NAME_LINK = frozenset("of and for the on in at to de bin van von al".split()) | frozenset(_ADDRESSED)
# what shows a passage is correspondence, where "From:" and "To:" lines are a message's header and
# not a shipment's route ("From: Port Qasim, Karachi", a reviewer's case)
_MESSAGE = re.compile(r"^\W{0,3}(?:sent|cc|bcc|subject)\s*:|\S@\w[\w-]*\.\w", re.IGNORECASE | re.MULTILINE)


def is_signoff(sentence: str, passage: str = "") -> bool:
    """Is the sentence a sign-off with a name, perhaps a title and place after it, and nothing said
    ("Thank you, Chair, the ministry has spent …" says something), a salutation, or a header line
    of the message `passage` (the sentence's passage) is part of?"""
    header = _HEADER.match(sentence)
    if header and " | " not in sentence:  # (a table's row "To: 2026 | …" is data)
        value = sentence[header.end():].split()  # "Subject: The board approved a 12% rise." says something
        return _MESSAGE.search(f"{sentence}\n{passage}") is not None and not (
            len(value) >= STATEMENT_WORDS and re.search(r"[.!?]$", sentence.rstrip()))
    m = _SIGNOFF.match(sentence)
    if m is None:
        return False
    words = re.findall(r"[^\W\d_][\w'’.-]*", sentence[m.start("rest"):])
    return all(w[:1].isupper() or w.lower() in _NAME_LINK for w in words)


def not_asked(question: str) -> Callable[[Chunk, int], bool]:
    """Is sentence i of a passage apparatus the question does not ask about: a "Sources:" line or
    disclaimer (but for a question about sources), a question the document asks (but for one about
    what was asked), an email's sign-off or header line (but for one about who someone is)?"""
    apparatus, questions, signoffs = not asks_apparatus(question), not asks_what_was_asked(question), not asks_who(question)

    def skipped(c: Chunk, i: int) -> bool:
        return (apparatus and is_apparatus(c.sentences, i, c.section, c.position == 0)
                or questions and is_question(c.sentences[i]) or signoffs and is_signoff(c.sentences[i], c.text))
    return skipped


def asks_who(question: str) -> bool:
    """Does the question ask who someone is, who wrote or sent, or when (what a sign-off or a
    message's header answers, and a table's caption may)?"""
    return _ASKS_WHO.search(question) is not None


def is_question(sentence: str) -> bool:
    return _QUESTION.search(sentence) is not None


def asks_what_was_asked(question: str) -> bool:
    return _ASKS_ASKED.search(question) is not None


def asks_apparatus(question: str) -> bool:
    """Does the question ask about sources, disclaimers, contacts or a table's columns?"""
    return _ASKS.search(question) is not None


def is_apparatus(sentences: Sequence[str], i: int, section: str | None = None, opening: bool = False) -> bool:
    """Is sentence i of a passage (under `section`) apparatus: a labelled sources, disclaimer or
    rights line, a disclaimer's boilerplate, a sentence of a section made of nothing else, or a
    table's header row? In a document's `opening` (its first passage), also a breadcrumb or menu:
    where web pages put them, and a line of short words between bars further on is a table's row."""
    text = sentences[i]
    if (_LABELLED.search(text) or _DISCLAIMS.search(text)) and " | " not in text \
            or opening and (is_menu(text) or is_issue_line(text)):
        return True
    heading = (section or "").split(SECTION_SEP)[-1]
    words = set(re.findall(r"[a-z]+", heading.lower()))
    if words and words <= _HEADING_WORDS and words != {"and"}:
        return True
    return i + 1 < len(sentences) and is_header_row(text, sentences[i + 1])


# a web page's breadcrumb ("The Frontier Ledger › Features › Economy") or menu ("Home | Investors
# | Sitemap"): short items between separators. A bare table row has figures ("EXIM | Direct loan
# | 650"), a labelled one labels ("Cost (USD bn): 1.2"). The item lengths are chosen, not tuned.
_CRUMBS = re.compile(r"\s+[›»>]\s+")
_BARS = re.compile(r"\s+\|\s+")


def is_menu(text: str) -> bool:
    """Is the line a breadcrumb or a menu (navigation, not content)? A web page's breadcrumb was
    given as the answer to a question about what an interviewee said (round m7's before-run)."""
    text = text.strip().rstrip(".")
    crumbs = _CRUMBS.split(text)
    if len(crumbs) >= 3 and all(1 <= len(c.split()) <= 5 for c in crumbs[:-1]) and len(crumbs[-1].split()) <= 12:
        return True  # the last crumb may be the page's own (long) title
    items = _BARS.split(text)
    return len(items) >= 4 and all(1 <= len(c.split()) <= 3 and ":" not in c and not re.search(r"\d", c)
                                   for c in items)


# a publication's issue line: its series number or code ("Briefing Paper No. 12", "Technical Report
# IGI-TR-2025-07"), on a line of its own that ends no sentence; it says who issued the document
# and when, and was given as a point of an answer (a blind user test)
_ISSUE = re.compile(r"\b(?:reports?|papers?|briefs?|briefings?|notes?|memos?|bulletins?|stud(?:y|ies)|reviews?|"
                    r"commentar(?:y|ies)|series|circulars?|notifications?)\s+(?:No\.?\s*\d+|(?-i:[A-Z]{2,})[-/\w]*\d)"
                    # "Policy Brief 26-09", "Working Paper 2025/3": a capitalised series, not "notes 1-3"
                    r"|(?-i:\b(?:Reports?|Papers?|Briefs?|Briefings?|Notes?|Memos?|Bulletins?|Stud(?:y|ies)|Reviews?|Series|"
                    r"Circulars?))\s+(?:\d{2}-\d{2}|\d{4}/\d{1,3})\b", re.IGNORECASE)
# a masthead: the body that issues the document, on a line of its own at its top ("Institute for
# Resource and Trade Policy, Islamabad"): says who speaks in it, as a byline does
_BODIES = (r"(?:Institute|Forum|Cent(?:re|er)|Council|Ministry|Department|Division|University|Partners|Ltd|Limited|"
           r"Inc|LLC|Foundation|Agency|Commission|Authority|Bank|Group|Association|Society|Office|Bureau|"
           r"Program(?:me)?|Initiative|Trust|Network|Company|Corporation|Committee|Board|Secretariat|Chamber|"
           r"Federation|Consortium|Alliance|Coalition|Observatory|Survey)")
_NAME_WORD = r"(?:[A-Z][\w&.'’-]*|\([A-Z][\w&.]*\))"
_MASTHEAD = re.compile(rf"(?:The\s+)?(?:{_NAME_WORD}\s+){{0,6}}{_BODIES}\.?"
                       rf"(?:\s+(?:of|for|on)(?:\s+(?:the|and|&|{_NAME_WORD})){{1,8}})?(?:\s*\([A-Z][\w&.]*\))?"
                       rf"(?:,\s*{_NAME_WORD}(?:[\s,]+{_NAME_WORD}){{0,3}})?$")


_ISSUE_WORDS = 3  # chosen, not tuned


def is_masthead(text: str) -> bool:
    """Is a line at a document's top the name of the body that issues it (an organisation's name
    ending in a word for a body, perhaps "of/for …" and its city: "Institute for Resource and
    Trade Policy, Islamabad"), not a title ("Survey Results", "Risks to the Bank", "Why the
    Ministry Got It Wrong") or whom it was prepared for?"""
    return len(text.split()) <= 12 and _MASTHEAD.match(text.strip()) is not None


def is_issue_line(text: str) -> bool:
    body = re.sub(r"(?<=\d)\.$", "", text.strip())  # "…, June 2025." ends a date, not a sentence
    # names, a number and a date: a few lower-case words at most ("published"), no sentence's end
    return (len(body) <= 160 and _ISSUE.search(body) is not None and not re.search(r"[.!?]\W*$", body)
            and len(re.findall(r"\b[a-z]{3,}\b", body)) <= _ISSUE_WORDS)


# fewer words (with letters) than this is a label, a date line or a title ("Last updated: 2 May
# 2025."), not a statement; chosen, not tuned
_STATEMENT_WORDS = 5


def states_nothing(chunk: Chunk, i: int) -> bool:
    """Is sentence `i` of `chunk` no statement of the document's: a byline, a sources line, a
    question it asks, an email's sign-off, a table row, menu or breadcrumb ("Home | About", "Home › FAQs", anywhere), a
    title in capitals, a label or date line? A summary gives the document's statements."""
    sentence = chunk.sentences[i]
    return (i == byline_index(chunk) or chunk.position <= 1 and is_byline(sentence)
            or is_apparatus(chunk.sentences, i, chunk.section) or is_question(sentence) or is_signoff(sentence, chunk.text)
            or re.search(r" [|›»>·] ", sentence) is not None or not re.search(r"[a-z]", sentence)
            or sum(bool(re.search(r"[^\W\d_]", w)) for w in sentence.split()) < _STATEMENT_WORDS)
