"""Questions written the way the assistant's users ask, over paragraphs that are not the article.

The reader learned SQuAD's way of asking (the writer looked at the paragraph and reused its words)
and, from the measured rounds, the users' way (paraphrases, why/how, "describes but does not
name") but only about the one bundled article: whether it then reads better or only remembers
which of the article's sentences answer cannot be told on that article. Here helper sessions that
never saw the answering code write questions in the rounds' style over SQuAD train paragraphs
(the train split of `data.split_of`: training data) and dev paragraphs (the dev split: a check
that is neither the article nor SQuAD's way of asking).

    python -m evals.reader.written sample --split train --n 30 --seed 1 --out batches/batch-1.jsonl
    python -m evals.reader.written commit batches/questions-1.jsonl --out evals/reader/written/train-1.jsonl
    python -m evals.reader.written build evals/reader/written/train-*.jsonl --out .cache/reader/written.jsonl
    python -m evals.reader.written check evals/reader/written/dev-*.jsonl   # the reader on the dev ones

`echo-train-*.jsonl` and `echo-dev-*.jsonl` are written by `BRIEF-echo.md` instead: questions in the
paragraph's own words, half of them unanswerable (SQuAD 2.0's way); the `train-*` / `dev-*` globs
above leave them out, so the figures of the users' style stay comparable. `cal-*.jsonl` (users' style,
dev-split paragraphs) are for calibration only (`squad --fit --also-windows`): never trained on,
never the check.

The committed files hold only our questions and where their answers are (paragraph id, character
offsets): no dataset text goes into the repository. A paragraph id is "<title>#<index>" in
train-v1.1.json.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

from assistant.chunking import split_sentences

from .data import SQUAD, Example, Paragraph, _overlap, _window, _words, split_of

WRITTEN = Path(__file__).resolve().parent / "written"
KINDS = ("paraphrase", "why-how", "unanswerable", "echo", "echo-unanswerable")
# "echo" questions reuse the paragraph's own words, as SQuAD's writers did (BRIEF-echo.md): the
# unanswerable ones are SQuAD 2.0's hard case, which the assistant rarely refuses (evals.unanswerable)
UNANSWERABLE = frozenset({"unanswerable", "echo-unanswerable"})
# paragraphs the writers get: long enough to hold several points, short enough to read whole
MIN_SENTENCES, MAX_CHARS = 4, 1100


def _articles() -> list[dict[str, Any]]:
    return json.loads((SQUAD / "train-v1.1.json").read_text(encoding="utf-8"))["data"]


def contexts() -> dict[str, tuple[str, str]]:
    """Paragraph id -> (heading, context) for every train-v1.1 paragraph."""
    out = {}
    for art in _articles():
        for i, p in enumerate(art["paragraphs"]):
            out[f"{art['title']}#{i}"] = (art["title"].replace("_", " "), p["context"])
    return out


def sample(split: str, n: int, seed: int, avoid: Iterable[str] = ()) -> list[dict[str, str]]:
    """`n` paragraphs of the split, one per article, none already written on."""
    rng = random.Random(seed)
    taken = set(avoid)
    arts = [a for a in _articles() if split_of(a["title"]) == split]
    rng.shuffle(arts)
    out = []
    for art in arts:
        ok = [i for i, p in enumerate(art["paragraphs"]) if f"{art['title']}#{i}" not in taken
              and len(p["context"]) <= MAX_CHARS and len(split_sentences(p["context"])) >= MIN_SENTENCES]
        if not ok:
            continue
        i = rng.choice(ok)
        out.append({"pid": f"{art['title']}#{i}", "heading": art["title"].replace("_", " "),
                    "context": art["paragraphs"][i]["context"]})
        if len(out) >= n:
            break
    return out


def _occurrence(text: str, answer: str, question: str) -> int:
    """Where `answer` stands as whole words in `text`: of several places ("1" in "n − 1"), the one
    whose sentence shares most words with the question, as `data.Paragraph.locate` takes SQuAD's;
    -1 if none."""
    places, at = [], text.find(answer)
    while at >= 0:
        end = at + len(answer)
        if not (at > 0 and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            places.append(at)
        at = text.find(answer, at + 1)
    if len(places) < 2:
        return places[0] if places else -1
    q = _words(question)
    p, starts = _paragraph("", text)

    def sentence_at(i: int) -> str:
        k = max((k for k, s in enumerate(starts) if 0 <= s <= i), default=0)
        return p.sentences[k]

    return max(places, key=lambda i: (_overlap(q, sentence_at(i)), -i))


def commit(rows: Iterable[dict[str, Any]], ctx: dict[str, tuple[str, str]]) -> tuple[list[dict[str, Any]], list[str]]:
    """A writer's rows (pid, kind, question, answer text or null) as committed rows (the answer as
    character offsets into the paragraph); rows whose answer is not in the paragraph are reported."""
    out, problems = [], []
    for r in rows:
        pid, kind, question, answer = r.get("pid"), r.get("kind"), str(r.get("question", "")).strip(), r.get("answer")
        if pid not in ctx or kind not in KINDS or not question:
            problems.append(f"bad row: {r!r:.120}")
            continue
        text = ctx[pid][1]
        if kind in UNANSWERABLE:
            if answer:
                problems.append(f"{pid}: an unanswerable question with an answer: {question}")
                continue
            out.append({"pid": pid, "kind": kind, "question": question, "answer": None})
            continue
        answer = str(answer or "").strip()
        at = _occurrence(text, answer, question) if answer else -1
        if at < 0:
            problems.append(f"{pid}: answer not in the paragraph: {answer!r}")
            continue
        out.append({"pid": pid, "kind": kind, "question": question, "answer": [at, at + len(answer)]})
    return out, problems


def _paragraph(heading: str, context: str) -> tuple[Paragraph, list[int]]:
    """The paragraph split as training splits it, and each sentence's start in the context."""
    sents = split_sentences(context)
    starts, at = [], 0
    for s in sents:
        at = context.find(s, at)
        starts.append(at)
        at += len(s)
    return Paragraph(heading, sents, []), starts


