"""A misspelt word of a question is searched and read as the documents spell it."""

from __future__ import annotations

from collections import Counter

from assistant import Assistant
from assistant.spelling import Speller, SpellerCache, distance

WORDS = Counter({"china": 9, "article": 5, "earth": 4, "dominance": 2, "baluchistan": 3, "recommendations": 2,
                 "weaponize": 1, "chain": 1, "gwadar": 2})
KNOWN = frozenset({"the", "does", "say", "about", "rare", "what", "lithium", "earths", "weaponized", "where", "copper"})


def test_distance_counts_an_adjacent_swap_as_one_edit() -> None:
    assert distance("chna", "china", 2) == 1
    assert distance("artical", "article", 2) == 2
    assert distance("cihna", "china", 2) == 1
    assert distance("lithium", "china", 1) == 2  # beyond the limit: limit + 1


def test_only_a_word_nobody_knows_is_corrected_and_only_to_a_near_document_word() -> None:
    speller = Speller(WORDS, KNOWN)
    assert speller.correct("What does the artical say about rare erth dominanse of chna?") == \
        "What does the article say about rare earth dominance of china?"
    assert speller.correct("Where is Balochistan’s copper?") == "Where is Baluchistan’s copper?"  # the capital kept
    # a word the model knows stays, though no document uses it; so does another form of a document's word
    assert speller.correct("What about lithium?") == "What about lithium?"
    assert speller.correct("Has China weaponized rare earths?") == "Has China weaponized rare earths?"
    # acronyms, short words and words with no near neighbour are left alone
    assert speller.correct("Is the SIFC in Gwdr? wat now, zxqwv?") == "Is the SIFC in Gwdr? wat now, zxqwv?"
    # a plural or a possessive typed without its apostrophe is the word it ends on, not a misspelling
    assert Speller(Counter({"pakistan": 5, "pakistani": 9}), KNOWN).correct("where are pakistans minerals?") == \
        "where are pakistans minerals?"
    # never a piece of a longer token: a word with a digit, a non-ASCII word, an address, a compound
    speller = Speller(Counter({"windows": 3, "dinner": 2, "example": 2, "earth": 2}), KNOWN)
    for text in ("Windws10 update", "Schrödinger", "https://exmaple.com/windws", "rare-erth"):
        assert speller.correct(text) == text
    speller = Speller(WORDS, KNOWN)
    # one edit for a short word: "chian" is one swap from "china" and one edit from "chain"; the more frequent wins
    assert speller.nearest("chian") == "china"


def test_a_misspelt_question_is_answered_and_shows_what_was_searched(corpus_bot: Assistant) -> None:
    question = "wat does the artical say about rare erth dominanse of chna?"
    answer = corpus_bot.ask(question)
    assert not answer.refused and "China" in answer.text, answer.text
    assert "china" in answer.query.lower() and "dominance" in answer.query
    off = Assistant.from_config(corpus_bot.settings.model_copy(update={"answer": corpus_bot.settings.answer.model_copy(
        update={"correct_spelling": False})}), embedder=corpus_bot.index.embedder, store=corpus_bot.index.store)
    assert off.ask(question).query == question  # switched off, the question is searched as asked


def test_a_real_word_is_never_corrected_into_a_documents_word(corpus_bot: Assistant) -> None:
    """The model's word pieces hold few whole words beyond the common ones: without a dictionary,
    "underpins" became the article's "undermine" and "reviving" its "refining"."""
    cache, snapshot = SpellerCache(), corpus_bot.index.snapshot
    for question in ("What underpins Beijing's stranglehold on the rare-earth business?",
                     "Does the doctrine rank reviving the economy on a par with defence?",
                     "Which NSP-2022 emphases does the introduction name?"):
        assert cache.correct(snapshot, question) == question
    assert cache.correct(snapshot, "Why could mining in Balochistan fuel unrest?") == \
        "Why could mining in Baluchistan fuel unrest?"  # the article's spelling of the province


def test_a_word_only_a_heading_writes_is_a_documents_word(corpus_bot: Assistant) -> None:
    """The article says "Recommendations" only in a heading: "reccomendations" once found no
    document word near it."""
    cache = SpellerCache()
    assert cache.correct(corpus_bot.index.snapshot, "List the reccomendations") == "List the recommendations"
