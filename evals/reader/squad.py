"""The reader on SQuAD: fit its calibration on the dev split of the train files, measure it on
the SQuAD 2.0 test half.

    python -m evals.reader.squad --fit --model-dir .cache/reader/export     # dev split only
    python -m evals.reader.squad --model-dir assistant/models/reader [--limit N] [--json FILE]

--fit writes into the model's reader.json: the answerability mix (a logistic fit of the
has-answer logit and the span margin on the dev windows) and the threshold (the rule: on the dev
windows, the value on a 0.05 grid with the best balanced accuracy, i.e. the mean of the share of
answering windows accepted and of non-answering windows refused). A first rule took the best
balanced accuracy over whole dev *paragraphs* of the real unanswerable questions (0.85 for reader
2); at that value the assistant refused most answerable questions of its suite, because it reads
one candidate window at a time, as this rule now does (docs/reader.md).
--fit also writes `paragraph_threshold`, the SQuAD 2.0 practice for the test figures: the 0.05
grid value with the best F1 when whole paragraphs are read, fitted on the 1,024 questions of the
dev split of the adversarial (SQuAD 2.0) train file, never on the test half; `--fit-paragraphs`
fits only that. The assistant uses neither for refusal (it has its own `answer_threshold`).

The test run prints EM / F1 / no-answer accuracy over all 6,078 questions (at the window
threshold, and at the paragraph threshold when fitted), each paragraph read
as sentence windows the way the assistant reads passages, next to the published DistilBERT
figures on the same half, and two answerability ROC AUCs, the reader's next to the embedding
cosine's (all-MiniLM-L6-v2, the dense part of the assistant's evidence score before the reader):
  - "answer vs other": the answer sentence against the most word-similar other sentence of the
    same paragraph, for answerable questions;
  - "answerable vs unanswerable-plausible": an answerable question with its answer sentence
    against an unanswerable question with the sentence holding its plausible answer.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import string
import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from assistant.chunking import split_sentences
from assistant.reader import MIN_MARGIN, Reader, Reading, window_text

from . import data as D

PUBLISHED = {"DistilBERT-base-uncased (SQuAD 2.0, twmkn9)": {"em": 64.9, "f1": 68.2, "noans_acc": 60.4}}
GRID = [round(0.05 * k, 2) for k in range(1, 20)]  # the thresholds each calibration rule chooses from
WINDOW_CHARS = 420  # about 100 word pieces: what the reader was trained on


def windows(heading: str, sentences: Sequence[str]) -> list[tuple[str, int, int]]:
    """Consecutive sentences packed into windows of at most WINDOW_CHARS, each new window
    starting with the last sentence of the one before (so every sentence is read after its
    predecessor). Returns (first sentence, end sentence, _) index triples."""
    out = []
    i = 0
    while i < len(sentences):
        j, size = i, 0
        while j < len(sentences) and (j == i or size + len(sentences[j]) <= WINDOW_CHARS):
            size += len(sentences[j]) + 1
            j += 1
        out.append((i, j, 0))
        if j >= len(sentences):
            break
        i = j - 1 if j - 1 > i else j
    return out


def read_paragraph(reader: Reader, question: str, heading: str, sentences: Sequence[str]) -> tuple[Reading, str]:
    """The best window's reading and its answer text."""
    wins = windows(heading, sentences)
    contexts = [window_text(heading, sentences[a:b]) for a, b, _ in wins]
    readings = reader.read(question, contexts)
    best = max(range(len(readings)), key=lambda k: readings[k].answerable)
    r = readings[best]
    text = contexts[best][0][r.span[0]:r.span[1]] if r.span else ""
    return r, text


def _norm(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if ch not in set(string.punctuation))
    s = re.sub(r"\b(a|an|the)\b", " ", s)
    return " ".join(s.split())


def f1(pred: str, gold: str) -> float:
    p, g = _norm(pred).split(), _norm(gold).split()
    if not p or not g:
        return float(p == g)
    common = sum((collections.Counter(p) & collections.Counter(g)).values())
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


