"""LLM-as-judge, used only when an LLM is configured (`assistant eval --judge`). Its verdicts are
reported as judge_faithfulness and judge_correctness, separate from the deterministic metrics."""

from __future__ import annotations

import re
from typing import Any, Callable

from assistant import Answer, Assistant, AssistantError
from assistant.backends import ChatMessage

from .suite import Case

FAITHFUL = """You check answers against sources. Reply with YES or NO only.
Is every statement in the ANSWER supported by the SOURCES?"""
CORRECT = """You grade answers. Reply with YES or NO only.
Does the ANSWER give the EXPECTED facts in reply to the QUESTION (other wording is fine)?"""


def _verdict(text: str) -> float | None:
    m = re.search(r"\b(YES|NO)\b", text.upper())
    return None if m is None else float(m.group(1) == "YES")


def llm_judge(bot: Assistant) -> Callable[[Case, Answer], dict[str, Any] | None]:
    if bot.llm is None:
        raise AssistantError("--judge needs an LLM: set llm.provider and llm.base_url")
    llm = bot.llm

    def judge(case: Case, answer: Answer) -> dict[str, Any] | None:
        if answer.refused:
            return {"faithful": 1.0, "correct": 0.0}
        sources = "\n\n".join(f"[{c.marker}] {c.text}" for c in answer.citations)
        expected = "; ".join(" or ".join(f) for f in case.facts)
        try:
            f = _verdict(llm.complete([ChatMessage("system", FAITHFUL),
                                       ChatMessage("user", f"SOURCES:\n{sources}\n\nANSWER:\n{answer.text}")]))
            c = _verdict(llm.complete([ChatMessage("system", CORRECT), ChatMessage(
                "user", f"QUESTION: {case.question}\nEXPECTED: {expected}\nANSWER: {answer.text}")]))
        except AssistantError:
            return None  # an unavailable judge is no verdict, not a failed answer
        if f is None or c is None:
            return None
        return {"faithful": f, "correct": c}

    return judge
