"""A gathered answer reads the rest of the section it found: a section's points are often split
over passages (short subsections) of which the search finds only one."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Callable

import pytest

from assistant import Assistant
from assistant.frame import Frame
from assistant.retrieval import Retrieval, top_section
from assistant.types import Chunk, Passage

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

# the search finds the Oversight subsection (the third of four)
QUESTION = "Which steps does the note ask for, such as a yearly parliamentary review of each mineral agreement?"
REST = ["Recommendations › Benefit sharing", "Recommendations › Security", "Recommendations › Transparency"]


def _bot(make_bot: Callable[..., Assistant], tmp_path: Path, files: dict[str, str], **overrides: Any) -> Assistant:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    bot = make_bot(corpus, **overrides)
    assert bot.ingest().ok
    return bot


def _sections(passages: list) -> list[str]:
    return [p.chunk.section for p in passages]


def test_the_rest_of_the_found_section_follows_nearest_first(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = _bot(make_bot, tmp_path, {"policy.md": POLICY})
    frame = Frame.of(QUESTION, kind="synthesis")
    found = bot.retriever.retrieve(frame, 1)
    assert _sections(found.passages) == ["Recommendations › Oversight"]
    widened = bot.retriever.retrieve(frame, 1, widen=True)
    # the other subsections, the nearest first; nothing from the background, abstract or conclusion
    assert _sections(widened.passages) == ["Recommendations › Oversight", *REST]
    for p in widened.passages[1:]:  # scored like the passages found, each sentence against the question
        assert p.chunk.id in widened.sentence_scores and p.dense > 0
        assert p.section_of == widened.passages[0].chunk.id  # and marked as brought by it
    assert widened.passages[0].section_of is None
    # with two found, the added ones carry the lower found score: they are found through them
    two = bot.retriever.retrieve(frame, 2, widen=True)
    assert len(two.passages) > 2 and all(p.score == min(q.score for q in two.passages[:2]) for p in two.passages[2:])
    assert not any(x.chunk.id == y.chunk.id for i, x in enumerate(two.passages) for y in two.passages[i + 1:])


def test_at_most_section_passages_are_added_and_none_when_zero(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = _bot(make_bot, tmp_path, {"policy.md": POLICY}, retrieval={"section_passages": 2})
    frame = Frame.of(QUESTION, kind="synthesis")
    assert _sections(bot.retriever.retrieve(frame, 1, widen=True).passages) == ["Recommendations › Oversight", *REST[:2]]
    off = make_bot(tmp_path / "corpus", retrieval={"section_passages": 0})
    assert len(off.retriever.retrieve(frame, 1, widen=True).passages) == 1


def test_a_passage_that_restates_the_document_brings_no_section(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = _bot(make_bot, tmp_path, {"policy.md": POLICY})
    frame = Frame.of("What does this note review about the mining policy of the western provinces?", kind="synthesis")
    assert _sections(bot.retriever.retrieve(frame, 1).passages) == ["Abstract"]
    assert _sections(bot.retriever.retrieve(frame, 1, widen=True).passages) == ["Abstract"]


def test_a_heading_every_passage_shares_is_the_document_not_a_section(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    """A web page whose one H1 differs from its <title>: every heading path starts with the H1,
    so the sections are the H2s, and its abstract is still left out."""
    html = "<html><head><title>Mining note</title></head><body><h1>Mining policy in the west</h1>" + "".join(
        f"<h2>{h2}</h2>" + "".join(f"<h3>{h3}</h3><p>{body}</p>" for h3, body in subs) for h2, subs in [
            ("Abstract", [("Summary", "This note reviews the mining policy of the western provinces.")]),
            ("Background", [("Deposits", "Copper and gold deposits lie in the western provinces."),
                            ("History", "Exploration began in the 1990s.")]),
            ("Recommendations", [("Transparency", "Publish every mining contract so that citizens can read its terms."),
                                 ("Oversight", "Let parliament review each mineral agreement once a year.")]),
        ]) + "</body></html>"
    bot = _bot(make_bot, tmp_path, {"policy.html": html})
    frame = Frame.of(QUESTION, kind="synthesis")
    widened = bot.retriever.retrieve(frame, 1, widen=True)
    assert _sections(widened.passages) == ["Mining policy in the west › Recommendations › Oversight",
                                           "Mining policy in the west › Recommendations › Transparency"]
    # and the order of a gathered answer's points reads its sections the same way
    assert widened.shared_headings == {"policy.html": 1}
    assert top_section(widened.passages[0].chunk, widened.shared_headings) == ("policy.html", "Recommendations")
    assert top_section(widened.passages[0].chunk, {}) == ("policy.html", "Mining policy in the west")


def test_a_document_without_headings_brings_nothing(make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    text = "\n\n".join(["Let parliament review each mineral agreement once a year.",
                         "Copper and gold deposits lie in the western provinces. " * 12,
                         "Publish every mining contract so that citizens can read its terms. " * 12])
    bot = _bot(make_bot, tmp_path, {"notes.txt": text})
    frame = Frame.of(QUESTION, kind="synthesis")
    found = bot.retriever.retrieve(frame, 1)
    assert len(bot.chunks_of("notes.txt")) >= 2  # there would be passages to add
    assert _sections(bot.retriever.retrieve(frame, 1, widen=True).passages) == _sections(found.passages) == [None]


def test_a_gathered_answer_cites_the_subsections_the_search_missed(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    question = "What steps does the note recommend, from publishing contracts onwards?"
    narrow = {"top_k": 1, "composed_top_k": 1}
    bot = _bot(make_bot, tmp_path, {"policy.md": POLICY}, retrieval=narrow)
    cited = {c.section for c in bot.ask(question).citations}
    assert "Recommendations › Transparency" in cited and len(cited & set(REST + ["Recommendations › Oversight"])) >= 3
    # the citations of passages the search did not find say so, and name the found one when cited
    answer = bot.ask(question)
    found = {c.marker for c in answer.citations if c.section == "Recommendations › Transparency"}
    added = [c for c in answer.citations if c.section != "Recommendations › Transparency"]
    assert added and all(c.in_section and c.in_section_of in found for c in added)
    assert not any(c.in_section for c in answer.citations if c.marker in found)
    # an explicit number of passages is what the caller gets: no section is added
    assert {c.section for c in bot.ask(question, top_k=1).citations} == {"Recommendations › Transparency"}
    off = make_bot(tmp_path / "corpus", retrieval={**narrow, "section_passages": 0})
    assert {c.section for c in off.ask(question).citations} == {"Recommendations › Transparency"}


def _passage(name: str, section: str, text: str, position: int, score: float, of: str | None = None) -> Passage:
    chunk = Chunk(id=name, source="policy.md", title="Mining note", section=section, page=None, text=text,
                  sentences=(text,), position=position)
    return Passage(chunk, score, dense=0.6, section_of=of)


def test_the_section_of_the_point_the_reader_puts_first_is_read_too(corpus_bot: Assistant) -> None:
    """The search ranked the recommendation low, under two background passages whose sections
    it widened; the reader leads with the recommendation, so its sibling recommendations are read
    and join the answer, cited as that section's rest. Without the map they never appear."""
    question = "Which recommendations does the note make about mining contracts?"
    background = [_passage("b1", "Background", "Copper and gold deposits lie in the western provinces.", 1, 0.9),
                  _passage("b2", "History", "Exploration of the western provinces began in the 1990s.", 2, 0.8)]
    lead = _passage("r1", "Recommendations › Transparency",
                    "Publish every mining contract so that citizens can read its terms.", 4, 0.5)
    rest = [_passage("r2", "Recommendations › Oversight", "Let parliament review each mining contract once a year.",
                     5, 0.5, "r1"),
            _passage("r3", "Recommendations › Sharing", "Give the provinces a fixed share of each contract's royalties.",
                     6, 0.5, "r1")]
    frame = Frame.of(question, kind="synthesis")
    found = Retrieval(question, None, {}, [*background, lead])  # type: ignore[arg-type]
    alone = corpus_bot.extractive.answer(frame, found, None)
    assert not alone.refused and alone.citations[0].chunk_id == "r1"  # the reader leads with it
    assert not {"r2", "r3"} & {c.chunk_id for c in alone.citations}
    answer = corpus_bot.extractive.answer(frame, dataclasses.replace(found, sections={"r1": rest}), None)
    cited = {c.chunk_id: c for c in answer.citations}
    assert answer.citations[0].chunk_id == "r1" and {"r2", "r3"} <= set(cited)
    assert all(cited[x].in_section and cited[x].in_section_of == cited["r1"].marker for x in ("r2", "r3"))
    assert answer.evidence == alone.evidence  # whether the documents answer was decided before
    # the section of a passage that does not lead is not read
    elsewhere = corpus_bot.extractive.answer(frame, dataclasses.replace(found, sections={"b2": rest}), None)
    assert not {"r2", "r3"} & {c.chunk_id for c in elsewhere.citations}


