"""Limiting a question to chosen documents: retrieval, the Python API and `assistant ask --doc`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest

from assistant import Assistant
from assistant.errors import InputError
from assistant.naming import ISSUED_BY

from .helpers import assert_well_cited, drawn_from, run
from .docs import FILES


@pytest.fixture
def bot(bot_over: Callable[[dict[str, str]], Assistant]) -> Assistant:
    return bot_over(FILES)


def test_retrieval_searches_only_the_chosen_documents(bot: Assistant) -> None:
    everywhere = {p.chunk.source for p in bot.retrieve("copper deposits and nickel", 6)}
    assert len(everywhere) >= 2  # the question matches several documents...
    for source in FILES:
        found = bot.retrieve("copper deposits and nickel", 6, documents=[source])
        assert found and {p.chunk.source for p in found} == {source}  # ...each scope only its own
    two = {p.chunk.source for p in bot.retrieve("copper", 6, documents=["nodules.md", "reko-diq.md"])}
    assert two <= {"nodules.md", "reko-diq.md"}


def test_ask_and_stream_cite_only_the_chosen_documents(bot: Assistant) -> None:
    answer = bot.ask("What may be rich in nickel?", documents=["asteroids.md"])
    assert not answer.refused and {c.source for c in answer.citations} == {"asteroids.md"}
    stream = bot.stream("Who owns the Reko Diq project?", documents=["reko-diq.md", "nodules.md"])
    assert "Barrick" in "".join(stream) and stream.answer
    assert {c.source for c in stream.answer.citations} == {"reko-diq.md"}
    # a document that cannot answer it: a refusal whose related passages come from that document alone
    refused = bot.ask("Which metals are expected in metallic asteroids?", documents=["nodules.md"])
    assert (refused.refused or refused.hedged) and drawn_from(refused) == {"nodules.md"}


def test_no_scope_means_every_document_and_an_unknown_one_is_an_input_error(bot: Assistant) -> None:
    assert bot.ask("Who owns the Reko Diq project?", documents=[]).citations[0].source == "reko-diq.md"
    with pytest.raises(InputError, match="not in the index: moon.md"):
        bot.ask("Who owns the Reko Diq project?", documents=["moon.md"])
    with pytest.raises(InputError):
        bot.retrieve("copper", documents=["moon.md"])


def test_cli_ask_with_doc(bot: Assistant, tmp_path: Path) -> None:
    bot.close()  # the subprocess opens the same index
    out = run(["--corpus-dir", str(tmp_path / "corpus"), "ask", "--json", "--doc", "asteroids.md",
               "What may be rich in nickel?"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert {c["source"] for c in json.loads(out.stdout)["citations"]} == {"asteroids.md"}
    out = run(["--corpus-dir", str(tmp_path / "corpus"), "ask", "--doc", "moon.md", "What is copper?"], tmp_path)
    assert out.returncode == 2 and "not in the index: moon.md" in out.stderr


TWO_RECOMMENDERS = {
    "eu-memo.md": "# Raw Materials Act: Implementation Memo\n\n## Recommendation\n\nThe memo recommends a joint "
                  "purchasing platform for strategic raw materials, modelled on the joint purchasing of gas.\n",
    "cobalt.md": "# Cobalt Supply Risk Briefing\n\n## Summary\n\nThe Congo mines most of the world's cobalt.\n\n"
                 "## Recommendations\n\nFund the Lobito Corridor railway as an alternative export route. "
                 "Encourage recycling of battery cobalt in consumer countries.\n",
    "lithium.md": "# Lithium in the Andes\n\nChile, Argentina and Bolivia hold most of the world's lithium "
                  "resources. The memo on joint purchasing was discussed but not adopted.\n",
}


def test_a_document_called_by_what_it_is_is_the_one_searched(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind user test: with several documents, "What does the briefing recommend?" was answered
    from another document's recommendations."""
    from assistant.naming import document_named

    bot = bot_over(TWO_RECOMMENDERS)
    docs = [(d.source, d.title) for d in bot.documents()]
    assert document_named("What does the briefing recommend?", docs) == "cobalt.md"
    assert document_named("And what does this memo say about gas?", docs) == "eu-memo.md"
    assert document_named("What does the article recommend?", docs) is None  # no title says "article"
    # a question that calls two documents, or one it cannot tell, by what they are searches all
    assert document_named("Do the memo and the briefing agree on recycling?", docs) is None
    assert document_named("Does the article's figure match the memo's?", docs) is None
    # a reviewer's cases: the noun as a word of its own, the words before it, and its number
    others = [("annual-report-2024.md", "Ministry of Mines Annual Report"), ("notes/field-note.txt", "Field note"),
              ("cobalt.md", "Cobalt Supply Risk Briefing")]
    assert document_named("What does the IEA report expect for lithium demand?", others) is None
    assert document_named("What are the reports of child labour?", others) is None
    assert document_named("What did the ministry note about cobalt exports?", others) is None
    assert document_named("Is the brief rise in cobalt prices expected to last?", others) is None
    assert document_named("What does the annual report say about royalties?", others) == "annual-report-2024.md"
    a = bot.ask("What does the briefing recommend?")
    assert_well_cited(a)
    assert drawn_from(a) == {"cobalt.md"} and "Lobito" in a.text, a.text
    m = bot.ask("What does the memo recommend?")
    assert drawn_from(m) == {"eu-memo.md"} and "joint purchasing platform" in m.text, m.text
    assert m.notice and "Only Raw Materials Act: Implementation Memo (eu-memo.md) was searched" in m.notice
    # what the caller chose wins, and the rule can be switched off
    chosen = bot.ask("What does the memo recommend?", documents=["cobalt.md"])
    assert drawn_from(chosen) <= {"cobalt.md"} and not (chosen.notice or "").startswith("Only")
    # and a document it names outside the choice is said to be outside, not answered for from
    # another (a blind user test: a conversation limited to one paper answered for the report it named)
    assert "names Raw Materials Act: Implementation Memo (eu-memo.md), which is not among the documents" in chosen.text
    assert not bot.ask("What does the briefing recommend?", documents=["cobalt.md"]).text.startswith("The question names")
    off = Assistant.from_config(bot.settings.model_copy(update={"answer": bot.settings.answer.model_copy(
        update={"named_documents": False})}), embedder=bot.index.embedder, store=bot.index.store)
    question = "Which countries hold most of the world's lithium resources, according to the memo?"
    scoped = bot.ask(question)
    assert scoped.refused and scoped.notice and "eu-memo.md" in scoped.notice  # the memo does not say; the lithium notes do
    assert "Bolivia" in off.ask(question).text


FACT_SHEET = {
    "minerals-fact-sheet.md": "# Fact Sheet: Critical Minerals Supply Concentration\n\nChina refines about 93% of the "
                              "world's graphite and 74% of its cobalt.\n\n## Relevance for Pakistan\n\nPakistan's "
                              "strongest position is in copper and antimony, where known deposits are large enough to "
                              "attract international interest. Because Pakistan has no refining capacity, its near-term "
                              "exports would consist of ore or concentrate.\n\nSources: national geological surveys, "
                              "company reports and trade statistics compiled by the Minerals Intelligence Unit. This "
                              "fact sheet is updated annually.\n",
    "copper-trade.md": "# Copper Trade of Pakistan\n\nPakistan's copper exports earned about USD 820 million last "
                       "year, most of it from concentrate shipped to China.\n",
}


