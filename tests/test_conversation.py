"""Conversations keep the thread: entities of the previous answer, marked changes of subject and
returns to an earlier one, searched over the real bundled article with the real model."""

from __future__ import annotations

from assistant import Assistant, Turn
from assistant.conversation import build_query, discourse

DOMINANCE = [Turn("user", "Who dominates the global rare earth market?"),
             Turn("assistant", "China dominates the global rare earth Elements (REE) sector, holding reserves "
                               "of 44 million tons [1].")]


def test_the_documents_tell_a_name_at_the_start_of_a_sentence_from_a_common_word(corpus_bot: Assistant) -> None:
    snap = corpus_bot.index.snapshot
    assert snap.written_as_name("China") and snap.written_as_name("Pakistan")
    assert not snap.written_as_name("However") and not snap.written_as_name("Given")
    assert not snap.written_as_name("Zanzibar")  # not in the documents: no evidence either way


def test_it_resolves_to_the_entity_the_previous_answer_opened_with(corpus_bot: Assistant) -> None:
    answer = corpus_bot.ask("How has it used that dominance?", DOMINANCE)
    assert "China" in answer.query  # named only as the answer's first word
    passages = corpus_bot.retrieve("How has it used that dominance?", k=4, history=DOMINANCE)
    assert any("restricted REE exports" in p.chunk.text for p in passages)


def test_it_resolves_to_the_names_of_the_answers_first_sentence_that_names_anything(corpus_bot: Assistant) -> None:
    """An answer that opens "Very." names nothing there; its next sentence says what "it" is."""
    history = [Turn("user", "how dominant is it in rare earths"),
               Turn("assistant", "Very. China holds about 44 million tons of reserves.")]
    q = build_query("has it ever used that against anyone?", history, is_name=corpus_bot.index.snapshot.written_as_name)
    assert "China" in q.names and "China" in q.resolved


def test_a_marked_change_of_subject_is_searched_alone_without_its_marker(corpus_bot: Assistant) -> None:
    for marker in ("Switching topics:", "By the way,", "Separately,", "On a different note,"):
        answer = corpus_bot.ask(f"{marker} who reached out to the State Department?", DOMINANCE)
        assert "China" not in answer.query and "dominat" not in answer.query
        assert marker.split()[0].lower() not in answer.query.lower().split()
    assert discourse("Switching to India: what does it expect?") == ("switch", "India: what does it expect?", "India")


def test_a_return_to_an_earlier_subject_follows_the_turn_about_it(corpus_bot: Assistant) -> None:
    history = DOMINANCE + [
        Turn("user", "How might India react to the cooperation?"),
        Turn("assistant", "India may increase naval surveillance in the Arabian Sea [1]."),
    ]
    question = "Back to the rare earth market: which countries has it restricted exports to?"
    assert discourse(question)[0] == "return"
    answer = corpus_bot.ask(question, history)
    assert "China" in answer.query and "India" not in answer.query and "naval" not in answer.query
    passages = corpus_bot.retrieve(question, k=4, history=history)
    assert any("Japan" in p.chunk.text for p in passages)


def test_a_return_to_a_subject_never_discussed_is_searched_as_asked() -> None:
    q = build_query("Going back to the lithium question, where is it mined?", DOMINANCE)
    assert q.context == () and q.question.startswith("the lithium question")


def test_a_question_that_only_looks_marked_is_not_changed() -> None:
    for question in ("By the way of the sea, which route is shorter?", "Back to"):
        kind, asked, _ = discourse(question)
        assert kind is None and asked == question


def test_words_that_only_start_like_markers_are_left_alone() -> None:
    for question in ("Separately-managed accounts: how are they taxed?", "Moving to a new country requires what?",
                     "Switching to solar power would cut which costs?", "Unrelated-party deals, what are they?"):
        assert discourse(question) == (None, question, "")


def test_a_marked_question_that_still_points_back_keeps_the_thread(corpus_bot: Assistant) -> None:
    q = build_query("By the way, does it also process them?", DOMINANCE, is_name=corpus_bot.index.snapshot.written_as_name)
    assert q.question == "Does it also process them?" and "China" in q.context
    named = build_query("Switching to India: what does it expect?", DOMINANCE)
    assert named == build_query("India: what does it expect?", []) and named.context == ()


