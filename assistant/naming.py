"""Which document a question names: "What does the memo recommend?", "…, according to the fact
sheet?", "In Meridian Securities' notes on the presentation, …".

With several documents, a question that calls one of them by what it is (its genre, with words
of its own: "the IEA report", "the country note") is searched in that document alone, and read
without the words that chose it (`without_document`). A document is called what its title, its
file name and its opening call it (`calls_itself`: "this article evaluates", "This working paper
compares", a byline's name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from .lexical import STOPWORDS, tokenize
from .places import country_of
from .selfnames import GENRES, ISSUED_BY, calls_itself

__all__ = ["ISSUED_BY", "calls_itself"]  # (what a document calls itself: `selfnames`)


# a contraction is no one's possessive ("What's", "It's", "Let's")
NOT_CONTRACTION = r"(?!(?-i:What|Who|Where|When|Why|How|That|It|There|Here|Let|He|She)['’]s\b)"
# whose document: "Col Sabahuddin's article", "Meridian Securities' notes" (capitalised words)
_OWNER = (NOT_CONTRACTION +
          r"(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z])[\w.&-]*){0,4}(?:'s|’s|s'|s’)")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# "the Assembly's record of 18 June 2025": the date is part of the name
_DATED = rf"(?:\s+(?:of|dated)\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)(?:\s+(?:19|20)\d\d)?\b)?"
# a genre may be followed by a word for what holds it ("the email thread", "the PDF file"); not by
# a word that is as often a verb ("the minutes record …", "the roundtable summary report(s) …")
_HOLDERS = r"threads?|files?"
# (not across "on" or "about": "the Lab's recommendations on the survey" names no survey)
_NAMED = re.compile(rf"\b(?:(?:the|this|that)\s+|(?P<owner>{_OWNER})\s+)((?:(?!(?:on|about|regarding|concerning)\s)"
                    rf"[\w'’-]+\s+){{0,3}}?)"
                    rf"((?:{GENRES})(?:\s+(?:{_HOLDERS}))?)\b{_DATED}", re.IGNORECASE)
# "What does the Makran Policy Forum recommend?", "according to the Indus Geoscience Institute":
# the one document issued by them, as a byline's name is its writer's (a blind user test)
# ("What are the recommendations of the Indus Geoscience Institute?" too: what it says, by name)
_SPEAKER = re.compile(r"\b(?:(?:what|how|why|where|when|which|who|whom)\s+(?:does|do|did|would|has|have)\s+|according\s+to\s+|"
                      r"\b(?:recommendations?|proposals?|findings|conclusions?|views?|position|estimates?|assessment|"
                      r"arguments?)\s+of\s+)"
                      r"(?:the\s+)?(?P<who>(?-i:[A-Z][\w&.-]*)(?:\s+(?:(?:of|for|and|on|the|&)\s+){0,2}(?-i:[A-Z][\w&.-]*)){0,6})"
                      r"(?:(?:\s+(?:say|says|said|recommend|propose|suggest|argue|conclude|find|estimate|expect|"
                      r"think|want|urge|report|write|see|make|call)\w*)\b|\s*[,?.]|\s*$)", re.IGNORECASE)

# "List the Indus Policy Lab's recommendations": whose findings, named before them (round m11)
_SPEAKER_OWNS = re.compile(r"(?:\bthe\s+|(?<=\s))(?P<who>(?-i:[A-Z][\w&.-]*)(?:\s+(?:(?:of|for|and|on|the|&)\s+){0,2}"
                           r"(?-i:[A-Z][\w&.-]*)){0,6})['’]s?\s+(?:main\s+|key\s+|own\s+)?(?:recommendations?|proposals?|"
                           r"findings|conclusions?|views?|position|estimates?|assessment|arguments?)\b", re.IGNORECASE)

# "What did the observatory recommend …?" of a report whose masthead is the "Khyber Resource
# Governance Observatory": the issuer called by the word for what it is (round m14, used); only a
# word for a body whose business is publishing, and only where one document's issuers carry it. Not
# a ministry, committee or department: documents quote others of those ("the finance ministry
# said …" in a news page beside the Ministry of Energy's note; a reviewer's case)
_BODY_WORDS = r"observatory|forum|institute|foundation|think\s+tank|watchdog|centre|center|consortium"
_SPEAKER_BODY = re.compile(rf"\b(?:(?:what|how|why|where|when|which|who|whom)\s+(?:does|do|did|would|has|have)\s+|"
                           rf"according\s+to\s+|\b(?:recommendations?|proposals?|findings|conclusions?|views?|"
                           rf"position|estimates?|assessment|arguments?)\s+of\s+)"
                           rf"the\s+(?P<who>{_BODY_WORDS})"
                           rf"(?:(?:\s+(?:say|says|said|recommend|propose|suggest|argue|conclude|find|found|estimate|"
                           rf"expect|think|want|urge|report|write|see|make|call)\w*)\b|\s*[,?.]|\s*$)", re.IGNORECASE)
_BODY_OWNS = re.compile(rf"\bthe\s+(?P<who>{_BODY_WORDS})['’]s?\s+(?:main\s+|key\s+|own\s+)?(?:recommendations?|"
                        rf"proposals?|findings|conclusions?|views?|position|estimates?|assessment|arguments?)\b",
                        re.IGNORECASE)


# genres that are as often what is said: they name a document only with words of its own before
# them ("the Indus Capital market outlook", "the roundtable summary")
_ALSO_CONTENT = {"outlook", "summary", "summarie", "statement", "notice", "speech", "speeche", "proposal",
                 "submission", "testimony", "presentation", "record", "debate", "proceeding", "assessment",
                 "judgment", "judgement", "review", "commentary", "commentarie", "digest", "document", "file",
                 "thread", "feature", "interview", "audit", "circular", "piece", "episode", "update", "slide"}
# what a document is called by its format ("the PDF", "the Word document", "the web page"): a
# blind user test asked "What does the PDF say …?" of a folder with one PDF
_FORMATS = {".pdf": "pdf file", ".docx": "word document file docx", ".html": "web page webpage file",
            ".htm": "web page webpage file", ".txt": "text file", ".md": "markdown file"}


# what any document may be called with words of its own ("the ZVC document")
_ANY = "document"


def _own_words(m: re.Match[str]) -> set[str]:
    """The words before the genre noun that say which document: "IEA" of "the IEA report", "Col
    Sabahuddin NSP 2022" of "Col Sabahuddin's NSP-2022 article"."""
    return plain_words(re.sub(r"['’]s?\b", "", f"{m.group('owner') or ''} {m.group(2)}")) - STOPWORDS


