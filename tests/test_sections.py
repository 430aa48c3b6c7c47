"""A gathered answer reads the rest of the section it found: a section's points are often split
over passages (short subsections) of which the search finds only one."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from assistant import Assistant
from assistant.frame import Frame

POLICY = """# Mining policy

## Abstract
This note reviews the mining policy of the western provinces and how it should be governed.

## Background
Copper and gold deposits lie in the western provinces. Exploration began in the 1990s.

## Recommendations

### Transparency
Publish every mining contract so that citizens can read its terms.

### Benefit sharing
Give the provinces a fixed share of the royalties from each mine.

### Oversight
Let parliament review each mineral agreement once a year.

### Security
Keep the guards of foreign companies apart from the national army.

## Conclusion
Mining can pay for development if it is governed openly.
"""

QUESTION = "Which steps does the note ask for, such as publishing every mining contract for citizens?"


def _policy_bot(make_bot: Callable[..., Assistant], tmp_path: Path, **overrides: Any) -> Assistant:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "policy.md").write_text(POLICY, encoding="utf-8")
    bot = make_bot(corpus, **overrides)
    assert bot.ingest().ok
    return bot


def _sections(passages: list) -> list[str]:
    return [p.chunk.section for p in passages]


def test_the_rest_of_the_found_section_follows_what_the_search_found(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = _policy_bot(make_bot, tmp_path)
    frame = Frame.of(QUESTION, kind="synthesis")
    found = bot.retriever.retrieve(frame, 1)
    assert _sections(found.passages) == ["Recommendations › Transparency"]
    widened = bot.retriever.retrieve(frame, 1, widen=True)
    # the other subsections, nearest first; nothing from the background, abstract or conclusion
    assert _sections(widened.passages) == ["Recommendations › Transparency", "Recommendations › Benefit sharing",
                                           "Recommendations › Oversight", "Recommendations › Security"]
    # scored like the passages found: each sentence against the question, below the found ones
    for p in widened.passages[1:]:
        assert p.chunk.id in widened.sentence_scores
        assert p.score <= widened.passages[0].score
    # the public search is the search's own: `k` passages
    assert _sections(bot.retrieve(QUESTION, 1)) == ["Recommendations › Transparency"]


def test_at_most_section_passages_are_added_and_none_when_zero(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = _policy_bot(make_bot, tmp_path, retrieval={"section_passages": 2})
    frame = Frame.of(QUESTION, kind="synthesis")
    assert _sections(bot.retriever.retrieve(frame, 1, widen=True).passages) == [
        "Recommendations › Transparency", "Recommendations › Benefit sharing", "Recommendations › Oversight"]
    off = make_bot(tmp_path / "corpus", retrieval={"section_passages": 0})
    assert len(off.retriever.retrieve(frame, 1, widen=True).passages) == 1


def test_a_passage_that_restates_the_document_brings_no_section(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = _policy_bot(make_bot, tmp_path)
    frame = Frame.of("What does this note review about the mining policy of the western provinces?", kind="synthesis")
    found = bot.retriever.retrieve(frame, 1)
    assert _sections(found.passages) == ["Abstract"]
    assert _sections(bot.retriever.retrieve(frame, 1, widen=True).passages) == ["Abstract"]


def test_a_gathered_answer_cites_the_subsections_the_search_missed(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = _policy_bot(make_bot, tmp_path, retrieval={"top_k": 1, "composed_top_k": 1})
    answer = bot.ask("What steps does the note recommend, from publishing contracts onwards?")
    assert not answer.refused
    cited = {c.section for c in answer.citations}
    assert "Recommendations › Transparency" in cited and len(cited & {
        "Recommendations › Benefit sharing", "Recommendations › Oversight", "Recommendations › Security"}) >= 2
    narrow = make_bot(tmp_path / "corpus", retrieval={"top_k": 1, "composed_top_k": 1, "section_passages": 0})
    assert {c.section for c in narrow.ask("What steps does the note recommend, from publishing contracts onwards?").citations} \
        <= {"Recommendations › Transparency"}
