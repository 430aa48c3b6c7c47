"""Questions of two parts, measures asked for by their unit, and a slide's points (round m10's
failures): "How far is the haul to the port, and how many days does a truck take?" was answered
in one part; "How many cubic metres of water a day …?" with a water table falling "1.2 metres per
year"; a deck printed to PDF had its points only in a section heading, and was called "the
slides"; where several parties stand on a matter was refused."""

from __future__ import annotations

from typing import Callable

from assistant import Assistant
from assistant.composing import asks_measure, lacks_value
from assistant.parts import two_parts

from .helpers import assert_well_cited

PLANT = """# Muslim Bagh Chromite Plant: Project Summary

## Logistics

The concentrate will be trucked to Karachi port, a road haul of about 870 kilometres.

## Drivers

Drivers must rest at night under the provincial transport rules, so each round trip of a truck takes six days.
Each driver is trained in first aid and carries a satellite phone.

## Water

The water table in the valley has been falling by about 1.2 metres per year because of tube-well irrigation.
The company has not yet estimated the plant's make-up water requirement.

## Jobs

The plant will employ 420 people permanently once it is running.
"""


def test_a_question_of_two_parts_is_split_where_each_part_asks() -> None:
    assert two_parts("How far is the haul to the port, and how many days does a truck take?") == (
        "How far is the haul to the port?", "How many days does a truck take?")
    # a lead-in saying where to look goes with both parts
    assert two_parts("According to the May update, when is the study now due, and why the delay?") == (
        "According to the May update, when is the study now due?", "According to the May update, why the delay?")
    assert two_parts("What is the framework and when did it come into force?") == (
        "What is the framework?", "When did it come into force?")
    # not a list of things, a comparison, or a part too short to ask alone
    for whole in ("What do ore mining and purchase, and processing, cost per tonne?",
                  "What are the two totals and why do they differ?",
                  "groundwater around the valley - how quickly is it dropping and why",
                  "What are the risks and benefits of the plan?"):
        assert two_parts(whole) is None, whole


