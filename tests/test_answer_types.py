"""What kind of answer a question asks for: who wrote a document, and values (money, numbers,
dates) that must be about what was asked, not merely somewhere in the passage."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import Assistant
from assistant.answering import PASSAGE_WEIGHT
from assistant.authorship import about_document, asks_author, byline_index
from assistant.lexical import Lexicon, tokenize
from assistant.questions import TYPE_MISMATCH, answer_type_fit, expected_answer, grounded, named
from assistant.types import Chunk

from .test_api import assert_well_cited

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


MONEY_Q = "What is the dollar value of Pakistan's rare earth reserves?"


def test_a_value_must_be_about_what_was_asked() -> None:
    # the money is the worth of industries, not of the reserves asked about
    far = ("China holds reserves of 44 million tons. The United States depends on it for inputs "
           "vital to high-tech and defense industries worth trillions of dollars.")
    assert answer_type_fit(MONEY_Q, far) == TYPE_MISMATCH
    assert answer_type_fit(MONEY_Q, "Pakistan’s rare earth reserves are valued at $12 billion.") == 1.0
    assert answer_type_fit(MONEY_Q, "The reserves could be worth 12 billion dollars.") == 1.0
    assert answer_type_fit("How many tons of copper does Chile produce?",
                           "Chile produced 5.3 million tons of copper in 2023.") == 1.0
    assert answer_type_fit("How many tons of copper does Chile produce?",
                           "Copper prices rose sharply. The ministry was founded in 1953 by decree.") == TYPE_MISMATCH
    assert answer_type_fit("When was the copper ministry founded?",
                           "Copper prices rose. Demand for cables in Asian markets grew strongly in 2021.") == TYPE_MISMATCH
    assert answer_type_fit("When was the copper ministry founded?",
                           "The copper ministry was founded in 1953.") == 1.0
    # numbers written as words count ("Two subspecies", "sixteen noun classes")
    assert answer_type_fit("How many subspecies of the giant panda are there?",
                           "Two subspecies of giant panda have been recognised.") == 1.0


def test_a_money_question_is_answered_by_the_amount_it_asks_for(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over(COPPER)
    a = bot.ask("What is the dollar value of Chile's copper reserves?")
    assert_well_cited(a)
    assert "$190 billion" in a.text


def test_without_a_byline_who_wrote_needs_a_sentence_about_writing() -> None:
    q = "Who wrote the notes on tin mining?"
    assert answer_type_fit(q, "By contrast with copper, tin mining is done by cooperatives.") == TYPE_MISMATCH
    assert answer_type_fit(q, "The notes were written by the Bolivian tin cooperative.") == 1.0


def test_a_value_must_be_of_the_thing_asked_about() -> None:
    # "how much thorium": a number about other reserves is not an amount of thorium
    q = "How much thorium does China hold?"
    assert answer_type_fit(q, "China holds rare earth reserves of 44 million tons. "
                              "It is also exploring thorium as a nuclear fuel.") == TYPE_MISMATCH
    assert answer_type_fit(q, "China holds an estimated 100,000 tons of thorium.") == 1.0
    # units say how it is measured, not what is measured
    q = "How many tons of silver does Chile produce?"
    assert answer_type_fit(q, "Chile produced 5.3 million tons of copper in 2023.") == TYPE_MISMATCH
    assert answer_type_fit(q, "Chile produced 1,300 tons of silver in 2023.") == 1.0
    # "the size of" asks for a number, as "how large" does
    q = "What is the estimated size of Chile's lithium reserves?"
    assert answer_type_fit(q, "Chile's lithium reserves are large and lie mostly in brines.") == TYPE_MISMATCH
    assert answer_type_fit(q, "Chile's lithium reserves are estimated at 9.3 million tons.") == 1.0


def test_a_question_that_names_something_needs_a_passage_that_names_it() -> None:
    names = named("What is Iran's official position on the MoUs?")
    assert not grounded(names, "Pakistan signed MoUs with U.S. private-sector entities for exploration.", None)
    assert grounded(names, "Iran’s concerns about the MoUs stem from proximity.", None)
    assert grounded(named("What are Chinese analysts monitoring?"), "China watches Gwadar closely.", None)
    assert grounded(named("What does the U.S. import from China?"), "The United States imports REEs from China.", None)
    lexicon = Lexicon(["The Special Investment Facilitation Council (SIFC) streamlines access."])
    assert grounded(named("What does the Special Investment Facilitation Council offer?"),
                    "The SIFC offers foreign investors streamlined access.", lexicon)
    assert named("how does it work?") == ()
    # a name asked with a typing slip is still the name the documents use; short names must match
    assert grounded(named("Why did Bequerel win the Nobel Prize?"), "Henri Becquerel won the Nobel Prize.", None)
    assert not grounded(named("What is Iraq's position?"), "Iran’s concerns stem from proximity.", None)


def test_the_united_states_is_one_term_however_it_is_written() -> None:
    assert tokenize("U.S. imports") == tokenize("United States imports") == tokenize("US imports")
    assert tokenize("the U.S.[12]") == ["usa", "12"]
    assert "usa" not in tokenize("concessions in Africa and Latin America")


def test_a_passage_that_does_not_name_what_was_asked_about_does_not_answer(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over(COPPER)
    a = bot.ask("Where does Chile export its copper?")
    assert_well_cited(a)
    assert "China and Japan" in a.text
    b = bot.ask("What is Peru's position on Chile's copper exports?")
    assert b.refused, b.text


def test_which_firm_is_answered_by_a_name_not_by_a_description() -> None:
    q = "Which Lima consulting firm advises the ministry?"
    described = "The ministry is advised by a large Lima consulting firm whose founders once studied in Cusco."
    assert answer_type_fit(q, described) == TYPE_MISMATCH  # Lima is the question's word; Cusco is not the firm
    assert answer_type_fit(q, "The ministry is advised by Andes Partners, a Lima consulting firm.") == 1.0
    assert answer_type_fit(q, "The ministry is advised by the firm Andes Partners.") == 1.0
    # a name that is new to the question identifies what was described ("U.S. lobbying firms")
    assert answer_type_fit("Which firms did the ministry hire?",
                           "The ministry hired U.S. lobbying firms to improve access.") == 1.0
    # without the class noun, any name the question lacks can be the answer ("Which provinces?")
    assert answer_type_fit("Which provinces hold the deposits?",
                           "The deposits lie mainly in Baluchistan and Khyber Pakhtunkhwa.") == 1.0
    assert answer_type_fit("Which ministry signed the agreement?", "The agreement was signed last year.") == TYPE_MISMATCH
    # an organisation is named like one: a country is not the ministry asked about
    q = "Which Peruvian ministry signed the agreement with the United States?"
    assert answer_type_fit(q, "Peru signed the agreement with Chile and the United States in Lima.") == TYPE_MISMATCH
    assert answer_type_fit(q, "It was signed by the Ministry of Energy and Mines.") == 1.0
    assert answer_type_fit(q, "It was signed by MINEM, the energy and mines office.") == 1.0
    # "official" is an adjective here: the answer is a language, not a name
    assert expected_answer("What is the official language of Turkey?").kind == "any"
    # after a verb the class noun is the subject: "what" asks for what they did, not which institution
    assert expected_answer("What did Pakistan's state institutions publicly deny?").kind == "any"
    assert expected_answer("Which state institutions denied it?").kind == "name"
    # places are often the subject that opens a sentence, where a capital says nothing
    assert answer_type_fit("Which country refines rare earths?", "China refines most of the world's rare earths.") == 1.0


def test_a_value_is_of_whom_the_question_names_and_in_the_unit_it_states() -> None:
    # China's reserves are not Pakistan's, however close the wording
    q = "How many tons of rare earth reserves does Pakistan have?"
    assert answer_type_fit(q, "China holds rare earth reserves of 44 million tons.") == TYPE_MISMATCH
    assert answer_type_fit(q, "Pakistan holds rare earth reserves of 3 million tons.") == 1.0
    # the owner must be named in the sentence that gives the value, not in a neighbouring one;
    # a sentence that names no one ("The reserves are worth ...") leaves it to its passage
    assert answer_type_fit(q, "China holds rare earth reserves of 44 million tons. "
                              "Pakistan's deposits are largely unexplored.") == TYPE_MISMATCH
    # "how many tons" is not answered by a percentage, nor "what percentage" by tons
    q = "How many tons of rare earths does the United States import?"
    assert answer_type_fit(q, "The United States imports 80% of its rare earths from China.") == TYPE_MISMATCH
    assert answer_type_fit(q, "The United States imports 12,000 tons of rare earths a year.") == 1.0
    q = "What percentage of rare earth refining does China control?"
    assert answer_type_fit(q, "China refines 40,000 tons of rare earths a year.") == TYPE_MISMATCH
    assert answer_type_fit(q, "China controls 85% of rare earth refining.") == 1.0
    assert answer_type_fit(q, "China controls more than 85 percent of rare earth refining.") == 1.0


def test_who_does_something_is_answered_by_a_sentence_saying_it_is_done() -> None:
    q = "Who heads the Chilean Copper Commission?"
    assert expected_answer(q).kind == "agent"
    assert answer_type_fit(q, "The Chilean Copper Commission advises the ministry on exports.") == TYPE_MISMATCH
    assert answer_type_fit(q, "The Chilean Copper Commission is headed by Ana Rojas.") == 1.0
    q = "Who has publicly denied offering a military base?"
    assert answer_type_fit(q, "Pakistan's state institutions have publicly denied offering any base.") == 1.0
    # adverbs are skipped; verbs that end like them are the act
    assert expected_answer("Who rely on Chinese rare earths?").verb == expected_answer("Who relies on it?").verb
    # "who is ..." asks for an identity, not an act; authorship has its own check
    assert expected_answer("Who is the primary investor in CPEC?").kind == "any"
    assert expected_answer("Who wrote the article?").kind == "author"


def test_a_unit_that_fails_a_check_does_not_clear_the_refusal_threshold_alone(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over(COPPER)
    assert bot.settings.answer.refusal_threshold > TYPE_MISMATCH + PASSAGE_WEIGHT
    a = bot.ask("When did Chile's copper industry start employing two hundred thousand people?")
    assert a.refused, a.text
    b = bot.ask("How many people does Chile's copper industry employ?")
    assert_well_cited(b)
    assert "two hundred thousand" in b.text


def test_a_year_the_question_is_about_must_be_in_the_answer() -> None:
    q = "How much copper did Chile export in 2019?"
    assert answer_type_fit(q, "Chile exports most of its copper, about 80%, to China.") == TYPE_MISMATCH
    assert answer_type_fit(q, "In 2019 Chile exported 5.8 million tons of copper.") == 1.0
    assert answer_type_fit("Who led the ministry in 2019?", "Ana Rojas led the ministry until 2021.") == TYPE_MISMATCH
    # a year inside a name is part of the name, not a condition
    assert expected_answer("Which NSP-2022 principles do the recommendations apply?").years == frozenset()
