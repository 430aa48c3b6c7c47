"""A document's apparatus (sources lines, disclaimers, a table's header row) answers only a
question that asks for it."""

from __future__ import annotations

from typing import Callable

from assistant import Assistant
from assistant.apparatus import asks_apparatus, is_apparatus, is_header_row

ROYALTIES = {
    "royalty-note.md": (
        "# Provincial Royalties\n\n## Royalty rates\n\nRoyalty rates on selected minerals, by province.\n\n"
        "| Mineral | Balochistan | Punjab | Basis |\n|---|---|---|---|\n"
        "| Copper | 5% | 4% | Gross value at mine gate |\n"
        "| Chromite | PKR 600 per tonne | PKR 500 per tonne | Specific (per tonne) |\n\n"
        "Balochistan's rates are the highest in the country for most metallic minerals.\n\n"
        "Sources: provincial mines and minerals departments; Federal Board of Revenue royalty schedules.\n\n"
        "## Disclaimer\n\nThe views expressed are those of staff and do not bind any provincial royalty authority.\n"
    ),
}


def test_sources_lines_disclaimers_and_header_rows_are_apparatus() -> None:
    header = "Mineral | Balochistan | Punjab | Basis"
    row = "Mineral: Copper | Balochistan: 5% | Punjab: 4% | Basis: Gross value at mine gate"
    assert is_header_row(header, row)
    assert not is_header_row("EXIM | Direct loan | 650", "DFC | Guarantee | 400")  # a table without a header
    assert not is_header_row(row, "Mineral: Chromite | Balochistan: PKR 600 per tonne")
    sentences = [header, row]
    assert is_apparatus(sentences, 0) and not is_apparatus(sentences, 1)
    assert is_apparatus(["Sources: national surveys; trade statistics."], 0)
    assert is_apparatus(["> Disclaimer: These notes have not been verified."], 0)
    assert is_apparatus(["© 2025 Meridian Securities. All rights reserved."], 0)
    assert is_apparatus(["The views are the staff's own."], 0, "Note › Sources and disclaimer")
    assert not is_apparatus(["The views are the staff's own."], 0, "Note › Methodology and disclaimer")
    assert not is_apparatus(["Source rocks of the deposit are Eocene."], 0)  # no label, content
    # a reviewer's cases: a table's "Source" column, a lettered clause, a contract's notices
    assert not is_apparatus(["Source: Nuclear | Share of generation (%): 17"], 0)
    assert not is_apparatus(["(c) 2026 onwards, the royalty rises to 5 percent."], 0)
    assert not is_apparatus(["Notices take effect on delivery."], 0, "Lease › 14. Notices")
    assert not is_apparatus(["All rights reserved to the Federal Government under Article 172."], 0)
    # unlabelled boilerplate (rounds m2 and m11, used), and content that only shares its words
    for boilerplate in ("Indus Capital may hold positions in companies mentioned.",
                        "The views expressed are those of the authors and not of the Indus Policy Lab or its funders.",
                        "This note is for information purposes only and does not constitute investment advice.",
                        "The opinions here do not necessarily reflect the views of the Ministry."):
        assert is_apparatus([boilerplate], 0), boilerplate
    for content in ("Foreign investors may hold shares in companies listed on the PSX.",
                    # a reviewer's cases: a survey's caveat, investment rules, a map's status, a ruling
                    "The 40 responses do not necessarily represent the views of the wider valley.",
                    "Under the 2023 rules, pension funds may hold positions in listed mining companies.",
                    "Banks may not hold positions in securities issued by their own borrowers.",
                    "The boundary map is for information purposes only and does not define the licence area.",
                    "The ruling held that the ministry's letter does not constitute legal advice.",
                    "The fund may hold positions in three mines by 2027.",
                    "The views expressed by the province at the hearing were recorded in the minutes."):
        assert not is_apparatus([content], 0), content
    for asked in ("What are the main sources of royalty revenue?", "What credit line did EXIM offer?",
                  "What mineral rights does the province hold?", "What is the reference price?"):
        assert not asks_apparatus(asked), asked
    assert asks_apparatus("What sources does the note cite?") and asks_apparatus("What columns does the table have?")
    assert not asks_apparatus("What royalty does Balochistan levy on chromite?")


