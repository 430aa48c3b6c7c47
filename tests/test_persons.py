"""A question that describes someone and asks who they are is answered only by a span naming
someone (assistant/persons.py; round m15, used)."""

from __future__ import annotations

from typing import Callable

from assistant import Assistant
from assistant.persons import _NAME_ASKED, names_someone


def test_which_questions_ask_for_a_name() -> None:
    def asks_name(q: str) -> bool:
        return _NAME_ASKED.search(q) is not None

    assert asks_name("Who was the Quetta economist the Dispatch quoted?")
    assert asks_name("Who is ZCC's consultant hydrogeologist?")
    assert asks_name("And who's the new chair?")
    assert not asks_name("Who is Daniel Whitcombe?")  # the name is given: a description is asked
    assert not asks_name("Who pays for the study?")  # an agent: "the company" answers it
    assert not asks_name("What is the name of the alphabet used?")  # a thing's name (SQuAD 2.0)


def test_a_span_that_only_describes_the_person_asked_about() -> None:
    from assistant.persons import describes_only

    q = "Who was the Quetta economist the Dispatch quoted?"
    quote = "\"Every sceptic will point to it,\" said a Quetta-based economist who asked not to be named."
    assert describes_only("advises the provincial government", quote, q)  # the sentence says: not named
    assert describes_only("The company's consultant hydrogeologist", "The company's consultant hydrogeologist "
                          "considers the decline normal.", "Who is the consultant hydrogeologist ZCC relies on?")
    assert not describes_only("a cooperative of former mill workers", "The buyer was a cooperative of former mill "
                              "workers.", "Who was the buyer of the mill?")
    assert not describes_only("Dr Hamida Noorzai", quote, q)


def test_a_span_names_someone_only_with_a_name_the_question_lacks() -> None:
    q = "Who was the Quetta economist the Dispatch quoted?"
    assert not names_someone("a Quetta-based economist who advises the provincial government", q)
    assert not names_someone("The company's consultant hydrogeologist", "Who is the consultant hydrogeologist?")
    assert not names_someone("Dr", q) and not names_someone("In March", q)
    assert names_someone("Dr Hamida Noorzai", q)
    assert names_someone("Tethys Flow Metering", "Who is the company's metering contractor?")


def test_someone_described_but_not_named_is_not_an_answer_to_who_they_are(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over({"story.md": "# Sit-in ends at Dalbandin\n\nThe sit-in on the N-40 highway ended on Monday after "
                                "a jirga at the circuit house.\n\n\"If a U.S.-owned mine cannot manage a water complaint "
                                "in Chagai, every sceptic of this partnership will point to it,\" said a Quetta-based "
                                "economist who advises the provincial government and asked not to be named.\n\n"
                                "The company told the jirga that meters had been fitted to the boreholes.\n"})
    unnamed = bot.ask("Who was the Quetta economist the story quoted on what the mine means for the partnership?")
    assert unnamed.refused, unnamed.text
    bot = bot_over({"minutes.md": "# Minutes\n\nThe company's general manager, Daniel Whitcombe, told the committee "
                                  "that meters had been fitted to the boreholes.\n"})
    # a reviewer's case: an answer in other words, with no name, is an answer (not another sentence's name)
    mill = bot_over({"mill.md": "# Hub textile mill sale\n\nThe buyer was a cooperative of former mill workers, who "
                                "raised the money from their pension fund.\n\nThe chief engineer of the new company is "
                                "Saima Baloch, who ran the dyeing unit for ten years.\n"})
    buyer = mill.ask("Who was the buyer of the Hub textile mill?")
    assert buyer.text.startswith("The buyer was a cooperative"), buyer.text
    named = bot.ask("Who is the company's general manager?")
    assert not named.refused and "Whitcombe" in named.text, named.text


def test_what_someone_told_a_meeting_goes_on_with_he_said(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m15 (used): "According to the Rakhshan Dispatch, what did Whitcombe tell the jirga?" was
    answered with his first sentence; the next ("He said the company would review its construction
    schedule …") said the rest. A sentence led by the speaker's pronoun and a verb of saying goes
    with it; another sentence does not."""
    from assistant.persons import asks_said, goes_on_speaking

    assert asks_said("What did Whitcombe tell the jirga?") and asks_said("What did the minister say about the lab?")
    assert not asks_said("What did the jirga decide?") and not asks_said("Who told the jirga?")
    assert goes_on_speaking("He said the company would review its schedule.") and goes_on_speaking("She also added that …")
    assert not goes_on_speaking("The jirga ended at noon.") and not goes_on_speaking("He left the hall.")
    assert not goes_on_speaking("They said the company had promised the same road in 2019.")  # the listeners
    bot = bot_over({"story.md": "# Sit-in ends at Dalbandin\n\nThe sit-in on the N-40 highway ended on Monday after a "
                                "jirga at the circuit house.\n\nDaniel Whitcombe, the company's general manager, told "
                                "the jirga that flow meters had been fitted to the boreholes in the last week of "
                                "September. He said the company would review its construction schedule to live within "
                                "the new limit. The jirga ended at noon with prayers for rain.\n\nThe organisers said "
                                "4,000 people had joined the protest.\n"})
    a = bot.ask("What did Whitcombe tell the jirga?")
    assert "flow meters" in a.text and "construction schedule" in a.text, a.text
    assert "prayers for rain" not in a.text, a.text
