"""Bounded work per file (#19 item 1): a .docx zip bomb built here, a file with too much text, too
many passages or too slow to read is refused with a message naming its limit; the lock is
released, the rest of the batch goes on, and the refused upload is not left in the corpus."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx
import pytest

from assistant import Assistant, Settings
from assistant.errors import FileTooLarge
from assistant.ingest import load

from .servers import free_port

pytestmark = pytest.mark.slow  # the fast lane: ./test.sh -m "not slow"

PARAGRAPH = '<w:p><w:r><w:t xml:space="preserve">Tin is mined in Bolivia. </w:t></w:r></w:p>'


def docx_bytes(paragraphs: int, text: str = "The Kokkola refinery in Finland processes cobalt.") -> bytes:
    """A real .docx (python-docx), then its document.xml swapped for one with `paragraphs` more
    paragraphs: a few hundred KB that unpack to many MB (the shape of the bomb in the issue)."""
    import docx

    doc = docx.Document()
    doc.add_heading("Metals", level=1)
    doc.add_paragraph(text)
    plain = io.BytesIO()
    doc.save(plain)
    if not paragraphs:
        return plain.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                head, _, tail = data.decode().partition("</w:body>")
                data = (head + PARAGRAPH * paragraphs + "</w:body>" + tail).encode()
            dst.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return out.getvalue()


@pytest.fixture
def server(tmp_path: Path, embedder: Any) -> Iterator[Callable[..., tuple[str, Assistant]]]:
    from ui.server import BackgroundServer, build_server

    started: list[tuple[BackgroundServer, Assistant]] = []

    def start(**limits: Any) -> tuple[str, Assistant]:
        corpus = tmp_path / "corpus"
        corpus.mkdir(exist_ok=True)
        settings = Settings.load(home=tmp_path, corpus_dir=corpus, index_dir=tmp_path / "index", auto_ingest=False,
                                 server={"rate_limit": 0}, limits=limits)
        bot = Assistant.from_config(settings, embedder=embedder)
        srv = BackgroundServer(build_server(bot), port=free_port())
        started.append((srv, bot))
        return srv.url.rstrip("/"), bot

    yield start
    for srv, bot in started:
        srv.close()
        bot.close()


def test_a_docx_zip_bomb_is_refused_before_inflating_and_the_batch_goes_on(server: Callable[..., tuple[str, Assistant]]) -> None:
    bomb = docx_bytes(200_000)  # ~14 MB of XML in a few hundred KB
    assert len(bomb) < 600_000
    url, bot = server(max_unpacked_mb=5)
    good = b"# Nickel\n\nIndonesia produces most of the world's nickel on Sulawesi.\n"
    started = time.monotonic()
    with httpx.Client(timeout=120) as http:
        r = http.post(url + "/api/documents", files=[("files", ("report.docx", bomb, "application/octet-stream")),
                                                     ("files", ("nickel.md", good, "text/markdown"))])
        assert r.status_code == 200, r.text
        body = r.json()
        assert [d["source"] for d in body["documents"]] == ["uploads/nickel.md"]  # the rest of the batch goes on
        assert len(body["problems"]) == 1 and "report.docx" in body["problems"][0]
        assert "limits.max_unpacked_mb" in body["problems"][0]
        corpus = bot.settings.corpus_path
        assert not (corpus / "uploads" / "report.docx").exists()  # a refused upload is not left behind
        # the write lock was released: the next upload goes straight through
        again = http.post(url + "/api/documents", files=[("files", ("tin.md", b"# Tin\n\nBolivia mines tin.\n", "text/markdown"))])
        assert again.status_code == 200 and again.json()["documents"][0]["source"] == "uploads/tin.md"
    assert time.monotonic() - started < 60


def test_a_bomb_under_the_size_limit_is_refused_for_its_ratio(tmp_path: Path) -> None:
    path = tmp_path / "ratio.docx"
    path.write_bytes(docx_bytes(200_000))
    with pytest.raises(FileTooLarge, match=r"limits\.max_zip_ratio"):
        load(path, limits=Settings.load(limits={"max_zip_ratio": 50}).limits)
    small = tmp_path / "small.docx"  # an ordinary document passes both checks with the defaults
    small.write_bytes(docx_bytes(0))
    assert "Kokkola" in " ".join(b.text for b in load(small).blocks)


def test_slow_long_and_many_passaged_files_are_refused_naming_their_limit(
        make_bot: Callable[..., Assistant], tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "slow.docx").write_bytes(docx_bytes(10_000))  # under the ratio floor (1 MB), reads too slowly
    (corpus / "long.md").write_text("# Long\n\n" + "Copper is mined in Chile. " * 16000, encoding="utf-8")
    (corpus / "many.md").write_text("# Many\n\n" + "".join(f"## Part {i}\n\nPart {i} is about zinc.\n\n" for i in range(40)),
                                    encoding="utf-8")
    (corpus / "fine.md").write_text("# Fine\n\nThe Kokkola refinery processes cobalt.\n", encoding="utf-8")
    # the character limit is above slow.docx's 250,000 characters: only its reading time refuses it
    bot = make_bot(corpus, limits={"max_seconds_per_file": 0.05, "max_chars_per_file": 300_000, "max_passages_per_file": 20})
    report = bot.ingest()
    failed = dict(report.failed)
    assert "limits.max_seconds_per_file" in failed["slow.docx"]
    assert "limits.max_chars_per_file" in failed["long.md"]
    assert "limits.max_passages_per_file" in failed["many.md"]
    assert report.added == ["fine.md"]
    assert {d.source for d in bot.documents()} == {"fine.md"}
