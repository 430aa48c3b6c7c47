"""The `assistant` command as a user runs it: a real subprocess, real model, real index."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from .conftest import CORPUS, ROOT
from .docs import TEXT
from .helpers import run

pytestmark = pytest.mark.slow  # the fast lane: ./test.sh -m "not slow"


@pytest.fixture
def cli_home(tmp_path: Path, corpus_index: Path) -> Path:
    shutil.copytree(corpus_index, tmp_path / "index")
    return tmp_path


def test_ask_prints_cited_answer_and_json(cli_home: Path) -> None:
    out = run(["ask", "Which minerals does Pakistan have significant deposits of?"], cli_home)
    assert out.returncode == 0, out.stderr
    assert "copper" in out.stdout and "[1]" in out.stdout
    # one document: its title and file named once, then each passage's section
    assert "\nSources, from Pakistan–U.S. Cooperation" in out.stdout and out.stdout.count("pakistan-us-critical-minerals.md") == 1

    out = run(["ask", "--json", "Who won the 2022 World Cup?"], cli_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["refused"] is True and data["citations"] == []


def test_output_cut_short_by_its_reader_is_not_a_crash(cli_home: Path) -> None:
    """`assistant ask ... | head -2`: the pipe closes before the answer is printed."""
    import os
    import subprocess

    from .helpers import EXE

    proc = subprocess.Popen([EXE, "ask", "What risks does the article see?"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=cli_home,
                            env={**os.environ, "ASSISTANT_INDEX_DIR": str(cli_home / "index")})
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()  # as `head` does once it has its lines
    err = proc.stderr.read().decode()
    proc.wait(timeout=300)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err


def test_ask_with_history_file_and_bad_input(cli_home: Path) -> None:
    (cli_home / "h.json").write_text(json.dumps([
        {"role": "user", "content": "Which minerals does Pakistan have significant deposits of?"},
        {"role": "assistant", "content": "Copper and gold. [1]"}]))
    out = run(["ask", "--json", "--history", "h.json", "Where are they concentrated?"], cli_home)
    assert out.returncode == 0, out.stderr
    assert "Baluchistan" in json.loads(out.stdout)["text"]

    out = run(["ask", "   "], cli_home)
    assert out.returncode == 2 and "error: the question is empty" in out.stderr
    assert "Traceback" not in out.stderr

    (cli_home / "bad.json").write_text("[{'role': 'user'")
    for name, says in (("bad.json", "is not JSON"), ("missing.json", "cannot read the history file")):
        out = run(["ask", "--history", name, "Where are they concentrated?"], cli_home)
        assert out.returncode == 2 and says in out.stderr and "Traceback" not in out.stderr, out.stderr
        assert len(out.stderr.strip().splitlines()) == 1


def test_ask_prints_a_gathered_answer_as_a_list_and_the_sources_notes_as_notes(cli_home: Path) -> None:
    """Each point of a gathered answer on its own line, as the chat window shows it; the article's
    own footnote markers in a quoted passage are not mistaken for the answer's citations."""
    out = run(["ask", "What risks does the article see for Pakistan in this cooperation?"], cli_home)
    assert out.returncode == 0, out.stderr
    answer, sources = out.stdout.split("\nSources, from ")
    assert sum(line.startswith("- ") for line in answer.splitlines()) >= 3, answer
    quotes = [line for line in sources.splitlines() if line.startswith("    ")]
    assert quotes and not any(re.search(r"\[\d+\]", q) for q in quotes), sources
    assert "(note " in sources  # the passages quoted here carry the article's footnotes

    (cli_home / "h.json").write_text(json.dumps([
        {"role": "user", "content": "Which minerals does Pakistan have significant deposits of?"},
        {"role": "assistant", "content": "Copper and gold. [1]"}]))
    out = run(["ask", "--history", "h.json", "Where are they concentrated?"], cli_home)
    assert out.returncode == 0 and out.stdout.startswith("(searched for: "), out.stdout


def test_chat_keeps_the_conversation(cli_home: Path) -> None:
    script = "Which minerals does Pakistan have significant deposits of?\nWhere are they concentrated?\n/new\nhi\n/quit\n"
    out = run(["chat"], cli_home, stdin=script)
    assert out.returncode == 0, out.stderr
    assert "searched for: Where are they concentrated?" in out.stdout
    assert out.stdout.count("Baluchistan") >= 2
    assert "(new conversation)" in out.stdout and "Hello!" in out.stdout
    # piped questions are echoed after the prompt: the transcript reads as if typed
    assert "you> Where are they concentrated?\n" in out.stdout, out.stdout