def test_a_gathered_answer_takes_its_points_from_the_leads_section_first(
        corpus_bot: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    """Asked for the note's recommendations, the answer lists the recommendations (the lead's
    section) before points from elsewhere that read as well or better."""
    question = "Which recommendations does the note make about mining contracts?"
    lead = _passage("r1", "Recommendations › Transparency",
                    "Publish every mining contract so that citizens can read its terms.", 4, 0.9)
    elsewhere = [_passage("b1", "Background", "Earlier commissions recommended that the cabinet sign every mining "
                          "contract.", 1, 0.85),
                 _passage("b2", "Risks", "Without such recommendations, secret mining contracts have fed unrest.", 2, 0.8)]
    siblings = [_passage("r2", "Recommendations › Oversight", "Let parliament review each agreement once a year.", 5, 0.4),
                _passage("r3", "Recommendations › Sharing", "Give the provinces a fixed share of the royalties.", 6, 0.3)]
    frame = Frame.of(question, kind="synthesis")
    retrieval = Retrieval(question, None, {}, [lead, *elsewhere, *siblings])  # type: ignore[arg-type]
    settings = corpus_bot.extractive.settings.model_copy(update={"composed_points": 3})
    answerer = type(corpus_bot.extractive)(settings, corpus_bot.extractive._reader)
    answer = answerer.answer(frame, retrieval, None)
    assert [c.chunk_id for c in answer.citations][0] == "r1"
    assert {c.chunk_id for c in answer.citations} == {"r1", "r2", "r3"}
    # the order it replaces: the reader's and the search's, where the other sections win
    monkeypatch.setattr("assistant.answering.top_section", lambda chunk, shared: None)
    assert {"b1", "b2"} & {c.chunk_id for c in answerer.answer(frame, retrieval, None).citations}


def test_whether_the_documents_answer_is_decided_on_the_passages_found(corpus_bot: Assistant) -> None:
    """A passage read only because it sits in a found passage's section is no evidence that the
    documents are about the question: when none of the passages found answers, the answer is a
    refusal, whatever the added ones read like. Found by the search, the same passage answers."""
    question = "Which recommendations does the note make about mining contracts?"
    background = [_passage("b1", "Background", "Copper and gold deposits lie in the western provinces.", 1, 0.9),
                  _passage("b2", "History", "Exploration of the western provinces began in the 1990s.", 2, 0.8)]
    rec = "Publish every mining contract so that citizens can read its terms."
    frame = Frame.of(question, kind="synthesis")
    added = Retrieval(question, None, {}, [*background, _passage("r1", "Background › Contracts", rec, 3, 0.8, "b1")])  # type: ignore[arg-type]
    refused = corpus_bot.extractive.answer(frame, added, None)
    assert refused.refused and refused.evidence < corpus_bot.extractive.threshold()
    found = Retrieval(question, None, {}, [*background, _passage("r1", "Background › Contracts", rec, 3, 0.8)])  # type: ignore[arg-type]
    answer = corpus_bot.extractive.answer(frame, found, None)
    assert not answer.refused and answer.citations[0].chunk_id == "r1"