def examples(rows: Iterable[dict[str, Any]], ctx: dict[str, tuple[str, str]], seed: int = 7) -> Iterator[Example]:
    """For an answerable question: its answer window, and the most word-similar window without the
    answer; for an unanswerable one: the two windows most like it (a writer's unanswerable question
    is about the paragraph, so its nearest sentences describe what is asked without naming it)."""
    rng = random.Random(seed)
    for r in rows:
        heading, context = ctx[r["pid"]]
        p, starts = _paragraph(heading, context)
        if any(s < 0 for s in starts):
            continue  # a sentence the splitter rewrote: offsets cannot be mapped
        q = _words(r["question"])
        if r["answer"] is None:
            ranked = sorted(range(len(p.sentences)), key=lambda j: (-_overlap(q, p.sentences[j]), rng.random()))
            taken: set[tuple[int, int]] = set()
            for j in ranked[:2]:
                lo, hi = _window(p, j, rng)
                if (lo, hi) not in taken:  # two near sentences can give one window: once is enough
                    taken.add((lo, hi))
                    yield Example("written-neg", r["question"], heading, p.sentences[lo:hi], None)
            continue
        a, b = r["answer"]
        i = max(k for k, s in enumerate(starts) if s <= a)
        if b > starts[i] + len(p.sentences[i]):
            continue  # an answer across sentences: no window span
        lo, hi = _window(p, i, rng)
        off = sum(len(s) + 1 for s in p.sentences[lo:i])
        yield Example("written-pos", r["question"], heading, p.sentences[lo:hi],
                      [off + a - starts[i], off + b - starts[i]])
        # the answer may be written again elsewhere ("informed primarily by psychology"): a window
        # holding it anywhere is no negative
        answer = context[a:b].lower()
        others = [j for j in range(len(p.sentences)) if answer not in p.sentences[j].lower()]
        if others:
            j = max(others, key=lambda j: (_overlap(q, p.sentences[j]), rng.random()))
            lo, hi = _window(p, j, rng, avoid=i)
            if answer not in " ".join(p.sentences[lo:hi]).lower():
                yield Example("written-neg", r["question"], heading, p.sentences[lo:hi], None)


