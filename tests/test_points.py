"""Points given in prose ("It reveals three structural weaknesses. First, … Second, … Third, …") and
figures a passage gives in place of the question's ("lot CMX-05" for "lot CMX-08")."""

from __future__ import annotations

from typing import Callable

import pytest

from assistant import Assistant
from assistant.chunking import ordinal
from assistant.figures import contradicts

from .helpers import assert_well_cited

AUDIT = {
    "audit-note.md": "# Audit of the Licensing Office\n\n"
    "## What the audit found\n\n"
    "The provincial auditors spent six weeks in the licensing office in Peshawar during the spring. "
    "Their note does not blame any single official for the backlog of applications. "
    "It identifies three structural weaknesses in how the office works. "
    "First, every application passes through one deputy director, so a single absence stops all approvals for weeks. "
    "Second, survey coordinates are typed by hand from paper maps, and nobody checks them against the register. "
    "Errors come to light only when a neighbour complains. "
    "Third, fees are paid in cash at a branch of one bank and reconciled only once a year. "
    "The auditors recommend that the office publish its backlog every month.\n\n"
    "## Staff\n\nThe office employs forty-two people, eleven of them surveyors.\n",
}


def test_ordinals_open_points() -> None:
    assert ordinal("First, the office has one deputy director.") == 0
    assert ordinal("Secondly: fees are paid in cash.") == 1
    assert ordinal("Finally, the map went offline.") == -1
    assert ordinal("First-time applicants wait longest.") is None
    assert ordinal("The first applicant waited a year.") is None


# the points in one passage, and run on into the next ones (a reviewer's case: a point that runs on
# for a sentence before the passage ends)
@pytest.mark.parametrize("target", [700, 200, 260, 330])
def test_points_given_in_prose_are_the_answer_after_their_announcement(
        make_bot: Callable[..., Assistant], tmp_path, target: int) -> None:  # type: ignore[no-untyped-def]
    """Used round m13: "What are the underlying weaknesses … the brief points to?" was answered with
    "It reveals three structural weaknesses." and none of them (its points are sentences, not a
    list, and the third was in the next passage). A sentence that announces points brings those
    that follow it in order, each cited, where the passage ends among them too."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in AUDIT.items():
        (corpus / name).write_text(text, encoding="utf-8")
    bot = make_bot(corpus, chunking={"target_chars": target, "max_chars": max(target + 200, 400)})
    assert bot.ingest().ok
    a = bot.ask("What weaknesses did the auditors find in the licensing office?")
    assert_well_cited(a)
    for point in ("one deputy director", "typed by hand", "paid in cash"):
        assert point in a.text, a.text
    assert a.text.index("one deputy director") < a.text.index("typed by hand") < a.text.index("paid in cash"), a.text
    plain = bot.ask("How many people does the licensing office employ?")
    assert "forty-two" in plain.text and "typed by hand" not in plain.text, plain.text


PANEL = {
    "hearing.md": "# Appeal hearing\n\nThe appeal panel sat for three days in Quetta in May. "
    "First, it heard the operator's engineers on the slope design. "
    "Second, it visited the quarry with the inspectorate.\n\n"
    "Thanks for sending the two drafts. First, apologies for the slow reply. Second, I prefer the shorter draft.\n",
}


def test_a_count_of_days_or_drafts_announces_no_points(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A reviewer's cases: "sat for three days" and "the two drafts" count things, not points a
    speaker goes on to make; the sentences after them are not their bullets."""
    from assistant.chunking import announces

    assert not announces("The appeal panel sat for three days in Quetta in May.")
    assert not announces("Thanks for sending the two drafts.") and not announces("Prices rose by 2 points.")
    bot = bot_over(PANEL)
    a = bot.ask("How long did the appeal panel sit?")
    assert "three days" in a.text and "visited the quarry" not in a.text, a.text


