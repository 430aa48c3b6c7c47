"""The reader's SQuAD measurement: the metric and the shipping guard (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.reader import ship
from evals.reader.squad import score


def test_squad_scores_follow_the_no_answer_threshold() -> None:
    read = [(0.9, "Paris", ["Paris"]),          # answered, right
            (0.3, "Lyon", []),                  # unanswerable, abstained below 0.4
            (0.5, "the city of Lyon", ["Lyon"]),  # answered, partly right
            (0.6, "Nice", [])]                  # unanswerable, answered anyway at 0.4
    low, high = score(read, 0.4), score(read, 0.7)
    assert low["em"] == 50.0 and low["noans_acc"] == 50.0 and low["hasans_answered"] == 100.0
    assert 50.0 < low["f1"] < 75.0
    # a higher threshold abstains on everything but the confident answer
    assert high["em"] == 75.0 and high["f1"] == 75.0 and high["noans_acc"] == 100.0
    assert high["hasans_answered"] == 50.0


def test_scores_of_another_calibration_are_not_shipped(tmp_path: Path) -> None:
    meta = {"version": "9", "sha256": "abc", "threshold": 0.4, "answerability": [1.0, 1.0, 0.0],
            "paragraph_threshold": 0.8}
    (tmp_path / "reader.json").write_text(json.dumps(meta))
    scores = {"sha256": "abc", "threshold": 0.4, "answerability": [1.0, 1.0, 0.0],
              "paragraph_threshold": 0.75, "test_half": {"questions": 6078}}
    (tmp_path / "scores.json").write_text(json.dumps(scores))
    with pytest.raises(SystemExit, match="not of this export as calibrated"):
        ship.main(["--export", str(tmp_path), "--scores", str(tmp_path / "scores.json"), "--command", "x"])


def test_the_card_reports_the_paragraph_threshold_only_when_fitted() -> None:
    meta = {"calibration": {"paragraph": {"dev_questions": 1024}}}
    t = {"threshold": 0.8, "em": 55.0, "f1": 58.0, "noans_acc": 70.0}
    row = ship.paragraph_row(meta, {"test_half_paragraph": t})
    assert "paragraph threshold 0.8" in row and "| 58.0 |" in row and "1024" in row
    assert ship.paragraph_row(meta, {}) == ""


def test_the_shipped_reader_measured_again_keeps_its_model_and_thresholds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from assistant.reader import MODEL_DIR, MODEL_FILE

    shipped = tmp_path / "reader"
    shutil.copytree(MODEL_DIR, shipped)
    monkeypatch.setattr(ship, "MODEL_DIR", shipped)
    meta = json.loads((shipped / "reader.json").read_text())
    scores = {**meta["scores"], "paragraph_threshold": meta.get("paragraph_threshold"),
              "test_half": {**meta["scores"]["test_half"], "f1": 12.3}}
    (tmp_path / "scores.json").write_text(json.dumps(scores))
    model = (shipped / MODEL_FILE).read_bytes()
    ship.main(["--export", str(shipped), "--scores", str(tmp_path / "scores.json"), "--command", "the --seed 1 run"])
    after = json.loads((shipped / "reader.json").read_text())
    assert after["scores"]["test_half"]["f1"] == 12.3
    assert after["answer_threshold"] == meta["answer_threshold"] and after["threshold"] == meta["threshold"]
    assert (shipped / MODEL_FILE).read_bytes() == model
    assert "| 12.3 |" in (shipped / "MODEL_CARD.md").read_text()