def check(rows: list[dict[str, Any]], ctx: dict[str, tuple[str, str]], model_dir: Path) -> dict[str, Any]:
    """The reader over each question's whole paragraph, as the SQuAD figures read it: how well its
    answerability tells the answerable questions from the unanswerable ones (ROC AUC, no threshold),
    how well its best span matches the written answer (F1, answerable questions, no threshold), and
    SQuAD 2.0's EM / F1 / no-answer accuracy at the model's own paragraph threshold."""
    from assistant.reader import Reader

    from .squad import f1, read_paragraph, roc_auc, score

    reader = Reader(model_dir)
    read, pos, neg, span_f1 = [], [], [], []
    by_kind: dict[str, list[float]] = {}
    for r in rows:
        heading, context = ctx[r["pid"]]
        p, _ = _paragraph(heading, context)
        reading, text = read_paragraph(reader, r["question"], heading, p.sentences)
        gold = [] if r["answer"] is None else [context[r["answer"][0]:r["answer"][1]]]
        read.append((reading.answerable, text, gold))
        (pos if gold else neg).append(reading.answerable)
        if gold:
            span_f1.append(f1(text, gold[0]))
            by_kind.setdefault(r["kind"], []).append(span_f1[-1])
    meta = json.loads((model_dir / "reader.json").read_text(encoding="utf-8"))
    at = score(read, float(meta.get("paragraph_threshold", meta["threshold"])))
    return {"questions": len(rows), "answerable": len(pos), "auc_answerable_vs_not": round(roc_auc(pos, neg), 3),
            "span_f1_answerable": round(100 * sum(span_f1) / max(1, len(span_f1)), 1),
            "span_f1_by_kind": {k: round(100 * sum(v) / len(v), 1) for k, v in sorted(by_kind.items())},
            "at_paragraph_threshold": at}


def read_rows(paths: Iterable[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> None:
    import argparse
    ap = argparse.ArgumentParser(description="questions written in the users' way over paragraphs other than the article")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="paragraphs for a writer")
    s.add_argument("--split", choices=["train", "dev"], required=True)
    s.add_argument("--n", type=int, default=30)
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--avoid", type=Path, nargs="*", default=[], help="committed files whose paragraphs are taken")
    s.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("commit", help="a writer's questions as offsets (no dataset text)")
    c.add_argument("questions", type=Path)
    c.add_argument("--out", type=Path, required=True)
    b = sub.add_parser("build", help="training examples from committed files")
    b.add_argument("files", type=Path, nargs="+")
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--seed", type=int, default=7)
    k = sub.add_parser("check", help="the reader on committed questions (the dev ones: never trained on)")
    k.add_argument("files", type=Path, nargs="+")
    k.add_argument("--model-dir", type=Path, default=None, help="default: the shipped reader")
    a = ap.parse_args(argv)
    if a.cmd == "sample":
        avoid = [r["pid"] for r in read_rows(a.avoid)]
        rows = sample(a.split, a.n, a.seed, avoid)
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(a.out, len(rows), "paragraphs")
    elif a.cmd == "commit":
        rows, problems = commit(read_rows([a.questions]), contexts())
        for p in problems:
            print(p, file=sys.stderr)
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(a.out, len(rows), "questions,", len(problems), "left out")
    elif a.cmd == "check":
        from assistant.reader import MODEL_DIR
        print(json.dumps(check(read_rows(a.files), contexts(), a.model_dir or MODEL_DIR), indent=1))
    else:
        out = list(examples(read_rows(a.files), contexts(), a.seed))
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text("".join(e.to_json() + "\n" for e in out), encoding="utf-8")
        print(a.out, len(out), dict(Counter(e.kind for e in out)))


if __name__ == "__main__":
    main()