def test_a_header_row_or_sources_line_is_not_given_as_the_answer(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m4's before-run: "What royalty does Balochistan levy on chromite …?" was answered with
    the table's header row, a royalty comparison with a "Sources:" line."""
    bot = bot_over(ROYALTIES)
    for question in ("What royalty does Balochistan levy on chromite, and on what basis?",
                     "Which provincial royalty authority sets the rates?",
                     "What royalty schedules apply to copper in Punjab?"):
        answer = bot.ask(question)
        assert "Mineral | Balochistan" not in answer.text and "Sources:" not in answer.text, answer.text
        assert "do not bind" not in answer.text, answer.text
    asked = bot.ask("What sources does the royalty note draw on?")
    assert not asked.refused and "Federal Board of Revenue" in asked.text, asked.text


OUTLOOK = {
    "outlook.md": "# Siahan copper: initiating coverage\n\nWe model Phase 1 capital cost at USD 3.9 billion, about 15% "
                  "above the sponsor's estimate. A copper price below USD 8,000 per tonne would push the project's "
                  "return under its cost of capital.\n\nIndus Capital may hold positions in companies mentioned. "
                  "This note does not constitute investment advice.\n",
    "board-note.md": "# Board note\n\nThe financial model uses a long-term copper price of USD 8,800 per tonne.\n",
}


def test_a_disclaimer_without_its_label_is_not_an_answer(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m2 (used): "What could undermine Siahan's economics, according to the company and to
    Indus Capital?" was answered "Indus Capital may hold positions in companies mentioned.", and the
    same sentence led Indus Capital's side of a comparison."""
    bot = bot_over(OUTLOOK)
    for question in ("What could undermine Siahan's economics, according to Indus Capital?",
                     "What positions does Indus Capital take on Siahan?"):
        a = bot.ask(question)
        assert "may hold positions" not in a.text and "investment advice" not in a.text, a.text
    asked = bot.ask("Is there a disclaimer in the Indus Capital note?")  # asked for, it answers
    assert "may hold positions" in asked.text or "investment advice" in asked.text, asked.text


FAQ = {
    "battery-faq.md": (
        "# Battery Minerals FAQ\n\n## Trade\n\n**Does Pakistan already export battery minerals?**\n\nPakistan exported about 94,000 "
        "tonnes of manganese ore in FY2023-24, almost all of it to China.\n\n## Transcript\n\nQUESTION: Will the "
        "desk publish the names of applicants?\n\nANSWER: Only with their consent.\n"),
}


def test_a_question_in_the_documents_is_not_given_as_an_answer(
        bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m5 (used): "Is any battery-related raw material already leaving Pakistan for foreign
    buyers?" was answered with the FAQ's own question "Does Pakistan already export battery
    minerals?". A question states nothing; it answers only a question about what was asked."""
    from assistant.apparatus import asks_what_was_asked, is_question

    assert is_question("Does Pakistan already export battery minerals?") and is_question('He asked: "Why now?"')
    assert not is_question("The question is whether Pakistan exports them.")
    assert asks_what_was_asked("What did the journalist ask about applicants?")
    assert not asks_what_was_asked("Is any battery raw material already exported?")
    bot = bot_over(FAQ)
    a = bot.ask("Does Pakistan already export any battery minerals?")
    assert "?" not in a.text.split("[")[0] and "manganese" in a.text, a.text
    asked = bot.ask("What was the desk asked about the names of applicants?")
    assert "publish the names of applicants?" in asked.text, asked.text


def test_a_breadcrumb_or_menu_is_not_given_as_an_answer(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m7's before-run: "In the Frontier Ledger feature, what does Dr Qureshi make of the
    basing rumours?" was answered with the page's breadcrumb "The Frontier Ledger › Features ›
    Economy". Navigation is no statement; a bare table row with figures is data."""
    from assistant.apparatus import is_menu

    assert is_menu("The Frontier Ledger › Features › Economy.") and is_menu("Home | Investors | Incentives | FAQs")
    assert not is_menu("EXIM | Direct loan | 650") and not is_menu("District: Nagar | Households: 412")
    assert not is_menu("Exports rose » sharply « in March as prices recovered across the region.")
    # a reviewer's cases: two crumbs are prose, a short table row of words is data
    assert not is_menu("Prices rose » sharply after the ban.") and not is_menu("Flooding | High | Severe")
    assert is_menu("Home > Economy > Mining > Washington and Islamabad Open Critical Minerals Dialogue.")
    assert not is_apparatus(["Home | Investors | Incentives | FAQs"], 0)  # further on: a table's row
    assert is_apparatus(["Home | Investors | Incentives | FAQs"], 0, opening=True)
    bot = bot_over({"feature.html": (
        "<html><head><title>Gold washers of the Indus - The Ledger</title></head><body>"
        "<p>The Ledger › Features › Economy</p><p>Home | World | Business | Opinion</p>"
        "<h1>Gold washers of the Indus</h1><p>Gold washers along the Indus earn little in winter. "
        "Dr Amina Qureshi, an economist, said the basing rumours were a distraction from wages.</p>"
        "</body></html>")})
    a = bot.ask("In the feature, what does Dr Qureshi make of the basing rumours?")
    assert "›" not in a.text and "Home |" not in a.text and "distraction" in a.text, a.text


def test_a_publications_issue_line_is_apparatus_in_its_opening() -> None:
    """A blind user test: "Makran Policy Forum, Karachi — Briefing Paper No. 12, June 2025." was a
    point of an answer about Tanjeel Ridge. A line of a series number or a report's code that
    ends no sentence says who issued the document, in its opening passage."""
    from assistant.apparatus import is_apparatus, is_issue_line

    line = "Makran Policy Forum, Karachi — Briefing Paper No. 12, June 2025"
    assert is_issue_line(line) and is_issue_line(line + ".")
    assert is_issue_line("Indus Geoscience Institute (IGI), Quetta — Technical Report IGI-TR-2025-07, published 14 March 2025")
    assert not is_issue_line("Briefing Paper No. 12 found that exports rose by a third in 2024.")
    assert not is_issue_line("The Forum urges the governments to publish all mining agreements.")
    sentences = (line, "The Makran Policy Forum reviewed published estimates.")
    assert is_apparatus(sentences, 0, None, opening=True) and not is_apparatus(sentences, 0, None, opening=False)


THREAD = {
    "thread.txt": (
        "Subject: RE: KRGO Report 3/2025 - reconciliation of figures\n\nFrom: Faisal Qureshi\nSent: 12 December 2025"
        "\n\nDear Dr Bangash,\n\nWe re-ran the Rashakai check against the zone boundary as extended in 2021.\n\n"
        "Our recheck found 41 titles touching the zone, not 37.\n\nI would also ask that the corrigendum mention "
        "that field verification covered only 600 of the 3,712 titles, so the spatial error rate for the remainder "
        "is an estimate.\n\nBest,\nFaisal Qureshi\nTechnical Lead, Indus Spatial (Pvt) Ltd, Peshawar\n\n"
        "From: Rukhsana Bangash\nSent: 10 December 2025\n\nThe corrigendum will be issued next week and will "
        "correct the overlap count.\n\nRegards,\nDr Rukhsana Bangash\nKhyber Resource Governance Observatory\n"),
}


def test_an_emails_sign_off_answers_only_who_someone_is(bot_over: Callable[[dict[str, str]], Assistant]) -> None:
    """Round m14 (used): "What caveat about field verification did Indus Spatial's technical lead ask
    to have in the corrigendum?" was answered with "Best, Faisal Qureshi Technical Lead, Indus
    Spatial (Pvt) Ltd, Peshawar.": the sign-off shares the writer's name and title with the
    question and says nothing. It still answers who someone is."""
    from assistant.apparatus import is_signoff

    assert is_signoff("Best, Faisal Qureshi Technical Lead, Indus Spatial (Pvt) Ltd, Peshawar.")
    assert is_signoff("Regards, Bilal Siddiqui Deputy Director (Mines and Minerals), SIFC Secretariat, Islamabad.")
    assert not is_signoff("Best practice is to file early.") and not is_signoff("Thanks to the grant, the lab opened.")
    assert not is_signoff("Thank you, Chair, the ministry has spent Rs 2 billion on the survey.")
    assert is_signoff("Dear Dr Bangash,")
    assert not is_signoff("Dear Dr Bangash, we accept the count.") and not is_signoff("From: 2019 | To: 2021")
    assert is_signoff("Dear colleagues,") and is_signoff("Hi, Bilal.")
    # a reviewer's cases: a header line only in correspondence, and a subject line that says something
    assert is_signoff("From: Rukhsana Bangash", "From: Rukhsana Bangash\nSent: 10 December 2025")
    assert not is_signoff("From: Port Qasim, Karachi", "From: Port Qasim, Karachi\nTo: Qingdao, China")
    assert not is_signoff("Subject: The board approved a 12% tariff increase effective 1 July.", "Sent: 3 June 2025")
    bot = bot_over(THREAD)
    caveat = bot.ask("What caveat about field verification did Indus Spatial's technical lead ask to have in the corrigendum?")
    # (the small reader scores the caveat just under the refusal threshold here, 0.25 in the round)
    assert "Best," not in caveat.text and ("600 of the 3,712" in caveat.text or caveat.refused), caveat.text
    assert "Dear" not in bot.ask("What did Faisal Qureshi ask Dr Bangash to do?").text
    who = bot.ask("Who is the technical lead at Indus Spatial?")
    assert "Faisal Qureshi" in who.text, who.text
