"""Fit the topic floor: how similar must the closest sentence be for a question to be about the
documents at all?

    python -m evals.topic [--articles 26] [--per-article 20]

A reader trained on SQuAD reads one window at a time and finds some span in almost any sentence
("Who won the 2022 World Cup?" gets an answerability of 0.3 from a sentence naming Pakistan).
Whether the documents are about the question's subject at all is a different, easier question:
the embedding similarity of the question to its closest sentence. This measures that on data we
did not write: SQuAD questions from the dev split of its train files (never the test file),
against the sentences of their own article (on topic, and answered there) and of another article
(off topic). The floor is the highest 0.05 grid value below which at most 1 % of the on-topic
questions fall: it may refuse almost no answerable question, and refuses what it can of the
off-topic ones. One article is about as large as a document collection the assistant answers
from; a larger collection only raises the closest similarity, so the floor stays conservative.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np

from assistant.backends.embedding import SentenceTransformerEmbedder

from .reader.data import paragraphs

SQUAD = Path("../shared/datasets/squad/train-v1.1.json")
GRID = 0.05
MAX_LOST = 0.01  # of on-topic questions, the most the floor may refuse


def measure(articles: int = 26, per_article: int = 20, seed: int = 13, path: Path = SQUAD) -> dict[str, object]:
    by_title: dict[str, tuple[list[str], list[str]]] = {}
    for p in paragraphs(path, "dev"):
        sents, qs = by_title.setdefault(p.heading, ([], []))
        sents.extend(p.sentences)
        qs.extend(q["question"] for q in p.qas)
    rng = random.Random(seed)
    titles = sorted(by_title)[:articles]
    embedder = SentenceTransformerEmbedder()
    vectors = {t: embedder.embed_documents(by_title[t][0]) for t in titles}
    on, off = [], []
    for i, t in enumerate(titles):
        other = titles[(i + 1 + rng.randrange(len(titles) - 1)) % len(titles)]
        questions = rng.sample(by_title[t][1], min(per_article, len(by_title[t][1])))
        q = embedder.embed_queries(questions)
        on.extend((q @ vectors[t].T).max(axis=1).tolist())
        off.extend((q @ vectors[other].T).max(axis=1).tolist())
    grid = [round(i * GRID, 2) for i in range(1, int(1 / GRID))]
    table = {f"{g:.2f}": {"on_topic_below": round(float(np.mean(np.array(on) < g)), 4),
                          "off_topic_below": round(float(np.mean(np.array(off) < g)), 4)} for g in grid}
    floor = max((g for g in grid if table[f"{g:.2f}"]["on_topic_below"] <= MAX_LOST), default=0.0)
    return {"articles": len(titles), "questions": len(on), "floor": floor, "by_floor": table}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="fit the topic floor on SQuAD (dev split of the train file)")
    ap.add_argument("--articles", type=int, default=26)
    ap.add_argument("--per-article", type=int, default=20)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args(argv)
    print(json.dumps(measure(a.articles, a.per_article, a.seed), indent=1))


if __name__ == "__main__":
    main()
