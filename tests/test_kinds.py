"""The question-kind model: shipped with a checksum, used by `ask`, trained only on measured rounds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest

from assistant import Assistant
from assistant.backends.embedding import SentenceTransformerEmbedder
from assistant.composing import kind_of
from assistant.errors import ModelUnavailable
from assistant.kinds import MODEL_PATH, KindModel, digest
from evals.kinds import MEASURED_FILES, TRAIN_FILES, labelled, measure
from evals.kinds import main as kinds_main
from evals.pool import measured_suites

# phrasings the form rules take for factoids (no "what are the ...", no comparison verb)
GATHERING = [("What are the dangers of the new mine for the town?", "synthesis")]
FACTOIDS = ["What share of the ore does the smelter process?", "Who owns the northern mine?",
            "When did the mine open?"]


@pytest.fixture(scope="module")
def model() -> KindModel:
    return KindModel()


def test_the_model_reads_gathering_questions_the_rules_take_for_factoids(
        model: KindModel, embedder: SentenceTransformerEmbedder) -> None:
    for question, wanted in GATHERING:
        assert kind_of(question) == "factoid"  # what the rules alone would do
        got = model.kind(embedder.embed_query(question), question)
        assert got == wanted, (question, got)
    for question in FACTOIDS:
        assert model.kind(embedder.embed_query(question), question) == "factoid", question


def test_a_damaged_model_file_is_refused_with_the_fix(tmp_path: Path) -> None:
    meta = json.loads(MODEL_PATH.read_text())
    meta["coef"][0][0] += 0.5
    bad = tmp_path / "kinds.json"
    bad.write_text(json.dumps(meta))
    with pytest.raises(ModelUnavailable, match="damaged.*git checkout assistant/models/kinds"):
        KindModel(bad)
    with pytest.raises(ModelUnavailable, match="missing or unreadable"):
        KindModel(tmp_path / "absent.json")
    assert digest(json.loads(MODEL_PATH.read_text())) == json.loads(MODEL_PATH.read_text())["sha256"]


def test_ask_uses_the_model_and_the_setting_turns_it_off(
        bot_over: Callable[[dict[str, str]], Assistant], make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    corpus = {"mines.md": "# Mines\n\nThe northern mine opened in 1990. Flooding is a risk to the mine. "
                          "The price of copper may fall. The new licence gives the company access to "
                          "the western ridge, which holds most of the remaining ore.\n"}
    bot = bot_over(corpus)
    question = GATHERING[0][0]
    assert bot._kind(question)[0] == "synthesis"
    a = bot.ask(question)  # read as a synthesis: a lead line, then a cited bullet per further point
    assert not a.refused and "\n- " in a.text, a.text
    off = make_bot(tmp_path / "corpus", answer={"question_kinds": False})
    assert off._kind(question) == (None, None)  # the form rules decide
    reader_off = make_bot(tmp_path / "corpus", answer={"reader": False})
    assert reader_off._kind(question) == (None, None)


def test_the_model_is_trained_only_on_rounds_already_measured() -> None:
    measured = measured_suites()
    for f in (*TRAIN_FILES, *MEASURED_FILES):
        assert f in measured, f"{f.name} is not yet measured: it may not train the model"
    kinds = {k for _, _, k in labelled()}
    assert kinds == {"factoid", "synthesis", "comparison", "explanation"}


def test_the_shipped_card_names_data_command_and_scores() -> None:
    meta = json.loads(MODEL_PATH.read_text())
    assert meta["command"] == "python -m evals.kinds --write"
    assert meta["scores"]["files"] == [f.name for f in TRAIN_FILES]
    card = (MODEL_PATH.parent / "MODEL_CARD.md").read_text()
    assert meta["sha256"] in card and "python -m evals.kinds --write" in card and "Licence" in card


def test_the_training_command_measures_a_recipe_beside_the_shipped_model(capsys: pytest.CaptureFixture[str]) -> None:
    """Leave one file out over two rounds the shipped model never saw, and the shipped model on the
    same questions (no shared datasets needed with outside=0)."""
    files = [f for f in MEASURED_FILES if f.name in ("round-20.jsonl", "round-21.jsonl")]
    report = measure(files=files, outside=0)
    assert report["files"] == ["round-20.jsonl", "round-21.jsonl"] and report["elsewhere"] == {}
    shipped = report["against_shipped"]
    assert shipped["questions"] == report["labelled"] > 20  # neither file trained the shipped model
    assert 0.5 < shipped["shipped"]["accuracy"] <= 1.0 and 0.0 < shipped["this_recipe"]["accuracy"] <= 1.0
    with pytest.raises(SystemExit):  # the --measured model was not kept: it cannot be written
        kinds_main(["--measured", "--write"])
    assert "--measured only measures" in capsys.readouterr().err
