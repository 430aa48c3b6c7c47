"""Helpers shared by several test modules (test modules do not import each other)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

from assistant import Answer, Assistant
from assistant.chunking import split_sentences

MARKER = re.compile(r"\[(\d+)\]")


def assert_well_cited(answer: Answer) -> None:
    """Every sentence ends with a marker, and every marker resolves to a returned citation."""
    assert not answer.refused and answer.citations
    markers = {c.marker for c in answer.citations}
    for s in answer.sentences:
        assert s.markers and set(s.markers) <= markers
        assert s.verified, s.text
        assert f"{s.text} [{s.markers[0]}]" in answer.text
    assert {int(m) for m in MARKER.findall(answer.text)} == markers
    for c in answer.citations:
        assert c.source and c.title and c.chunk_id and c.text and c.quote
        assert c.quote.split(" … ")[0] in c.text  # the quote is from the passage


PASSAGE = re.compile(r'<passage id="(\d+)" source="[^"]*">\n(.*?)\n</passage>', re.S)


def passages(body: dict[str, Any]) -> dict[int, str]:
    user = body["messages"][-1]["content"]
    return {int(n): text for n, text in PASSAGE.findall(user)}


def first_sentence_of(n: int) -> Callable[[dict[str, Any]], str]:
    """A well-behaved model: quotes passage n's first sentence and cites it."""
    def reply(body: dict[str, Any]) -> str:
        text = passages(body)[n]
        return split_sentences(text.splitlines()[0])[0] + f" [{n}]"
    return reply


def check_consistent(bot: Assistant, ask: bool = True) -> None:
    """No pending, no orphan, no missing and no duplicate passage; answers still come back."""
    store = bot.index.store
    manifest = bot.index.manifest.read_manifest()
    assert not any(e.pending for e in manifest.values())
    committed = [i for e in manifest.values() for i in e.chunk_ids]
    assert len(committed) == len(set(committed))
    stored = {r.id for r in store.get("chunks", texts=False)}
    assert stored == set(committed)
    chunks = bot.index.snapshot.chunks
    assert sum(len(chunks[i].sentences) for i in committed) == store.count("sentences")
    places = [(chunks[i].source, chunks[i].position) for i in committed]
    assert len(places) == len(set(places))
    if manifest and ask:
        topic = sorted(manifest)[0].removesuffix(".md")
        a = bot.ask(f"Where is {topic} mined?")
        assert topic in a.text.lower() and not a.refused


EXE = shutil.which("assistant", path=str(Path(sys.executable).parent)) or "assistant"


def run(args: list[str], tmp: Path, *, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(tmp / "index")}
    return subprocess.run([EXE, *args], input=stdin, capture_output=True, text=True, env=env,
                          cwd=tmp, timeout=timeout)


def drawn_from(answer: Any) -> set[str]:
    """The documents an answer stands on: its citations, or on a refusal the related passages."""
    return {c.source for c in (answer.related if answer.refused else answer.citations)}
