"""Who wrote a document (its byline), and answers that must give what was asked (an amount, a
date, a thing named in the question), decided by the reader, not by word lists."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import Assistant
from assistant.authorship import about_document, asks_author, byline_index
from assistant.lexical import tokenize
from assistant.types import Chunk

from .helpers import assert_well_cited

BYLINE = "By Col Chaudhry Muhammad Sabahuddin, IS (Retired)"


@pytest.mark.parametrize("question", [
    "Who wrote the article?", "who authored this report", "Who is the author?", "Who's the author of it?",
    "Who are the authors of the paper?", "Name the author.", "By whom was the article written?"])
def test_authorship_questions_are_recognised(question: str) -> None:
    assert asks_author(question)


@pytest.mark.parametrize("question", [
    "What does the author recommend?", "What does the author of the article argue about CPEC?",
    "Who reached out to the State Department?", "Who should review mineral agreements?"])
def test_other_questions_are_not_authorship_questions(question: str) -> None:
    assert not asks_author(question)


def _first_chunk(*sentences: str) -> Chunk:
    return Chunk(id="x", source="a.md", title="A", section=None, page=None, text=" ".join(sentences),
                 sentences=sentences, position=0)


def test_a_byline_is_a_line_of_names_not_any_sentence_starting_with_by() -> None:
    assert byline_index(_first_chunk("Lithium in the Andes", "By Jane van der Berg and Ali bin Hassan")) == 1
    assert byline_index(_first_chunk("Written by Jane Doe, Senior Fellow")) == 0
    assert byline_index(_first_chunk("By contrast, copper output fell.")) is None
    assert byline_index(_first_chunk("By 2030 Pakistan plans to export copper.")) is None
    later = Chunk(id="y", source="a.md", title="A", section=None, page=None, text=BYLINE,
                  sentences=(BYLINE,), position=3)
    assert byline_index(later) is None  # a byline opens its document


def test_authorship_of_another_work_is_not_the_documents_byline() -> None:
    title = "Pakistan–U.S. Cooperation on Critical Minerals through the Lens of NSP-2022"
    assert about_document("Who wrote the article on Pakistan and critical minerals?", title)
    assert not about_document("Who wrote the National Security Policy?", title)


def test_who_wrote_the_article_is_answered_from_its_byline(corpus_bot: Assistant) -> None:
    a = corpus_bot.ask("Who wrote the article?")
    assert_well_cited(a)
    assert a.text == f"{BYLINE} [1]"
    assert a.citations[0].source == "pakistan-us-critical-minerals.md"
    # as a follow-up, too
    b = corpus_bot.ask("Who wrote it?", [{"role": "user", "content": "What does the article say about CPEC?"},
                                         {"role": "assistant", "content": "..."}])
    assert b.text == a.text


def test_who_wrote_another_work_is_not_answered_with_the_byline(corpus_bot: Assistant) -> None:
    a = corpus_bot.ask("Who wrote the National Security Policy?")
    assert "Sabahuddin" not in a.text


def test_a_person_the_document_does_not_name_is_not_its_author(corpus_bot: Assistant) -> None:
    """The article describes a former diplomat without naming him; the only name near the
    question is the byline's, which says who wrote the article, not who did what in it."""
    for question in ("Who is the former US diplomat mentioned in the article?",
                     "What is the name of the retired American diplomat, once Mission Chief in Pakistan?"):
        a = corpus_bot.ask(question)
        assert "Sabahuddin" not in a.text, a.text
        assert not any("Sabahuddin" in (c.quote or c.text) for c in a.citations)


