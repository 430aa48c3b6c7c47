"""Several documents on one subject (blind round m9's failures): a section found by its heading,
a figure another document gives otherwise, documents named by their masthead, and documents
compared by names that cannot all be told apart."""

from __future__ import annotations

from typing import Callable

from assistant import Assistant
from assistant.apparatus import is_masthead
from assistant.overview import Headings, heading_asked, heading_parts

from .helpers import assert_well_cited, drawn_from

REPORT = """# Independent Technical Report - Kanraj North Zinc-Lead-Barite Project

Meridian Geoscience Partners (Pvt) Ltd, Lahore

Prepared for Hingol Base Metals Limited, Karachi

## 1. Summary

Kanraj North is a stratiform zinc-lead-barite deposit in Lasbela District. The Mineral Resource is 11.1 million
tonnes. The scoping study puts the initial capital cost at USD 212 million.

## 10. Environmental and Social Considerations

According to a household count carried out in 2025, seven settlements with a combined population of about 4,900
people lie within 10 kilometres of the deposit. Most households depend on goat and sheep herding.

## 11. Risks and Uncertainties

- Water: the proposed wellfield has not been tested, and drawdown could affect village wells in the same aquifer.
- Tenure: EL-214 must be renewed in February 2027 and converted to a mining lease before construction.
- Markets: the offtake memorandum is non-binding, and there is no buyer for the zinc concentrate.

## 12. Recommendations

MGP recommends a second phase of work at an estimated cost of USD 14.6 million.
"""

ISLAMABAD = """Institute for Resource and Trade Policy, Islamabad

Policy Brief No. 17 | September 2026

# Heavy Spar, Light Footprint? Barite and Pakistan's Minerals Offer

## Key points

The United States imports about 75 percent of the barite it consumes, most of it from China and India.
Pakistan exported 58,400 tonnes of barite in 2025, almost all of it as unprocessed lump to Gulf buyers.
The main risk to the partnership is that the villages near the mine lose their water.

## Recommendations

Islamabad should insist on domestic grinding and published contract terms.
"""

WASHINGTON = """# Not Just Rare Earths: What Pakistan's Barite Can Do for U.S. Supply Chains

**Potomac Supply Chain Forum | Policy Brief 26-09 | 21 October 2026**

By Ellen Marchetti-Vance, Senior Fellow

## Summary

The United States relies on imports for more than 85 percent of its barite consumption. By our count, Pakistan's
barite shipments abroad came to roughly 63,000 tonnes in 2025, most of them bound for grinders in the Gulf. The
political risk of the deal is high, and the risk of delay is higher still.

## Recommendations

Washington should fund an independent water study before any lease is granted.
"""

VILLAGE = """# Kanraj mine: what we were told | Porali Valley Community Forum

We counted 11 villages, home to about 6,800 people. The company says the mine and plant will cost more than 200
million dollars. Every risk of the mine falls on us, and the company has not answered our letters.
"""

FILES = {"kanraj-report.md": REPORT, "irtp-brief.md": ISLAMABAD, "pscf-brief.md": WASHINGTON,
         "porali-update.md": VILLAGE}


def test_a_heading_of_two_subjects_is_asked_by_either() -> None:
    assert heading_parts("Report › 11. Risks and Uncertainties") == [{"risk"}, {"uncertainti"}]
    assert heading_parts("Report › 11. Risks") == []
    sections = ["Report › 10. Environmental and Social Considerations", "Report › 11. Risks and Uncertainties"]
    assert heading_asked("What risks does the report flag?", "Report", sections) == sections[1]
    # a whole heading asked goes before a part of another ("4.2 Security Requirements" beside
    # "Security & Governance Challenges")
    both = ["A › Security & Governance Challenges", "A › Security & Governance Challenges › 4.2 Security Requirements"]
    assert heading_asked("What are the security requirements?", "A", both) == both[1]
    assert heading_asked("What does the report say about tenure?", "Report", sections) is None
    # a part of a heading is asked only by a question with no word of its own (a reviewer's cases)
    assert heading_asked("What does Pakistan export?", "Brief", ["Brief › Pakistan and the United States"]) is None
    assert heading_asked("What methods were used?", "Study", ["Study › Sources and Methods"]) is None