@pytest.mark.parametrize("question, text, gives_another", [
    ("What grades did the lab report for lot CMX-08?", "The retained pulp from CMX-05 gave 24.4 percent copper.", True),
    ("What z-score did the lab get in Round 33?", "In Round 31 the lab scored 3.4.", True),
    ("What z-score did the lab get in Round 33?", "Gold stays suspended until the lab passes Round 33.", False),
    ("What was classified in 2008?", "In 2006 the forest was classified as a reserve.", True),
    ("What was classified in 2008?", "The forest was classified as a reserve.", False),  # no other year
    # one of the years asked is given: part of the answer (used round m9's barite exports)
    ("How much barite went to the United States in 2024 and 2025?", "Pakistan shipped 63,000 tonnes in 2025.", False),
    ("How does NSP-2022 treat investment?", "The NSP treats investment as security; demand will double by 2025.", False),
    ("What does the 2022 security blueprint put first?", "The NSP puts geo-economics first; by 2025 demand doubles.", False),
    ("Why are the arrears Rs 2.3 billion in one report?", "KRGO recomputes the arrears at Rs 2.64 billion.", False),
    ("Is it 11 or 14 million tonnes?", "About 14 million tonnes are held.", False),
    # a reviewer's cases: amounts are no years, a span is no year the passage must give, a year
    # that names a thing is not asked, a series number written otherwise is the same number
    ("How many staff did Harbour Minerals employ in 2023?", "Harbour Minerals employs 1,850 staff at two sites.", False),
    ("How many licences were issued between 2019 and 2023?", "The office issued 42 licences in 2021.", False),
    ("How have exports changed since 2015?", "Exports doubled in 2020.", False),
    ("What does the policy of 2022 say on ports?", "The policy, amended in 2019, is silent on ports.", False),
    ("What does Phase 2 cost?", "Phase 1 cost PKR 410 million, and the second phase is budgeted at PKR 650 million.", False),
    ("What does clause 7 require?", "Under clause 7.3 the holder must file returns.", False),
    ("What grades did lot CMX-08 return?", "Lot CMX-8 returned 22.9 percent copper.", False),
    ("What grades did lot CMX-08 return?", "Lot CMX-8 and lot CMX-5 were sampled.", False),
    ("What did lot CMX-09 return?", "Lot CMX-8 returned 22.9 percent copper.", True),
])
def test_a_passage_giving_another_of_the_questions_figures(question: str, text: str, gives_another: bool) -> None:
    """SQuAD 2.0's writers made questions unanswerable by changing a year or a number; a passage
    that gives another year, or another number of the same series, does not answer. A figure the
    passage does not mention at all leaves it in play, as does a year that names a thing ("the 2022
    security blueprint") or an amount ("Rs 2.3 billion")."""
    assert contradicts(question, text) is gives_another


LOTS = {
    "assay-email.txt": "Subject: assays for the held lots\n\n"
    "The umpire laboratory in Vancouver reported 22.9 percent copper and 8.3 grams per tonne gold for lot CMX-05. "
    "Lot CMX-07 was sampled on 20 March and its results are expected in April.\n\n"
    "Lot CMX-08 has not yet been sampled, and no assay has been ordered for it.\n",
}


@pytest.mark.parametrize("question, text, gives_another", [
    ("How many users did the portal have by the end of December 2025?",
     "By 15 September 2025 the portal had 5,870 registered users.", True),
    ("How many users did the portal have by mid-September 2025?",
     "By 15 September 2025 the portal had 5,870 registered users.", False),
    ("How many users did the portal have by the end of December 2025?", "The portal had 5,870 users by end-2025.", False),
    ("How many users did the portal have by the end of December 2025?", "It had 300 users in March 2024.", False),
    ("How many users had signed up as of 31 March 2024?", "On 4 April 2024 the board met; 300 had signed up by 2 March 2023.",
     True),
    # a reviewer's cases: "in" a month is as often when something was said or decided; a sentence
    # that names the month, or the year's end for December, or dates in figures, may give it
    ("What did the ministry announce in March 2025?", "The tariff would rise by 12 percent from 1 July 2025.", False),
    ("What was inflation by the end of May 2024?", "The figures for May, released on 3 June 2024, show 11.8 percent.", False),
    ("How many cases by the end of December 2025?", "Cases rose from 300 in October 2025 to 412 by year-end.", False),
    ("How many cases by the end of May 2025?", "By 04/05/2025, 300 cases had been confirmed; 20 more by 1 June 2025.", False),
    ("What changed between March 2024 and June 2025?", "On 4 April 2024 the board met.", False),
    ("Where did the sale stand as of 31 October 2025?", "By 31 October 2025 Rs 412 million had been recovered.", False),
])
def test_a_sentence_at_another_month_of_the_year_asked(question: str, text: str, gives_another: bool) -> None:
    """Used round m14: "How many registered users did KP-MinCAD have by the end of December 2025?"
    was answered with the September figure. A sentence that dates itself in the year the question
    is at, and never in its month, gives the figure at another time; a sentence in another year, or
    undated, or a question about a span, is left to the reader."""
    assert contradicts(question, text, text) is gives_another