def document_named(question: str, documents: Iterable[tuple[str, str]], issuers: bool = True) -> str | None:
    """The source of the one document a question calls by what it is, of (source, title) pairs
    (the title with what the document's opening calls it, `calls_itself`): "What does the briefing
    recommend?" where only one title or file name says "briefing" (as a word: "brief" is not
    "briefing"). Words before the noun must fit it too: "the IEA report" is
    not the ministry's "Annual Report" (a report the documents quote). None when no document or
    more than one says it ("the article" names nothing when no title calls itself one), or when
    the question also calls another document, or one it cannot tell, by what it is."""
    named = documents_named(question, documents, issuers)
    return named[0] if named is not None and len(named) == 1 else None


def documents_named(question: str, documents: Iterable[tuple[str, str]], issuers: bool = True) -> list[str] | None:
    """The sources of the documents a question calls by what they are, in the order it names
    them ("How do the market brief and the ESIA summary differ …?": two). A name that fits no
    document is what is asked about ("What does the memo say about the IMF's assessment?"), unless
    the question compares: then one side would be lost, and None is returned, as when a name fits
    several documents."""
    docs = _prepared(documents)
    named: list[str] = []
    issuer = _issuer(question, docs) if issuers else None
    for m in _NAMED.finditer(question):
        if _content_genre(m):
            continue  # "the outlook for copper", "the summary of the talks": what is said, not a document
        found = _fits(m, docs)
        if len(found) > 1 and issuer is not None:
            continue  # "the Lab's recommendations on the survey": the survey is what they are about
        if len(found) > 1 or not found and COMPARES.search(question):
            return None
        if found and found[0] not in named:
            named.append(found[0])
    if not named and issuer is not None:
        named = [issuer[1]]
    return named


