"""Uploads never lose a file (#19): a failed upload of an existing name leaves the old version
and its passages in place, same-name uploads keep the replaced version, a batch with the same
name twice says so, removing the same name twice keeps both copies, and the status text that
comes from file names and parsers shows as text."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from assistant import Assistant
from ui.handlers import DocumentsUI


def _file(folder: Path, name: str, data: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


def _passages(bot: Assistant, source: str) -> list[str]:
    return [c.text for c in bot.chunks_of(source)]


def test_a_failed_upload_of_an_existing_name_keeps_the_old_version(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = make_bot()
    good = _file(tmp_path / "in1", "report.md", "# Report\n\nThe Kokkola refinery processes cobalt from Katanga.\n")
    assert bot.add_files([good]).indexed == ["uploads/report.md"]
    bad = _file(tmp_path / "in2", "report.md", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    result = bot.add_files([bad])
    assert result.problems and "binary" in result.problems[0]
    kept = bot.settings.corpus_path / "uploads" / "report.md"
    assert "Kokkola" in kept.read_text()  # the file is the old version ...
    assert any("Kokkola" in t for t in _passages(bot, "uploads/report.md"))  # ... and still indexed
    report = bot.ingest()  # the next ingest finds nothing to remove
    assert not report.removed and any("Kokkola" in t for t in _passages(bot, "uploads/report.md"))


def test_a_same_name_upload_replaces_and_keeps_the_old_version(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = make_bot()
    bot.add_files([_file(tmp_path / "v1", "notes.md", "# Notes\n\nVersion one mentions tin.\n")])
    result = bot.add_files([_file(tmp_path / "v2", "notes.md", "# Notes\n\nVersion two mentions zinc.\n")])
    assert result.indexed == ["uploads/notes.md"] and result.notes
    assert "uploads/notes.md" in result.notes[0] and ".removed" in result.notes[0]
    assert any("zinc" in t for t in _passages(bot, "uploads/notes.md"))
    old = bot.settings.corpus_path / ".removed" / "uploads" / "notes.md"
    assert "tin" in old.read_text()


def test_the_same_name_twice_in_one_batch_is_reported(make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = make_bot()
    a = _file(tmp_path / "a", "dup.md", "# A\n\nFirst copy about nickel.\n")
    b = _file(tmp_path / "b", "dup.md", "# B\n\nSecond copy about lithium.\n")
    result = bot.add_files([a, b])
    assert result.indexed == ["uploads/dup.md"]
    assert any("twice" in p for p in result.problems), result.problems


def test_adding_a_missing_file_is_reported_not_raised(make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = make_bot()
    result = bot.add_files([tmp_path / "nowhere.md", _file(tmp_path / "in", "here.md", "# Here\n\nTin.\n")])
    assert result.indexed == ["uploads/here.md"] and result.problems == [f"{tmp_path / 'nowhere.md'}: no such file"]


def test_removing_the_same_name_twice_keeps_both_copies(make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = make_bot()
    for metal in ("tin", "zinc"):
        bot.add_files([_file(tmp_path / metal, "x.md", f"# X\n\nThis one is about {metal}.\n")])
        assert bot.remove(["uploads/x.md"]) == ["uploads/x.md"]
    trash = sorted((bot.settings.corpus_path / ".removed" / "uploads").iterdir())
    assert [p.name for p in trash] == ["x (2).md", "x.md"]
    assert {"tin", "zinc"} == {("tin" if "tin" in p.read_text() else "zinc") for p in trash}
    assert "uploads/x.md" not in {d.source for d in bot.documents()}


def test_status_text_from_files_shows_as_text(make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    bot = make_bot()
    # an unsupported file is named in the status as uploaded: its name is the attacker's text
    hostile = "![x](a.png) [Click here](login.html) <img src=x onerror=alert(1)>.bin"  # no "/" in a file name
    status, _, _ = DocumentsUI(bot).upload([str(_file(tmp_path / "h", hostile, b"data"))])
    assert "unsupported type" in status
    assert "<img" not in status and "&lt;img" in status
    for markup in ("![x](", "[Click here](", "](login"):
        assert markup not in status, status
    assert "\\[Click here\\]\\(login" in status  # shown as typed: escaped, not rendered


def test_stray_files_in_the_corpus_are_listed_with_their_error_and_can_be_removed(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _file(corpus, "good.md", "# Good\n\nThe Kokkola refinery processes cobalt.\n")
    _file(corpus, "broken.pdf", b"%PDF-1.7\n this is not a PDF body at all")
    _file(corpus, "notes.xyz", "what is this format?")
    bot = make_bot(corpus)
    bot.ingest()
    _file(corpus / "uploads", "left.md", "# Left\n\nAn upload whose indexing was killed.\n")  # never indexed
    ui = DocumentsUI(bot)
    rows = {r[0]: r for r in ui.table()}
    assert rows["good.md"][2] >= 1
    assert "not indexed" in rows["broken.pdf"][1] and "PDF" in rows["broken.pdf"][1]  # the ingest's own error
    assert "unsupported file type '.xyz'" in rows["notes.xyz"][1]
    assert "run `assistant ingest`" in rows["uploads/left.md"][1]
    assert {"broken.pdf", "notes.xyz", "uploads/left.md"} <= set(ui.choices()["choices"])
    for stray in ("broken.pdf", "uploads/left.md"):
        status, table, _ = ui.remove(stray)
        assert status.startswith("Removed") and stray not in {r[0] for r in table}
        assert not (corpus / stray).exists() and (corpus / ".removed" / stray).exists()
    assert {d.source for d in bot.documents()} == {"good.md"}


def test_an_upload_that_fails_after_its_write_committed_keeps_the_indexed_file(
        make_bot: Callable[..., Assistant], tmp_path: Path, monkeypatch) -> None:
    """An ingest writes in batches; when it fails after a batch committed, that batch's files are
    indexed and must stay on disk (and the versions they replaced stay set aside)."""
    bot = make_bot()
    bot.add_files([_file(tmp_path / "v1", "ore.md", "# Ore\n\nVersion one: the ore is tin.\n")])
    real_reload, calls = bot.index.reload, []

    def reload_fails_once() -> None:
        if not calls:
            calls.append(1)
            raise RuntimeError("injected: the process failed right after the commit")
        real_reload()

    monkeypatch.setattr(bot.index, "reload", reload_fails_once)
    try:
        bot.add_files([_file(tmp_path / "v2", "ore.md", "# Ore\n\nVersion two: the ore is zinc.\n")])
    except RuntimeError:
        pass
    else:
        raise AssertionError("the injected failure did not happen")
    kept = bot.settings.corpus_path / "uploads" / "ore.md"
    assert "zinc" in kept.read_text()  # the committed version stays ...
    bot.index.reload()
    assert any("zinc" in t for t in _passages(bot, "uploads/ore.md"))  # ... and it is what the index holds
    assert "tin" in (bot.settings.corpus_path / ".removed" / "uploads" / "ore.md").read_text()
    assert not bot.ingest().removed and not bot.ingest().updated  # folder and index agree
