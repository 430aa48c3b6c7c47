"""The layers contract in pyproject.toml ([tool.importlinter]), checked with import-linter: the
library never imports the chat window or the evaluation tooling, those two do not import each
other, and inside the library imports flow one way (types/errors → config → backends →
ingest/chunking → index → retrieval → answering → api → cli)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_layers_contract_holds() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is a test dependency: ./test.sh installs it"
    done = subprocess.run([lint, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "3 kept, 0 broken" in done.stdout


def test_the_library_registers_no_command_of_the_chat_window_or_the_evals() -> None:
    """`serve`, `eval`, `bench` come from the packages that own them, through entry points."""
    from importlib.metadata import entry_points

    registered = {ep.name: ep.value for ep in entry_points(group="assistant.commands")}
    assert registered == {"serve": "ui.cli:add_commands", "eval": "evals.cli:add_commands"}
    from assistant.cli import build_parser

    choices = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"serve", "eval", "bench", "ingest", "ask", "add", "remove"} <= set(choices)