def _issuer(question: str, docs: list[tuple[str, str, set[str]]]) -> tuple[re.Match[str], str] | None:
    """The one document whose title or opening carries all the words of the name a question asks
    what it says ("What does the Makran Policy Forum recommend?"), with the match; None when no
    document or several do."""
    owners = list(_SPEAKER_OWNS.finditer(question))
    if len({m.group("who").lower() for m in owners}) > 1:
        return None  # "the Lab's recommendations and the Council's": several issuers (a reviewer's case)
    for m in [*_SPEAKER.finditer(question), *owners]:
        if country_of(m.group("who")) is not None:
            continue  # "What does China want?" asks about China, not the "China Media Monitor"
        words = plain_words(m.group("who")) - STOPWORDS
        # by the names it was issued by only: "What does Reko Diq expect?" asks about the
        # project, not the "Reko Diq Feasibility Study" (a reviewer's case)
        fits = [source for source, text, _ in docs if words and words <= _issuers(text)]
        if len(fits) == 1:
            return m, fits[0]
    bodies = [*_SPEAKER_BODY.finditer(question), *_BODY_OWNS.finditer(question)]
    if owners or len({m.group("who").lower() for m in bodies}) != 1:
        return None  # none, or "the ministry's view and the council's"
    word = plain_words(bodies[0].group("who"))  # "the observatory": a body's word, in lower case
    fits = [source for source, text, _ in docs if word <= _issuers(text)]
    return (bodies[0], fits[0]) if len(fits) == 1 else None


def _issuers(text: str) -> set[str]:
    """The words of who issued a document: its byline's and issue line's names, and a web page's
    site after " | " in its title ("… | Indus Capital Research")."""
    names, _, issuers = text.partition(ISSUED_BY)
    site = names.split(" | ", 1)[1] if " | " in names else ""
    return plain_words(f"{issuers} {site}")


def name_fits_several(question: str, documents: Iterable[tuple[str, str]]) -> tuple[str, list[str]]:
    """The one document name of a question that fits several documents ("the report" where two
    titles say report) and the sources it fits, in the documents' order; ("", []) otherwise. The
    user means one of them and the question cannot say which: all of them are searched, not
    every document, and the answer says so (a report and a survey's "What is the report about?"
    was answered from whichever document the search found, without a word)."""
    names = [m for m in _NAMED.finditer(question) if not _content_genre(m)]
    if len(names) != 1 or _plural(names[0].group(3).lower()):
        return "", []  # "the reports" are a set: asked of the documents as one
    found = _fits(names[0], _prepared(documents))
    return (names[0].group(0).strip(), found) if len(found) > 1 else ("", [])


# words that set things side by side ("How do the brief and the note differ on …?")
COMPARES = re.compile(r"\b(?:differ\w*|difference\w*|disagree\w*|agree\w*|compar\w*|contrast\w*|versus|vs\b|"
                      r"in line with|consistent|conflict\w*|contradict\w*|match\w*|same|both)\b", re.IGNORECASE)


def _called(source: str, names: str) -> str:
    """What a document may be called: its names (title, own names), file name and format."""
    return f"{names} {Path(source).stem} {_FORMATS.get(Path(source).suffix.lower(), '')} {_ANY}"


