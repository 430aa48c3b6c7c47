"""Training pairs for the reader from the measured rounds' own cases (docs/reader.md, seventeenth
session): the questions the assistant's users ask, read against the windows the assistant really
reads for them.

    python -m evals.reader.rounds --rounds 10-29,31 --out .cache/reader/article.jsonl
    python -m evals.reader.rounds --multidoc 1-16 --out .cache/reader/multidoc.jsonl

`--multidoc` asks the rounds of `evals/multidoc/` (each over its own documents, indexed once under
`--index-root`); a round named there is training data too, and judges no reader trained on it
(`evals.reader.ship --trained-on-rounds` records article rounds only: add the multi-document ones
to reader.json's training_rounds, as "round-mN.jsonl", by hand until it does).

Each case is asked through the real pipeline (its conversation included), and every window the
reader reads while answering it is kept with the question as the reader read it (a follow-up
carries the names it points to). Labels:
- answer: the window's answer sentences hold one of the case's support sentences and one of its
  expected facts; the span is that fact as written in the window (the earliest one);
- no answer: the case is unanswerable, or the window holds no support sentence and no fact;
- left out: anything else (a fact outside the listed support, support without a locatable fact),
  since the case's author did not say whether it answers.
Examples are written in `evals.reader.data.Example`'s format, kinds `article-pos` / `article-neg`,
so `evals.reader.train` reads them beside SQuAD pairs. The rounds used here are training data of
any reader trained on the file: never compare such a reader on them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterable

from ..pool import ROUNDS, multidoc_assistants, round_numbers
from ..suite import _QUOTES, load_suite, normalise, supports
from .data import Example

# hardest first (the reader's own order): an answerable question's windows beyond these add
# little but easy negatives; chosen, not tuned
NEGATIVES_PER_QUESTION = 8


def locate(alternatives: Iterable[str], text: str, start: int) -> tuple[int, int] | None:
    """The earliest occurrence at or after `start` of any alternative, as written in `text`
    (case, spaces and dashes may differ, as the suite's matching allows)."""
    text = text.translate(_QUOTES)  # one character for one: the offsets stay the text's
    best = None
    for alt in alternatives:
        alt = alt.translate(_QUOTES)
        words = [re.escape(w) for w in re.split(r"[\s\u2010-\u2015-]+", alt.strip()) if w]
        if not words:
            continue
        pattern = re.compile(r"(?<!\w)" + r"[\s\u2010-\u2015-]+".join(words) + r"(?!\w)", re.IGNORECASE)
        m = pattern.search(text, start)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    return best


def label(case: Any, question: str, heading: str, before: list[str], texts: list[str]) -> Example | None:
    """The window's example for this case, or None when the case does not say (see above)."""
    sentences = [s.strip() for s in before + texts]
    joined = " ".join(sentences)
    start = len(" ".join(sentences[: len(before)])) + (1 if before else 0)
    body = joined[start:]
    if not case.answerable:
        return Example("article-neg", question, heading, sentences, None, answer_from=len(before))
    has_support = any(supports(body, s) for s in case.support)
    found = [alts for alts in case.facts if any(f" {normalise(a)} " in f" {normalise(body)} " for a in alts)]
    if not has_support and not found:
        return Example("article-neg", question, heading, sentences, None, answer_from=len(before))
    if has_support and found:
        spans = [s for s in (locate(alts, joined, start) for alts in found) if s is not None]
        if spans:
            a, b = min(spans)
            return Example("article-pos", question, heading, sentences, [a, b], answer_from=len(before))
    return None


def missed(case: Any, question: str, chunks: list[Any]) -> list[Example]:
    """The windows of the case's support sentences, for an answerable case whose answer the
    reader never read (retrieval ranked it too low): the reader should learn them too."""
    from assistant.units import clean_sentence

    out = []
    for c in chunks:
        for i, s in enumerate(c.sentences):
            if any(supports(s, sup) for sup in case.support):
                before = [clean_sentence(c.sentences[i - 1])] if i > 0 else []
                ex = label(case, question, c.section or c.title, before, [clean_sentence(s)])
                if ex is not None and ex.kind == "article-pos":
                    out.append(ex)
    return out


def capture(bot: Any, cases: list[Any]) -> list[Example]:
    """Ask each case; label every window the reader read for it."""
    from assistant import answering
    from assistant.units import clean_sentence

    chunks = [c for d in bot.documents() for c in bot.chunks_of(d.source)]

    reads: list[tuple[str, list[Any]]] = []
    original = answering.ExtractiveAnswerer.read

    def recording(self: Any, question: str, units: list[Any], gathers: bool = False) -> list[Any]:
        read = original(self, question, units, gathers)
        reads.append((question, [u for u in read if u.answerable >= 0]))
        return read

    answering.ExtractiveAnswerer.read = recording  # type: ignore[method-assign]
    out: list[Example] = []
    try:
        for n, case in enumerate(cases, 1):
            reads.clear()
            bot.ask(case.question, case.history or None)
            seen: set[tuple[str, str]] = set()
            negatives: list[tuple[float, Example]] = []
            positives = 0
            for question, units in reads:
                for u in units:
                    c = u.passage.chunk
                    first = u.indexes[0]
                    before = [clean_sentence(c.sentences[first - 1])] if first > 0 else []
                    key = (question, u.text)
                    if key in seen:
                        continue
                    seen.add(key)
                    ex = label(case, question, c.section or c.title, before, list(u.texts))
                    if ex is None:
                        continue
                    if ex.kind == "article-pos" or not case.answerable:
                        out.append(ex)
                        positives += ex.kind == "article-pos"
                    else:
                        negatives.append((u.answerable, ex))
            if case.answerable and not positives:
                out.extend(missed(case, reads[-1][0] if reads else case.question, chunks))
            # hardest first: the negatives the reader scores highest teach it most
            negatives.sort(key=lambda p: -p[0])
            out.extend(ex for _, ex in negatives[:NEGATIVES_PER_QUESTION])
            if n % 100 == 0:
                print(f"{n}/{len(cases)} cases, {len(out)} examples", file=sys.stderr, flush=True)
    finally:
        answering.ExtractiveAnswerer.read = original  # type: ignore[method-assign]
    return out


def multidoc_examples(spec: str, index_root: Path) -> tuple[int, list[Example]]:
    """The cases and examples of the multi-document rounds `spec` names ("1-16": m1 … m16)."""
    n, out = 0, []
    for suite, bot in multidoc_assistants(spec, index_root):
        cases = load_suite(suite)
        examples = capture(bot, cases)
        print(f"{suite.stem}: {len(cases)} cases -> {len(examples)} examples", file=sys.stderr, flush=True)
        n += len(cases)
        out += examples
    return n, out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="reader training pairs from the measured rounds")
    ap.add_argument("--rounds", help='article round numbers, e.g. "10-29,31"')
    ap.add_argument("--multidoc", help='multi-document round numbers, e.g. "1-16" (evals/multidoc/m1 …)')
    ap.add_argument("--index-root", type=Path, default=Path(".cache/reader/multidoc-index"),
                    help="where each multi-document round's index is built (default: %(default)s)")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    if not a.rounds and not a.multidoc:
        ap.error("name --rounds, --multidoc or both")
    from assistant import Assistant

    cases = [c for r in (round_numbers(a.rounds) if a.rounds else []) for c in load_suite(ROUNDS / f"round-{r}.jsonl")]
    examples = capture(Assistant.from_config(), cases) if cases else []
    n, more = multidoc_examples(a.multidoc, a.index_root) if a.multidoc else (0, [])
    examples += more
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text("".join(ex.to_json() + "\n" for ex in examples), encoding="utf-8")
    kinds = {k: sum(1 for e in examples if e.kind == k) for k in ("article-pos", "article-neg")}
    print(f"{len(cases) + n} cases -> {len(examples)} examples {kinds}", file=sys.stderr)


if __name__ == "__main__":
    main()
