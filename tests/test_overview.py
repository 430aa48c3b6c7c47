"""Whole-document questions ("What does the article recommend?") are answered from the
document's own sections for them, cited; questions with a subject go the ordinary way."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant import Assistant
from assistant.overview import asks_overview, heading_asked, heading_says

from .helpers import assert_well_cited


@pytest.mark.parametrize(("question", "kind"), [
    ("What does the article recommend?", "recommendations"),
    ("What are the policy recommendations?", "recommendations"),
    ("What does the author propose?", "recommendations"),
    ("What does it conclude?", "conclusion"),
    ("What are the main findings?", "findings"),
    ("Summarize the article.", "summary"),
    ("Give me a short summary", "summary"),
    ("What is the report about?", "summary"),
    # a request in other words (round m15, used)
    ("Give me the full list of what the report wants done.", "recommendations"),
    ("What does the report call for?", "recommendations"),
    ("What does the memo urge?", "recommendations"),
])
def test_whole_document_questions_are_recognised(question: str, kind: str) -> None:
    assert asks_overview(question) == kind


@pytest.mark.parametrize("question", [
    "What does the article recommend for provincial benefit-sharing?",
    "What does the article conclude about U.S. military basing?",
    "Who found the deposits?",
    "What is China's role in CPEC?",
])
def test_questions_with_a_subject_are_not_whole_document_questions(question: str) -> None:
    assert asks_overview(question) is None


def test_the_title_names_the_document_not_a_subject() -> None:
    assert asks_overview("What does the report on lithium brines recommend?") is None
    assert asks_overview("What does the report on lithium brines recommend?",
                         "Lithium brines of the Andes") == "recommendations"


def test_what_the_article_recommends_comes_from_its_recommendations(corpus_bot: Assistant) -> None:
    a = corpus_bot.ask("What does the article recommend?")
    assert_well_cited(a)
    assert not a.refused
    # one sentence from each of the five recommendation subsections, in document order
    assert len(a.sentences) == 5
    assert all(c.section and c.section.startswith("Policy Recommendations") for c in a.citations)
    assert a.text.startswith("Publish MoUs and investment terms")
    assert "Parliamentary Committees" in a.text


def test_what_it_concludes_as_a_follow_up(corpus_bot: Assistant) -> None:
    history = [{"role": "user", "content": "What is Iran's concern about the cooperation?"},
               {"role": "assistant", "content": "Iran’s concerns stem from proximity. [1]"}]
    a = corpus_bot.ask("What does it conclude?", history)
    assert_well_cited(a)
    assert {c.section for c in a.citations} == {"Conclusion"}
    assert "no evidence to suggest" in a.text


def test_sections_of_the_document_asked_about(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    bot = bot_over({
        "lithium.md": "# Lithium brines of the Andes\n\n## Summary\n\nBrine ponds in the Andes yield lithium carbonate "
                      "slowly.\n\n## Findings\n\nEvaporation takes eighteen months. Farmers lose water to the ponds.\n\n"
                      "## Recommendations\n\nMeter the water the ponds use. Share royalties with farming villages.\n",
        "copper.md": "# Copper smelting in Chile\n\n## Conclusions\n\nSmelters capture most of their sulphur dioxide.\n\n"
                     "## Method\n\nWe visited seven smelters in 2023.\n",
        "tin.md": "# Tin notes\n\nTin mining in Bolivia is done by cooperatives. Prices fell in 2023.\n",
    })

    a = bot.ask("What does the report on lithium brines recommend?")
    assert_well_cited(a)
    assert a.text == "Meter the water the ponds use. [1] Share royalties with farming villages. [1]"
    b = bot.ask("What are the findings of the report on copper smelting in Chile?")
    assert_well_cited(b)  # no Findings section: its conclusions answer
    assert "sulphur dioxide" in b.text and {c.source for c in b.citations} == {"copper.md"}
    c = bot.ask("What do the tin notes recommend?")  # no section for it: the ordinary search decides
    assert "Recommendations" not in " ".join(x.section or "" for x in c.citations)


def test_a_heading_says_what_it_is() -> None:
    q = "What does the author conclude about U.S. basing?"
    assert heading_says(q, "Conclusion") == "conclude"  # stems differ: conclud / conclus
    assert heading_says(q, "Introduction") == ""
    assert heading_says("What is recommended for oversight?", "Policy Recommendations › Oversight") == "recommended"


def test_what_the_author_concludes_about_a_subject(corpus_bot: Assistant) -> None:
    # "conclude" is said by the Conclusion heading, and "the author" is not what the question is about
    a = corpus_bot.ask("What does the author conclude about U.S. basing?")
    assert_well_cited(a)
    assert "no evidence to suggest" in a.text
    assert a.citations[0].section == "Conclusion"


def test_a_section_whose_heading_is_what_is_asked_answers_it(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind user test: "What risks does the lithium brief see?" was refused although the brief
    has a section headed "Risks"."""
    bot = bot_over({"brief.md": (
        "# Lithium Supply Brief 2024\n\n## Summary\n\nChile and Australia produced about 70 percent of mined "
        "lithium in 2023.\n\n## Risks\n\nWater scarcity in the Atacama salt flats is the main operational risk for "
        "Chilean brine projects. Export restrictions by Zimbabwe on raw ore could tighten supply.\n\n## Contacts\n\n"
        "Questions about this brief go to the Policy Desk.\n")})
    a = bot.ask("What risks does the lithium brief see?")
    assert_well_cited(a)
    assert not a.refused and "Water scarcity" in a.text and "Zimbabwe" in a.text, a.text
    assert {c.section for c in a.citations} == {"Risks"}
    # a question with words of its own, or naming two sections' headings, goes the ordinary way
    assert heading_asked("What risks does Chile's water policy raise for farmers?", "Lithium Supply Brief 2024",
                         ["Risks"]) is None
    assert heading_asked("What about Iran?", "Pakistan–U.S. Cooperation", ["Regional › 5.3 Iran", "Regional › 5.2 India"]) \
        == "Regional › 5.3 Iran"
    assert heading_asked("What about Iran and India?", "T", ["Regional › 5.3 Iran", "Regional › 5.2 India"]) is None