def _prepared(documents: Iterable[tuple[str, str]]) -> list[tuple[str, str, set[str]]]:
    """(source, what it is called, the words of that): its title, file name, format and own names,
    then after `ISSUED_BY` the names it was issued by."""
    out = []
    for source, called in documents:
        names, _, issuers = called.partition(ISSUED_BY)
        text = f"{_called(source, names)} {ISSUED_BY} {issuers}"
        out.append((source, text.lower(), plain_words(text)))
    return out


def _fits(m: re.Match[str], docs: list[tuple[str, str, set[str]]]) -> list[str]:
    """The documents a name fits: its genre among their words, and its own words if it has any."""
    said = m.group(3).lower()
    noun = plain_words(said)
    # "the reports of child labour" are not the one "Annual Report": a plural names a plural
    plural = said if said.endswith("s") and not said.endswith("ss") else None
    before = _own_words(m)
    if noun <= {"piece"} and re.match(r"\s+of\b", m.string[m.end():]):
        return []  # "Barrick's piece of Reko Diq": a share of it (a reviewer's case)
    if noun <= {"piece"}:
        # a piece is called by its outlet ("the Frontier Ledger piece": a web page's "… | The Frontier
        # Ledger") or its writer ("Sabahuddin's piece", round m12, used); "the KP piece" of a grant
        # is a part of it, not the KP report (round m7)
        return [source for source, text, _ in docs if before and (" | " in text and before <= plain_words(
            text.split(" | ", 1)[1]) or before <= _issuers(text))]
    return [source for source, text, words in docs if noun <= words and (not before or before & words)
            and (plural is None or re.search(rf"\b{re.escape(plural)}\b", text))]


def after_names(text: str) -> str:
    """What follows the last document name in the text ("… the FAQ on the tax holiday?": " on the
    tax holiday?"); the text itself when it names none."""
    ends = [m.end() for m in _NAMED.finditer(text) if not _content_genre(m)]
    return text[ends[-1]:] if ends else text


def names_a_document(text: str) -> bool:
    """Does the text call some document by what it is ("the brief", "the environmental assessment")?"""
    return document_names(text) > 0


def named_genres(text: str) -> set[str]:
    """The words of what the text calls documents ("the Washington brief": brief)."""
    return {w for m in _NAMED.finditer(text) if not _content_genre(m) for w in plain_words(m.group(3))}


def fits_genres(genres: set[str], source: str, title: str) -> bool:
    """Could a document with this file name and title be called by all of `genres`?"""
    return genres <= plain_words(_called(source, title))


def genre_mentions(text: str) -> int:
    """How many words of the text are what documents are called ("Islamabad brief vs Washington
    brief": two), with or without "the"."""
    return len(re.findall(rf"\b(?:{GENRES})\b", text, re.IGNORECASE))


def document_names(text: str) -> int:
    """How many times the text calls a document by what it is."""
    return sum(not _content_genre(m) for m in _NAMED.finditer(text))


# "according to the memo", "in the fact sheet," at the start, "… in the briefing?" at the end
_SAID_BY = re.compile(r"(?:,\s*)?\baccording\s+to\s+$|^\s*(?:in|from)\s+$", re.IGNORECASE)


