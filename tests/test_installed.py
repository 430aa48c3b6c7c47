"""Nothing is written inside the installed package at run time (#17): the package is installed
non-editable into a folder of its own, then asked questions, evaluated and given a captured test
case from the command line and the chat window's code, run from a working folder elsewhere; the
installed folder is byte-for-byte unchanged, and what was written is in the working folder."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import CORPUS

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _tree(folder: Path) -> dict[str, str]:
    """Every file's sha256 (byte code caches aside: Python's own, and turned off below anyway)."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def test_an_installed_package_is_never_written_to(tmp_path: Path, corpus_index: Path) -> None:
    source = tmp_path / "src"  # a copy: building in the checkout would leave build/ there
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for package in ("assistant", "ui", "evals"):
        shutil.copytree(ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__"))
    site = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                           "--disable-pip-version-check", "--target", str(site), str(source)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    before = _tree(site)
    assert "assistant/models/reader/reader.int8.onnx" in before and "evals/source_article.jsonl" in before

    work = tmp_path / "work"  # the user's folder: data, reports and the captured cases go here
    work.mkdir()
    index = work / "index"
    shutil.copytree(corpus_index, index)
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONDONTWRITEBYTECODE": "1", "HF_HUB_OFFLINE": "1"}
    where = ["--corpus-dir", str(CORPUS), "--index-dir", str(index)]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        out = subprocess.run([sys.executable, "-m", "assistant", *where, *args], cwd=work, env=env,
                             capture_output=True, text=True, timeout=600)
        assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-3000:]
        return out

    probe = subprocess.run([sys.executable, "-c", "import assistant, ui, evals; print(assistant.__file__, ui.__file__, "
                            "evals.__file__)"], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert all(p.startswith(str(site)) for p in probe.stdout.split()), probe.stdout + probe.stderr

    asked = json.loads(run("ask", "--json", "Which minerals does Pakistan have significant deposits of?").stdout)
    assert asked["citations"]
    small = work / "small.jsonl"
    small.write_text("".join(line + "\n" for line in (ROOT / "evals" / "source_article.jsonl").read_text(
        encoding="utf-8").splitlines()[:3]), encoding="utf-8")
    run("eval", "--suite", str(small))
    run("add-case", "What is his rank?", "--fact", "Col|Colonel")
    captured = subprocess.run(
        [sys.executable, "-c",
         "import sys; from assistant import Assistant, Settings; from ui.chat import ChatUI\n"
         f"bot = Assistant.from_config(Settings.load(corpus_dir={str(CORPUS)!r}, index_dir={str(index)!r}))\n"
         "form, status = ChatUI(bot).save_case('Where are they concentrated?', '[]', 'Baluchistan', True)\n"
         "print(status)"],
        cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert captured.returncode == 0 and "Saved as test case" in captured.stdout, captured.stdout + captured.stderr[-3000:]

    assert _tree(site) == before  # the installed package is unchanged
    cases = (work / "data" / "captured-cases.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(c)["question"] for c in cases] == ["What is his rank?", "Where are they concentrated?"]
    assert any((work / "data" / "reports").iterdir())  # the evaluation's report went to the data folder
