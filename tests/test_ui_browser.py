"""The chat window in a real headless Chromium (Debian's chromium, driven by Playwright), with every
request that leaves loopback blocked. Screenshots of the main states go to tests/artifacts/."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlparse

import pytest

from assistant import Assistant, Settings
from evals.suite import DEFAULT_SUITE, load_suite

from .conftest import CORPUS
from .docs import TEXT
from .fake_llm import FakeLLM
from .helpers import first_sentence_of
from .servers import free_port
from .browser import ARGS, CHROMIUM, ask, panel_shows

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed (./test.sh installs it)")]


@pytest.fixture(scope="module")
def fake_llm() -> Iterator[FakeLLM]:
    with FakeLLM() as server:
        server.reply = first_sentence_of(1)
        server.chunk_delay = 0.08  # slow enough to watch the answer stream in
        yield server


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, corpus_index: Path, embedder, fake_llm: FakeLLM) -> Iterator[dict[str, Any]]:
    """A server on a writable copy of the corpus and index, with a (local, fake) LLM configured."""
    from ui.app import build_app, launch

    home = tmp_path_factory.mktemp("site")
    shutil.copytree(CORPUS, home / "corpus")
    shutil.copytree(corpus_index, home / "index")
    suite = home / "suite.jsonl"
    shutil.copy(DEFAULT_SUITE, suite)
    settings = Settings.load(home=home, corpus_dir=home / "corpus", index_dir=home / "index", auto_ingest=False,
                             llm={"provider": "openai", "base_url": fake_llm.url, "model": "fake"})
    bot = Assistant.from_config(settings, embedder=embedder)
    app = build_app(bot, suite=suite)
    port = free_port()
    launch(app, host="127.0.0.1", port=port, block=False)
    yield {"url": f"http://127.0.0.1:{port}/", "home": home, "suite": suite, "bot": bot}
    app.close()
    bot.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, site: dict[str, Any]) -> Iterator[Any]:
    """A fresh browser context (its own session) that can reach nothing but loopback."""
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    outside: list[str] = []

    def guard(route: Any) -> None:
        host = urlparse(route.request.url).hostname
        if host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    pg.goto(site["url"], wait_until="load")
    pg.wait_for_selector("#question textarea")
    pg.outside_requests = outside
    yield pg
    context.close()


def test_page_loads_offline_and_answers_with_clickable_markers(page: Any, artifacts: Path) -> None:
    answer = ask(page, "Which minerals does Pakistan have significant deposits of?")
    assert "copper" in answer.inner_text()
    assert page.locator("#chat a.cite").count() >= 2  # in the text and in the sources list
    assert "Pakistan’s Mineral Wealth" in page.locator("#chat ol.sources").last.inner_text()
    page.screenshot(path=str(artifacts / "chat-answer.png"))

    # [1] of the newest answer opens by itself; after a second answer, [1] of the first one is not
    # shown until it is clicked (the real article; test_chat_browser clicks [2]s on a built corpus)
    page.wait_for_selector("#source-panel #panel-0-1")
    ask(page, "Where is Pakistan's Special Investment Facilitation Council mentioned?")
    page.wait_for_selector("#source-panel #panel-1-1")
    first = page.locator("#chat .answer").first.locator("a.cite", has_text="[1]").first
    quote = first.get_attribute("title").split("”")[0].lstrip("“")[:40]
    first.click()
    page.wait_for_selector("#source-panel #panel-0-1 mark")
    panel = page.locator("#source-panel")
    assert "Passage [1] of answer 1" in panel.inner_text()
    assert quote and quote in page.locator("#source-panel mark").first.inner_text()
    page.screenshot(path=str(artifacts / "chat-source-panel.png"))

    page.locator("#show-document").click()
    page.wait_for_selector("#source-panel .document #focus mark")
    assert page.locator("#source-panel .doc-chunk").count() > 20
    assert page.locator("#source-panel #focus").is_visible()  # scrolled into view
    page.screenshot(path=str(artifacts / "chat-whole-document.png"))
    assert page.outside_requests == []  # nothing tried to leave the machine


def test_follow_up_shows_the_searched_query_and_refusals_look_different(page: Any, artifacts: Path) -> None:
    ask(page, "Which minerals does Pakistan have significant deposits of?")
    ask(page, "Where are they concentrated?")
    searched = page.locator("#chat .searched").last.inner_text()
    assert searched.startswith("searched for: Where are they concentrated?") and "minerals" in searched
    page.wait_for_selector("#source-panel #panel-1-1")
    refusal = ask(page, "Who won the 2022 World Cup?")
    assert "refusal" in (refusal.get_attribute("class") or "")
    assert page.locator("#chat .badge").last.inner_text() == "Not in the documents"
    assert page.locator("#chat .related a.cite").count() >= 1
    # the panel shows the refusal's closest passage as that, not the previous answer's passage (a
    # blind user test read the one left open as the refusal's)
    page.wait_for_selector("#source-panel #panel-2-r1")
    assert "Related passage of answer 3" in page.locator("#source-panel").inner_text()
    page.screenshot(path=str(artifacts / "chat-refusal.png"))


def test_a_passage_brought_by_a_lead_in_says_so_instead_of_a_match(page: Any, site: dict[str, Any],
                                                                   artifacts: Path) -> None:
    """"... Pakistan must manage several NSP-relevant risks:" closes its passage; the risks it
    introduces are cited through it. Their panels name the lead-in's marker, not its score."""
    question = "Which NSP-relevant risks must Pakistan manage?"
    expected = site["bot"].ask(question)  # the same engine: which markers came through the lead-in
    brought = [c for c in expected.citations if c.introduced and c.via is not None]
    assert brought, expected.citations
    ask(page, question)
    answer = page.locator("#chat .answer").last
    for c in (next(x for x in expected.citations if not x.introduced and not x.in_section), brought[0]):  # the screenshot: the latter
        answer.locator("a.cite", has_text=f"[{c.marker}]").first.click()
        panel = panel_shows(page, f"panel-0-{c.marker}")
        score = page.locator(f"#source-panel #panel-0-{c.marker} .score")
        if c.introduced:
            assert f"introduced by [{c.via}]" in panel and "match" not in panel, panel
            assert "did not find this passage by itself" in score.get_attribute("title")
        else:
            assert "match" in panel and "introduced by" not in panel, panel
    page.screenshot(path=str(artifacts / "chat-introduced-passage.png"))


