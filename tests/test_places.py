"""A capital the documents name otherwise: read as they name its country, and a side found under
any of its country's names, over the real bundled article with the real models."""

from __future__ import annotations

from assistant import Assistant
from assistant.places import also_called, as_documents_name, countries_in, country_of, WrittenPlaces
from assistant.types import Chunk, Passage
from assistant.units import Unit, names_side

DOCS = WrittenPlaces(["Iran and India, China, Beijing; the U.S. and the United States; Washington."])


def _without_place_names(bot: Assistant) -> Assistant:
    """The same index read without the rule (not closed: it shares the fixture's store)."""
    return Assistant.from_config(bot.settings.model_copy(update={"answer": bot.settings.answer.model_copy(
        update={"place_names": False})}), embedder=bot.index.embedder, store=bot.index.store)


def _unit(section: str, text: str) -> Unit:
    chunk = Chunk("c1", "notes.md", "Notes", section, None, text, (text,), 0)
    return Unit(0, Passage(chunk, 1.0), ((0,),), (text,), 1.0, 1.0)


def test_a_country_is_known_by_its_capital_its_people_and_the_codes_prose_writes() -> None:
    assert {"Iran", "Iranian"} <= set(also_called("Tehran"))
    assert {"China", "Chinese"} <= set(also_called("Beijing"))
    assert {"United States", "Washington", "American", "U.S.", "US"} <= set(also_called("U.S."))
    assert country_of("New Delhi") is country_of("India") is not None
    # a capital two countries share, an acronym that is also an ISO code ("KP" is Khyber
    # Pakhtunkhwa here, not North Korea), a name more often a person or a state: no country
    for name in ("Kingston", "AI", "KP", "IT", "CAN", "Georgia", "Victoria", "Congo", "Gwadar"):
        assert also_called(name) == (name,), name


def test_the_countries_a_heading_names() -> None:
    assert countries_in("5.1 China (CPEC & Gwadar)") == {country_of("China")}
    assert countries_in("REE Politics: Why the U.S. Is Interested") == {country_of("U.S.")}
    assert countries_in("3. US–China Rivalry") == {country_of("US"), country_of("China")}
    # initials, ordinary words and parts of longer names are not countries
    for heading in ("Institutional Transparency", "J.P. Morgan Outlook", "Pacific Island Partnerships",
                    "Vale S.A. results", "New Jersey plants", "AI chips"):
        assert not countries_in(heading), heading


def test_only_a_capital_no_document_writes_is_renamed_and_only_to_a_name_they_write() -> None:
    assert as_documents_name("How do New Delhi's and Tehran's readings differ?", DOCS) == \
        "How do India's and Iran's readings differ?"
    assert as_documents_name("Why Tehran?", DOCS) == "Why Iran?"  # the question's first word opens it
    # the documents write "Beijing" and "Washington" themselves: left as asked
    assert as_documents_name("Why is Beijing wary of Washington?", DOCS) == "Why is Beijing wary of Washington?"
    # no document names Russia; a country is never rewritten as its capital
    assert as_documents_name("What did Moscow say?", DOCS) == "What did Moscow say?"
    assert as_documents_name("What is the population of Japan?", WrittenPlaces(["Tokyo grew."])) == \
        "What is the population of Japan?"
    # part of a longer name, part of a word, or typed in lowercase: as asked
    for question in ("What did George Washington say?", "Is the Washington Post right?",
                     "Does the Paris Agreement apply?", "Tehrani and tehran"):
        assert as_documents_name(question, WrittenPlaces(["France, the United States, Iran."])) == question


def test_a_side_is_found_under_its_countrys_other_names() -> None:
    """A sentence under a heading that names no country is a side's when it names the side's
    country any way ("Chinese refiners" for Beijing); under a heading naming another country it
    is that country's point."""
    assert names_side(_unit("Markets", "Chinese refiners cut output."), "Beijing", whose=True)
    assert not names_side(_unit("Markets", "Chinese refiners cut output."), "Beijing", places=False)
    under_india = _unit("5.2 India", "India expects more U.S. partnerships.")
    assert names_side(under_india, "U.S.") and not names_side(under_india, "U.S.", whose=True)
    assert names_side(_unit("US Strategy", "Washington funds exploration."), "Washington", whose=True)


def test_a_comparison_of_capitals_is_answered_side_by_side_under_the_documents_names(corpus_bot: Assistant) -> None:
    """The article says India and Iran, never New Delhi or Tehran: the sides once found none of
    their points and the answer came back as one list."""
    answer = corpus_bot.ask("How do Tehran's and New Delhi's concerns differ?")
    assert not answer.refused
    assert "Iran" in answer.query and "India" in answer.query and "Tehran" not in answer.query
    assert "Iran:\n" in answer.text and "India:\n" in answer.text, answer.text
    off = _without_place_names(corpus_bot)  # switched off: searched as asked
    assert "Tehran" in off.ask("How do Tehran's and New Delhi's concerns differ?").query


def test_a_heading_that_names_a_country_decides_whose_point_it_is(corpus_bot: Assistant) -> None:
    """Beijing's two lenses and India's expected responses both mention a U.S. presence; under
    "5.1 China" and "5.2 India" they are not Washington's points."""
    answer = corpus_bot.ask("How do Tehran's and Washington's concerns differ?")
    assert "Washington:\n" in answer.text, answer.text
    washington = answer.text.split("Washington:\n", 1)[1].split("\n\n", 1)[0]
    assert "Beijing views" not in washington and "Indian responses" not in washington, washington