def test_the_words_that_name_a_document_are_not_read_as_part_of_the_question(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind round: "What were Pakistan's copper export earnings last year, according to the fact
    sheet?" was answered with the fact sheet's own "This fact sheet is updated annually", the only
    sentence sharing "fact sheet" with the question."""
    from assistant.naming import without_document

    assert without_document("What were copper earnings last year, according to the fact sheet?") == \
        "What were copper earnings last year?"
    assert without_document("According to the meeting note, when is the deadline?") == "When is the deadline?"
    assert without_document("In the fact sheet, is cobalt refining more concentrated?") == \
        "Is cobalt refining more concentrated?"
    assert without_document("How long could concentrate wait, in the briefing?") == "How long could concentrate wait?"
    assert without_document("What does the memo want done with that money?") == "What does it want done with that money?"
    assert without_document("What is the memo's main recommendation?") == "What is its main recommendation?"
    # a reviewer's cases: only the words that name the document go, and a question is never emptied
    assert without_document("What is the outlook for copper in the memo?") == "What is the outlook for copper?"
    assert without_document("What is the notice period in the memo?") == "What is the notice period?"
    assert without_document("What is in the memo?") == "What is in the memo?"
    # round m14 (used): "In the Cabinet summary's district table, …" was read as "'s district table, …"
    assert without_document("In the memo's annex, which district is listed first?") == \
        "In its annex, which district is listed first?"
    assert without_document("What do the minutes record about the plant?") == "What do they record about the plant?"
    bot = bot_over(FACT_SHEET)
    scoped = bot.ask("What were Pakistan's copper export earnings last year, according to the fact sheet?")
    assert scoped.refused, scoped.text
    assert scoped.notice and "minerals-fact-sheet.md" in scoped.notice
    answered = bot.ask("What share of the world's graphite does the fact sheet say China refines?")
    assert not answered.refused and "93%" in answered.text and drawn_from(answered) == {"minerals-fact-sheet.md"}
    # what was searched is shown as asked (a blind user test read "What … does it say …?" as a rewrite)
    assert answered.query == "What share of the world's graphite does the fact sheet say China refines?"
    assert not answered.fallback  # the scope's notice is no LLM's failure
    assert "USD 820 million" in bot.ask("What were Pakistan's copper export earnings last year?").text


SELF_NAMED = {
    "cooperation.md": "# Cooperation on Critical Minerals\n\n## Abstract\n\nThis article evaluates the new minerals "
                      "partnership against the national security policy.\n\n## Risks\n\nThe partnership could "
                      "strain relations with China.\n",
    "rules-notification.txt": "PROVINCIAL MINERAL RULES\n\n1. Royalty.\n   (1) Royalty shall be charged on rare earth elements at "
                              "a rate of 7 percent of the gross sale value.\n",
    "copper-outlook.md": "# Copper Market Outlook 2026\n\nWe expect copper to average USD 10,200 per tonne in 2026.\n",
}


def test_a_document_is_also_called_what_its_opening_calls_it(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind round: "According to the article, what royalty does Balochistan charge on rare earth
    elements?" was answered from the rules, although the user asked what the article says (its
    abstract says "this article evaluates"; its title does not say "article"). Notifications and
    outlooks are documents too, and "the outlook for copper" is what is said, not a document."""
    from assistant.naming import calls_itself, document_named

    bot = bot_over(SELF_NAMED)
    docs = [(d.source, f"{d.title} {calls_itself(bot.chunks_of(d.source))}") for d in bot.documents()]
    assert document_named("According to the article, what is the royalty on rare earths?", docs) == "cooperation.md"
    assert document_named("When does the rules notification take effect?", docs) == "rules-notification.txt"
    assert document_named("What does the copper market outlook expect?", docs) == "copper-outlook.md"
    assert document_named("What is the outlook for copper prices?", docs) is None
    assert document_named("What is the circular economy?", [("c.md", "Towards a Circular Economy")]) is None
    scoped = bot.ask("According to the article, what royalty is charged on rare earth elements?")
    assert scoped.refused and scoped.notice and "cooperation.md" in scoped.notice, scoped.text
    assert "7 percent" in bot.ask("What royalty is charged on rare earth elements?").text


OWNED = {
    "cooperation.md": "# Cooperation on Critical Minerals\n\nBy Col Aslam Qureshi, IS (Retired)\n\n## Abstract\n\n"
                      "This article evaluates the new minerals partnership.\n\n## Equity\n\nThe province may take "
                      "a stake in new mines.\n",
    "assembly-debate-2025-06-18.txt": "PROVINCIAL ASSEMBLY OFFICIAL REPORT OF DEBATES\n\n[Notice: This is an "
                                      "unrevised record prepared by the Reporting Branch.]\n\nMINISTER: The period "
                                      "for laying mineral agreements before the Assembly will be 30 days.\n",
    "logistics.html": "<html><head><title>Moving Minerals to Market</title></head><body><h1>Moving Minerals to "
                      "Market</h1><p>This working paper compares road and rail routes for mineral exports. Rail "
                      "from Dalbandin is 27 percent cheaper than road.</p></body></html>",
    "hcm-notes.md": "# HCM Investor Presentation Notes\n\n**Notes by:** Sara Malik, Equities Desk, Meridian "
                    "Securities (Karachi)\n\n## Q&A\n\nAsked about Chinese buyers, the chief executive said two "
                    "Chinese traders had requested samples.\n",
}


def test_a_document_called_by_its_owner_its_date_or_a_longer_name(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind round (m4): "What does Col Sabahuddin's NSP-2022 article say …", "According to the
    Balochistan Assembly's record of 18 June 2025, …", "the ITTRC logistics working paper" and "In
    Meridian Securities' notes on the HCM presentation, …" each searched every document: a
    possessive, a date after the name, "This working paper" and "Notes by:" were not read."""
    from assistant.naming import calls_itself, document_named, without_document

    bot = bot_over(OWNED)
    docs = [(d.source, f"{d.title} {calls_itself(bot.chunks_of(d.source))}") for d in bot.documents()]
    asked = {
        "What does Col Qureshi's article say about equity stakes?": "cooperation.md",
        "According to the Assembly's record of 18 June 2025, how long is the period for laying agreements?":
            "assembly-debate-2025-06-18.txt",
        "What does the ITTRC logistics working paper say about rail costs?": "logistics.html",
        "In Meridian Securities' notes on the HCM presentation, what did the chief executive say about "
        "Chinese buyers?": "hcm-notes.md",
    }
    for question, source in asked.items():
        assert document_named(question, docs) == source, question
    assert without_document("According to the Assembly's record of 18 June 2025, how long is the period?") == \
        "How long is the period?"
    assert without_document("In Meridian Securities' notes on the HCM presentation, what did the chief executive "
                            "say?") == "What did the chief executive say?"
    assert without_document("What does Col Qureshi's article say about equity?") == "What does it say about equity?"
    # a reviewer's cases: a contraction is no owner; a name that fits no document is what is asked
    assert without_document("What's in the Meridian Securities' notes about copper?", docs) == \
        "What's in them about copper?"
    assert document_named("What does Col Qureshi's article say about the IMF's assessment?", docs) == "cooperation.md"
    assert without_document("What does Col Qureshi's article say about the IMF's assessment?", docs) == \
        "What does it say about the IMF's assessment?"
    # a possessive that names no document, and a record or debate that is what is said
    assert document_named("What is China's share of the processing?", docs) is None
    assert document_named("What did the minister say in the debate?", docs) is None
    assert document_named("What is Pakistan's record on mining?", docs) is None
    scoped = bot.ask("In Meridian Securities' notes on the HCM presentation, what did the chief executive say "
                     "about Chinese buyers?")
    assert not scoped.refused and drawn_from(scoped) == {"hcm-notes.md"} and "two Chinese traders" in scoped.text


TWO_SOURCES = {
    "lithium-market-brief.md": "# Lithium Market Brief\n\n## The Shigar pilot\n\nThe project's estimated capital cost is "
                               "USD 65 million, and its sponsors target first concentrate in late 2026.\n\n## Prices\n\n"
                               "Spodumene prices fell by more than half in 2024.\n",
    "shigar-impact-assessment.md": "# Shigar Lithium Pilot: Environmental Impact Assessment\n\n## Schedule and cost\n\n"
                                   "The estimated capital cost is USD 58 million, excluding the access road.\n\n"
                                   "## Water\n\nAt least 75 percent of process water will be recycled.\n",
    "copper-note.md": "# Copper Note\n\nThe Siahan copper mine will cost USD 1.2 billion to build.\n",
}


def test_two_named_documents_are_compared_side_by_side(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Blind rounds (m2-m5): "How do the market brief and the ESIA summary differ on what Shigar will
    cost to build?" was refused, or answered from one of the two: one search over every document
    found whichever said it best. Each named document is now searched and read on its own."""
    from assistant.comparing import side_question

    assert side_question("How do the brief and the assessment differ on what Shigar will cost to build?") == \
        "What Shigar will cost to build?"
    assert side_question("When is first concentrate due? The brief and the assessment don't agree.") == \
        "When is first concentrate due?"
    assert side_question("Compare what the brief and the assessment say about the capital cost.") == \
        "What about the capital cost?"
    assert side_question("Is the brief in line with the assessment on the capital cost?") == "What about the capital cost?"
    assert side_question("Do the market brief and the impact assessment agree?") == ""  # nothing asked of each
    assert side_question("Is the capital cost in the market brief the same as in the impact assessment?") == \
        "What about the capital cost?"
    assert side_question("How do the market brief and the impact assessment differ on it?") == ""  # a follow-up
    bot = bot_over(TWO_SOURCES)
    a = bot.ask("How do the market brief and the impact assessment differ on the capital cost of the Shigar pilot?")
    assert_well_cited(a)
    assert "Lithium Market Brief:" in a.text and "Environmental Impact Assessment:" in a.text, a.text
    assert "USD 65 million" in a.text and "USD 58 million" in a.text and "1.2 billion" not in a.text, a.text
    assert a.notice and a.notice.startswith("Compared Lithium Market Brief (lithium-market-brief.md) and")
    assert {c.source for c in a.citations} == {"lithium-market-brief.md", "shigar-impact-assessment.md"}
    # where each side's point is a figure, a lead line sets them side by side
    assert a.short_answer is not None and "Lithium Market Brief: USD 65 million [" in a.short_answer, a.short_answer
    assert "Environmental Impact Assessment: USD 58 million [" in a.short_answer, a.short_answer
    said = bot.ask("What do the market brief and the impact assessment say about the capital cost?")
    assert "USD 65 million" in said.text and "USD 58 million" in said.text, said.text  # each asked what it says
    # one document named: the ordinary scoped answer; none answers: refused
    assert drawn_from(bot.ask("What does the impact assessment say about water?")) == {"shigar-impact-assessment.md"}
    assert bot.ask("How do the market brief and the impact assessment differ on the royalty rate for gold in Peru?").refused


def test_a_follow_up_that_names_a_document_keeps_the_conversation(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind user test: after a turn about the spodumene price, "What is the market brief's
    figure?" was searched without the conversation (its words "market brief" made it look like a
    question of its own) and refused. Without the name it is "What is its figure?", a follow-up."""
    bot = bot_over({
        "market-brief.md": "# Battery Minerals Market Brief\n\nThis brief reviews battery mineral markets.\n\n## Prices\n\n"
                           "Spodumene concentrate averaged about USD 1,050 per tonne in 2024. Graphite flake sold for "
                           "USD 480 per tonne.\n\n## Demand\n\nElectric vehicles drove most of the growth in lithium "
                           "demand.\n",
        "roundtable.txt": "Roundtable transcript, Islamabad, May 2025\n\nThe chair said that the spodumene price had "
                          "fallen to about USD 870 per tonne in the first quarter. A banker said that small mines "
                          "everywhere are closing.\n",
    })
    history = [{"role": "user", "content": "What did the roundtable hear about the spodumene price?"},
               {"role": "assistant", "content": "The chair said that the spodumene price had fallen to about USD 870 "
                                                "per tonne in the first quarter. [1]"}]
    a = bot.ask("What is the market brief's figure?", history)
    assert_well_cited(a)
    assert not a.refused and drawn_from(a) == {"market-brief.md"}, a.text
    assert "1,050" in a.text, a.text
    assert "spodumene" in a.query.lower()  # searched with the conversation's subject
    # asked alone, the same words carry nothing over; nor does a question with words of its own
    alone = bot.ask("What is the market brief's figure?")
    assert "spodumene" not in alone.query.lower()
    own = bot.ask("What does the market brief say electric vehicles drove?", history)
    assert "spodumene" not in own.query.lower() and "roundtable" not in own.query.lower(), own.query


def test_a_document_called_by_its_format_kind_or_sender() -> None:
    """A blind user test asked "What does the PDF say …?" of a folder with one PDF, and an email
    thread, a survey or a news feature are called so. "The document" or "the file" alone names
    none; a genre of two words is one name; an email's "From:" line names who wrote it."""
    from assistant.naming import calls_itself, document_named, without_document
    from assistant.types import Chunk

    docs = [("survey.pdf", "Household Survey 2025"), ("kp-statistics.docx", "Mine Safety Statistics"),
            ("ledger-feature.html", "Gold washers of the Indus | The Frontier Ledger"),
            ("grant-email-thread.txt", "Grant correspondence Rabia Anwar Ministry Mineral Development"),
            ("brief.md", "Copper brief")]
    assert document_named("What does the PDF say about mercury?", docs) == "survey.pdf"
    assert document_named("According to the Word document, how many inspectors are there?", docs) == "kp-statistics.docx"
    assert document_named("What does the web page say about wages?", docs) == "ledger-feature.html"
    assert document_named("In the Frontier Ledger feature, what does Dr Qureshi say?", docs) == "ledger-feature.html"
    assert document_named("What did the survey find about mercury?", docs) == "survey.pdf"
    assert document_named("In the ministry's email of 16 May, when did KP consent?", docs) == "grant-email-thread.txt"
    assert without_document("In the email thread, when was the grant approved?", docs) == "When was the grant approved?"
    # a word after the genre that is a verb stays ("… summary report about …", round m2)
    assert without_document("What does the roundtable summary report about Beijing?") == "What does it report about Beijing?"
    for unnamed in ("What does the document say about mercury?", "What does the file say?",
                    "Which documents mention mercury?", "What is a key feature of the plan?"):
        assert document_named(unnamed, docs) is None, unnamed
    two_pdfs = docs + [("outlook.pdf", "Copper Outlook")]
    assert document_named("What does the PDF say about mercury?", two_pdfs) is None  # which one cannot be told
    opening = Chunk(id="c0", source="grant-email-thread.txt", title="Grant", section=None, page=None,
                    text="From: Rabia Anwar, Joint Secretary, Ministry of Mineral Development\nTo: Programme Director",
                    sentences=("From: Rabia Anwar, Joint Secretary, Ministry of Mineral Development",), position=0)
    assert "Ministry" in calls_itself([opening])
    numbered = Chunk(id="c1", source="outlook.pdf", title="Balochistan Minerals Outlook", section=None, page=1,
                     text="Indus Resource Policy Institute. Working Paper No. 14, March 2025.",
                     sentences=("Working Paper No. 14, March 2025.",), position=0)
    assert "working paper" in calls_itself([numbered])


def test_a_question_asked_of_the_documents_as_a_set_reads_each(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Issue #15 and the blind rounds: "What do the different sources say about X?" or "Across these
    documents, what …?" was answered from whichever document said it best, one side only. The
    documents the search finds for it are read each on its own, and each gives its point under
    its title."""
    from assistant.comparing import across_question, asks_across

    for asked in ("What do the different sources say about the capital cost?", "Across these documents, what is "
                  "the capital cost?", "Which documents mention the capital cost, and what do they say?",
                  "How many of the reports discuss water?", "Do the documents agree on the capital cost?",
                  "What is the capital cost, according to the different sources?"):
        assert asks_across(asked), asked
    for single in ("What are the main sources of revenue?", "Which sources of finance are available?",
                   "What does the impact assessment say about water?", "What documents are needed to apply?",
                   "What are the different sources of funding for the project?", "What do the papers say about it?"):
        assert not asks_across(single), single
    assert across_question("Which documents mention the capital cost, and what do they say?") == "What about the capital cost?"
    assert across_question("Across these documents, what is the capital cost?") == "What is the capital cost?"
    bot = bot_over(TWO_SOURCES)
    a = bot.ask("What do the different documents say about the capital cost of the Shigar pilot?")
    assert_well_cited(a)
    assert not a.refused and "USD 65 million" in a.text and "USD 58 million" in a.text, a.text
    assert "Lithium Market Brief:" in a.text and "Environmental Impact Assessment:" in a.text, a.text
    assert {"lithium-market-brief.md", "shigar-impact-assessment.md"} <= {c.source for c in a.citations}
    assert a.notice and "each searched on its own" in a.notice
    # asked of one document, or of none in particular, as before; read apart, where no document
    # answers the question asked of each ("What about prices?"), it is asked as one question
    assert drawn_from(bot.ask("What is the estimated capital cost of the Shigar pilot?")) <= set(TWO_SOURCES)
    prices = bot.ask("What do the documents say about spodumene prices?")
    assert not prices.refused and "more than half" in prices.text, prices.text
    assert bot.ask("What do the different documents say about the royalty rate for gold in Peru?").refused


# three documents that give the number of bids for one survey differently (blind rounds m9, m11)
BIDS = {
    "rfp.md": "# RFP No. 2025-01: Airborne Magnetic Survey, Phase I\n\nThe Phase I survey covers four blocks in "
              "Balochistan. Proposals are due on 3 June 2025.\n",
    "ledger.md": "# Who is flying over Balochistan?\n\nAccording to two officials, four bids were received for "
                 "the Phase I survey and Kestrel's scored highest.\n",
    "answers.md": "# National Assembly written answers\n\nThe Ministry said five proposals were received for "
                  "the Phase I survey, of which three qualified technically.\n",
}


def test_a_question_that_says_the_sources_differ_reads_each(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Blind rounds m9 and m11: "How many bids came in for the Phase I survey? The sources don't seem
    to match." and "When was the MoU signed? I've seen different dates." were answered from one
    document (one wrongly, "Only RFP … Phase I was searched": its title says "Phase I Survey").
    A user who says the documents differ is given each one's answer, the remark left out of what
    each is asked."""
    from assistant.comparing import across_question, says_they_differ

    for differ in ("How many bids came in? The sources don't seem to match.", "When was the MoU signed? I've seen "
                   "different dates.", "Is Kanraj 11 million tonnes or 14 million tonnes?", "Was the province consulted "
                   "or not - federal vs provincial version", "What is the capital cost? The figures do not add up.",
                   "Which figure is right for the capital cost?", "What is the tonnage? There is a discrepancy "
                   "between the sources.", "The figures don't add up: how many bids came in?",
                   # asked for source by source (round m12, used)
                   "How much came out? Everyone seems to have a different number - line them up by source.",
                   "When is the restart? The company's dates keep moving - give me each one and who said it.",
                   "How far did it go? CTC's story changed - compare it with the inspector and the committee.",
                   "How high was it? company, inspector and inquiry figures",
                   "How far apart are CTC's count, the Assistant Commissioner's list and the Livestock Department's record?",
                   "How far apart are the company's count, the inspector's figure and the committee's estimate?"):
        assert says_they_differ(differ), differ
    # asked about a difference, or offering a choice, the question says nothing of the sources (a reviewer's cases)
    for same in ("How many bids came in?", "Is the plant 6 MW?", "What are the different sources of funding?",
                 "Did 20 or more workers lose their jobs?", "Which sources of finance are available?",
                 "What caused the discrepancy in the export figures?", "What happens if the numbers don't add up?",
                 "What explains the different estimates for reserves in the literature?", "Does Article 5 or 6 apply?",
                 "Were 2 or 3 wells drilled?", "How does the federal vs provincial version of the law differ?",
                 "What does the working paper say about the discrepancy in the export figures?",
                 "What are China's and India's estimates?", "How do the company's figures compare?", "Who said it first?",
                 "What is the breakdown of emissions by source?", "Compare it with India.",
                 "What were export, import and transit figures?",
                 # a reviewer's cases: the question itself is no remark
                 "The Kundi dam failed in May 2025. Who reported it?", "Who said it first? The shepherd or the company?",
                 "What was Pakistan's copper output in 2024? Compare it with Chile's.",
                 "What did the Board decide - and who put it forward?",
                 "How did trade change in 2024? Give export, import and transit figures.",
                 "What was revenue? Give me Q1, Q2 and Q3 figures.", "What were emissions? List the totals for each source.",
                 "What are the grades? Line them up by size.", "What changed? The old version changed the royalty.",
                 "What's the total? Who's the record holder?", "What's the latest figure? It's a record, isn't it?",
                 "The IMF's estimate is 3%; what is the IMF's latest figure?"):
        assert not says_they_differ(same), same
    assert across_question("How many bids came in? The sources don't seem to match.") == "How many bids came in?"
    assert across_question("When was the MoU signed? I have seen different dates, e.g. 3 May vs 5 May.") == \
        "When was the MoU signed?"
    assert across_question("How many bids - four or five? The reports don't agree.") == "How many bids - four or five?"
    assert across_question("The figures don't add up: how many bids came in?") == "How many bids came in?"
    assert across_question("was the province consulted or not - federal vs provincial version") == \
        "Was the province consulted or not?"
    bot = bot_over(BIDS)
    a = bot.ask("How many bids came in for the Phase I survey? The sources don't seem to match.")
    assert_well_cited(a)
    assert not a.refused and "four bids" in a.text and "five proposals" in a.text, a.text
    assert a.notice and "each searched on its own" in a.notice and "Only" not in a.notice, a.notice
    assert "sources" not in a.query, a.query  # each was asked the question, not the remark
    each = bot.ask("How many bids came in for the Phase I survey? Give me each figure and who said it.")
    assert not each.refused and "four bids" in each.text and "five proposals" in each.text, each.text
    alone = bot.ask("How many bids came in for the Phase I survey?")  # no remark: one search, as before
    assert not (alone.notice or "").count("each searched on its own"), alone.notice


def test_a_remark_that_says_what_differs_is_what_each_source_is_asked(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m14 (used): "I keep seeing different figures for the unpaid dues. Set them side by side
    for me.", "I've seen 12, 37 and 29 given for titles overlapping the Rashakai zone. Where does
    each number come from?" and "The Ledger and KRGO describe the project's funding differently.
    What does each say?" were answered from one or two documents: the request left after the
    remark names nothing, and "set them side by side", "where does each number come from" and
    "describe … differently" were not read as asking for each source's figure. The remark says
    what differs, and each document is asked about that."""
    from assistant.comparing import across_question, says_they_differ

    assert across_question("I keep seeing different figures for the unpaid dues. Set them side by side for me.") == \
        "What about the unpaid dues?"
    assert across_question("I've seen 12, 37 and 29 given for titles overlapping the zone. Where does each number "
                           "come from?") == "What about titles overlapping the zone?"
    assert across_question("The Ledger and KRGO describe the project's funding differently. What does each say?") == \
        "What about the project's funding?"
    for same in ("The sources don't match.", "Set the upside and downside scenarios side by side.",
                 "What does each side get out of it?", "I've seen 12 wells.", "How is the plant described?",
                 # a reviewer's cases
                 "Why do women report heart attack symptoms differently?", "Could you put it differently?",
                 "I have seen 3 or 4 reports on this.", "Set them side by side for me."):
        assert not says_they_differ(same), same
    assert across_question("The Ledger and the Observatory count the overlapping titles differently. Which is right?") \
        == "What about the overlapping titles?"
    bot = bot_over({
        "summary.md": "# Summary for the Cabinet\n\nOutstanding rent and royalty owed by the cancelled holders "
                      "amount to Rs 2.3 billion, which the department proposes to recover as arrears.\n",
        "ledger.md": "# Licences scrapped\n\nThe holders of the cancelled licences owe the province Rs 3.1 billion "
                     "in rent and royalty, according to a department official.\n",
        "krgo.md": "# Verification report\n\nArrears owed by the holders, as recomputed from the payment ledgers, "
                   "total Rs 2.64 billion.\n",
    })
    a = bot.ask("I keep seeing different figures for the unpaid dues. Set them side by side for me.")
    assert_well_cited(a)
    assert all(f in a.text for f in ("2.3 billion", "3.1 billion", "2.64 billion")), a.text
    assert a.notice and "each searched on its own" in a.notice, a.notice


TWO_REPORTS = {
    "water-report.md": "# Chagai Water Use Report 2025\n\nThis report reviews water use at copper mines in Chagai "
                       "district.\n\n## Findings\n\nThe Reko Diq project plans to draw about 30 million cubic metres "
                       "of groundwater a year. Farmers near Nokkundi reported falling well levels in 2024.\n\n"
                       "## Recommendations\n\nThe province should meter every production well and publish the "
                       "readings monthly.\n",
    "security-report.md": "# Balochistan Security Report\n\nThis report assesses security risks to mining convoys in "
                          "Balochistan.\n\n## Incidents\n\nAttacks on mining convoys rose to 14 incidents in 2024, up "
                          "from 9 in 2023. Most took place on the N-40 highway.\n\n## Recommendations\n\nConvoys "
                          "should travel in daylight with escorts from the Frontier Corps.\n",
    "survey.md": "# Household Survey of Mining Communities\n\nWe interviewed 600 households in Chagai and Washuk. "
                 "Sixty percent said mining brought no jobs to their family. Attacks on convoys worried 40 percent.\n",
}


def test_a_name_that_fits_two_documents_searches_both_and_says_so(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """"What is the report about?" with two reports in the folder was answered from whichever
    document the search found, the survey included, without a word (last session's left list).
    The documents the name fits are searched, and the notice names them and the one answering."""
    from assistant.naming import name_fits_several

    bot = bot_over(TWO_REPORTS)
    docs = [(d.source, d.title) for d in bot.documents()]
    said, several = name_fits_several("How many attacks on convoys does the report count?", docs)
    assert said == "the report" and set(several) == {"water-report.md", "security-report.md"}
    assert name_fits_several("What does the survey say about jobs?", docs) == ("", [])  # one: named
    assert name_fits_several("What do the reports recommend?", docs) == ("", [])  # a set
    assert name_fits_several("What does the water report recommend?", docs) == ("", [])
    a = bot.ask("How many attacks on convoys does the report count?")
    assert_well_cited(a)
    assert drawn_from(a) == {"security-report.md"} and "14 incidents" in a.text, a.text
    assert a.notice and a.notice.startswith('Two documents could be "the report": ') and "survey.md" not in a.notice
    assert "The answer is from Balochistan Security Report." in a.notice, a.notice
    s = bot.ask("What is the report about?")
    assert not s.refused and drawn_from(s) <= {"water-report.md", "security-report.md"}, s.text
    assert s.notice and "water-report.md" in s.notice and "security-report.md" in s.notice
    # named with words of its own, it is the one searched, as before
    w = bot.ask("What does the water report recommend?")
    assert drawn_from(w) == {"water-report.md"} and w.notice and w.notice.startswith("Only Chagai Water Use Report")


def test_a_document_is_named_by_what_its_opening_line_says_it_is_and_as_a_piece() -> None:
    """Blind rounds: "Does the podcast transcript think …?" was answered from another document (the
    transcript's title says neither "podcast" nor "transcript"; its opening line says "Podcast of
    the Indus Policy Forum"), and "the Frontier Ledger piece" named nothing ("piece" is no word of
    the feature's title). A word for any document counts with words of its own, never alone."""
    from assistant.naming import calls_itself, document_named
    from assistant.types import Chunk

    line = "Podcast of the Indus Policy Forum, Islamabad. Recorded 22 October 2026."
    opening = Chunk("c", "corridor-ep42.md", "Corridor Conversations - Episode 42", None, None, line, (line,), 0)
    assert "podcast" in calls_itself([opening]).split()
    docs = [("corridor-ep42.md", f"Corridor Conversations - Episode 42 {calls_itself([opening])}"),
            ("ledger-feature.html", "Panning for a future | The Frontier Ledger"),
            ("zvc.pdf", "ZVC Sustainability Report 2025")]
    assert document_named("Does the podcast transcript think its cost estimate can be trusted?", docs) == "corridor-ep42.md"
    assert document_named("What does the podcast say about water?", docs) == "corridor-ep42.md"
    assert document_named("Does the Frontier Ledger piece describe it the same way?", docs) == "ledger-feature.html"
    assert document_named("Is a piece of the deal missing?", docs) is None
    # a piece is called by its outlet: "the ZVC piece" of a deal is a part of it
    assert document_named("How much of that goes to the ZVC piece?", docs) is None
    # or by its writer (round m12, used: "In Sabahuddin's piece, where is China said to be picking up
    # mineral concessions abroad?" was read whole, and refused)
    byline = "By Col Chaudhry Muhammad Sabahuddin"
    article = Chunk("a", "minerals.md", "Pakistan and U.S. minerals", None, None, byline, (byline,), 0)
    with_article = [*docs, ("minerals.md", f"Pakistan and U.S. minerals {calls_itself([article])}")]
    assert document_named("In Sabahuddin's piece, where is China picking up concessions?", with_article) == "minerals.md"
    assert document_named("In Qureshi's piece, where is China picking up concessions?", with_article) is None
    assert document_named("How big is Sabahuddin's piece of the deal?", with_article) is None  # a share of it
    assert document_named("What does the document say about water?", docs) is None


def test_documents_compared_by_whose_they_are(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind round: "What does it cost per tonne to bring Tajik concentrate into Pakistan - do
    Indus Crest and CRRS give the same number?" gave the company's figure alone. A side named as
    only one document's title names it (the company, the think tank) is that document, searched
    on its own; a country in one title is what is compared, not whose document it is."""
    from assistant.comparing import documents_compared, side_question

    bot = bot_over({
        "indus-crest-annual-report.md": "# Indus Crest Antimony Limited: Annual Report 2024\n\n## Operations\n\n"
                                        "Imported concentrate enters Pakistan at Torkham; the average landed transport "
                                        "cost in FY2024 was USD 205 per tonne. Output rose to 2,400 tonnes.\n",
        "crrs-commentary.md": "# Beyond Transit: Central Asian Minerals | CRRS Commentary\n\nTajik concentrate travels by "
                              "truck via the Torkham crossing, a journey that costs about USD 190 per tonne. Rail "
                              "through Afghanistan remains a plan.\n",
        "china-notes.md": "# China Trade Notes\n\nChina buys most of Pakistan's chromite.\n",
    })
    docs = [(d.source, d.title) for d in bot.documents()]
    question = "What does it cost per tonne to bring Tajik concentrate into Pakistan - do Indus Crest and CRRS give the same number?"
    assert documents_compared(question, docs) == ["indus-crest-annual-report.md", "crrs-commentary.md"]
    assert side_question(question) == "What does it cost per tonne to bring Tajik concentrate into Pakistan?"
    assert documents_compared("How do China's and India's views of the port differ?", docs) == []
    a = bot.ask(question)
    assert_well_cited(a)
    assert "USD 205" in a.text and "USD 190" in a.text, a.text
    assert a.notice and a.notice.startswith("Compared Indus Crest Antimony Limited")


ISSUED = {
    "makran-review.md": "# Balochistan Copper: An Independent Review\n\n*Makran Policy Forum, Karachi — Briefing Paper "
                        "No. 12, June 2025*\n\n## Summary\n\nThe Makran Policy Forum reviewed published estimates for "
                        "the Chagai copper belt.\n\n## Security\n\nIn our assessment security, not water, is the "
                        "binding constraint.\n\n## Conclusion\n\nThe Forum urges the federal and provincial governments "
                        "to publish all mining agreements in full.\n",
    "chagai-outlook.md": "# Chagai Copper Belt Outlook 2025\n\nIndus Geoscience Institute (IGI), Quetta — Technical Report "
                         "IGI-TR-2025-07, published 14 March 2025\n\n## Executive Summary\n\nThe Indus Geoscience "
                         "Institute estimates the belt's resources at 6.2 billion tonnes.\n\n## Water\n\nThe Institute "
                         "concludes that water scarcity, not security, is the binding constraint on development.\n\n"
                         "## Recommendations\n\nThe federal government should fund a desalination pipeline.\n",
}


def test_a_document_is_named_by_who_issued_it(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind user test: "What does the Makran Policy Forum recommend?" was answered from another
    document, "What does the technical report recommend?" was refused ("Technical Report
    IGI-TR-2025-07" named nothing), and "How do the Indus Geoscience Institute and the Makran
    Policy Forum differ on the binding constraint?" gave each one's byline. The opening's line of
    who issued a document names it; a document with no recommendations section makes them in its
    conclusion."""
    from assistant.naming import document_named, without_document

    bot = bot_over(ISSUED)
    docs = [(d.source, f"{d.title} {bot._calls_itself(d)}") for d in bot.documents()]
    assert document_named("What does the Makran Policy Forum recommend?", docs) == "makran-review.md"
    assert document_named("What does the technical report recommend?", docs) == "chagai-outlook.md"
    assert document_named("What is the binding constraint, according to the Indus Geoscience Institute?",
                          docs) == "chagai-outlook.md"
    assert document_named("What are the recommendations of the Indus Geoscience Institute?", docs) == "chagai-outlook.md"
    assert document_named("What does Pakistan recommend?", docs) is None
    assert document_named("What does China want?", docs + [("monitor.html", "China Media Monitor")]) is None
    assert without_document("What does the Makran Policy Forum recommend?", docs) == "What does it recommend?"
    assert without_document("What is the binding constraint, according to the Indus Geoscience Institute?",
                            docs) == "What is the binding constraint?"
    urged = bot.ask("What does the Makran Policy Forum recommend?")
    assert drawn_from(urged) == {"makran-review.md"} and "publish all mining agreements" in urged.text, urged.text
    pipeline = bot.ask("What does the technical report recommend?")
    assert drawn_from(pipeline) == {"chagai-outlook.md"} and "desalination" in pipeline.text, pipeline.text
    sides = bot.ask("How do the Indus Geoscience Institute and the Makran Policy Forum differ on the binding constraint?")
    assert_well_cited(sides)
    assert "water scarcity, not security" in sides.text and "security, not water" in sides.text, sides.text


def test_a_document_is_named_by_the_word_for_its_issuer(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m14 (used): "What did the observatory recommend the province do about the cadastre?" of
    a report by the "Khyber Resource Governance Observatory" was refused: "the observatory" named
    nothing. The word for a body that issues papers, in lower case, names the one document whose
    issuer it is; not where two documents' issuers carry it."""
    from assistant.naming import document_named, without_document

    bot = bot_over(ISSUED)
    docs = [(d.source, f"{d.title} {bot._calls_itself(d)}") for d in bot.documents()]
    assert document_named("What does the institute recommend?", docs) == "chagai-outlook.md"
    assert document_named("What does the forum say about security?", docs) == "makran-review.md"
    assert document_named("What are the forum's main findings?", docs) == "makran-review.md"
    assert without_document("What does the forum say about security?", docs) == "What does it say about security?"
    # a ministry, committee or department is as often another one a document quotes (a reviewer's case)
    ministry = docs + [("note.md", "Royalty Note 2025 " + ISSUED_BY + " Ministry of Energy Islamabad")]
    assert document_named("What did the ministry say about the copper royalty?", ministry) is None
    two = docs + [("igi-2.md", "Indus Geoscience Institute Note " + ISSUED_BY + " Indus Geoscience Institute")]
    assert document_named("What does the institute recommend?", two) is None
    a = bot.ask("What does the institute say is the binding constraint?")
    assert drawn_from(a) == {"chagai-outlook.md"} and "water scarcity" in a.text, a.text


def test_a_policy_institutes_paper_is_the_think_tanks(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Rounds m9 and m11: "What does the think tank want done about that?" and "Why doesn't the think
    tank buy the exchange-rate explanation?" of a working paper by the Indus Policy Lab were refused
    or answered from a newspaper: "the think tank" named nothing. A document issued by an
    institute, a policy forum or lab is the think tank's; a community forum's page is not."""
    from assistant.naming import document_named

    bot = bot_over({
        "working-paper.md": "# Who Owns the Map?\n\n**Indus Policy Lab, Islamabad | Working Paper No. 2025/11**\n\n"
                            "## Recommendations\n\nGive Balochistan a formal role in approving the data policy.\n",
        "explainer.md": "# Explainer: who gets the map?\n\nBy Ayesha Noorani\n\nThe province wants a say in the "
                        "data policy, its mines secretary said, and a share of the data.\n",
        "forum.md": "# What we are asking for\n\n**Porali Valley Community Forum**\n\nWe ask for jobs for local "
                    "people and clean water for the villages.\n",
    })
    docs = [(d.source, f"{d.title} {bot._calls_itself(d)}") for d in bot.documents()]
    assert document_named("What does the think tank recommend?", docs) == "working-paper.md"
    assert document_named("What is the think-tank's view of the data policy?", docs) == "working-paper.md"
    assert document_named("What does the community forum ask for?", docs) != "working-paper.md"
    a = bot.ask("What does the think tank want done about the data policy?")
    assert drawn_from(a) == {"working-paper.md"} and "formal role" in a.text, a.text


def test_whose_recommendations_names_the_document_they_issued(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m11: "List the Indus Policy Lab's recommendations on the survey." gave the first
    recommendation and five sentences from other documents: "the recommendations of the Indus
    Policy Lab" named the Lab's paper, the possessive did not, and "the survey" (the subject, in
    four titles) stopped the search for a name. The one document the Lab issued is read, and its
    recommendations are its section of them."""
    from assistant.naming import document_named, without_document

    bot = bot_over({
        "paper.md": "# Who Owns the Map? Cost and consent in the airborne survey\n\n**Indus Policy Lab, Islamabad "
                    "| Working Paper No. 11**\n\n## Findings\n\nThe survey contract came in 14 percent above its "
                    "estimate.\n\n## Recommendations\n\n- Publish the contract and the evaluation report.\n"
                    "- Hold public meetings in each survey district before flying begins.\n"
                    "- Give Balochistan a formal role in approving the data policy.\n",
        "rfp.md": "# RFP: Airborne Magnetic Survey, Phase I\n\nThe survey covers four blocks. Bidders shall "
                  "publish their beneficial owners.\n",
        "explainer.md": "# Explainer: who is flying over Balochistan in the survey?\n\nBy Ayesha Noorani\n\n"
                        "Officials recommend patience with the survey, which is late.\n",
    })
    docs = [(d.source, f"{d.title} {bot._calls_itself(d)}") for d in bot.documents()]
    for asked in ("List the Indus Policy Lab's recommendations on the survey.", "What are the Indus Policy Lab's "
                  "main findings?"):
        assert document_named(asked, docs) == "paper.md", asked
    assert without_document("What are the Indus Policy Lab's main findings?", docs) == "What are its main findings?"
    # two issuers asked about: no one document (a reviewer's case)
    assert document_named("What are the Indus Policy Lab's recommendations and the Council's recommendations?",
                          docs) is None
    a = bot.ask("List the Indus Policy Lab's recommendations on the survey.")
    assert_well_cited(a)
    assert drawn_from(a) == {"paper.md"}, a.text
    for point in ("evaluation report", "public meetings", "formal role"):
        assert point in a.text, a.text


def test_a_figure_two_documents_give_differently_is_shown_as_theirs(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind user test: "How many security incidents were there on the N-40 in 2024?" was
    answered "34 [1]" in bold, the other report's 27 under it as if it agreed. Where the chosen
    sentences come from documents whose spans are figures that differ, the lead line says so."""
    bot = bot_over({
        "review.md": "# Balochistan Copper: An Independent Review\n\n## Security\n\nSecurity incidents along the N-40 "
                     "highway numbered 34 in 2024, according to our count of district police reports.\n",
        "outlook.md": "# Chagai Copper Belt Outlook 2025\n\n## Security\n\nSecurity incidents along the N-40 highway "
                      "rose to 27 in 2024, up from 19 in 2023.\n",
        "water.md": "# Water Note\n\nThe Mashkel aquifer is drawn down by 1.8 metres a year.\n",
    })
    a = bot.ask("How many security incidents were there on the N-40 in 2024?")
    assert_well_cited(a)
    assert a.short_answer and a.short_answer.startswith("The documents differ: "), a.short_answer
    assert "Balochistan Copper: An Independent Review: 34 [" in a.short_answer and "27 [" in a.short_answer, a.short_answer
    one = bot.ask("How fast is the Mashkel aquifer drawn down?")  # one document: its figure alone
    assert one.short_answer is None or not one.short_answer.startswith("The documents differ"), one.short_answer


def test_what_a_named_document_says_about_a_subject(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind user test: "What does the field memo say about fuel?" was refused, its answer shown
    as "related, but not an answer": read in the memo as "What does it say about fuel?", the reader
    put the memo's fuel sentence at 0.09. A request for what "it" says on a subject is read as
    "What about fuel?"; who says it stays part of a question that names them."""
    from assistant.composing import as_read

    assert as_read("What does it say about fuel?") == "What about fuel?"
    assert as_read("What do they say about diesel deliveries?") == "What about diesel deliveries?"
    assert as_read("What did President Trump say about Pakistan's rare earths?") == \
        "What did President Trump say about Pakistan's rare earths?"
    assert as_read("What does the NSP say about internal security?") == "What does the NSP say about internal security?"
    bot = bot_over({
        "field-memo.md": "# Field memo\n\nThe Amalaf Hills camp reported a fuel shortage on 3 August 2025. Diesel "
                         "deliveries were cut to two a week.\n",
        "outlook.md": "# Chagai Copper Belt Outlook 2025\n\n## Water\n\nEach tonne of concentrate requires about 22 "
                      "cubic metres of water.\n",
    })
    a = bot.ask("What does the field memo say about fuel?")
    assert not a.refused and "fuel shortage" in a.text and drawn_from(a) == {"field-memo.md"}, a.text
    assert a.short_answer is None  # it asks what is said, not for a phrase of it


def test_what_a_named_document_says_about_what_was_just_asked(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind user test: after "When does it start production?" (Tanjeel Ridge), "What does the
    Makran paper say about that?" came back with seven of the paper's points and without the one
    on when Tanjeel Ridge starts: "that" carried the conversation's names, not what was asked. The
    last question is asked of the named document."""
    bot = bot_over({**ISSUED, "tanjeel.md": "# Tanjeel Ridge Project Note\n\nTanjeel Ridge is operated by the Balochistan "
                                            "Mining Authority JV. First production is planned for 2030.\n",
                    "makran-review.md": ISSUED["makran-review.md"] + "\n## Projects\n\nTanjeel Ridge is unlikely to "
                                                                      "begin production before 2033. Water demand is "
                                                                      "real but manageable.\n"})
    history = [{"role": "user", "content": "Who operates Tanjeel Ridge?"},
               {"role": "assistant", "content": "Tanjeel Ridge is operated by the Balochistan Mining Authority JV. [1]"},
               {"role": "user", "content": "When does it start production?"},
               {"role": "assistant", "content": "First production is planned for 2030. [1]"}]
    a = bot.ask("What does the Makran paper say about that?", history)
    assert_well_cited(a)
    assert drawn_from(a) == {"makran-review.md"} and "before 2033" in a.text, a.text
    assert "Water demand" not in a.text, a.text
    # and another document asked the same after it is asked the question, not "say about that"
    history += [{"role": "user", "content": "What does the Makran paper say about that?"},
                {"role": "assistant", "content": a.text}]
    b = bot.ask("And what does the project note say about that?", history)
    assert drawn_from(b) == {"tanjeel.md"} and "2030" in b.text, b.text


def test_names_in_titles_and_openings_that_say_no_document(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A reviewer's cases: a project a title is about is no one who speaks in it ("What does Reko
    Diq expect?" had been read in the "Reko Diq Feasibility Study" alone, and refused), an opening's
    "Key features of …" or "The company reports CO2 …" or "Review of the evidence …" says nothing of
    what the document is, and with a document named by what it is, a comparison's other names are
    what it says, not documents."""
    from assistant.comparing import documents_compared
    from assistant.naming import calls_itself, document_named
    from assistant.types import Chunk

    def opening(text: str) -> str:
        return calls_itself([Chunk("c", "x.md", "X", None, None, text, (text,), 0)])

    assert "reko" not in opening("Key features of the Reko Diq project").lower()
    assert "report" not in opening("The company reports CO2 emissions of 4 Mt a year.").split()
    assert "review" not in opening("Review of the evidence on groundwater decline in the valley.").split()
    assert "technical report" in opening("Indus Geoscience Institute (IGI), Quetta — Technical Report IGI-TR-2025-07")
    # a line in capitals that titles the document names it (round m5's Word ESIA, titled only
    # "Shigar Lithium Pilot Project"), and a web page's site after " | " issued it (round m2)
    esia = opening("Environmental and Social Impact Assessment (ESIA): Non-Technical Summary")
    assert {"Environmental", "Assessment"} <= set(esia.split()), esia
    sites = [("outlook.html", "Critical Minerals Outlook 2026 | Indus Capital Research"),
             ("note.docx", "Siahan Board Note on Indus Capital financing")]
    assert document_named("Why does Indus Capital expect antimony to get cheaper?", sites) == "outlook.html"
    compared = [("study.html", "Moving Minerals to Market: a logistics study"), ("hcm.md", "HCM investor notes"),
                ("rail.md", "Mohmand Rail Options")]
    assert documents_compared("Is HCM's trucking cost in line with the logistics study's figure for the Mohmand "
                              "route?", compared) == ["study.html", "hcm.md"]
    bot = bot_over({**ISSUED, "reko-diq-study.md": "# Reko Diq Feasibility Study\n\nFirst production is expected in "
                                                   "2028.\n", "saindak.md": "# Saindak Notes\n\nSaindak's cost "
                                                                            "estimate is USD 0.4 billion.\n"})
    docs = [(d.source, f"{d.title} {bot._calls_itself(d)}") for d in bot.documents()]
    assert document_named("What does Reko Diq expect for production?", docs) is None
    assert document_named("What does the Makran Policy Forum recommend?", docs) == "makran-review.md"
    assert documents_compared("Is the Makran paper's cost estimate for Saindak the same as for Reko Diq?", docs) == []
    limited = bot.ask("What does Reko Diq expect for production?", documents=["chagai-outlook.md"])
    assert "not among the documents" not in limited.text, limited.text


_RULES = "".join(f"## Hardship allowance, note {n}\n\nThe hardship allowance register for {village} is kept at "
                 f"the Dalbandin office, and a copy of the hardship allowance rules is posted in the {village} "
                 f"mosque.\n\n" for n, village in enumerate(["Shorkan", "Pir Garm", "Killi Hazar Chah", "Yakmach",
                                                             "Nushki", "Taftan"], 1))
HARDSHIP = {
    "grievance-report.md": "# Zardkan Copper Company: grievance report, Q2 2025\n\n## Hardship allowance\n\n"
                           "ZCC paid a one-time water hardship allowance totalling PKR 18 million to 112 households "
                           "whose karez or wells were named in grievances.\n\n" + _RULES,
    "minutes.md": "# Minutes of the Joint Review Committee\n\n## Item 6: hardship allowance\n\n6.1 An internal audit "
                  "of the water hardship allowance was reported. The allowance was paid to 97 households, not 112, for "
                  "a total of PKR 14.6 million. Fifteen households had been counted twice.\n\n" + _RULES,
    "sit-in-story.md": "# Zardkan sit-in ends as copper miner agrees to pumping cut\n\nThe nine-day protest on the "
                       "N-40 highway had stranded hundreds of trucks bound for Taftan. About 4,000 people joined it at "
                       "its peak, the organisers said.\n\nA spokesperson for Zardkan Copper Company (ZCC) said the "
                       "company \"respects the concerns of the community\" and had already paid PKR 25 million in "
                       "hardship support to affected families.\n\nThe Deputy Commissioner said a committee would meet "
                       "on 13 October. Women from the three villages held a separate gathering in Pir Garm.\n",
}


def test_each_source_is_found_deeper_and_a_side_worded_apart_is_read(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m15 (used): "How much hardship money has really been paid out? I've seen a few different
    totals." left out the news story's "had already paid PKR 25 million in support to affected
    families": its words were further from the question than the floor for a question about
    nothing in the documents, though the others had settled what it is about; and the search
    that chose the documents to read saw too few passages to reach every one that gives a figure."""
    bot = bot_over(HARDSHIP)
    a = bot.ask("How much hardship money has really been paid out? I've seen a few different totals.")
    assert_well_cited(a)
    for figure in ("PKR 18 million", "PKR 14.6 million", "PKR 25 million"):
        assert figure in a.text, a.text


def test_a_remark_that_two_named_parties_differ_asks_each() -> None:
    """Rounds m14 and m15 (used): "… The Dispatch and the officials tell it differently.", "… The
    paper and the committee minutes don't line up." and "… Do the newspaper and the observatory
    tell the same story?" were asked as one question, answered from one document."""
    from assistant.comparing import across_question, says_they_differ

    for differ, asked in (
            ("How big was the sit-in? The Dispatch and the officials tell it differently.", "How big was the sit-in?"),
            ("Who imposed the limit? The paper and the committee minutes don't line up.", "Who imposed the limit?"),
            ("Who took the map down? Do the newspaper and the observatory tell the same story?",
             "Who took the map down?")):
        assert says_they_differ(differ), differ
        assert across_question(differ) == asked
    for same in ("Why do supply and demand not match?", "Do China and India have the same figures?",
                 "Do the newspaper and the observatory tell the same story?",  # a question of its own, read as it is
                 "Why do men and women tell stories differently?",
                 # a reviewer's cases: beside no other question, or one document's sums
                 "I'm reading the tender rules. What happens if the bid price and the engineer's estimate don't match?",
                 "The tender rules are long. Do the drawings and the specifications say the same thing?",
                 "How much did the pipeline cost? The line items and the total don't add up."):
        assert not says_they_differ(same), same


def test_a_follow_up_asking_each_source_asks_each_the_last_question(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m15 (used) and the thirty-third session's note: "Where does each number come from?" and
    "What does each source say?" after a question were refused or read on their own words (the
    article's "No document … supports U.S. basing negotiations"). As a follow-up that asks each
    source for its answer and nothing else, each document is asked the last question."""
    from assistant.comparing import asks_each_alone

    for alone in ("Where does each number come from?", "What does each source say?", "Do the sources agree?",
                  "What do the other documents say?"):
        assert asks_each_alone(alone), alone
    for asks in ("What does each source say about mercury?", "How many bids came in? The sources don't match.",
                 "Where does the ore come from?", "What does each one say?"):
        assert not asks_each_alone(asks), asks
    bot = bot_over(BIDS)
    first = "How many bids came in for the Phase I survey?"
    answer = bot.ask(first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.text}]
    for follow_up in ("Where does each number come from?", "What does each source say?"):
        a = bot.ask(follow_up, history)
        assert_well_cited(a)
        assert "four bids" in a.text and "five proposals" in a.text, (follow_up, a.text)
        assert a.notice and "each searched on its own" in a.notice, a.notice
        history += [{"role": "user", "content": follow_up}, {"role": "assistant", "content": a.text}]