def test_a_passage_read_as_the_rest_of_a_found_section_says_so(page: Any, site: dict[str, Any],
                                                               artifacts: Path) -> None:
    """A why-question gathers several points, and reads the rest of the sections the search found
    (retrieval.section_passages): such a passage has no match of its own; its panel names the
    passage whose section it completes."""
    question = "Why does the author think secret mining contracts are risky?"
    expected = site["bot"].ask(question)  # the same engine: which markers came as a section's rest
    near = [c for c in expected.citations if c.in_section and c.in_section_of is not None]
    assert near, expected.citations
    ask(page, question)
    answer = page.locator("#chat .answer").last
    c = near[0]
    answer.locator("a.cite", has_text=f"[{c.marker}]").first.click()
    panel = panel_shows(page, f"panel-0-{c.marker}")
    assert f"in the section of [{c.in_section_of}]" in panel and "match" not in panel, panel
    score = page.locator(f"#source-panel #panel-0-{c.marker} .score")
    assert "same section as a passage" in score.get_attribute("title")
    page.screenshot(path=str(artifacts / "chat-section-passage.png"))


def test_llm_answer_streams_in(page: Any, fake_llm: FakeLLM, artifacts: Path) -> None:
    page.locator("#settings").click()
    page.locator("#mode label", has_text="llm").click()
    page.locator("#question textarea").fill("What share of REE extraction does China account for?")
    page.locator("#send").click()
    page.wait_for_selector("#chat .streaming", timeout=30000)  # partial text while tokens arrive
    page.screenshot(path=str(artifacts / "chat-streaming.png"))
    page.wait_for_function("!document.querySelector('#chat .streaming')", timeout=60000)
    final = page.locator("#chat .answer").last.inner_text()
    assert "[1]" in final and fake_llm.requests
    assert "Written by the LLM" in page.locator("#chat .mode").last.inner_text()  # which mode made it


def test_two_browsers_keep_separate_conversations(browser: Any, site: dict[str, Any], page: Any) -> None:
    ask(page, "Which minerals does Pakistan have significant deposits of?")
    other = browser.new_context().new_page()
    other.goto(site["url"], wait_until="load")
    other.wait_for_selector("#question textarea")
    ask(other, "Where are they concentrated?")
    # searched as asked: nothing carried over from the first browser's conversation
    assert other.locator("#chat .searched").count() == 0
    assert other.locator("#chat .answer").count() == 1
    assert page.locator("#chat .answer").count() == 1
    other.context.close()


def test_upload_a_document_then_ask_about_it_then_remove_it(page: Any, site: dict[str, Any], artifacts: Path) -> None:
    doc = site["home"] / "nodules.txt"
    doc.write_text(TEXT, encoding="utf-8")
    page.get_by_role("tab", name="Documents").click()
    page.wait_for_selector("#docs-table")
    from gradio.utils import get_upload_folder

    temp = Path(get_upload_folder())
    copies = set(temp.rglob("nodules.txt"))
    page.locator("#upload input[type=file]").set_input_files(str(doc))
    page.locator("#upload-button").click()
    page.wait_for_function("document.querySelector('#docs-status').innerText.includes('Indexed')", timeout=120000)
    assert "uploads/nodules.txt" in page.locator("#docs-table").inner_text()
    # a blind user test: the web server's copy stayed in a temporary folder, and the file stayed in
    # the upload box, so a second click uploaded it again
    assert set(temp.rglob("nodules.txt")) <= copies
    page.wait_for_function("!document.querySelector('#upload').innerText.includes('nodules.txt')", timeout=10000)
    page.screenshot(path=str(artifacts / "documents-tab.png"))

    page.get_by_role("tab", name="Chat").click()
    answer = ask(page, "Which metals do polymetallic nodules contain?")
    assert "manganese" in answer.inner_text()
    assert "uploads/nodules.txt" in page.locator("#chat ol.sources").last.inner_text()

    page.get_by_role("tab", name="Documents").click()
    page.locator("#remove-choice input").click()
    page.get_by_role("option", name="uploads/nodules.txt").click()
    page.locator("#remove-button").click()  # asked first
    page.wait_for_function("document.querySelector('#docs-status').innerText.includes('Remove uploads/nodules.txt')")
    page.locator("#keep-document").click()
    page.wait_for_selector("#remove-button", state="visible")
    assert "uploads/nodules.txt" in page.locator("#docs-table").inner_text()
    page.locator("#remove-button").click()
    page.locator("#confirm-remove").click()
    page.wait_for_function("document.querySelector('#docs-status').innerText.includes('Removed')", timeout=60000)
    assert ".removed/" in page.locator("#docs-status").inner_text()
    assert "nodules" not in page.locator("#docs-table").inner_text()
    assert not (site["home"] / "corpus" / "uploads" / "nodules.txt").exists()


