"""The README's example answers, produced by the assistant itself on the bundled corpus.

    python -m evals.examples           print the Markdown block
    python -m evals.examples --write   put it into README.md between its example markers

A test checks that the README's block is what the assistant answers today, so the examples
cannot drift from the behaviour they show.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from assistant import Answer, Assistant, Settings

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- examples:start -->", "<!-- examples:end -->"
# chosen to show each behaviour (a comparison grouped by side, an explanation gathered from several
# sections, a conversation whose follow-ups lean on earlier turns), not for their scores
COMPOSED = ["How do China's and India's concerns differ?", "How does China view the minerals cooperation?"]
CONVERSATION = ["How much of the world's rare earth refining does China control?",
                "What does its dominance rest on?", "Has Beijing used it as a weapon?"]


def _sources(a: Answer) -> str:
    return "; ".join(f"[{c.marker}] {c.section or c.title}" for c in a.citations)


def _block(question: str, a: Answer, searched: bool = False) -> list[str]:
    lines = [f"**{question}**", ""]
    if searched and a.query != question:
        lines += [f"*searched:* `{a.query}`", ""]
    if a.notice:
        lines += [f"*{a.notice}*", ""]
    lines += [a.text, ""]
    if a.citations:
        lines += [f"<sub>{_sources(a)}</sub>", ""]
    return lines


def render(bot: Assistant) -> str:
    lines = ["Composed answers (real output, `python -m evals.examples`):", ""]
    for q in COMPOSED:
        lines += _block(q, bot.ask(q))
    lines += ["A conversation (each follow-up is searched with what it refers to):", ""]
    history: list[dict[str, str]] = []
    for q in CONVERSATION:
        a = bot.ask(q, history)
        lines += _block(q, a, searched=True)
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": a.text}]
    return "\n".join(lines).rstrip() + "\n"


def readme_block(text: str) -> str:
    """What the README holds between its markers."""
    return text.split(START, 1)[1].split(END, 1)[0].strip("\n") + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="the README's example answers")
    ap.add_argument("--write", action="store_true", help="replace the block in README.md")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.load().model_copy(update={"index_dir": Path(tmp) / "index", "auto_ingest": False})
        bot = Assistant.from_config(settings)
        bot.ingest()
        block = render(bot)
        bot.close()
    if not a.write:
        print(block, end="")
        return
    text = README.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    README.write_text(f"{head}{START}\n{block}{END}{tail}", encoding="utf-8")
    print(f"wrote the examples into {README.name}")


if __name__ == "__main__":
    main()
