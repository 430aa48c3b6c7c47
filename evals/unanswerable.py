"""Refusal through the whole pipeline on questions we did not write: SQuAD 2.0.

    python -m evals.unanswerable [--limit N] [--json OUT]

The rounds measure refusal on the bundled article with questions our helpers wrote. This measures
it on third-party data: the SQuAD 2.0 articles of the dev split of the training files (the four of
`train-v2.0-adversarial.json` that `evals.reader.data.split_of` puts in dev, 1,024 questions of
which 479 are unanswerable; never the test file). Each article becomes one document, its
paragraphs in order, ingested like a user's file; every question is asked of the assistant as it
is configured, over all four articles. An unanswerable SQuAD 2.0 question was written against
its paragraph to look answerable there, so refusing it is the "describes but does not name" case.
Third-party, but not held out: these are the questions whose paragraph F1 decides whether a reader
candidate qualifies (`evals.reader.squad --fit`), so a threshold chosen here is a threshold tuned
on that dev split; the SQuAD test half stays the benchmark.

Printed: the share of answerable questions answered and, of those, the share whose answer holds
a gold answer; the share of unanswerable questions refused; balanced accuracy of the refusal
decision; refusal precision and recall (a refusal is right when the question is unanswerable).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable

from assistant import Settings

from . import metrics as M
from .beir import Dataset, answer_scores, open_dataset_assistant

SQUAD_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "squad" / "train-v2.0-adversarial.json"


def load(path: Path = SQUAD_DEV) -> Dataset:
    """The dev-split articles as documents, their questions with gold answers ([] when unanswerable)."""
    from .reader.data import ADVERSARIAL_DEV_SHARE, split_of

    if path.name.startswith("test-"):
        raise ValueError(f"{path} is the SQuAD benchmark half: never tuned on, so never read here")
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    corpus: dict[str, dict[str, str]] = {}
    queries: dict[str, dict[str, Any]] = {}
    qrels: dict[str, dict[str, float]] = {}
    for art in data:
        if split_of(art["title"], ADVERSARIAL_DEV_SHARE) != "dev":
            continue
        doc = art["title"]
        corpus[doc] = {"title": doc.replace("_", " "), "text": "\n\n".join(p["context"].strip() for p in art["paragraphs"])}
        for p in art["paragraphs"]:
            for q in p["qas"]:
                qid = q.get("id") or f"{doc}#{len(queries)}"
                answers = [] if q.get("is_impossible") else [a["text"] if isinstance(a, dict) else str(a) for a in q["answers"]]
                queries[qid] = {"text": q["question"], "answers": answers}
                qrels[qid] = {doc: 1.0}
    return Dataset("squad2-dev", path, corpus, queries, qrels)


def _share(values: list[bool] | list[float]) -> float | None:
    """The mean, rounded; None where there is nothing to count (not a misleading 0)."""
    return round(M.mean(values), 4) if values else None


def figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    pos = [r for r in rows if r["answerable"]]
    neg = [r for r in rows if not r["answerable"]]
    answered = _share([not r["refused"] for r in pos])
    refused_neg = _share([r["refused"] for r in neg])
    return {
        "questions": len(rows), "answerable": len(pos), "unanswerable": len(neg),
        "answerable_answered": answered,
        "answered_holding_gold": _share([r["contains"] for r in pos if not r["refused"]]),
        # answered with the notice that the documents may not answer exactly
        "answered_hedged": _share([r.get("hedged", False) for r in rows if not r["refused"]]),
        "unanswerable_refused": refused_neg,
        "balanced_accuracy": round((answered + refused_neg) / 2, 4) if answered is not None and refused_neg is not None else None,
        "refusal_precision": _share([not r["answerable"] for r in rows if r["refused"]]),
        "refusal_recall": refused_neg,
    }


def run(settings: Settings | None = None, *, limit: int | None = None, path: Path = SQUAD_DEV,
        cache: Path | None = None, on_answer: Callable[[str, Any], None] | None = None) -> dict[str, Any]:
    """Ask every question (the first `limit`, spread over the articles by id order); `on_answer`
    sees each (question id, Answer)."""
    ds = load(path)
    bot, _ = open_dataset_assistant(ds, settings, cache=cache)
    qids = list(ds.queries)
    if limit and limit < len(qids):  # evenly over the whole list, so every article is asked
        last = len(qids) - 1
        qids = [qids[round(i * last / max(1, limit - 1))] for i in range(limit)]
    rows = []
    with bot:
        for qid in qids:
            q = ds.queries[qid]
            a = bot.ask(q["text"])
            if on_answer is not None:
                on_answer(qid, a)
            refs = q["answers"]
            rows.append({"id": qid, "answerable": bool(refs), "refused": a.refused, "hedged": bool(a.hedged),
                         "contains": answer_scores(a.text, refs)["contains"] if refs and not a.refused else 0.0})
    return {"dataset": ds.name, **figures(rows)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="refusal through the pipeline on SQuAD 2.0 dev-split questions")
    ap.add_argument("--limit", type=int, help="ask only this many questions (spread evenly)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args(argv)
    if not SQUAD_DEV.exists():
        print(f"{SQUAD_DEV} is missing: this measure reads the shared SQuAD files", file=sys.stderr)
        return 2
    out = run(limit=a.limit)
    for k, v in out.items():
        print(f"{k:24} {v}")
    if a.json:
        a.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
