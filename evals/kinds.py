"""Train and measure the question-kind model (`assistant/kinds.py`).

    python -m evals.kinds            measure: leave-one-file-out, the form rules beside the model
    python -m evals.kinds --write    also fit on all the labelled questions and ship the weights
    python -m evals.kinds --measured the same on every round measured by 2026-12-05 (not shipped)

The labels are the categories that case writers gave their questions, mapped to the kind of
answer they want (synthesis, comparison, why/how = explanation; factual, numeric, paraphrase,
multi, describes-not-names = factoid). The files are the suite and the held-out rounds already
measured (`TRAIN_FILES`); a round still to be measured must never be added. Each file in turn is
held out and predicted by a model fitted on the others. On data we did not write (the SQuAD test
file's questions and WikiQA's, almost all factoids) the share taken for factoids is printed for
the rules and the model: the model must not turn factoids into lists there.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
from datetime import date
from pathlib import Path
from typing import Sequence

import numpy as np

from assistant.backends.embedding import SentenceTransformerEmbedder
from assistant.composing import kind_of
from assistant.errors import ModelUnavailable
from assistant.kinds import KINDS, MODEL_PATH, KindModel, digest, features

ROOT = Path(__file__).resolve().parent
TRAIN_FILES = [ROOT / "source_article.jsonl", *(ROOT / "rounds" / f"round-{n}.jsonl" for n in range(10, 15))]
# `--measured`: the suite and every round the pool counted as measured on 2026-12-05
# (`evals.pool.measured_suites`: rounds 10-30 and 32; round 31 is spent but has only baselines, so
# by that one rule it is out). Tried on 2026-12-05 and not shipped (docs/reader.md, sixteenth
# session); named here, not read from disk, so that a newly measured round changes nothing.
MEASURED_FILES = [ROOT / "source_article.jsonl",
                  *(ROOT / "rounds" / f"round-{n}.jsonl" for n in (*range(10, 31), 32))]
LABELS = {"synthesis": "synthesis", "comparison": "comparison", "why-how": "explanation",
          "factual": "factoid", "numeric": "factoid", "paraphrase": "factoid", "multi": "factoid",
          "describes-not-names": "factoid"}
SQUAD_TEST = Path("../shared/datasets/squad/test-v2.0.json")
WIKIQA = Path("../shared/datasets/cmu-wikiqa-s10/queries.jsonl")
# chosen before fitting, not searched: the rules' one-hot counts about as much as the embedding's
# largest components; C=1 is scikit-learn's default; balanced weights because factoids are 60 %
RULE_WEIGHT, C, SEED = 2.0, 1.0, 13


def labelled(files: list[Path] = TRAIN_FILES) -> list[tuple[str, str, str]]:
    """(file name, question, kind) for every question whose category names a kind."""
    out = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                if case["category"] in LABELS:
                    out.append((f.name, case["question"], LABELS[case["category"]]))
    return out


def _fit(x: np.ndarray, y: np.ndarray):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=SEED).fit(x, y)


def _table(y: np.ndarray, pred: np.ndarray) -> dict[str, object]:
    return {"accuracy": round(float(np.mean(pred == y)), 3),
            "recall": {k: round(float(np.mean(pred[y == k] == k)), 2) for k in KINDS if (y == k).any()},
            "precision": {k: round(float(np.mean(y[pred == k] == k)), 2) for k in KINDS if (pred == k).any()}}


def measure(write: bool = False, outside: int = 1500, files: list[Path] = TRAIN_FILES) -> dict[str, object]:
    rows = labelled(files)
    embedder = SentenceTransformerEmbedder()
    questions = [q for _, q, _ in rows]
    vectors = embedder.embed_queries(questions)
    x = np.stack([features(v, q, RULE_WEIGHT) for v, q in zip(vectors, questions)])
    y = np.array([k for _, _, k in rows])
    origin = np.array([f for f, _, _ in rows])  # each question's file
    pred = np.empty(len(y), dtype=object)
    for f in sorted(set(origin)):
        held = origin == f
        pred[held] = _fit(x[~held], y[~held]).predict(x[held])
    rules = np.array([kind_of(q) for q in questions])
    model = _fit(x, y)
    shipped = against_shipped(vectors, questions, y, origin, pred)
    elsewhere = {}
    if outside:  # at most this many SQuAD and WikiQA questions; 0 needs no shared datasets
        squad = [q["question"] for a in json.loads(SQUAD_TEST.read_text())["data"] for p in a["paragraphs"]
                 for q in p["qas"]]
        random.Random(SEED).shuffle(squad)
        wikiqa = [json.loads(line)["text"] for line in WIKIQA.read_text().splitlines() if line.strip()]
        for name, qs in (("squad_test", squad[:outside]), ("wikiqa", wikiqa[:outside])):
            v = embedder.embed_queries(qs)
            got = model.predict(np.stack([features(a, q, RULE_WEIGHT) for a, q in zip(v, qs)]))
            elsewhere[name] = {"questions": len(qs),
                               "factoid_share_rules": round(float(np.mean([kind_of(q) == "factoid" for q in qs])), 3),
                               "factoid_share_model": round(float(np.mean(got == "factoid")), 3)}
    report: dict[str, object] = {
        "labelled": len(rows), "by_kind": dict(collections.Counter(y.tolist())),
        "files": [f.name for f in files],
        "leave_one_file_out": {"rules": _table(y, rules), "model": _table(y, pred)},
        "elsewhere": elsewhere,
        "against_shipped": shipped,
    }
    if write:
        weights = {"classes": [str(c) for c in model.classes_], "coef": model.coef_.round(6).tolist(),
                   "intercept": model.intercept_.round(6).tolist(), "rule_weight": RULE_WEIGHT}
        weights.update({"sha256": digest(weights), "trained": date.today().isoformat(),
                        "command": "python -m evals.kinds --write", "C": C, "seed": SEED, "scores": report})
        MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        MODEL_PATH.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        report["written"] = str(MODEL_PATH)
    return report


def against_shipped(vectors: Sequence[np.ndarray], questions: Sequence[str], y: np.ndarray, origin: np.ndarray,
                    pred: np.ndarray, shipped: Path = MODEL_PATH) -> dict[str, object] | None:
    """The shipped model beside this recipe's leave-one-file-out predictions `pred`, on the questions
    of the files (`origin`, by name) the shipped model was not fitted on: both are then predictions
    on unseen questions. The shipped model reads with its own rule weight."""
    try:
        old = KindModel(shipped)
    except ModelUnavailable:
        return None
    seen = set(old.meta.get("scores", {}).get("files", []))
    unseen = np.array([f not in seen for f in origin])
    if not unseen.any():
        return None
    theirs = np.array([old.kind(v, q) for v, q, u in zip(vectors, questions, unseen) if u], dtype=object)
    return {"files": sorted(set(origin[unseen].tolist())), "questions": int(unseen.sum()),
            "shipped": _table(y[unseen], theirs), "this_recipe": _table(y[unseen], pred[unseen])}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="train and measure the question-kind model")
    ap.add_argument("--write", action="store_true", help="fit on all labelled questions and ship the weights")
    ap.add_argument("--measured", action="store_true",
                    help="train on the suite and rounds 10-30 and 32 (MEASURED_FILES) instead of TRAIN_FILES")
    a = ap.parse_args(argv)
    if a.write and a.measured:  # the shipped card names one command; the --measured model was not kept
        ap.error("--measured only measures; --write ships what TRAIN_FILES trains")
    print(json.dumps(measure(a.write, files=MEASURED_FILES if a.measured else TRAIN_FILES), indent=1))


if __name__ == "__main__":
    main()