def test_a_section_is_found_by_its_heading_where_the_search_misses_it(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Blind round m9: "What risks does the consultants' report flag for Kanraj North?" was refused.
    The report's "11. Risks and Uncertainties" lists its risks without the word, and the search
    found the other documents' sentences about risk instead."""
    bot = bot_over(FILES)
    chunks = [c for d in bot.documents() for c in bot.chunks_of(d.source)]
    every = [d.source for d in bot.documents()]
    asked = Headings(chunks).asked("What risks does it flag for Kanraj North?", every)
    assert [cs[0].source for cs in asked] == ["kanraj-report.md"]
    # the question's own words must be the section's: nothing political or about fusion is in it
    assert Headings(chunks).asked("What political risks are there?", every) == []
    assert Headings(chunks).asked("What are the risks of fusion?", every) == []
    answer = bot.ask("What risks does the consultants' report flag for Kanraj North?")
    assert_well_cited(answer)
    for point in ("wellfield has not been tested", "EL-214 must be renewed", "offtake memorandum is non-binding"):
        assert point in answer.text, answer.text
    # a reviewer's cases: another document's "Risks" answers neither a brief named as such nor a
    # follow-up pointing back at the brief of the last answer
    for other in (bot.ask("What risks does the Washington brief flag?"),
                  bot.ask("What risks does it flag?", [
                      {"role": "user", "content": "What does the Islamabad brief recommend?"},
                      {"role": "assistant", "content": "Islamabad should insist on domestic grinding."}])):
        assert not other.text.startswith("Water: the proposed wellfield"), other.text  # not the report's section


def test_a_figure_another_document_gives_otherwise_is_set_beside_it(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Blind round m9: the two briefs' barite exports (58,400 and about 63,000 tonnes) and the two
    counts of people near the deposit were answered with one document's figure alone: the other's
    sentence scored under the best one. A figure of another measure (a cost beside a count of
    people) is not set beside it."""
    bot = bot_over(FILES)
    exports = bot.ask("How much barite did Pakistan export in 2025?")
    assert_well_cited(exports)
    assert exports.short_answer and exports.short_answer.startswith("The documents differ: "), exports.short_answer
    assert "58,400 tonnes" in exports.short_answer and "63,000 tonnes" in exports.short_answer, exports.short_answer
    # each with the date its document gives itself, the newest first
    newer = exports.short_answer.index("(21 October 2026): 63,000 tonnes")
    assert newer < exports.short_answer.index("(September 2026): 58,400 tonnes"), exports.short_answer
    people = bot.ask("How many people live near the deposit?")
    assert_well_cited(people)
    assert "4,900" in people.text and "6,800" in people.text, people.text
    assert "200 million dollars" not in (people.short_answer or ""), people.short_answer


def test_a_document_is_named_by_its_masthead() -> None:
    assert is_masthead("Institute for Resource and Trade Policy, Islamabad")
    assert is_masthead("Toba Kakar Minerals Corporation (TKMC)") and is_masthead("Geological Survey of Pakistan")
    assert not is_masthead("Prepared for Hingol Base Metals Limited, Karachi")
    assert not is_masthead("Prepared on behalf of Hingol Base Metals Limited")
    assert not is_masthead("The Institute for Resource and Trade Policy urges the government to act.")
    for title in ("Risks to the Bank", "Survey Results", "Office Hours", "Why the Ministry of Energy Got Barite Wrong",
                  "A Network Approach to Supply Chains", "Table 3: Survey Results", "Report to the Board of Directors"):
        assert not is_masthead(title), title  # a reviewer's cases: titles, not who issues the document


def test_documents_named_by_where_and_by_whom_they_are_issued(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Blind round m9 named the briefs "the Islamabad brief" and "the Washington brief", and their
    issuers by name; the Islamabad brief's masthead was read as nothing, and "Institute for
    Resource and Trade Policy" was cut at "for"."""
    from assistant.naming import document_named

    bot = bot_over(FILES)
    docs = [(d.source, f"{d.title} {bot._calls_itself(d)}") for d in bot.documents()]
    assert document_named("What does the Islamabad brief recommend?", docs) == "irtp-brief.md"
    assert document_named("What does the Institute for Resource and Trade Policy recommend?", docs) == "irtp-brief.md"
    assert document_named("What does the Potomac Supply Chain Forum recommend?", docs) == "pscf-brief.md"
    # whom a report was prepared for does not issue it
    assert document_named("What does Hingol Base Metals expect?", docs) is None
    urged = bot.ask("What does the Institute for Resource and Trade Policy recommend?")
    assert drawn_from(urged) == {"irtp-brief.md"} and "domestic grinding" in urged.text, urged.text


def test_documents_compared_by_names_not_all_told_apart_are_each_read(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Blind round m9: "US import reliance for barite - the Islamabad brief vs the Washington
    brief?" was refused: no title says where the second brief is from, so neither side was a
    document and the question was read whole. Each document that speaks to it is now read on its
    own with what the question asks of each."""
    bot = bot_over(FILES)
    answer = bot.ask("US import reliance for barite - the Islamabad brief vs the Washington brief?")
    assert_well_cited(answer)
    assert "75 percent" in answer.text and "85 percent" in answer.text, answer.text
    assert answer.notice and "each searched on its own" in answer.notice, answer.notice
    # as typed, without "the": no document is named, and the question read whole was refused
    terse = bot.ask("US import reliance for barite - Islamabad brief vs Washington brief?")
    assert_well_cited(terse)
    assert "75 percent" in terse.text and "85 percent" in terse.text, terse.text


def test_what_a_comparison_asks_of_each_side_before_its_sides() -> None:
    from assistant.comparing import side_question

    assert side_question("US import reliance for barite - Islamabad brief vs Washington brief?") == \
        "What about US import reliance for barite?"
    assert side_question("Capex for Kanraj: company study vs the think tank's number") == "What about Capex for Kanraj?"
    assert side_question("Do the report and the brief agree on the water demand?") == "What about the water demand?"


def test_a_table_header_row_goes_with_the_rows_it_names() -> None:
    """Blind round m9: a PDF table's header row ended a passage ("… calculation.\\nTable 2. …
    Category | Tonnes (Mt) | Zn (%)") and its rows began the next; the header row alone was given
    as the answer to "What's the size of the Kanraj North resource?"."""
    from assistant.chunking import chunk_document
    from assistant.config import ChunkingSettings
    from assistant.types import Block, Document

    caption = "Table 2. Mineral Resource"
    rows = [f"{caption} Category: {name} | Tonnes (Mt): {t} | Zn (%): {zn}"
            for name, t, zn in (("Indicated", 6.8, 7.9), ("Inferred", 4.3, 6.2), ("Total", 11.1, 7.2))]
    prose = ("The Mineral Resource was estimated by ordinary kriging into a block model with parent blocks of 10 by "
             "10 by 5 metres, and zinc equivalent was calculated from metal prices. ") * 3
    doc = Document(source="r.pdf", title="Report", sha256="0", blocks=(
        Block("heading", "6. Mineral Resource Estimate", level=2), Block("paragraph", prose.strip()),
        Block("table", f"{caption} Category | Tonnes (Mt) | Zn (%)"), *(Block("table", r) for r in rows)))
    chunks = chunk_document(doc, ChunkingSettings(target_chars=len(prose) + 60))
    assert len(chunks) >= 2
    header = next(c for c in chunks if any(s.endswith("Category | Tonnes (Mt) | Zn (%)") for s in c.sentences))
    assert header.sentences[-1] != f"{caption} Category | Tonnes (Mt) | Zn (%)" or len(header.sentences) == 1
    assert rows[0] in header.sentences  # the header's passage holds the first row it names


def test_the_date_a_document_gives_itself() -> None:
    from assistant.dating import issued_on
    from assistant.types import Chunk

    def doc(*lines: str) -> list[Chunk]:
        return [Chunk(id="a", source="d", title="T", section=None, page=None, text="\n".join(lines),
                      sentences=lines, position=0)]

    assert issued_on("T", doc("Institute for Resource and Trade Policy, Islamabad",
                              "Policy Brief No. 17 | September 2026")) == ("September 2026", (2026, 9, 0))
    assert issued_on("T", doc("Campaign update | Posted 3 November 2026 by Shakeela Jamot",
                              "For three years drilling rigs have worked on the hills.")) == ("3 November 2026", (2026, 11, 3))
    assert issued_on("T", doc("Date: 6 May 2025", "Subject: corrected figures"))[1] == (2025, 5, 6)
    # an event the opening reports is not the document's date (a reviewer's cases)
    assert issued_on("T", doc("Hingol Base Metals signed a memorandum with Carrow Point in Islamabad on 16 October "
                              "2025, and the terms were never published.")) is None
    assert issued_on("T", doc("The mine opened in May 2019.")) is None
    assert issued_on("T", doc("First concentrate: June 2027")) is None
    assert issued_on("Outlook to December 2030", doc("Outlook to December 2030", "Copper demand will rise.")) is None
    # the day it was issued before the day its figures stand at
    assert issued_on("T", doc("Resource update as of 31 December 2024", "Issued 12 March 2025"))[1] == (2025, 3, 12)
    assert issued_on("T", doc("QUETTA, 11 March 2025 – The plant was approved today."))[1] == (2025, 3, 11)


def test_a_correction_and_an_update_are_documents_users_name() -> None:
    from assistant.naming import document_named

    docs = [("notice.txt", "Correction and project update: Muslim Bagh plant"), ("release.html", "Press release: plant approved"),
            ("page.html", "Kanraj mine: what we were told | Porali Valley Community Forum")]
    assert document_named("What does the correction say about jobs?", docs) == "notice.txt"
    assert document_named("What does the project update say?", docs) == "notice.txt"
    # "update" alone is as often what is said ("the update on jobs"): it needs a word of its own
    assert document_named("What did the update change?", docs) is None


def test_a_two_page_pdf_loses_its_running_header(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A blind user test: a report printed from a browser carried "12/7/6, 7:56 AM Report
    file:///… 2/2" on both of its two pages, and it was given as a point of an answer (running
    headers were only looked for in documents of three pages or more)."""
    from assistant.ingest import load

    from .docs import write_pdf

    header = "12/7/6, 7:56 AM Kohdar Block-3 Feasibility Report"
    path = write_pdf(tmp_path / "report.pdf", [
        [header, "Kohdar Block-3 Feasibility Report", "The mine will produce 3.8 million tonnes of lignite a year.",
         "file:///tmp/report.html 1/2"],
        [header, "The power plant will need 18 cusecs of water from the canal.", "file:///tmp/report.html 2/2"]])
    text = " ".join(b.text for b in load(path, root=tmp_path).blocks)
    assert "18 cusecs" in text and "3.8 million tonnes" in text
    assert "7:56 AM" not in text and "file:///" not in text, text


def test_the_latest_figure_is_the_newest_documents(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind user test: "What is the latest commercial operation date?" was answered from a March
    report that a June correction had revised, and the correction was not mentioned."""
    bot = bot_over({
        "report.md": "# Kohdar Block-3 Feasibility Report\n\nDate: 12 March 2024\n\n## Schedule\n\nThe commercial "
                     "operation date of the power plant is the fourth quarter of 2027.\n",
        "correction.md": "# Correction Notice: Kohdar Block-3\n\nDate: 5 June 2024\n\n## Schedule\n\nThe commercial "
                         "operation date has been moved to the second quarter of 2028.\n",
    })
    latest = bot.ask("What is the latest commercial operation date?")
    assert_well_cited(latest)
    assert latest.sentences[0].text.startswith("The commercial operation date has been moved"), latest.text


def test_a_question_asked_of_the_documents_as_a_set_is_not_searched_with_the_last_ones_words(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind user test: "Which documents mention Islamkot?" was searched with the last question's
    words and read in all four documents."""
    bot = bot_over({
        "correction.md": "# Correction Notice: Kohdar Block-3\n\nDate: 5 June 2024\n\n## Reserve\n\nThe lignite reserve is "
                         "revised from 412 million tonnes to 389 million tonnes after further drilling.\n",
        "watch.html": "<html><head><title>Thar Water Watch</title></head><body><h1>Thar Water Watch</h1><p>Villagers in "
                      "Mithi fear that the mine will lower the water table by 20 metres.</p></body></html>",
        "minutes.md": "# Steering Committee Minutes\n\nThe committee met in Islamkot on 18 July 2024 and approved the "
                      "resettlement plan.\n",
    })
    history = [{"role": "user", "content": "Summarize the Thar Water Watch page"},
               {"role": "assistant", "content": "Villagers in Mithi fear that the mine will lower the water table by 20 metres."}]
    islamkot = bot.ask("Which documents mention Islamkot?", history)
    assert "Mithi" not in islamkot.query, islamkot.query
    assert "Islamkot" in islamkot.text and "minutes.md" in {c.source for c in islamkot.citations}, islamkot.text


def test_a_short_answer_keeps_its_currency_and_drops_a_generic_label() -> None:
    """A blind user test: "US$ 1.42 billion" was shown as "$ 1.42 billion" (the reader's span began
    at "$"), and a table's figure as "Value: 412" (its unit in the row's "Unit" cell)."""
    from assistant.citing import short_answer
    from assistant.types import Chunk, Passage
    from assistant.units import Unit

    def unit(sentence: str, span: str) -> Unit:
        chunk = Chunk(id="c", source="r.pdf", title="R", section=None, page=None, text=sentence,
                      sentences=(sentence,), position=0)
        start = sentence.index(span)
        return Unit(passage_rank=0, passage=Passage(chunk, 1.0), groups=((0,),), texts=(sentence,), dense=0.0,
                    coverage=0.0, span=(start, start + len(span)))

    cost = "The capital cost is estimated at US$ 1.42 billion to US$ 1.61 billion, including the power plant."
    assert short_answer(unit(cost, "$ 1.42 billion"), {"c": 1}) == "US$ 1.42 billion [1]"
    row = "Parameter: Lignite reserve | Value: 412 | Unit: million tonnes"
    assert short_answer(unit(row, "Value: 412"), {"c": 2}) == "412 million tonnes [2]"
    priced = "Year: 2027 | Copper (USD/t): 10,600 | Gold (USD/oz): 3,150"
    assert short_answer(unit(priced, "Copper (USD/t): 10,600"), {"c": 1}) == "Copper (USD/t): 10,600 [1]"


def test_a_title_from_a_file_name_keeps_its_capitals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A blind user test: an upload named "Ministry update - Kohdar (FINAL).txt" with no title line
    was titled "Ministry update kohdar (final)"."""
    from assistant.ingest import load

    path = tmp_path / "Ministry update - Kohdar (FINAL).txt"
    path.write_text("the ministry says the capital cost is now US$ 1.58 billion, as of november.\n", encoding="utf-8")
    assert load(path, root=tmp_path).title == "Ministry update Kohdar (FINAL)"