def roc_auc(pos: Sequence[float], neg: Sequence[float]) -> float:
    scores = np.array(list(pos) + list(neg))
    labels = np.array([1] * len(pos) + [0] * len(neg))
    order = scores.argsort()
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    # average ranks of ties
    for v in np.unique(scores):
        m = scores == v
        if m.sum() > 1:
            ranks[m] = ranks[m].mean()
    n_pos, n_neg = len(pos), len(neg)
    return float((ranks[labels == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)) if n_pos and n_neg else float("nan")


def _sentence_at(sentences: list[str], context: str, offset: int) -> int:
    pos = 0
    for i, s in enumerate(sentences):
        at = context.find(s, pos)
        if at <= offset < at + len(s) + 1:
            return i
        pos = at + len(s) if at >= 0 else pos
    return len(sentences) - 1


def test_questions(path: Path) -> list[dict[str, Any]]:
    out = []
    for art in json.loads(path.read_text(encoding="utf-8"))["data"]:
        heading = art["title"].replace("_", " ")
        for p in art["paragraphs"]:
            sents = split_sentences(p["context"])
            for qa in p["qas"]:
                golds = [D._answer_text(a) for a in qa.get("answers", [])]
                plaus = qa.get("plausible_answers") or []
                out.append({"question": qa["question"], "heading": heading, "sentences": sents,
                            "context": p["context"], "golds": golds,
                            "at": (qa["answers"][0]["answer_start"] if golds else
                                   plaus[0]["answer_start"] if plaus else None)})
    return out


def read_all(reader: Reader, questions: list[dict[str, Any]]) -> list[tuple[float, str, list[str]]]:
    """Each question's paragraph read once: (best window's answerability, its span text, golds)."""
    out = []
    for q in questions:
        r, text = read_paragraph(reader, q["question"], q["heading"], q["sentences"])
        out.append((r.answerable, text, q["golds"]))
    return out


def score(read: list[tuple[float, str, list[str]]], threshold: float) -> dict[str, Any]:
    """SQuAD 2.0 EM / F1 / no-answer accuracy with no answer below `threshold`."""
    em = f1s = 0.0
    noans_right = has_right = n_noans = n_has = 0
    for answerable, text, golds in read:
        pred = text if answerable >= threshold else ""
        if golds:
            n_has += 1
            has_right += bool(pred)
            em += max(float(_norm(pred) == _norm(g)) for g in golds)
            f1s += max(f1(pred, g) for g in golds)
        else:
            n_noans += 1
            noans_right += not pred
            em += float(not pred)
            f1s += float(not pred)
    n = len(read)
    return {"questions": n, "threshold": threshold, "em": round(100 * em / n, 1), "f1": round(100 * f1s / n, 1),
            "noans_acc": round(100 * noans_right / max(1, n_noans), 1),
            "hasans_answered": round(100 * has_right / max(1, n_has), 1)}


def dev_questions() -> list[dict[str, Any]]:
    """The SQuAD 2.0 questions of the dev split of the adversarial train file (4 articles, about
    half unanswerable, like the test half), in the test file's form."""
    out = []
    for p in D.paragraphs(D.SQUAD / "train-v2.0-adversarial.json", "dev"):
        for qa in p.qas:
            golds = [] if qa.get("is_impossible") else [D._answer_text(a) for a in qa.get("answers", [])]
            out.append({"question": qa["question"], "heading": p.heading, "sentences": p.sentences, "golds": golds})
    return out


def fit_paragraphs(model_dir: Path) -> dict[str, Any]:
    """The paragraph threshold: SQuAD 2.0 practice tunes the no-answer threshold for the best F1,
    reading whole paragraphs; here on the dev questions (never the test half), on a 0.05 grid.
    A paragraph's best window clears a window threshold far more easily than one window does, so
    this is higher than the window threshold; the assistant uses neither (it has its own)."""
    reader = Reader(model_dir)
    read = read_all(reader, dev_questions())
    grid = GRID
    table = {t: score(read, t)["f1"] for t in grid}
    best = max(grid, key=lambda t: (table[t], -abs(t - 0.5)))
    meta_path = model_dir / "reader.json"
    meta = json.loads(meta_path.read_text())
    meta["paragraph_threshold"] = best
    meta.setdefault("calibration", {})["paragraph"] = {
        "dev_questions": len(read), "rule": "best F1 over whole dev paragraphs (SQuAD 2.0 adversarial dev split)",
        "f1": {str(t): table[t] for t in grid}}
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    print(f"paragraph threshold {best} (F1 {table[best]} on {len(read)} dev questions)")
    return meta


def aucs(reader: Reader, questions: list[dict[str, Any]], limit: int | None) -> dict[str, Any]:
    from assistant.backends.embedding import SentenceTransformerEmbedder

    emb = SentenceTransformerEmbedder()
    a_pos, a_neg, b_pos, b_neg = [], [], [], []  # (question, heading, sentence)
    for q in questions:
        if q["at"] is None:
            continue
        i = _sentence_at(q["sentences"], q["context"], q["at"])
        item = (q["question"], q["heading"], q["sentences"][i])
        if q["golds"]:
            b_pos.append(item)
            words = D._words(q["question"])
            gold = q["golds"][0]
            others = [s for j, s in enumerate(q["sentences"]) if j != i and gold not in s]
            if others:
                a_pos.append(item)
                a_neg.append((q["question"], q["heading"], max(others, key=lambda s: D._overlap(words, s))))
        else:
            b_neg.append(item)
    if limit:
        a_pos, a_neg, b_pos, b_neg = a_pos[:limit], a_neg[:limit], b_pos[:limit], b_neg[:limit]

    def reader_scores(items: list[tuple[str, str, str]]) -> list[float]:
        return [reader.read(qu, [window_text(h, [s])])[0].answerable for qu, h, s in items]

    def cosines(items: list[tuple[str, str, str]]) -> list[float]:
        qv = emb.embed_documents([i[0] for i in items])
        sv = emb.embed_documents([i[2] for i in items])
        return list((qv * sv).sum(1))

    out = {}
    for name, pos, neg in (("answer_vs_other", a_pos, a_neg), ("answerable_vs_unanswerable_plausible", b_pos, b_neg)):
        out[name] = {"pairs": [len(pos), len(neg)],
                     "reader_auc": round(roc_auc(reader_scores(pos), reader_scores(neg)), 3),
                     "cosine_auc": round(roc_auc(cosines(pos), cosines(neg)), 3)}
    return out


def fit(model_dir: Path, dev_windows: Path, branch_only: bool = False, also: Sequence[Path] = ()) -> dict[str, Any]:
    """Calibrate on the dev split (never the test file): logistic mix, then the threshold rule.
    `branch_only`: a branched reader's answerability reads its branch's logit in place of the
    reader's own answerability logit (weight 0; run 31b in docs/reader.md). `also`: more window
    files fitted together with the dev windows (questions written in the users' way, never trained
    on: run 31c)."""
    reader = Reader(model_dir, calibrated=False)
    feats, labels = [], []
    lines = [line for path in (dev_windows, *also) for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        ex = json.loads(line)
        r = reader.read(ex["question"], [window_text(ex["heading"], ex["sentences"])])[0]
        # the mix's order: answerability logit, span margin, intercept, then a branch's logit
        if branch_only and r.branch_logit is None:
            raise SystemExit(f"--branch-only: the reader in {model_dir} has no branch")
        row = [0.0 if branch_only else r.has_logit, max(MIN_MARGIN, r.span_score), 1.0]
        feats.append(row + ([r.branch_logit] if r.branch_logit is not None else []))
        labels.append(float(bool(ex["answer"])))
    x = np.array(feats)
    y = np.array(labels)
    w = np.zeros(x.shape[1])
    for _ in range(50):  # Newton's method for logistic regression, lightly regularised
        p = 1 / (1 + np.exp(-x @ w))
        g = x.T @ (p - y) + 1e-3 * w
        h = (x * (p * (1 - p))[:, None]).T @ x + 1e-3 * np.eye(x.shape[1])
        w -= np.linalg.solve(h, g)
    reader._mix = tuple(float(v) for v in w)
    # the threshold: the 0.05 grid value with the best balanced accuracy over the dev windows, each
    # window read as the assistant reads one candidate (the question against a sentence or a few,
    # with its heading), answerable windows against every kind of non-answering one
    scores = 1 / (1 + np.exp(-(x @ w)))
    grid = GRID
    acc = {t: 0.5 * (float(np.mean(scores[y == 1] >= t)) + float(np.mean(scores[y == 0] < t))) for t in grid}
    threshold = max(grid, key=lambda t: (acc[t], -abs(t - 0.5)))
    meta_path = model_dir / "reader.json"
    meta = json.loads(meta_path.read_text())
    meta.update({"answerability": list(reader._mix), "threshold": threshold,
                 "calibration": {"dev_windows": len(labels), "rule": "window balanced accuracy",
                                 "dev_sha256": hashlib.sha256(dev_windows.read_bytes()).hexdigest(),
                                 **({"also": {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in also}}
                                    if also else {}),
                                 "balanced_accuracy": {str(t): round(acc[t], 4) for t in grid}}})
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    print(f"mix {reader._mix}, threshold {threshold} (balanced accuracy {acc[threshold]:.3f} on "
          f"{len(labels)} dev windows)")
    return meta


def dev_report(model_dir: Path, dev_windows: Path) -> dict[str, Any]:
    """The calibrated model on a file of dev windows (e.g. with reworded questions): ROC AUC of
    answering against non-answering windows, and balanced accuracy at the model's threshold."""
    reader = Reader(model_dir)
    examples = [json.loads(line) for line in dev_windows.read_text(encoding="utf-8").splitlines()]
    scores = np.array([reader.read(ex["question"], [window_text(ex["heading"], ex["sentences"])])[0].answerable
                       for ex in examples])
    y = np.array([bool(ex["answer"]) for ex in examples])
    t = float(reader.meta["threshold"])
    out = {"windows": len(examples), "auc": round(roc_auc(scores[y], scores[~y]), 4), "threshold": t,
           "balanced_accuracy": round(0.5 * (float(np.mean(scores[y] >= t)) + float(np.mean(scores[~y] < t))), 4)}
    print(json.dumps(out))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="the reader on SQuAD")
    ap.add_argument("--model-dir", type=Path, default=None)
    ap.add_argument("--fit", action="store_true", help="calibrate on the dev split of the train files")
    ap.add_argument("--fit-paragraphs", action="store_true",
                    help="only the paragraph threshold (keeps the window calibration)")
    ap.add_argument("--dev-windows", type=Path, default=Path(".cache/reader/dev.jsonl"))
    ap.add_argument("--branch-only", action="store_true",
                    help="--fit: a branched reader's answerability reads the branch's logit, not the reader's own")
    ap.add_argument("--also-windows", type=Path, nargs="*", default=[],
                    help="--fit: more window files fitted with the dev windows (users' questions, never trained on)")
    ap.add_argument("--dev-report", type=Path, metavar="WINDOWS",
                    help="only report AUC and balanced accuracy on a file of dev windows")
    ap.add_argument("--limit", type=int, help="only the first N test questions (and AUC pairs)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    from assistant.reader import MODEL_DIR

    model_dir = a.model_dir or MODEL_DIR
    if a.dev_report:
        dev_report(model_dir, a.dev_report)
        return
    if a.fit or a.fit_paragraphs:
        if a.fit:
            fit(model_dir, a.dev_windows, a.branch_only, a.also_windows)
        fit_paragraphs(model_dir)
        return
    reader = Reader(model_dir, threads=a.threads)
    threshold = float(reader.meta.get("threshold", 0.5))
    questions = test_questions(D.SQUAD / "test-v2.0.json")
    if a.limit:
        questions = questions[:a.limit]
    started = time.perf_counter()
    read = read_all(reader, questions)
    seconds = round(time.perf_counter() - started, 1)
    result = {"model": reader.version, "sha256": reader.meta["sha256"], "threshold": threshold,
              "answerability": reader.meta["answerability"],
              "test_half": {**score(read, threshold), "seconds": seconds},
              "published_same_half": PUBLISHED, "auc": aucs(reader, questions, a.limit)}
    if "paragraph_threshold" in reader.meta:
        result["paragraph_threshold"] = reader.meta["paragraph_threshold"]
        result["test_half_paragraph"] = score(read, reader.meta["paragraph_threshold"])
    print(json.dumps(result, indent=2))
    if a.json:
        a.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