def test_the_sentence_after_a_byline_still_answers(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """"This report examines ..." is read with the byline before it (its "This"): leaving the
    byline out of answers must not leave that sentence out."""
    bot = bot_over({"lithium.md": "# Lithium in Chile\n\nBy Jane Doe, Senior Fellow\n\nThis report examines "
                    "lithium brine extraction in the Atacama salt flats.\n\n## Output\n\nChile produced 44,000 "
                    "tonnes of lithium in 2023.\n"})
    a = bot.ask("Which salt flats does the report examine?")
    assert not a.refused and "Atacama" in a.text, a.text


@pytest.mark.xfail(reason="readers 2-6 answer 'who wrote the notes on tin mining' with a sentence about who mines tin; the title match does not link 'notes' to 'Tin notes' (issue 14)", strict=True)
def test_the_byline_of_the_document_asked_about(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over({
        "lithium.md": "# Lithium brines of the Andes\n\nBy Jane Doe, Senior Fellow\n\n## Findings\n\n"
                      "Lithium brine evaporation ponds in the Andes take eighteen months to yield carbonate. "
                      "Water use by the ponds worries local farmers.\n",
        "copper.md": "# Copper smelting in Chile\n\nBy Ahmed Khan\n\n## Findings\n\n"
                     "Copper smelters in Chile capture most of their sulphur dioxide as sulphuric acid. "
                     "The acid is sold to leaching operations nearby.\n",
        "tin.md": "# Tin notes\n\nBy contrast with copper, tin mining in Bolivia is done by cooperatives.\n",
    })

    a = bot.ask("Who wrote the report on lithium brines?")
    assert_well_cited(a)
    assert "Jane Doe" in a.text and a.citations[0].source == "lithium.md"
    b = bot.ask("Who is the author of the report on copper smelting in Chile?")
    assert_well_cited(b)
    assert "Ahmed Khan" in b.text and b.citations[0].source == "copper.md"
    c = bot.ask("Who wrote the notes on tin mining in Bolivia?")
    assert "By contrast" not in c.text  # that document has no byline to quote


COPPER = {"copper.md": "# Copper in Chile\n\n"
                       "Chile's copper industry employs two hundred thousand people. "
                       "Chile exports most of its copper cathodes to China and Japan. "
                       "Chile's copper reserves are valued at $190 billion by the national mining agency. "
                       "Copper smelters capture most of their sulphur dioxide as sulphuric acid.\n"}


def test_a_money_question_is_answered_by_the_amount_it_asks_for(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over(COPPER)
    a = bot.ask("What is the dollar value of Chile's copper reserves?")
    assert_well_cited(a)
    assert "$190 billion" in a.text


def test_the_united_states_is_one_term_however_it_is_written() -> None:
    assert tokenize("U.S. imports") == tokenize("United States imports") == tokenize("US imports")
    assert tokenize("the U.S.[12]") == ["usa", "12"]
    assert "usa" not in tokenize("concessions in Africa and Latin America")


@pytest.mark.xfail(reason="readers 2-6 accept Chile's figure for a question about Peru: the old name check is gone and the reader does not yet cover it (issue 14)", strict=True)
def test_a_passage_that_does_not_name_what_was_asked_about_does_not_answer(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over(COPPER)
    a = bot.ask("Where does Chile export its copper?")
    assert_well_cited(a)
    assert "China and Japan" in a.text
    b = bot.ask("What is Peru's position on Chile's copper exports?")
    assert b.refused, b.text


def test_a_sentence_that_does_not_give_what_was_asked_does_not_answer(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over(COPPER)
    a = bot.ask("When did Chile's copper industry start employing two hundred thousand people?")
    assert a.refused, a.text
    b = bot.ask("How many people does Chile's copper industry employ?")
    assert_well_cited(b)
    assert "two hundred thousand" in b.text




def test_a_yes_no_question_is_answered_from_the_sentence_that_settles_it(corpus_bot: Assistant) -> None:
    """The reader learned from SQuAD, which has no yes/no questions: it read "Has China ever
    restricted rare earth exports?" as less answerable than the threshold and it was refused."""
    from assistant.composing import asks_yes_no

    assert asks_yes_no("Has China ever restricted rare earth exports?") and asks_yes_no("so is there a base?")
    assert not asks_yes_no("Which countries did China restrict exports to?") and not asks_yes_no("Island nations?")
    answer = corpus_bot.ask("Has China ever restricted rare earth exports?")
    assert not answer.refused and "restricted REE exports" in answer.text, answer.text
    strict = Assistant.from_config(corpus_bot.settings.model_copy(update={"answer": corpus_bot.settings.answer.model_copy(
        update={"yes_no_threshold": None})}), embedder=corpus_bot.index.embedder, store=corpus_bot.index.store)
    assert strict.ask("Has China ever restricted rare earth exports?").refused  # the main threshold refuses it
    assert corpus_bot.ask("Has China ever restricted lithium exports to Chile?").refused


def test_an_amount_asked_for_is_not_answered_by_a_span_without_one(corpus_bot: Assistant) -> None:
    """The article mentions "Pentagon-funded exploration projects" without a sum; the reader read
    that sentence as answering "How much has the Pentagon spent …?" at 1.0 with the span "take
    years". An amount asked for needs a number in the reader's span (docs/reader.md)."""
    from assistant.composing import asks_amount, states_amount

    assert asks_amount("How much has the Pentagon spent?") and asks_amount("What share of supply comes from China?")
    assert not asks_amount("Which minerals does Pakistan have?") and not asks_amount("What is China's share of power?")
    assert states_amount("85%") and states_amount("two hundred thousand") and states_amount("most of it")
    assert not states_amount("take years") and not states_amount("Mission Chief in Pakistan")
    question = "How much has the Pentagon spent on its domestic rare-earth exploration projects?"
    assert corpus_bot.ask(question).refused
    off = Assistant.from_config(corpus_bot.settings.model_copy(update={"answer": corpus_bot.settings.answer.model_copy(
        update={"amount_spans": False})}), embedder=corpus_bot.index.embedder, store=corpus_bot.index.store)
    assert "Pentagon-funded" in off.ask(question).text  # what the rule stops
    stated = corpus_bot.ask("How much of the world's rare earth processing does China control?")
    assert_well_cited(stated)
    assert "85%" in stated.text and stated.short_answer and "85%" in stated.short_answer


def test_a_value_asked_for_by_its_noun_needs_a_number_in_the_span(bot_over) -> None:  # type: ignore[no-untyped-def]
    """Blind round m9: "So what price has it agreed to pay for the barite?" was answered with the
    memorandum's "at prices to be agreed". A question for a price, rate, cost or size ("what
    price", "what is the royalty rate", "how long", "how big") needs a figure in the sentence, and
    a sum of money a currency (the sentence's "120,000 tonnes" is no price)."""
    from assistant.composing import asks_money, asks_value

    assert asks_value("What price has it agreed to pay for the barite?") and asks_value("How long does the offtake run?")
    assert asks_value("What is the royalty rate on concentrate?") and asks_value("How big is the resource?")
    assert not asks_value("What is the exchange rate regime?") and not asks_value("What costs does the plan include?")
    assert not asks_value("How large a role does China play?")
    assert asks_money("What price has it agreed to pay for the barite?") and asks_money("How much did the plant cost?")
    assert not asks_money("What is the royalty rate on concentrate?") and not asks_money("How much barite was exported?")
    bot = bot_over({"offtake.md": "# Barite Offtake\n\nUnder the memorandum Carrow Point may purchase up to 120,000 "
                                  "tonnes per year of drilling-grade barite for five years from first production, at "
                                  "prices to be agreed. The memorandum does not provide for any equity participation "
                                  "in the project.\n"})
    question = "What price has Carrow Point agreed to pay for the barite?"
    assert bot.ask(question).refused
    off = Assistant.from_config(bot.settings.model_copy(update={"answer": bot.settings.answer.model_copy(
        update={"amount_spans": False})}), embedder=bot.index.embedder, store=bot.index.store)
    assert not off.ask(question).refused  # what the rule stops
    long = bot.ask("How long can Carrow Point buy barite under the memorandum?")
    assert_well_cited(long)
    assert "five years" in long.text, long.text
    # a rate asked for needs a share or a "per" (a blind user test: the loan's sum answered it)
    from assistant.composing import lacks_value

    lacks = lacks_value("What is the interest rate on the Indus Development Bank loan?")
    assert lacks is not None and lacks("The Indus Development Bank will lend US$ 1.07 billion over 15 years.")
    assert not lacks("The loan carries interest at 9.5 percent a year.")
    exchange = lacks_value("What is the exchange rate?")  # a figure, not a share
    assert exchange is not None and not exchange("The rupee traded at PKR 280 to the dollar.")