def test_a_passage_under_the_title_alone_is_placed_under_the_title(tmp_path: Path) -> None:
    """An HTML page whose only heading is its <h1> (the title): its table rows were placed at
    "(opening)"."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "tariffs.html").write_text(
        "<html><head><title>Tariff Schedule</title></head><body><h1>Tariff Schedule</h1>"
        "<table><tr><th>Mineral</th><th>Tariff rate</th></tr><tr><td>Gallium</td><td>12%</td></tr>"
        "<tr><td>Nickel</td><td>0%</td></tr></table></body></html>", encoding="utf-8")
    out = run(["--corpus-dir", str(corpus), "ask", "What is the tariff rate on gallium?"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "12%" in out.stdout and "(opening)" not in out.stdout
    assert "\n[1] Tariff Schedule\n" in out.stdout, out.stdout


def test_ingest_docs_and_remove(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nodules.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "odd.xyz").write_text("?", encoding="utf-8")
    out = run(["--corpus-dir", str(corpus), "ingest"], tmp_path)
    assert out.returncode == 1  # one file failed, and the exit code says so
    assert "1 added" in out.stdout and "odd.xyz: unsupported file type" in out.stdout

    out = run(["--corpus-dir", str(corpus), "ingest", "--json", str(corpus / "nodules.txt")], tmp_path)
    assert out.returncode == 0 and json.loads(out.stdout)["skipped"] == ["nodules.txt"]

    out = run(["--corpus-dir", str(corpus), "docs"], tmp_path)
    assert "nodules.txt" in out.stdout and out.stdout.rstrip().endswith("\n1 document")
    count, word = re.search(r"^\s*(\d+) (passages?)\s", out.stdout, re.MULTILINE).groups()  # type: ignore[union-attr]
    assert word == ("passage" if count == "1" else "passages")

    out = run(["--corpus-dir", str(corpus), "ask", "--json", "Which metals do polymetallic nodules contain?"], tmp_path)
    assert "manganese" in json.loads(out.stdout)["text"]

    out = run(["--corpus-dir", str(corpus), "remove", "nodules.txt"], tmp_path)
    assert out.returncode == 0 and "removed: nodules.txt" in out.stdout
    out = run(["--corpus-dir", str(corpus), "docs", "--json"], tmp_path)
    assert json.loads(out.stdout) == []
    assert (corpus / ".removed" / "nodules.txt").exists()  # kept, outside what ingest reads ...
    run(["--corpus-dir", str(corpus), "ingest"], tmp_path)
    out = run(["--corpus-dir", str(corpus), "docs", "--json"], tmp_path)
    assert json.loads(out.stdout) == []  # ... so it stays removed

    elsewhere = tmp_path / "inbox" / "nodules again.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text(TEXT, encoding="utf-8")
    out = run(["--corpus-dir", str(corpus), "add", str(elsewhere), str(corpus / "odd.xyz")], tmp_path)
    assert out.returncode == 1 and "added: uploads/nodules again.txt" in out.stdout  # one added, one refused
    assert "odd.xyz: unsupported" in out.stdout
    assert (corpus / "uploads" / "nodules again.txt").read_text(encoding="utf-8") == TEXT


def test_first_ask_builds_the_index(tmp_path: Path) -> None:
    out = run(["--corpus-dir", str(CORPUS), "ask", "What is China's role in CPEC?"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "Building the index" in out.stderr and "primary investor" in out.stdout
    assert (tmp_path / "index" / "chroma").is_dir()
    assert ROOT.joinpath("index").is_dir()


def test_serve_reads_the_login_from_a_file_not_the_command_line(tmp_path: Path) -> None:
    from assistant.cli import build_parser, read_auth_file
    from assistant.errors import InputError

    (tmp_path / "auth").write_text("analyst:s3cret\n")
    assert read_auth_file(tmp_path / "auth") == "analyst:s3cret"
    for content, says in (("", "user:password"), ("  \n\n", "user:password"), ("no-colon\n", "user:password")):
        (tmp_path / "bad").write_text(content)
        with pytest.raises(InputError, match=says):
            read_auth_file(tmp_path / "bad")
    with pytest.raises(InputError, match="cannot read"):
        read_auth_file(tmp_path / "missing")
    help_text = build_parser()._subparsers._group_actions[0].choices["serve"].format_help()  # type: ignore[union-attr]
    assert "--auth-file" in help_text and "ps" in help_text and "ASSISTANT_SERVER__AUTH" in help_text


def test_config_names_the_settings_file_and_a_missing_one_is_an_error(tmp_path: Path) -> None:
    docs = tmp_path / "my docs"
    docs.mkdir()
    (docs / "note.md").write_text("# Deposits\n\nBaluchistan holds large copper deposits.\n", encoding="utf-8")
    (tmp_path / "elsewhere.toml").write_text(
        f'corpus_dir = "{docs.as_posix()}"\n[embedding]\nbackend = "hash"\n[store]\nbackend = "memory"\n',
        encoding="utf-8")
    out = run(["--config", "elsewhere.toml", "ask", "--json", "Where are the copper deposits?"], tmp_path)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert "Baluchistan" in answer["text"] and answer["citations"][0]["source"] == "note.md"
    assert not (tmp_path / "index" / "chroma").exists()  # the file's store (memory), not the default

    out = run(["--config", "missing.toml", "docs"], tmp_path)
    assert out.returncode != 0 and "missing.toml does not exist" in out.stderr
