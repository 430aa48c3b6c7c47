"""The README's example answers are the assistant's own, today."""

from __future__ import annotations

from assistant import Assistant
from evals.examples import COMPOSED, README, readme_block, render


def test_the_readme_shows_what_the_assistant_answers(corpus_bot: Assistant) -> None:
    shown = readme_block(README.read_text(encoding="utf-8"))
    now = render(corpus_bot)
    assert shown == now, "the README's examples are out of date: run `python -m evals.examples --write`"
    # what they are there to show: a comparison grouped by side, and a lead line with bullets
    assert "China:\n- " in now and "India:\n- " in now
    assert any(line.startswith("- ") for line in now.split(f"**{COMPOSED[1]}**", 1)[1].splitlines())