def test_each_part_of_a_two_part_question_is_answered(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over({"plant.md": PLANT})
    answer = bot.ask("How far is the haul from the plant to the port, and how many days does a truck take?")
    assert_well_cited(answer)
    assert not answer.refused
    assert "870 kilometres" in answer.text and "six days" in answer.text, answer.text
    # one passage, one marker: the second part's sentence cites what the first part's does
    assert [c.marker for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert len({c.chunk_id for c in answer.citations}) == len(answer.citations)
    # with the split off, the same question is answered in one part only (what the split is for)
    bot.settings.answer.two_parts = False
    whole = bot.ask("How far is the haul from the plant to the port, and how many days does a truck take?")
    assert not ("870 kilometres" in whole.text and "six days" in whole.text), whole.text
    bot.settings.answer.two_parts = True
    # a part the documents do not answer leaves the question to be refused or answered whole
    unknown = bot.ask("How many people will the plant employ, and what will the plant's owners pay them each month?")
    assert "employ 420 people" in unknown.text or unknown.refused, unknown.text
    assert "do not answer" not in unknown.text.split("\n\n")[-1] or unknown.refused


def test_a_measure_asked_by_its_unit_needs_a_unit_of_its_kind(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    assert asks_measure("How many cubic metres of water per day will the plant need?") == "volume"
    assert asks_measure("How far is the haul from the plant to the port?") == "distance"  # in length or time
    assert asks_measure("How many days does a truck take?") == "time"
    assert asks_measure("How many square kilometres does it cover?") == "area"
    for other in ("How many people work there?", "How many years did it last?", "How far along is the study?"):
        assert asks_measure(other) is None, other
    lacks = lacks_value("How many cubic metres of water per day will the plant need?")
    assert lacks is not None and lacks("falling by about 1.2 metres per year")
    assert not lacks("about 2,400 cubic metres a day")
    # a reviewer's cases: symbols against the number, a distance in time, a project's progress
    for question, answer in (("How many km is the haul?", "about 870km"), ("How many megawatts will it make?", "a 50MW plant"),
                             ("How many tonnes did it ship in 2024?", "420 kt of concentrate"),
                             ("How many hours does a truck take?", "takes 48hrs"),
                             ("How far is the mine from Quetta?", "a three-hour drive from Quetta"),
                             ("How far is the port project from completion?", "80 percent complete"),
                             ("How much ore did the plant process each year?", "In 2024 it processed 1.1 million tonnes")):
        check = lacks_value(question)
        assert check is None or not check(answer), (question, answer)
    bot = bot_over({"plant.md": PLANT})
    water = bot.ask("How many cubic metres of water per day will the plant need?")
    assert water.refused, water.text  # "1.2 metres per year" is how fast the water table falls
    assert "870 kilometres" in bot.ask("How far is the port from the plant?").text


def test_a_slides_points_set_large_are_points_not_a_heading(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A deck printed to PDF sets its points larger than its speaker notes; they were read as one
    heading of four lines, so "3 to 4 days" was in no passage's text."""
    from assistant.ingest import load

    from .docs import write_pdf

    path = write_pdf(tmp_path / "deck.pdf", [
        [("Muslim Bagh Chrome Project", 26), ("Investor Briefing", 26),
         "Speaker notes: thank you for coming to this briefing today."],
        [("Logistics", 22), ("Road: Muslim Bagh to Karachi port, about 870 km, 3 to 4 days", 16),
         ("Bagged concentrate in 40-tonne trucks", 16), ("Rail option after 2028: load at Bostan", 16),
         "Speaker notes: all product will go by road at the start.",
         ("Moving Minerals to Market: Rail and Port", 22), ("Options for the Second Phase", 22),
         "Speaker notes: the port options are still being studied.",
         ("Why chromite exports fell in 2024", 22), ("Lessons for Balochistan", 22),
         "Exports fell by a fifth as the border closed for two months."],
        [("Why fluorspar matters", 22), ("Fluorspar is listed as a critical mineral by the US, EU and", 16), ("Japan", 16),
         ("Acid-grade fluorspar is the feedstock for", 16), ("hydrofluoric acid", 16),
         ("Pakistan imports almost all of the fluorspar it uses", 16)]
        + ["Speaker notes: China produces most of the world's fluorspar and uses more of it at home each year."] * 6])
    blocks = load(path, root=tmp_path).blocks
    kinds = {b.text: b.kind for b in blocks}
    assert kinds.get("Logistics") == "heading", kinds
    # a point wrapped onto the next line is one point (a blind user test's deck)
    for point in ("Fluorspar is listed as a critical mineral by the US, EU and Japan",
                  "Acid-grade fluorspar is the feedstock for hydrofluoric acid"):
        assert kinds.get(point) == "list_item", kinds
    for point in ("Road: Muslim Bagh to Karachi port, about 870 km, 3 to 4 days", "Bagged concentrate in 40-tonne trucks"):
        assert kinds.get(point) == "list_item", kinds
    # a heading set on two lines in title case is still one heading, and so is the title
    assert kinds.get("Moving Minerals to Market: Rail and Port Options for the Second Phase") == "heading", kinds
    # a heading over its subtitle in the same size is one heading too (a reviewer's case): points
    # are three lines or more
    assert kinds.get("Why chromite exports fell in 2024 Lessons for Balochistan") == "heading", kinds
    assert load(path, root=tmp_path).title == "Muslim Bagh Chrome Project Investor Briefing"


MINUTES = """# Minutes of the Steering Committee on Chromite, 18 June 2025

## Export restriction

The Department proposed a phased restriction on the export of lumpy chromite ore below 40 percent grade.
QCI supported the proposal and said it would improve the supply of feed to the plant.
TKMC said it had not sought any restriction and that the plant should compete for ore on price.
The Finance Department warned that a restriction would cut export receipts in the first two years.
The Committee took no decision on the proposal.

## Water

The water table in the valley has been falling by about 1.2 metres per year.
"""


def test_where_several_parties_stand_is_gathered(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m10: "Where do QCI, TKMC, the miners' association and Finance each stand on …?" was
    read as a one-sentence question and refused."""
    from assistant.composing import kind_of

    assert kind_of("Where do QCI, TKMC and Finance each stand on the export restriction?") == "comparison"
    # one side named in capitals: the positions are gathered, not laid out by side
    assert kind_of("How far apart are QCI and the geoscience cell on the size of the leases?") == "synthesis"
    assert kind_of("How far apart were the flight lines?") == "factoid"  # a distance, not a stance
    # a reviewer's cases: no parties' stance, nor a reading of the question as one
    from assistant.composing import as_read

    for plain in ("How far apart are the pumping stations on the new pipeline?", "Did they agree to the deal?",
                  "Where do trucks unload on arrival at the port?", "How many people can each stand hold?"):
        assert kind_of(plain) == "factoid" and as_read(plain) == plain, plain
    bot = bot_over({"minutes.md": MINUTES})
    answer = bot.ask("Where do QCI, TKMC and the Finance Department each stand on restricting exports of lumpy ore?")
    assert_well_cited(answer)
    for position in ("QCI supported the proposal", "TKMC said it had not sought", "Finance Department warned"):
        assert position in answer.text, answer.text


def test_a_deck_is_called_the_slides(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m10: "What return and payback did QCI pitch in the investor slides?" named nothing: the
    deck, printed to PDF, says "Investor and Lender Briefing" in its title and never "slides"."""
    from assistant.naming import document_named

    bot = bot_over({
        "qci-briefing.md": "# Chrome Project: Investor and Lender Briefing\n\nSpeaker notes (CEO): Welcome, and thank "
                           "you for coming.\n\n## Financing\n\n- Project IRR (post-tax): 19.4%\n- Payback: about 4.5 years\n",
        "tkmc-update.md": "# Correction and Project Update\n\nThe project is expected to pay back its cost within six "
                          "years, TKMC said.\n",
        "minutes.md": MINUTES})
    docs = [(d.source, f"{d.title} {bot._calls_itself(d)}") for d in bot.documents()]
    assert document_named("What payback did QCI pitch in the investor slides?", docs) == "qci-briefing.md"
    assert document_named("What does the deck say about financing?", docs) == "qci-briefing.md"
    assert document_named("What does the investor presentation say?", docs) == "qci-briefing.md"
    # "slides" alone is as often what is said (a reviewer's landslides on a highway), but not as a source
    assert document_named("What caused the slides on the highway?", docs) is None
    assert document_named("According to the slides, when will the plant start?", docs) == "qci-briefing.md"
    answer = bot.ask("What payback did QCI pitch in the investor slides?")
    assert_well_cited(answer)
    assert "4.5 years" in answer.text and all(c.source == "qci-briefing.md" for c in answer.citations), answer.text


def test_an_amount_asked_over_a_period_is_counted_over_one(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m10: a laboratory test of "1.2 tonnes of composite ore" answered how much ore the
    plant will process each year."""
    from assistant.composing import asks_per_period

    assert asks_per_period("How much ore will the plant process each year?")
    assert asks_per_period("How many visitors come annually?")
    assert not asks_per_period("How much ore was tested in the laboratory?")
    lacks = lacks_value("How much ore will the plant process each year?")
    assert lacks is not None and lacks("We tested 1.2 tonnes of composite ore at a laboratory in Lahore.")
    assert not lacks("Phase 1 will process 120,000 tonnes per year of run-of-mine ore.")
    bot = bot_over({"plant.md": "# Chromite Plant\n\n## Testing\n\nWe tested 1.2 tonnes of composite ore at a laboratory "
                                "in Lahore and reached a 46.8 percent concentrate.\n\n## Capacity\n\nThe plant is designed "
                                "to take 120,000 tonnes per year of run-of-mine chromite ore from the district.\n"})
    answer = bot.ask("How much ore will the chromite plant process each year?")
    assert "120,000 tonnes per year" in answer.text and "1.2 tonnes" not in answer.text, answer.text


def test_a_rate_and_an_amount_are_not_one_measure() -> None:
    """Round m10: "150,000 tonnes per year" (a plant's capacity) and "1.2 tonnes" (ore tested in a
    laboratory) were set side by side as figures the documents give otherwise."""
    from assistant.citing import _same_measure

    assert not _same_measure("150,000 tonnes per year", "", "1.2 tonnes", "")
    assert _same_measure("150,000 tonnes per year", "", "120,000 tonnes a year", "")
    # one period however it is written (a reviewer's cases)
    for other in ("200,000 tonnes per annum", "200,000 tonnes/yr", "200,000 tonnes annually",
                  "1.5 million tonnes of chromite ore per year"):
        assert _same_measure("150,000 tonnes per year", "", other, ""), other
    assert _same_measure("USD 212 million", "", "US$ 200 million", "")


def test_a_table_rows_unit_is_in_its_caption(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m8 (used): "How many tonnes … to the United Arab Emirates in 2024?" is answered by a
    row whose unit is only in the table's caption; the measure check first read the row alone."""
    bot = bot_over({"report.md": "# Zhob Valley Chrome: Sustainability Report 2025\n\n## Sales\n\nWe mined 186,400 "
                                 "tonnes of ore in 2025, compared with 171,900 tonnes in 2024.\n\nTable 1. Concentrate "
                                 "exports by destination, tonnes\n\n| Destination | 2025 | 2024 |\n|---|---|---|\n"
                                 "| China | 59,700 | 55,100 |\n| Japan | 5,700 | 4,900 |\n"
                                 "| United Arab Emirates | 6,500 | 4,300 |\n"})
    answer = bot.ask("How many tonnes of concentrate did Zhob Valley Chrome export to the United Arab Emirates in 2024?")
    assert_well_cited(answer)
    assert "4,300" in answer.text, answer.text


def test_what_is_not_two_questions_is_not_split() -> None:
    """A reviewer's cases: clauses of one request, a relative clause, a quoted title, and a document
    named by the first part only (the second part would search every document)."""
    for whole in ("Can you explain what the levy is and how it is collected?",
                  "Do you know who built the dam and when it opened?",
                  "What is the agency that regulates mining in the province and which issues the licences?",
                  "What does the chapter 'Water and What It Costs' conclude?",
                  'What is the main finding of "Why Nations Fail and How to Fix Them"?',
                  "What is the maintenance budget in the memo, and when will the fee be paid?",
                  # round 37 (used): a clause joined to the question, not a second question
                  "what is pakistan bringing to the table for the americans, combining the diplomatic pitch "
                  "and what its reserves offer?"):
        assert two_parts(whole) is None, whole
    assert two_parts("What does the chapter ‘Water and What It Costs’ conclude?") is None
    # a curly apostrophe is no quotation mark
    assert two_parts("What is Pakistan’s share of the output, and who buys the rest?") == (
        "What is Pakistan’s share of the output?", "Who buys the rest?")
    assert two_parts("According to Smith, Jones and Lee, when did the mine open, and who owns it?") == (
        "According to Smith, Jones and Lee, when did the mine open?", "According to Smith, Jones and Lee, who owns it?")


def test_a_population_is_people_and_a_loan_is_money() -> None:
    """A blind user test: "38" of "38 km south-west of Wadh town" answered "What is the population
    of Wadh town?", and "15 percent" how much a lender lent."""
    population = lacks_value("What is the population of Wadh town?")
    assert population is not None and population("The deposit is 38 km south-west of Wadh town.")
    assert not population("Wadh town has about 40,000 residents.")
    lent = lacks_value("How much did the development bank lend to the project?")
    assert lent is not None and lent("The lender expects a return of 15 percent.")
    assert not lent("The bank lent US$ 40 million in 2025.")
