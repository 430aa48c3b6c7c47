"""`evals.unanswerable`: refusal through the whole pipeline on SQuAD 2.0-format questions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.unanswerable import figures, load, run

# "Granite" and "Tea" fall in the dev split (evals.reader.data.split_of at the file's 0.2 share),
# "Volcano" in train: only the first two become documents
DATA = {"data": [
    {"title": "Granite", "paragraphs": [
        {"context": "Granite is a coarse-grained igneous rock composed mostly of quartz and feldspar. "
                    "It forms from the slow crystallisation of magma below the surface of the Earth.",
         "qas": [{"question": "What two minerals make up most of granite?", "answers": ["quartz and feldspar"]},
                 {"question": "What is the melting point of granite in kelvin?", "answers": [], "is_impossible": True}]}]},
    {"title": "Tea", "paragraphs": [
        {"context": "Tea is an aromatic beverage prepared by pouring hot water over cured leaves of Camellia "
                    "sinensis. After water, it is the most widely consumed drink in the world.",
         "qas": [{"question": "Which plant's leaves are used to make tea?", "answers": ["Camellia sinensis"]}]}]},
    {"title": "Volcano", "paragraphs": [
        {"context": "A volcano is a rupture in the crust of a planet.",
         "qas": [{"question": "What is a volcano?", "answers": ["a rupture in the crust of a planet"]}]}]},
]}


def test_the_dev_articles_become_documents_and_their_questions_keep_their_gold(tmp_path: Path) -> None:
    path = tmp_path / "squad.json"
    path.write_text(json.dumps(DATA), encoding="utf-8")
    ds = load(path)
    assert sorted(ds.corpus) == ["Granite", "Tea"]
    assert ds.corpus["Granite"]["title"] == "Granite" and "quartz and feldspar" in ds.corpus["Granite"]["text"]
    answers = {q["text"]: q["answers"] for q in ds.queries.values()}
    assert answers["What two minerals make up most of granite?"] == ["quartz and feldspar"]
    assert answers["What is the melting point of granite in kelvin?"] == []
    assert "What is a volcano?" not in answers


def test_the_figures_count_refusals_against_answerability() -> None:
    # 4 answerable (3 answered, 2 of those with the gold, 1 hedged), 2 unanswerable (1 refused)
    rows = [{"answerable": True, "refused": False, "contains": 1.0, "hedged": True},
            {"answerable": True, "refused": False, "contains": 1.0},
            {"answerable": True, "refused": False, "contains": 0.0},
            {"answerable": True, "refused": True, "contains": 0.0},
            {"answerable": False, "refused": True, "contains": 0.0},
            {"answerable": False, "refused": False, "contains": 0.0}]
    f = figures(rows)
    assert (f["answerable_answered"], f["unanswerable_refused"]) == (0.75, 0.5)
    assert f["balanced_accuracy"] == 0.625
    assert f["refusal_precision"] == 0.5 and f["refusal_recall"] == 0.5  # 1 of 2 refusals right
    assert f["answered_holding_gold"] == round(2 / 3, 4) and f["answered_hedged"] == 0.25
    # nothing to count is said, not counted as 0
    none = figures([{"answerable": True, "refused": False, "contains": 1.0}])
    assert none["unanswerable_refused"] is None and none["balanced_accuracy"] is None
    assert none["refusal_precision"] is None


def test_the_benchmark_half_is_never_read(tmp_path: Path) -> None:
    path = tmp_path / "test-v2.0.json"
    path.write_text(json.dumps(DATA), encoding="utf-8")
    with pytest.raises(ValueError, match="benchmark"):
        load(path)


@pytest.mark.slow
def test_the_pipeline_is_asked_every_question_over_the_dev_articles(tmp_path: Path) -> None:
    path = tmp_path / "squad.json"
    path.write_text(json.dumps(DATA), encoding="utf-8")
    seen: list[str] = []
    out = run(path=path, cache=tmp_path / "cache", on_answer=lambda qid, a: seen.append(qid))
    assert out["questions"] == 3 and out["answerable"] == 2 and len(seen) == 3
    # a limit spreads the questions over the whole list: the last article is asked too
    spread: list[str] = []
    run(path=path, cache=tmp_path / "cache", limit=2, on_answer=lambda qid, a: spread.append(qid))
    assert len(spread) == 2 and spread[-1].startswith("Tea")
    # the two plain questions share their answers' words: the real reader answers both, with the gold
    assert out["answerable_answered"] == 1.0 and out["answered_holding_gold"] == 1.0