def test_a_definite_reference_keeps_the_thread(corpus_bot: Assistant) -> None:
    """"the council" names no council: it is the one the previous answer spoke of."""
    history = [Turn("user", "What does SIFC stand for?"),
               Turn("assistant", "Pakistan offered foreign investors streamlined access through its Special "
                                 "Investment Facilitation Council (SIFC) [1].")]
    question = "what role did the council play in the pitch to washington?"
    answer = corpus_bot.ask(question, history)
    assert "SIFC" in answer.query
    # the same question with nothing before it is searched as asked
    assert corpus_bot.ask(question).query == question


def test_asking_what_a_new_term_is_starts_a_new_topic() -> None:
    """A blind user test: "What is hilirisasi?" after a question on Indonesia's ban was searched
    with that turn's words, one word of its own making it a follow-up."""
    turns = [Turn("user", "What did Indonesia ban?"),
             Turn("assistant", "Indonesia banned the export of raw nickel ore on 1 January 2020. [1]")]
    for question in ("What is hilirisasi?", "Who is Whitcomb?", "What does offtake mean?"):
        assert build_query(question, turns).text == question
    for question in ("What is the timeline?", "What is it?", "Why?"):  # these ask about the turn before
        assert "Indonesia" in build_query(question, turns).text, question


def test_a_first_question_that_points_back_at_nothing_says_its_answer_is_a_guess(corpus_bot: Assistant) -> None:
    """A blind user test: "Who operates it?" opening a new conversation was answered "Koh-e-Sabz"
    (a project, not an operator), as if sure. With nothing before it, the answer says it is a
    guess; after a turn, or asked of the document itself ("What does it recommend?"), it is
    answered as before."""
    from assistant.scoping import points_nowhere

    assert points_nowhere("Who operates it?", []) == "it"
    assert points_nowhere("How big is that?", []) == "that"
    assert points_nowhere("Who operates it?", [{"role": "user", "content": "Tell me about Reko Diq."}]) is None
    assert points_nowhere("What does it recommend?", []) is None
    for about_the_document in ("Who wrote it?", "When was it published?", "What is its title?", "Who published it?"):
        assert points_nowhere(about_the_document, []) is None, about_the_document
    assert points_nowhere("Who operates the Reko Diq mine?", []) is None
    first = corpus_bot.ask("Who controls it?")
    assert first.notice and first.notice.startswith('Nothing before this question says what "it" is'), first.notice
    followed = corpus_bot.ask("Who controls it?", [
        {"role": "user", "content": "What is the Reko Diq project?"},
        {"role": "assistant", "content": "Reko Diq is a copper and gold project in Balochistan."}])
    assert followed.citations and not (followed.notice or "").startswith("Nothing before"), followed.notice


def test_a_hedged_follow_up_does_not_show_again_what_the_last_answer_showed(corpus_bot: Assistant) -> None:
    """The README's conversation: "Has Beijing used it as a weapon?" is answered with the sentence
    on China's export restrictions, and (the reader unsure) the closest other passages; the turn
    before had shown "China accounts for approximately 70 percent …" and its pillars, and they came
    again as a "closest passage". What the user has just read is not offered again; after an
    answer that did not show it, it is."""
    history: list[dict[str, str]] = []
    for question in ("How much of the world's rare earth refining does China control?", "What does its dominance rest on?"):
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": corpus_bot.ask(question, history or None).text}]
    shown = "China accounts for approximately 70 percent"
    assert shown in history[-1]["content"]
    answer = corpus_bot.ask("Has Beijing used it as a weapon?", history)
    assert "restricted REE exports" in answer.text and answer.hedged, answer.text
    assert shown not in answer.text, answer.text
    at = history[-1]["content"].index(shown)
    other = history[:-1] + [{"role": "assistant", "content": history[-1]["content"][:at]}]  # without that sentence
    again = corpus_bot.ask("Has Beijing used it as a weapon?", other)
    assert again.hedged and shown in again.text, again.text