def test_thumbs_down_saves_a_test_case(page: Any, site: dict[str, Any], artifacts: Path) -> None:
    before = len(load_suite(site["suite"]))
    ask(page, "Who wrote the article?")
    page.locator("#chat [aria-label='Dislike']").last.click()
    page.wait_for_selector("#case-form", state="visible")
    assert page.locator("#case-question textarea, #case-question input").input_value() == "Who wrote the article?"
    page.locator("#case-facts textarea").fill("Sabahuddin")
    page.screenshot(path=str(artifacts / "save-test-case.png"))
    page.locator("#case-save").click()
    page.wait_for_function("document.querySelector('#case-status').innerText.includes('Saved as test case')")
    cases = load_suite(site["suite"])
    assert len(cases) == before + 1
    assert cases[-1].question == "Who wrote the article?" and cases[-1].facts == [["Sabahuddin"]]
    # a blind user test: the form opened out of sight below the question box, with no way to close it
    ask(page, "Which minerals does Pakistan have significant deposits of?")
    page.locator("#chat [aria-label='Dislike']").last.click()
    page.wait_for_selector("#case-form", state="visible")
    page.wait_for_function("""() => { const r = document.querySelector('#case-form').getBoundingClientRect();
                                      return r.top >= 0 && r.bottom <= window.innerHeight; }""", timeout=5000)
    page.locator("#case-cancel").click()
    page.wait_for_selector("#case-form", state="hidden")
    assert len(load_suite(site["suite"])) == before + 1


# -- hostile text (#19): markup from a question or a crafted file never renders or fetches -------------


@pytest.fixture
def listener() -> Iterator[dict[str, Any]]:
    """A loopback HTTP server that records every request: a rendered image or a followed link
    would reach it (the page's guard lets loopback through)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            seen.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {"url": f"http://127.0.0.1:{server.server_address[1]}", "seen": seen}
    server.shutdown()


def test_markdown_typed_in_a_question_shows_as_typed(page: Any, listener: dict[str, Any]) -> None:
    url = listener["url"]
    question = f"What about ![pixel]({url}/typed.png) and [this link]({url}/login) and **bold** copper?"
    ask(page, question)
    row = page.locator("#chat .user-row").last
    assert row.inner_text().strip() == question  # every character as typed
    assert row.locator("img").count() == 0 and row.locator("a").count() == 0 and row.locator("strong").count() == 0
    page.wait_for_timeout(500)
    assert listener["seen"] == []
    row.hover()  # editing it starts from the question as typed
    page.locator("#chat button[aria-label='Edit']").last.click()
    try:
        page.wait_for_function("q => { const t = document.querySelector('#chat textarea'); return t && t.value === q; }",
                               arg=question, timeout=5000)
    finally:
        assert page.locator("#chat textarea").first.input_value() == question


def test_a_crafted_docx_cannot_put_markup_in_the_documents_status(
        page: Any, site: dict[str, Any], listener: dict[str, Any]) -> None:
    """The zip part names of a .docx reach the refusal message; the status box shows them as text."""
    import io
    import zipfile

    url = listener["url"]
    part = f"word/![x]({url}/status.png) [Click here to re-authenticate]({url}/login) <img src={url}/tag.png>.xml"
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(part, "<w:p/>" * 1_000_000)  # packed thousands of times: refused, naming the part
    path = site["home"] / "crafted.docx"
    path.write_bytes(data.getvalue())
    page.get_by_role("tab", name="Documents").click()
    page.wait_for_selector("#docs-table")
    page.locator("#upload input[type=file]").set_input_files(str(path))
    page.locator("#upload-button").click()
    page.wait_for_function("document.querySelector('#docs-status').innerText.includes('Problems')", timeout=120000)
    status = page.locator("#docs-status")
    assert "limits.max_zip_ratio" in status.inner_text()
    assert "[Click here to re-authenticate](" in status.inner_text()  # shown as text ...
    assert status.locator("a").count() == 0 and status.locator("img").count() == 0  # ... not rendered
    page.wait_for_timeout(500)
    assert listener["seen"] == []
    assert not (site["home"] / "corpus" / "uploads" / "crafted.docx").exists()
