"""`python -m evals.pool`: the measured cases pooled, and two runs compared case by case."""

from __future__ import annotations

import json
from pathlib import Path

from assistant import Assistant
from assistant.reader import MODEL_DIR
from evals.pool import compare, measured_suites, run


def test_only_rounds_measured_beyond_their_before_run_are_pooled(tmp_path: Path) -> None:
    suite = tmp_path / "suite.jsonl"
    for name in ("round-9", "round-10", "round-11", "round-12"):
        (tmp_path / f"{name}.jsonl").write_text("", encoding="utf-8")
    for name in ("round-9.before.json", "round-9.after.json", "round-10.before.json", "round-10.reader-4.json",
                 "round-11.before.json", "round-11.before-reader-4.json"):
        # round 11 judges the next change (measured again as its baseline after a new reader
        # shipped); round 12 was never measured
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert measured_suites(tmp_path, suite) == [suite, tmp_path / "round-9.jsonl", tmp_path / "round-10.jsonl"]


def test_two_runs_are_compared_on_the_same_cases(corpus_bot: Assistant, tmp_path: Path) -> None:
    rounds = tmp_path / "rounds"
    rounds.mkdir()
    cases = [
        {"id": "p-1", "category": "factual", "question": "What share of global REE refining capacity does China hold?",
         "answerable": True, "facts": [["85 percent"]],
         "support": ["China accounts for approximately 70 percent of global REE extraction"]},
        {"id": "p-2", "category": "out-of-corpus", "question": "Who won the 2022 World Cup?", "answerable": False,
         "facts": [], "support": []},
    ]
    suite = rounds / "round-1.jsonl"
    suite.write_text("\n".join(json.dumps(c) for c in cases), encoding="utf-8")
    figures = run(tmp_path / "a", corpus_bot, [suite])
    assert figures["cases"] == 2 and figures["pass_rate"] == 1.0 and figures["answerable_refused"] == 0.0
    assert figures["by_category"] == {"factual": {"cases": 1, "pass_rate": 1.0},
                                      "out-of-corpus": {"cases": 1, "pass_rate": 1.0}}
    # the same run, with the factual case now failing: the comparison names it
    (tmp_path / "b").mkdir()
    result = json.loads((tmp_path / "a" / "round-1.json").read_text(encoding="utf-8"))
    # each result names the reader that answered (candidates are measured by swapping its files)
    shipped = json.loads((MODEL_DIR / "reader.json").read_text(encoding="utf-8"))
    assert result["settings"]["reader"] == {"version": shipped["version"], "sha256": shipped["sha256"],
                                            "answer_threshold": shipped["answer_threshold"]["value"],
                                            "training_rounds": shipped.get("training_rounds", [])}
    result["cases"][0]["passed"] = False
    (tmp_path / "b" / "round-1.json").write_text(json.dumps(result), encoding="utf-8")
    text = compare(tmp_path / "a", tmp_path / "b")
    assert "2 cases in both" in text
    assert "pass_rate            1.000 | 0.500" in text
    assert "pass -> fail (1): p-1" in text and "fail -> pass (0)" in text
    assert "passed               2 | 1" in text  # a rule compares counts: a tie must show as one
    # the suite's results beside the rounds' are left out of a rounds-only comparison
    for run_dir, passed in (("a", True), ("b", False)):  # a suite case lost between the runs
        suite_result = dict(result, cases=[dict(result["cases"][1], id="s-1", passed=passed)])
        (tmp_path / run_dir / "source_article.json").write_text(json.dumps(suite_result), encoding="utf-8")
    assert "pass -> fail (2): p-1 s-1" in compare(tmp_path / "a", tmp_path / "b")
    held_out = compare(tmp_path / "a", tmp_path / "b", rounds_only=True)
    assert "2 cases in both (held-out rounds only)" in held_out and "s-1" not in held_out


