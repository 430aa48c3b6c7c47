"""A country or capital the documents name otherwise: read as they name it, and found under any
of its country's names, over the real bundled article with the real models."""

from __future__ import annotations

from collections import Counter

from assistant import Assistant
from assistant.places import also_called, as_documents_name, countries_in, country_of

WORDS = Counter({"iran": 4, "india": 6, "china": 9, "beijing": 3, "united": 2, "states": 2, "washington": 1})


def test_a_country_is_known_by_its_capital_its_people_and_its_dotted_code() -> None:
    assert {"Iran", "Iranian"} <= set(also_called("Tehran"))
    assert {"China", "Chinese"} <= set(also_called("Beijing"))
    assert {"United States", "Washington", "American", "U.S."} <= set(also_called("U.S."))
    assert country_of("New Delhi") is country_of("India") is not None
    # a capital two countries share names neither; a name that is no country is itself alone
    assert also_called("Kingston") == ("Kingston",) and also_called("Gwadar") == ("Gwadar",)


def test_only_a_place_no_document_writes_is_renamed_and_only_to_a_name_they_write() -> None:
    assert as_documents_name("How do New Delhi's and Tehran's readings differ?", WORDS) == \
        "How do India's and Iran's readings differ?"
    # the documents write "Beijing" and "Washington" themselves: left as asked
    assert as_documents_name("Why is Beijing wary of Washington?", WORDS) == "Why is Beijing wary of Washington?"
    assert as_documents_name("Is Washington D.C. involved?", WORDS) == "Is Washington D.C. involved?"
    # no document names Russia at all: nothing to rename it to
    assert as_documents_name("What did Moscow say?", WORDS) == "What did Moscow say?"
    # never part of a longer word, never a lowercase common word
    assert as_documents_name("Tehrani and tehran", WORDS) == "Tehrani and tehran"


def test_a_comparison_of_capitals_is_answered_side_by_side_under_the_documents_names(corpus_bot: Assistant) -> None:
    """The article says India and Iran, never New Delhi or Tehran: the sides once found none of
    their points and the answer came back as one list."""
    answer = corpus_bot.ask("How do Tehran's and New Delhi's concerns differ?")
    assert not answer.refused
    assert "Iran" in answer.query and "India" in answer.query and "Tehran" not in answer.query
    assert "Iran:\n" in answer.text and "India:\n" in answer.text, answer.text
    off = Assistant.from_config(corpus_bot.settings.model_copy(update={"answer": corpus_bot.settings.answer.model_copy(
        update={"place_names": False})}), embedder=corpus_bot.index.embedder, store=corpus_bot.index.store)
    assert "Tehran" in off.ask("How do Tehran's and New Delhi's concerns differ?").query  # switched off: as asked


def test_a_side_the_documents_also_name_otherwise_finds_those_points(corpus_bot: Assistant) -> None:
    """"Beijing" is in the article, so it is not renamed; its side also takes the points that say
    China or Chinese."""
    answer = corpus_bot.ask("How do Beijing's and Tehran's worries about the minerals cooperation differ?")
    assert "Beijing:\n" in answer.text and "Iran:\n" in answer.text, answer.text
    beijing = answer.text.split("Beijing:\n", 1)[1].split("\n\n", 1)[0].split("\n- ")
    assert any("Beijing" not in point and ("China" in point or "Chinese" in point) for point in beijing), beijing


def test_a_heading_that_names_a_country_decides_whose_point_it_is(corpus_bot: Assistant) -> None:
    """Beijing's two lenses and India's expected responses both mention a U.S. presence; under
    "5.1 China" and "5.2 India" they are not Washington's points."""
    answer = corpus_bot.ask("How do Tehran's and Washington's concerns differ?")
    assert "Washington:\n" in answer.text, answer.text
    washington = answer.text.split("Washington:\n", 1)[1].split("\n\n", 1)[0]
    assert "Beijing views" not in washington and "Indian responses" not in washington, washington
    assert countries_in("5.1 China (CPEC & Gwadar)") == {country_of("China")}
    assert countries_in("REE Politics: Why the U.S. Is Interested") == {country_of("U.S.")}
    assert not countries_in("Institutional Transparency")