def test_a_year_the_document_gives_itself_counts() -> None:
    """Minutes dated 14 March 2021 speak of 2021 throughout: a passage of them that writes only
    "since 2019" still answers "What did the board decide in 2021?"."""
    passage = "After a long discussion the board decided to close the flotation plant, idle since 2019."
    assert contradicts("What did the board decide about the plant in 2021?", passage)
    assert not contradicts("What did the board decide about the plant in 2021?", passage, dated="14 March 2021")


def test_a_lot_is_not_answered_with_another_lots_figures(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Used round m13: "What copper and gold grades did Halvorsen report for lot CMX-08?" was answered
    with lot CMX-05's grades."""
    bot = bot_over(LOTS)
    a = bot.ask("What copper and gold grades did the umpire laboratory report for lot CMX-08?")
    assert "22.9 percent" not in a.text or a.refused, a.text
    b = bot.ask("What copper and gold grades did the umpire laboratory report for lot CMX-05?")
    assert not b.refused and "22.9 percent" in b.text, b.text


DISPUTE = {
    "decision.md": "# Appeal decision AP-07\n\nDate: 12 July 2025\n\n## Background\n\n"
    "The inspectorate suspended the quarry's licence on 3 March 2025 after a wall collapse injured two workers. "
    "The operator lodged its appeal on 28 March 2025. "
    "The panel heard both sides in Quetta on 14 May 2025.\n\n"
    "## Decision\n\nThe panel restored the licence on 30 June 2025, subject to a new slope survey.\n",
    "news.html": "<html><head><title>Quarry reopens after appeal</title></head><body><article>"
    "<h1>Quarry reopens after appeal</h1>"
    "<p>The wall at the Spinkai quarry collapsed on 27 February 2025, injuring two workers.</p>"
    "<p>The quarry reopened in July 2025 after the appeal panel's ruling, its owner said.</p>"
    "</article></body></html>",
    "unrelated.md": "# Water tariffs\n\nThe city raised household water tariffs on 1 January 2024 by 12 percent.\n",
    "log.md": "# Spinkai quarry inspection log\n\n| Date | Event |\n|---|---|\n"
    "| 2 June 2025 | Inspectors measured the new slope at the Spinkai quarry and found it within limits |\n",
}


def test_a_timeline_request_is_answered_with_dated_events_in_order(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Used round m13: "Give me a dated timeline from the CMX-05 loading through to the appeal
    ruling." was refused; no one sentence answers it. The dated sentences the search finds on the
    subject, from every document that has some, are the answer, earliest first, each cited."""
    from assistant.composing import asks_timeline

    assert asks_timeline("Give me a dated timeline of the quarry dispute.")
    assert asks_timeline("Put the key dates in order, please") and asks_timeline("What happened when?")
    assert asks_timeline("Can you list the events in chronological order?")
    assert not asks_timeline("On QCI's timeline slide, when was construction targeted?")
    assert not asks_timeline("When did the quarry reopen?")
    # a reviewer's cases: questions about a timeline are no request for one
    for about in ("Is the project on the timeline agreed with the lender?", "Why did the timeline slip?",
                  "When is the construction timeline expected to end?", "Has the government set a timeline for the ban?",
                  "Who prepared the chronology?", "How long is the project timeline?"):
        assert not asks_timeline(about), about
    from assistant.timeline import event_date

    assert event_date("The wall collapsed in February 2019 after rains.", 2025) == (2019, 2, 0)  # not "in February" of 2025
    assert event_date("It was due by March 15, 2019 at the latest.", 2025) == (2019, 3, 15)
    assert event_date("In 2019 the mine opened.", None) == (2019, 0, 0)
    assert event_date("On 27th of February 2025 the wall fell.", None) == (2025, 2, 27)
    assert event_date("The company may cut 2 shifts and it shipped 1,500 tonnes.", 2025) is None
    bot = bot_over(DISPUTE)
    a = bot.ask("Give me a timeline of the Spinkai quarry dispute, from the collapse to the reopening.")
    assert_well_cited(a)
    assert not a.refused, a.text
    assert a.notice and "earliest first" in a.notice  # put together, not a document's own chronology
    events = ["27 February 2025", "3 March 2025", "28 March 2025", "14 May 2025", "2 June 2025", "30 June 2025"]
    for e in events:
        assert e in a.text, a.text
    at = [a.text.index(e) for e in events]
    assert at == sorted(at), a.text  # earliest first, across the two documents
    assert "water tariffs" not in a.text.lower(), a.text  # dated, but not on the subject
    assert "Date: 12 July 2025" not in a.text, a.text  # a document's date line is no event
    plain = bot.ask("When did the panel restore the licence?")
    assert "30 June 2025" in plain.text and "27 February 2025" not in plain.text, plain.text


HELD = {
    "cargoes.md": "# Cargoes stuck at the port\n\n## The held lots\n\nThe exporter has stopped shipping while the "
    "laboratory's appeal is heard, and its managers say the buyer will not pay for uncertified cargo.\n\n"
    "Lots held at Port Qasim (figures provided by the exporter, 13 June 2025)\n\n"
    "| Lot | Wet tonnes | Arrived at port | Status |\n|---|---|---|---|\n"
    + "".join(f"| CMX-{n:02d} | {3000 + 37 * n:,} | {n} March 2025 | Held at the bonded yard of the terminal, "
              f"awaiting an umpire sample and a certificate from an accredited laboratory |\n" for n in range(7, 19))
    + "\nThe exporter said no mine workers had been laid off.\n",
}


def test_a_tables_caption_answers_with_its_rows(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Used round m13: "Which of Chiltan's lots are stuck at Port Qasim?" was answered with the
    caption "Lots held at Port Qasim (figures provided by Chiltan Minerals Export, 13 June 2025)"
    alone. A caption says what its table holds: it brings the table's rows, also where they run
    on into the next passages."""
    from assistant.chunking import runs_on
    from assistant.types import Chunk

    bot = bot_over(HELD)
    a = bot.ask("Which of the exporter's lots are held at Port Qasim?")
    assert_well_cited(a)
    assert a.text.startswith("Lots held at Port Qasim"), a.text
    assert "CMX-07" in a.text and "CMX-13" in a.text, a.text  # seven rows (answer.composed_points)
    assert len({c.chunk_id for c in a.citations}) >= 2, a.text  # on into the next passage
    who = bot.ask("Who provided the figures on the lots held at Port Qasim?")  # the caption answers (a reviewer's case)
    assert "provided by the exporter" in who.text and "CMX-09" not in who.text, who.text
    rows = ("Lot | Status", "Lot: CMX-07 | Status: Held", "Lot: CMX-08 | Status: Held")
    def chunk(lines: tuple[str, ...]) -> Chunk:
        return Chunk(id="x", source="s", title="t", section=None, page=None, text="\n".join(lines), sentences=lines,
                     position=0)
    assert runs_on(chunk(rows)) and not runs_on(chunk(rows[1:]))  # only a table whose header row it holds
