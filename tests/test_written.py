"""`evals.reader.written`: questions written in the users' way over paragraphs other than the
article, kept as offsets (no dataset text in the repository) and turned into reader examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.reader.written import WRITTEN, commit, examples, read_rows

CONTEXT = ("The bridge opened in 1932 after six years of work. It was paid for by a toll that the city "
           "collected until 1951. Engineers chose steel because the river bed could not hold stone piers. "
           "Its designer later built two more bridges upstream.")
CTX = {"Bridge#0": ("Bridge", CONTEXT)}


def test_a_writers_answer_becomes_offsets_and_bad_rows_are_named() -> None:
    rows = [
        {"pid": "Bridge#0", "kind": "paraphrase", "question": "When could people first cross it?", "answer": "1932"},
        {"pid": "Bridge#0", "kind": "why-how", "question": "Why no masonry supports?",
         "answer": "the river bed could not hold stone piers"},
        {"pid": "Bridge#0", "kind": "unanswerable", "question": "Who designed it?", "answer": None},
        {"pid": "Bridge#0", "kind": "paraphrase", "question": "How long was it?", "answer": "two miles"},
        {"pid": "Nowhere#3", "kind": "paraphrase", "question": "What?", "answer": "x"},
    ]
    kept, problems = commit(rows, CTX)
    assert [r["kind"] for r in kept] == ["paraphrase", "why-how", "unanswerable"]
    assert [CONTEXT[a:b] for a, b in (r["answer"] for r in kept[:2])] == ["1932", "the river bed could not hold stone piers"]
    assert kept[2]["answer"] is None
    assert len(problems) == 2 and "two miles" in problems[0] and "Nowhere#3" in problems[1]
    # an answer written twice in the paragraph is taken where the question's words are, and only
    # as whole words ("bridge" is not the one inside "bridges")
    ctx = {"Toll#0": ("Toll", "The toll began in 1932. The toll was collected until 1951 by the city.")}
    again, _ = commit([{"pid": "Toll#0", "kind": "paraphrase", "question": "Who collected it until 1951?",
                        "answer": "The toll"}], ctx)
    assert again[0]["answer"] == [24, 32]
    inside, problems = commit([{"pid": "Toll#0", "kind": "paraphrase", "question": "When?", "answer": "93"}], ctx)
    assert not inside and "not in the paragraph" in problems[0]
    # what is committed is our question and where the answer is, never the paragraph's words
    assert all(set(r) == {"pid", "kind", "question", "answer"} for r in kept)


def test_written_questions_become_answering_and_no_answer_windows() -> None:
    kept, _ = commit([
        {"pid": "Bridge#0", "kind": "why-how", "question": "Why no masonry supports?",
         "answer": "the river bed could not hold stone piers"},
        {"pid": "Bridge#0", "kind": "unanswerable", "question": "Who designed the bridge?", "answer": None},
    ], CTX)
    out = list(examples(kept, CTX, seed=3))
    pos = [e for e in out if e.kind == "written-pos"]
    neg = [e for e in out if e.kind == "written-neg"]
    assert len(pos) == 1 and len(neg) == 3  # the answer's window and its nearest other; two for the unanswerable
    text = " ".join(pos[0].sentences)
    assert text[pos[0].answer[0]:pos[0].answer[1]] == "the river bed could not hold stone piers"
    for e in neg:
        if e.question.startswith("Why"):  # the answerable question's negative never holds its answer
            assert "stone piers" not in " ".join(e.sentences)
    # an answer the paragraph writes twice: no window holding either place is a negative
    twice = {"Twice#0": ("Twice", "Rice grows in water. Farmers flood the fields in spring. "
                                  "The fields are flooded because rice grows in water. Harvest is in autumn.")}
    rows, _ = commit([{"pid": "Twice#0", "kind": "why-how", "question": "Why are the paddies under water?",
                       "answer": "rice grows in water"}], twice)
    for seed in range(20):
        assert all("rice grows in water" not in " ".join(e.sentences).lower()
                   for e in examples(rows, twice, seed) if e.kind == "written-neg")
    # the unanswerable question's windows are the sentences most like it
    assert any("designer" in " ".join(e.sentences) for e in neg if e.question.startswith("Who"))


def test_questions_in_the_paragraphs_own_words_are_kept_like_the_others() -> None:
    """BRIEF-echo.md's kinds: an "echo" question is answerable (its answer becomes offsets), an
    "echo-unanswerable" one is not, and one with an answer is reported, not kept."""
    rows = [{"pid": "Bridge#0", "kind": "echo", "question": "In what year did the bridge open?", "answer": "1932"},
            {"pid": "Bridge#0", "kind": "echo-unanswerable", "question": "In what year did the bridge close?",
             "answer": None},
            {"pid": "Bridge#0", "kind": "echo-unanswerable", "question": "When was the toll collected?",
             "answer": "until 1951"}]
    kept, problems = commit(rows, CTX)
    assert [(r["kind"], r["answer"] is None) for r in kept] == [("echo", False), ("echo-unanswerable", True)]
    assert CONTEXT[slice(*kept[0]["answer"])] == "1932"
    assert len(problems) == 1 and "unanswerable question with an answer" in problems[0]
    # the unanswerable one gives negatives only; the answerable one its answer window first
    assert {e.kind for e in examples(kept[1:], CTX)} == {"written-neg"}
    assert next(iter(examples(kept[:1], CTX))).kind == "written-pos"


def test_the_committed_questions_point_at_real_answers() -> None:
    from evals.reader.data import SQUAD, split_of
    from evals.reader.written import contexts

    files = sorted(WRITTEN.glob("*.jsonl"))
    if not files:
        pytest.skip("no written questions committed")
    if not (SQUAD / "train-v1.1.json").exists():
        pytest.skip("the shared SQuAD files are not here")
    ctx = contexts()
    for path in files:
        rows = read_rows([path])
        # dev-3, echo-dev-1, and cal-1 (calibration only): dev-split paragraphs, never trained on
        split = "dev" if {"dev", "cal"} & set(path.stem.split("-")) else "train"
        assert rows and all(split_of(r["pid"].rsplit("#", 1)[0]) == split for r in rows), path
        for r in rows:
            context = ctx[r["pid"]][1]
            if r["answer"] is not None:  # whole words, no surrounding space
                a, b = r["answer"]
                assert 0 <= a < b <= len(context) and context[a:b] == context[a:b].strip(), r
                assert not (a and context[a - 1].isalnum()) and not (b < len(context) and context[b].isalnum()), r
            assert len(json.dumps(r)) < 600  # a question and offsets, not a paragraph
    # a paragraph is written on once, and never both for training and for the check
    per_file = [{r["pid"] for r in read_rows([path])} for path in files]
    assert sum(map(len, per_file)) == len(set().union(*per_file))
