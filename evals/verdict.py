"""Could a local LLM's verdict tell answerable from unanswerable questions? (an experiment)

    python -m evals.verdict --url http://127.0.0.1:8000/v1 [--suite FILE]

For every suite case the assistant gives its best extractive answer unit (refusals off, one
unit), and a model behind an OpenAI-compatible *completions* endpoint with log-probabilities
(llama-cpp-python's server started with `--logits_all true`) is asked, after four worked
examples that are not from the suite, whether that unit answers the question. Its "Yes" minus
"No" log-probability is the verdict score; the printout is how well that score separates the
answerable cases from the unanswerable ones (ROC AUC: 0.5 is chance), over all cases and over
those whose evidence clears the refusal threshold (the ones a verdict would have to fix).

On 2026-11-27, Gemma 3 270M (base, the one model that installs offline here) scored AUC 0.48
over all 332 cases and 0.62 over the 206 above the threshold: no better than chance. See the
README's evaluation section.
"""

from __future__ import annotations

import argparse
import json
import re
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from assistant import Assistant, Settings

from .suite import DEFAULT_SUITE, Case, load_suite

SHOTS = """Passage: The Eiffel Tower was completed in 1889 for the World's Fair in Paris.
Question: When was the Eiffel Tower completed?
Does the passage answer the question? Yes

Passage: The Amazon river flows through Brazil, Peru and Colombia and carries more water than any other river.
Question: Who was the first European to sail down the Amazon?
Does the passage answer the question? No

Passage: Toyota announced it would build a battery plant in North Carolina, creating 1,750 jobs.
Question: How many jobs will the Toyota battery plant create?
Does the passage answer the question? Yes

Passage: The ministry said it had received several proposals from foreign companies for the port project.
Question: Which foreign company will build the port?
Does the passage answer the question? No

"""
_MARKER = re.compile(r"\s*\[\d+\]")


def auc(positive: Sequence[float], negative: Sequence[float]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    if not positive or not negative:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def verdict(url: str, unit: str, question: str) -> float:
    prompt = f"{SHOTS}Passage: {unit}\nQuestion: {question}\nDoes the passage answer the question?"
    body = json.dumps({"prompt": prompt, "max_tokens": 1, "temperature": 0, "logprobs": 20}).encode()
    request = urllib.request.Request(f"{url.rstrip('/')}/completions", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as r:  # an experiment: errors may stop it
        top = json.load(r)["choices"][0]["logprobs"]["top_logprobs"][0]

    def best(word: str) -> float:
        return max((v for k, v in top.items() if k.strip().lower() == word), default=-30.0)

    return best("yes") - best("no")


def run(url: str, cases: Sequence[Case], settings: Settings | None = None) -> dict[str, float]:
    s = settings or Settings.load()
    threshold = s.answer.refusal_threshold
    probe = Assistant.from_config(s.model_copy(update={"answer": s.answer.model_copy(
        update={"refusal_threshold": float("-inf"), "max_sentences": 1})}))
    rows = []
    with probe:
        for c in cases:
            a = probe.ask(c.question, c.history or None, mode="extractive")
            rows.append((c.answerable, a.evidence, verdict(url, _MARKER.sub("", a.text), a.query)))
    above = [r for r in rows if r[1] >= threshold]
    return {
        "cases": len(rows),
        "auc_all": round(auc([v for ok, _, v in rows if ok], [v for ok, _, v in rows if not ok]), 3),
        "cases_above_threshold": len(above),
        "auc_above_threshold": round(auc([v for ok, _, v in above if ok], [v for ok, _, v in above if not ok]), 3),
    }


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m evals.verdict", description=__doc__.splitlines()[0])
    p.add_argument("--url", required=True, help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1")
    p.add_argument("--suite", type=Path, default=DEFAULT_SUITE)
    args = p.parse_args(argv)
    print(json.dumps(run(args.url, load_suite(args.suite)), indent=2))


if __name__ == "__main__":
    main()