def without_document(question: str, documents: Iterable[tuple[str, str]] | None = None) -> str:
    """The question with the words that call a document by what it is taken out, for reading it
    in that document alone: "What were copper earnings, according to the fact sheet?" is read as
    "What were copper earnings?", and "What does the memo want done?" as "What does it want
    done?". Left in, "fact sheet" is what the document's own "This fact sheet is updated
    annually" shares with the question, and the reader answered with it. With `documents`, a name
    that fits none of them stays: it is what is asked about ("the IMF's assessment")."""
    docs = _prepared(documents) if documents is not None else None
    out, end, dropped = [], 0, False
    for m in _NAMED.finditer(question):
        if _content_genre(m) or docs is not None and len(_fits(m, docs)) != 1:
            continue  # "the outlook for copper in the memo": what is said, as `document_named` reads it
        start = _name_start(m)
        head = question[end:start]
        tail = question[m.end():]
        if dropped and re.fullmatch(r"\s*(?:on|of|about|for|at)\s+", head, re.IGNORECASE):
            # "In Meridian Securities' notes on the HCM presentation, …": the second name goes too
            end = m.end() + len(re.match(r"\s*,?", tail).group(0))  # type: ignore[union-attr]
            continue
        possessive = tail.startswith(("'s", "’s", "s'", "’"))
        # "In the memo's annex, …" is not said by the memo: "In its annex, …"
        said_by = None if possessive else _SAID_BY.search(head)
        dropped = bool(said_by)
        if said_by or re.match(r"\s*[?.!]?\s*$", tail) and re.search(r"\b(?:in|from)\s+$", head, re.IGNORECASE):
            cut = said_by.start() if said_by else re.search(r"\s*\b(?:in|from)\s+$", head, re.IGNORECASE).start()
            out.append(head[:cut])
            end = m.end() + (len(re.match(r"\s*,?", tail).group(0)) if said_by or not out[-1].strip() else 0)
            continue
        plural = _plural(m.group(3).lower())
        if possessive:
            out.append(head + ("their" if plural else "its"))
            end = m.end() + (1 if tail[:1] in "’" and not tail.startswith("’s") else 2)
        else:  # "What's in them": after a preposition, the object's form
            after_preposition = re.search(r"\b(?:in|on|of|about|from|for|with|by|to|at|between)\s+$", head, re.IGNORECASE)
            out.append(head + ("it" if not plural else "them" if after_preposition else "they"))
            end = m.end()
    if not out and docs is not None and (issuer := _issuer(question, docs)) is not None:
        m = issuer[0]  # "What does the Makran Policy Forum recommend?" read as "What does it recommend?"
        start = m.start("who") - (4 if question[:m.start("who")].lower().endswith("the ") else 0)
        said_by = re.search(r",?\s*\baccording\s+to\s+$", question[:start], re.IGNORECASE)
        owns = re.match(r"['’]s?", question[m.end("who"):])  # "the Lab's recommendations": its
        out = [question[:said_by.start()] if said_by else question[:start] + ("its" if owns else "it")]
        end = m.end("who") + (len(owns.group(0)) if owns else 0)
    text = re.sub(r"\s+", " ", "".join(out) + question[end:])
    text = re.sub(r"\s*,?\s*([?.!])", r"\1", re.sub(r"\s+,", ",", text)).strip(" ,")
    # "What is in the memo?" leaves nothing to ask: read as asked
    if not set(tokenize(text)) - STOPWORDS - {"it", "its", "they", "their", "them"}:
        return question
    return text[:1].upper() + text[1:]


def _plural(said: str) -> bool:
    return said.endswith("s") and not said.endswith("ss")


def _content_genre(m: re.Match[str]) -> bool:
    """A genre word with no word of its own before it that is as often what is said ("the outlook
    for copper", "the notice period"): not a document's name."""
    if re.search(r"\b(?:according\s+to|per)\s+$", m.string[:m.start()], re.IGNORECASE):
        return False  # "according to the slides": a source, whatever the word
    return not _own_words(m) and plain_words(m.group(3)) <= _ALSO_CONTENT


def _name_start(m: re.Match[str]) -> int:
    """Where the name starts: at its own "the" ("the royalty in the memo"), or at the owner's first
    word that is no function word ("In Meridian Securities' notes": at "Meridian")."""
    if m.group("owner") is None:
        return m.start() + max(d.start() for d in re.finditer(r"\b(?:the|this|that)\s", m.group(0), re.IGNORECASE))
    for w in re.finditer(r"\S+", m.group("owner")):
        if w.group(0).lower() not in STOPWORDS:
            return m.start() + w.start()
    return m.start()


def plain_words(text: str) -> set[str]:
    """Lower-case words, a plural's "s" dropped ("notes" is "note"), nothing else stemmed."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in re.findall(r"[a-z0-9]+", text.lower())}