def test_round_cases_become_reader_pairs_from_the_windows_read(corpus_bot: Assistant) -> None:
    from assistant import answering
    from assistant.cases import Case
    from evals.reader.rounds import capture

    original = answering.ExtractiveAnswerer.read
    turn = Case(id="t-2", question="And of the mining itself?", facts=[["70 percent"]],
                support=["China accounts for approximately 70 percent of global REE extraction"],
                history=[{"role": "user", "content": "What share of global REE refining does China hold?"},
                         {"role": "assistant", "content": "More than 85 percent."}])
    # on the article's topic, so the reader reads windows for it (the article names no company)
    away = Case(id="t-3", question="Which U.S. company signed the minerals MoU with Pakistan?", answerable=False)
    examples = capture(corpus_bot, [turn, away])
    assert answering.ExtractiveAnswerer.read is original  # the recording is taken back out
    positives = [e for e in examples if e.kind == "article-pos"]
    assert positives and all(" ".join(e.sentences)[e.answer[0]:e.answer[1]] == "70 percent" for e in positives)
    # the follow-up is kept as the reader read it (with what it points back to), not as typed
    assert all(e.question != turn.question for e in positives)
    # every window read for the unanswerable question is a no-answer example of it
    away_windows = [e for e in examples if e.question == away.question]
    assert len(away_windows) >= 3 and all(e.kind == "article-neg" and e.answer is None for e in away_windows)
    # read as answering reads it: the sentence before a unit comes along as context only
    assert any(e.answer_from == 1 and len(e.sentences) >= 2 for e in away_windows)


JETTY_CASES = [
    {"id": "m7-001", "question": "How many bids did the port authority receive for the jetty?", "answerable": True,
     "facts": [["four"]], "support": ["The Gwadar Port Authority received four bids for the ore jetty."]},
    # about the documents' subject, answered by none of them
    {"id": "m7-002", "question": "Which bank guaranteed Makran Marine Works' bid?", "answerable": False},
]


def _jetty_round(root: Path) -> Path:
    """A multi-document round m7 of two small documents and the two cases above, under root."""
    folder = root / "m7"
    (folder / "corpus").mkdir(parents=True)
    (folder / "corpus" / "tender.md").write_text(
        "# Tender for the Gwadar ore jetty\n\nThe Gwadar Port Authority received four bids for the ore jetty. "
        "The lowest bid came from Makran Marine Works at PKR 3.1 billion. The award is expected in March 2026.\n",
        encoding="utf-8")
    (folder / "corpus" / "memo.txt").write_text(
        "Memo on dust control at the jetty.\n\nThe contractor must cover every conveyor and spray the stockpiles "
        "twice a day. Residents of Mulla Band complained of dust in 2024.\n", encoding="utf-8")
    (folder / "round-m7.jsonl").write_text("".join(json.dumps(c) + "\n" for c in JETTY_CASES), encoding="utf-8")
    return root


def test_multi_document_rounds_become_reader_pairs_over_their_own_documents(tmp_path: Path, monkeypatch) -> None:
    import evals.reader.rounds as rounds

    monkeypatch.setattr("evals.pool.MULTIDOC", _jetty_round(tmp_path / "multidoc"))
    n, examples = rounds.multidoc_examples("7", tmp_path / "indexes")
    assert n == 2 and (tmp_path / "indexes" / "m7").is_dir()  # each round's documents indexed apart
    positives = [e for e in examples if e.kind == "article-pos"]
    assert positives and all(" ".join(e.sentences)[e.answer[0]:e.answer[1]] == "four" for e in positives)
    away = [e for e in examples if e.question == JETTY_CASES[1]["question"]]
    assert away and all(e.kind == "article-neg" and e.answer is None for e in away)
    # the windows come from the round's own documents, not the bundled article
    corpus = " ".join(f.read_text(encoding="utf-8") for f in (tmp_path / "multidoc" / "m7" / "corpus").iterdir())
    assert all(s[:30] in corpus for e in examples for s in e.sentences), [e.sentences for e in examples]


def test_the_threshold_is_fitted_over_rounds_each_asked_of_its_own_documents(tmp_path: Path, monkeypatch) -> None:
    from evals.calibrate import main

    monkeypatch.setattr("evals.pool.MULTIDOC", _jetty_round(tmp_path / "multidoc"))
    main(["--multidoc", "7", "--index-root", str(tmp_path / "indexes"), "--json", str(tmp_path / "fit.json")])
    report = json.loads((tmp_path / "fit.json").read_text())
    assert (report["answerable"], report["unanswerable"]) == (1, 1)
    # the bids are answered from the tender, so some grid value refuses the bank and answers them
    assert report["balanced_accuracy"] == 1.0 and report["misjudged"] == []
    assert (tmp_path / "indexes" / "m7").is_dir() and 0 < report["threshold"] < 1