def test_a_key_risks_section_answers_what_the_risks_are(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind user test: "What are the risks?" over a "Supply Risk Briefing" was refused although
    it has a "Key Risks" section ("key" ranks the risks; the title's "Risk" is not the heading)."""
    bot = bot_over({"cobalt.md": (
        "---\ntitle: Cobalt in the Congo - Supply Risk Briefing\n---\n\n# Cobalt in the Congo\n\n## Summary\n\n"
        "The Congo mined about 74 percent of the world's cobalt in 2023.\n\n## Key Risks\n\n"
        "Export quotas introduced in 2025 could push buyers toward Indonesian supply. Fighting in North Kivu "
        "disrupts logistics on the eastern routes.\n\n## Outlook\n\nAnalysts expect the Congo to dominate "
        "supply through 2030.\n")})
    assert heading_asked("What are the risks?", "Cobalt in the Congo - Supply Risk Briefing",
                         ["Cobalt in the Congo › Key Risks", "Cobalt in the Congo › Outlook"]) == "Cobalt in the Congo › Key Risks"
    # the document's own title heading is still not a section the question asks about
    assert heading_asked("What about cobalt in the Congo?", "Cobalt in the Congo", ["Cobalt in the Congo"]) is None
    a = bot.ask("What are the risks?")
    assert_well_cited(a)
    assert "Export quotas" in a.text and "North Kivu" in a.text and "2030" not in a.text, a.text


def test_what_about_a_section_is_its_whole_paragraph(corpus_bot: Assistant) -> None:
    """"Iran's concerns stem from proximity." alone read as the answer; the section says why. A
    question for one fact under a heading ("When did it open?") is still read for that fact
    (test_composing)."""
    a = corpus_bot.ask("What about Iran?")
    assert_well_cited(a)
    assert "proximity" in a.text and "logistical footprint" in a.text and "neighbourly" in a.text, a.text
    assert {c.section for c in a.citations} == {"Regional Implications: India, China, Iran › 5.3 Iran"}


def test_a_document_without_a_summary_is_summarised_by_its_lead(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """A blind user test: "Give me a summary of the FAQ" was refused (the FAQ has no Summary
    section, and "FAQ" was read as what the question is about), and "Summarize the market brief"
    gave its "Market Overview" section. A document with no section that restates it is summarised
    by its lead: the first statement of its opening and of each section, its menu, date line and
    questions left out."""
    bot = bot_over({
        "faq.html": (
            "<html><head><title>Lithium Incentives - Frequently Asked Questions</title></head><body>"
            "<p>Home | Investors | Incentives | FAQs</p><p>Last updated: 2 May 2025.</p><p>By Sana Mirza, Desk staff</p>"
            "<h1>Lithium Incentives - Frequently Asked Questions</h1>"
            "<p>The incentives are a package of tax and customs relief for lithium processing plants.</p>"
            "<h2>Who may apply?</h2><p>Does a foreign company qualify? Any company registered with the SECP may "
            "apply for the incentives. Foreign owners need a local subsidiary.</p>"
            "<h2>How long do the incentives last?</h2><p>Each plant receives relief for ten years from the start "
            "of commercial production. Extensions are not foreseen.</p>"
            "<h2>Which exports are restricted?</h2><p>Unprocessed lithium ore may not be exported after July 2026. "
            "Concentrate remains exempt.</p></body></html>"),
        "brief.md": (
            "# Copper Market Brief No. 3\n\nThis brief reviews the copper market for Pakistani policy makers in "
            "2025. It draws on customs data and company reports.\n\n## Market Overview\n\nRefined copper demand grew by 3 percent in 2024. Prices averaged USD 9,100 "
            "per tonne.\n\n## Pakistan's Position\n\nReko Diq could make Pakistan a top-ten copper producer by 2035.\n\n"
            "## Risks\n\nSmelter capacity in China keeps treatment charges low for miners everywhere.\n"),
    })
    a = bot.ask("Give me a summary of the FAQ")
    assert_well_cited(a)
    assert not a.refused, a.text
    assert {c.source for c in a.citations} == {"faq.html"}
    assert a.text.startswith("The incentives are a package"), a.text
    for point in ("Any company registered", "ten years", "Unprocessed lithium ore"):
        assert point in a.text, a.text
    for apparatus in ("Home | Investors", "Last updated", "Does a foreign company qualify?", "Sana Mirza"):
        assert apparatus not in a.text, a.text
    b = bot.ask("Summarize the market brief")
    assert_well_cited(b)
    assert b.text.startswith("This brief reviews the copper market"), b.text
    assert "Reko Diq" in b.text and "Smelter capacity" in b.text, b.text
    # a reviewer's and a blind user test's cases: "What is the web page about?" was refused (the
    # whole question was taken for its name), and a sentence before a pronoun was given twice
    c = bot.ask("What is the web page about?")
    assert not c.refused and c.text.startswith("The incentives are a package"), c.text
    d = bot.ask("Summarize the market brief's overview")  # its "Market Overview": a section like any other
    assert "Refined copper demand" in d.text, d.text
    sentences = [x.text for x in b.sentences]
    assert len(sentences) == len(set(sentences)), b.text


def test_the_full_list_asked_is_given_whole(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m15 (used): "Give me the full list of what BWAP wants done." was not read as a request
    for the review's recommendations, and once it was, six of its seven were given."""
    from assistant.overview import asks_all

    assert asks_all("Give me the full list of what BWAP wants done.") and asks_all("List all the recommendations.")
    assert not asks_all("What does the report recommend?") and not asks_all("Is all the water metered?")
    steps = " ".join(f"Step {n}: the company should {act}." for n, act in enumerate(
        ["cap extraction", "install meters", "reopen complaints", "appoint an ombudsperson", "publish its permit",
         "hear women separately", "wait for the lender", "fund a study"], 1))
    bot = bot_over({"review.md": f"# Running Dry: a field review\n\n## Findings\n\nSeven karez are dry.\n\n"
                                 f"## Recommendations\n\n{steps}\n"})
    some = bot.ask("What does the review want done?")
    assert_well_cited(some)
    assert some.text.startswith("Step 1") and "Step 6" in some.text and "Step 7" not in some.text, some.text
    every = bot.ask("Give me the full list of what the review wants done.")
    assert "Step 1" in every.text and "Step 8" in every.text, every.text
