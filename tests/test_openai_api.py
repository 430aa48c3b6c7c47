"""The HTTP API next to the chat window (ui/server.py): the OpenAI-compatible /v1 driven by the real
`openai` client and LangChain's ChatOpenAI, the REST /api, keys, limits and error shapes, and
concurrency. Every server here is real (uvicorn on a free loopback port, Gradio mounted at /)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import quote

import httpx
import pytest

from assistant import Assistant, Settings
from assistant.backends.llm import open_llm

from .fake_llm import FakeLLM
from .servers import free_port, wait_for_http
from .helpers import first_sentence_of

pytestmark = pytest.mark.slow  # the fast lane: ./test.sh -m "not slow"

KEY = "test-key-123"
AUTH = {"Authorization": f"Bearer {KEY}"}
DOCS = {
    "nodules.md": "# Polymetallic nodules\n\nPolymetallic nodules lie on the deep seabed of the Pacific Ocean. "
                  "They hold manganese, nickel, cobalt and copper.\n\n## Mining\n\nThe International Seabed "
                  "Authority regulates deep-sea mining in international waters. Mining companies need an "
                  "exploration contract from the Authority before they can collect nodules.\n\n## Location\n\n"
                  "Most nodules are found in the Clarion-Clipperton Zone, between Hawaii and Mexico.\n",
    "lithium.md": "# Lithium in Chile\n\nChile extracts lithium from brine pumped out of the Atacama salt flat. "
                  "The brine evaporates in large ponds for about eighteen months.\n\n## Companies\n\n"
                  "SQM and Albemarle operate the lithium concessions in the Atacama.\n",
}
REGULATOR_Q = "Who regulates deep-sea mining in international waters?"
FOLLOW_UP_Q = "What do mining companies need from it?"
OFF_TOPIC_Q = "Who won the 2022 World Cup?"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, embedder: Any) -> Iterator[dict[str, Any]]:
    """A server with an API key over a small corpus written here."""
    from ui.server import BackgroundServer, build_server

    home = tmp_path_factory.mktemp("api-site")
    (home / "corpus").mkdir()
    for name, text in DOCS.items():
        (home / "corpus" / name).write_text(text, encoding="utf-8")
    settings = Settings.load(home=home, corpus_dir=home / "corpus", index_dir=home / "index", auto_ingest=False,
                             server={"rate_limit": 0})
    bot = Assistant.from_config(settings, embedder=embedder)
    assert bot.ingest().ok
    server = BackgroundServer(build_server(bot, api_key=KEY), port=free_port())
    yield {"url": server.url.rstrip("/"), "bot": bot, "home": home}
    server.close()
    bot.close()


@pytest.fixture
def other_server(site: dict[str, Any]) -> Iterator[Callable[..., str]]:
    """Another server over the same index with other settings (server limits, an LLM)."""
    from ui.server import BackgroundServer, build_server

    started: list[BackgroundServer] = []

    def start(api_key: str | None = None, auth: str | None = None, **overrides: Any) -> str:
        bot: Assistant = site["bot"]
        settings = Settings.load(home=site["home"], corpus_dir=site["home"] / "corpus", index_dir=site["home"] / "index",
                                 auto_ingest=False, **overrides)
        server = BackgroundServer(build_server(Assistant(settings, bot.index, open_llm(settings.llm)), api_key=api_key,
                                                     auth=auth), port=free_port())
        started.append(server)
        return server.url.rstrip("/")

    yield start
    for s in started:
        s.close()


def client(site: dict[str, Any], key: str = KEY) -> Any:
    from openai import OpenAI

    return OpenAI(base_url=site["url"] + "/v1", api_key=key, max_retries=0)


def expected_reply(bot: Assistant, question: str, history: list[dict[str, str]] | None = None) -> tuple[str, Any]:
    """What the API should say: the library's own answer, with its sources appended."""
    from ui.openai_api import reply_content

    answer = bot.ask(question, history)
    return reply_content(answer, answer.text), answer


# -- the openai client --------------------------------------------------------------------------------


def test_models_are_the_answer_modes(site: dict[str, Any]) -> None:
    assert [m.id for m in client(site).models.list()] == ["assistant-extractive"]  # no LLM configured
    assert client(site).models.retrieve("assistant-extractive").owned_by == "assistant"


def test_openai_client_gets_a_cited_answer(site: dict[str, Any]) -> None:
    reply = client(site).chat.completions.create(
        model="assistant-extractive", messages=[{"role": "system", "content": "Answer in French."},
                                                {"role": "user", "content": REGULATOR_Q}])
    content, answer = expected_reply(site["bot"], REGULATOR_Q)
    assert not answer.refused and answer.citations
    message = reply.choices[0].message
    assert message.role == "assistant" and reply.choices[0].finish_reason == "stop"
    assert message.content == content  # the system message changed nothing
    assert message.content.startswith(answer.text) and "\n\nSources:\n- [1] " in message.content
    extra = reply.model_extra
    assert extra["refused"] is False and extra["query"] == answer.query
    assert [c["passage_id"] for c in extra["citations"]] == [c.chunk_id for c in answer.citations]
    first = extra["citations"][0]
    assert first["document"] == "nodules.md" and first["section"] == answer.citations[0].section
    assert first["quote"] and first["quote"] in answer.citations[0].text
    assert f"[{first['marker']}]" in answer.text and "nodules.md" in message.content


def test_openai_client_streams_the_same_reply(site: dict[str, Any]) -> None:
    chunks = list(client(site).chat.completions.create(
        model="assistant-extractive", stream=True, messages=[{"role": "user", "content": REGULATOR_Q}]))
    content, answer = expected_reply(site["bot"], REGULATOR_Q)
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == content
    assert len(chunks) >= 3 and chunks[0].choices[0].delta.role == "assistant"
    final = chunks[-1]
    assert final.choices[0].finish_reason == "stop" and all(c.choices[0].finish_reason is None for c in chunks[:-1])
    assert final.model_extra["refused"] is False
    assert [c["passage_id"] for c in final.model_extra["citations"]] == [c.chunk_id for c in answer.citations]


def test_a_follow_up_is_answered_with_the_conversation(site: dict[str, Any]) -> None:
    openai = client(site)
    first = openai.chat.completions.create(model="assistant-extractive",
                                           messages=[{"role": "user", "content": REGULATOR_Q}])
    messages = [{"role": "user", "content": REGULATOR_Q},
                {"role": "assistant", "content": first.choices[0].message.content},  # sources and all
                {"role": "user", "content": FOLLOW_UP_Q}]
    follow = openai.chat.completions.create(model="assistant-extractive", messages=messages)
    earlier = site["bot"].ask(REGULATOR_Q)
    content, answer = expected_reply(site["bot"], FOLLOW_UP_Q, [{"role": "user", "content": REGULATOR_Q},
                                                                {"role": "assistant", "content": earlier.text}])
    assert follow.choices[0].message.content == content  # the sources list was not taken as history
    assert follow.model_extra["query"] == answer.query != FOLLOW_UP_Q  # searched with the conversation
    alone = openai.chat.completions.create(model="assistant-extractive",
                                           messages=[{"role": "user", "content": FOLLOW_UP_Q}])
    assert alone.model_extra["query"] == FOLLOW_UP_Q


def test_a_refusal_is_an_ordinary_reply_that_says_so(site: dict[str, Any]) -> None:
    reply = client(site).chat.completions.create(model="assistant-extractive",
                                                 messages=[{"role": "user", "content": OFF_TOPIC_Q}])
    content, answer = expected_reply(site["bot"], OFF_TOPIC_Q)
    assert answer.refused and reply.model_extra["refused"] is True and reply.model_extra["citations"] == []
    assert reply.choices[0].message.content == content and reply.choices[0].finish_reason == "stop"


def test_llm_mode_streams_tokens_and_ends_with_the_verified_answer(site: dict[str, Any], other_server: Callable[..., str]) -> None:
    from openai import OpenAI

    from ui.openai_api import answer_text_of

    with FakeLLM() as fake:
        fake.reply = first_sentence_of(2)  # cites passage 2; verification renumbers it [1]
        url = other_server(llm={"provider": "openai", "base_url": fake.url, "model": "fake"})
        openai = OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0)
        assert [m.id for m in openai.models.list()] == ["assistant-extractive", "assistant-llm"]
        chunks = list(openai.chat.completions.create(model="assistant-llm", stream=True,
                                                     messages=[{"role": "user", "content": REGULATOR_Q}]))
    content = "".join(c.choices[0].delta.content or "" for c in chunks)
    extra = chunks[-1].model_extra
    assert extra["mode"] == "llm" and [c["marker"] for c in extra["citations"]] == [1]
    assert fake.requests and "[2]" in content.split("\n\n")[0]  # the model's own tokens came first
    final = answer_text_of(content)
    assert "[1]" in final and "[2]" not in final  # the verified answer is what follows, renumbered
    sources = content.rsplit("\n\nSources:\n", 1)[1]
    assert sources.startswith(f"- [1] {extra['citations'][0]['title']}") and sources.endswith("(nodules.md)")


def test_langchain_chat_openai(site: dict[str, Any]) -> None:
    from langchain_core.messages import AIMessage, HumanMessage
    from langchain_openai import ChatOpenAI

    chat = ChatOpenAI(base_url=site["url"] + "/v1", api_key=KEY, model="assistant-extractive", max_retries=0)
    content, answer = expected_reply(site["bot"], REGULATOR_Q)
    reply = chat.invoke([HumanMessage(REGULATOR_Q)])
    assert reply.content == content
    streamed = "".join(str(c.content) for c in chat.stream([HumanMessage(REGULATOR_Q)]))
    assert streamed == content
    follow = chat.invoke([HumanMessage(REGULATOR_Q), AIMessage(reply.content), HumanMessage(FOLLOW_UP_Q)])
    expected, _ = expected_reply(site["bot"], FOLLOW_UP_Q, [{"role": "user", "content": REGULATOR_Q},
                                                            {"role": "assistant", "content": answer.text}])
    assert follow.content == expected


# -- the REST API -------------------------------------------------------------------------------------


def test_rest_ask_returns_the_answer_as_json(site: dict[str, Any]) -> None:
    r = httpx.post(site["url"] + "/api/ask", headers=AUTH, json={"question": REGULATOR_Q, "top_k": 3})
    assert r.status_code == 200
    got, want = r.json(), site["bot"].ask(REGULATOR_Q, top_k=3).to_dict()
    got.pop("timings"), want.pop("timings")
    assert got == json.loads(json.dumps(want))  # tuples as lists
    history = [{"role": "user", "content": REGULATOR_Q}, {"role": "assistant", "content": got["text"]}]
    follow = httpx.post(site["url"] + "/api/ask", headers=AUTH, json={"question": FOLLOW_UP_Q, "history": history})
    assert follow.json()["query"] == site["bot"].ask(FOLLOW_UP_Q, history).query != FOLLOW_UP_Q


def test_upload_ask_and_remove_through_the_rest_api(site: dict[str, Any]) -> None:
    url, corpus = site["url"], site["home"] / "corpus"
    text = b"# Cobalt in Congo\n\nThe Democratic Republic of the Congo mines about seventy percent of the world's cobalt.\n"
    r = httpx.post(url + "/api/documents", headers=AUTH,
                   files=[("files", ("../cobalt notes.md", text, "text/markdown")),
                          ("files", ("tool.exe", b"MZ\x90\x00", "application/octet-stream"))])
    assert r.status_code == 200, r.text
    body = r.json()
    source = body["documents"][0]["source"]
    assert source == "uploads/cobalt notes.md" and body["documents"][0]["chunks"] >= 1  # folders stripped
    assert (corpus / source).read_bytes() == text
    assert len(body["problems"]) == 1 and "tool.exe" in body["problems"][0] and "unsupported" in body["problems"][0]
    listed = httpx.get(url + "/api/documents", headers=AUTH).json()
    assert {d["source"] for d in listed} == {"nodules.md", "lithium.md", source}
    answer = httpx.post(url + "/api/ask", headers=AUTH,
                        json={"question": "How much of the world's cobalt does the Democratic Republic of the Congo mine?"}).json()
    found = answer["citations"] or answer["related"]  # searchable at once (whether it answers is answering's call)
    assert found and found[0]["source"] == source

    gone = httpx.delete(url + "/api/documents/" + quote(source, safe=""), headers=AUTH)
    assert gone.status_code == 200 and gone.json()["source"] == source
    assert not (corpus / source).exists() and (corpus / ".removed" / source).exists()
    assert source not in {d["source"] for d in httpx.get(url + "/api/documents", headers=AUTH).json()}
    again = httpx.delete(url + "/api/documents/" + quote(source, safe=""), headers=AUTH)
    assert again.status_code == 404 and set(again.json()["error"]) == {"message", "type"}
    assert source in again.json()["error"]["message"]

    only_bad = httpx.post(url + "/api/documents", headers=AUTH, files=[("files", ("a.exe", b"MZ", "application/x-dosexec"))])
    assert only_bad.status_code == 400 and "unsupported" in only_bad.json()["error"]["message"]
    assert not (corpus / "uploads" / "a.exe").exists()


# -- keys, limits, errors -----------------------------------------------------------------------------


def test_without_the_key_every_endpoint_is_refused(site: dict[str, Any]) -> None:
    from openai import AuthenticationError

    url = site["url"]
    for method, path in [("GET", "/v1/models"), ("POST", "/v1/chat/completions"), ("POST", "/api/ask"),
                         ("GET", "/api/documents"), ("DELETE", "/api/documents/nodules.md"), ("GET", "/docs"),
                         ("GET", "/openapi.json")]:
        for headers in ({}, {"Authorization": "Bearer wrong"}):
            r = httpx.request(method, url + path, headers=headers, json={})
            assert r.status_code == 401, (method, path)
            assert r.json()["error"]["message"] and r.json()["error"]["type"] == "authentication_error"
    with pytest.raises(AuthenticationError):
        client(site, key="wrong").models.list()
    assert {d.source for d in site["bot"].documents()} >= {"nodules.md"}  # the DELETE did nothing
    # the chat window wants a login too: any user name with the key as password
    assert httpx.get(url + "/config").status_code == 401
    from gradio_client import Client

    answer = Client(url + "/", auth=("anyone", KEY), verbose=False).predict(REGULATOR_Q, api_name="/chat")
    assert answer["text"] == site["bot"].ask(REGULATOR_Q).text


def test_the_auth_login_also_opens_the_api(other_server: Callable[..., str]) -> None:
    url = other_server(auth="analyst:s3cret")  # --auth alone, no API key
    assert httpx.get(url + "/api/documents").status_code == 401
    assert httpx.get(url + "/api/documents", headers={"Authorization": "Bearer analyst:s3cret"}).status_code == 200
    assert httpx.get(url + "/api/documents", auth=("analyst", "s3cret")).status_code == 200
    assert httpx.get(url + "/api/documents", auth=("analyst", "wrong")).status_code == 401
    assert httpx.get(url + "/config").status_code == 401  # and the page's login, as before


def test_docs_are_served_without_outside_assets(site: dict[str, Any]) -> None:
    basic = {"Authorization": "Basic " + base64.b64encode(f"me:{KEY}".encode()).decode()}
    unauth = httpx.get(site["url"] + "/docs")
    assert unauth.status_code == 401 and unauth.headers["www-authenticate"].startswith("Basic")  # a browser asks
    page = httpx.get(site["url"] + "/docs", headers=basic)
    assert page.status_code == 200 and "/v1/chat/completions" in page.text and "/api/documents" in page.text
    assert "<script" not in page.text and "<link" not in page.text and "http" not in page.text.replace("http://", "")
    schema = httpx.get(site["url"] + "/openapi.json", headers=AUTH).json()
    assert {"/v1/chat/completions", "/v1/models", "/api/ask", "/api/documents", "/api/documents/{source}"} <= set(schema["paths"])


def openai_error(r: httpx.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert isinstance(error["message"], str) and error["message"] and isinstance(error["type"], str)
    return error


def test_malformed_requests_get_openai_shaped_errors(site: dict[str, Any]) -> None:
    url = site["url"] + "/v1/chat/completions"
    post: Callable[..., httpx.Response] = lambda **kw: httpx.post(url, headers=AUTH, **kw)  # noqa: E731
    broken = httpx.post(url, content=b"{not json", headers={**AUTH, "Content-Type": "application/json"})
    assert "JSON" in openai_error(broken, 400)["message"]
    assert openai_error(post(json={"model": "assistant-extractive"}), 400)["param"] == "messages"
    assert openai_error(post(json={"model": "assistant-extractive", "messages": "hi"}), 400)["param"] == "messages"
    assert openai_error(post(json={"model": "assistant-extractive", "messages": [{"role": "robot", "content": "x"}]}), 400)
    last = openai_error(post(json={"model": "assistant-extractive", "messages": [{"role": "assistant", "content": "x"}]}), 400)
    assert "last" in last["message"]
    model = openai_error(post(json={"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}]}), 404)
    assert model["code"] == "model_not_found" and "assistant-extractive" in model["message"]
    llm = openai_error(post(json={"model": "assistant-llm", "messages": [{"role": "user", "content": "x"}]}), 404)
    assert "llm.provider" in llm["message"]  # not configured here
    empty = openai_error(post(json={"model": "assistant-extractive", "messages": [{"role": "user", "content": "  "}]}), 400)
    assert "empty" in empty["message"]
    long = openai_error(post(json={"model": "assistant-extractive", "stream": True,
                                   "messages": [{"role": "user", "content": "why " * 600}]}), 400)
    assert "limit" in long["message"]  # a streamed request is refused before the stream starts
    image = [{"type": "image_url", "image_url": {"url": "data:,"}}]
    assert "text" in openai_error(post(json={"model": "assistant-extractive", "messages": [{"role": "user", "content": image}]}), 400)["message"]
    # the REST API: its own shape, the library's limits
    r = httpx.post(site["url"] + "/api/ask", headers=AUTH, json={"question": "x" * 2001})
    assert r.status_code == 400 and set(r.json()["error"]) == {"message", "type"} and "2,000" in r.json()["error"]["message"]
    r = httpx.post(site["url"] + "/api/ask", headers=AUTH, json={"question": "ok", "mode": "psychic"})
    assert r.status_code == 400 and "mode" in r.json()["error"]["message"]


def test_body_size_limit(other_server: Callable[..., str]) -> None:
    url = other_server(server={"max_request_kb": 4, "rate_limit": 0})
    big = {"model": "assistant-extractive", "messages": [{"role": "user", "content": "x" * 5000}]}
    assert "4 KB" in openai_error(httpx.post(url + "/v1/chat/completions", json=big), 413)["message"]
    chunked = httpx.post(url + "/v1/chat/completions", content=iter([b'{"model": "', b"x" * 5000, b'"}']),
                         headers={"Content-Type": "application/json"})  # no Content-Length: counted as it comes
    openai_error(chunked, 413)
    small = {"model": "assistant-extractive", "messages": [{"role": "user", "content": REGULATOR_Q}]}
    assert httpx.post(url + "/v1/chat/completions", json=small).status_code == 200  # no key set here: open


def test_rate_limit_per_client(other_server: Callable[..., str]) -> None:
    url = other_server(server={"rate_limit": 3})  # 3 a minute: one more every 20 s
    statuses = [httpx.get(url + "/v1/models").status_code for _ in range(3)]
    limited = httpx.get(url + "/api/documents")
    assert statuses == [200, 200, 200] and limited.status_code == 429
    assert set(limited.json()["error"]) == {"message", "type"} and "server.rate_limit" in limited.json()["error"]["message"]
    assert int(limited.headers["retry-after"]) >= 1
    assert openai_error(httpx.get(url + "/v1/models"), 429)["code"] == "rate_limit_exceeded"
    assert httpx.get(url + "/").status_code == 200  # the chat page is not counted


# -- concurrency and the command --------------------------------------------------------------------------


@pytest.mark.slow
def test_sixteen_concurrent_streaming_clients_get_the_serial_answers(site: dict[str, Any]) -> None:
    conversations = [[REGULATOR_Q, FOLLOW_UP_Q], ["Where does Chile get its lithium from?", "How long does it evaporate?"],
                     ["Which metals do the nodules hold?", "Where are most of them found?"], [OFF_TOPIC_Q, "Which companies operate the lithium concessions?"]]

    def run(questions: list[str]) -> list[tuple[str, Any]]:
        openai, messages, out = client(site), [], []
        for q in questions:
            messages.append({"role": "user", "content": q})
            chunks = list(openai.chat.completions.create(model="assistant-extractive", stream=True, messages=messages))
            content = "".join(c.choices[0].delta.content or "" for c in chunks)
            out.append((content, chunks[-1].model_extra))
            messages.append({"role": "assistant", "content": content})
        return out

    serial = [run(c) for c in conversations]
    results: dict[int, Any] = {}
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            results[i] = run(conversations[i % len(conversations)])
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert errors == [] and len(results) == 16
    assert any(extra["citations"] for turns in serial for _, extra in turns)  # real answers, not only refusals
    for i, got in results.items():
        assert got == serial[i % len(conversations)], i


@pytest.mark.slow
def test_assistant_serve_with_an_api_key(tmp_path: Path, site: dict[str, Any]) -> None:
    shutil.copytree(site["home"] / "index", tmp_path / "index")
    port = free_port()
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(tmp_path / "index"), "ASSISTANT_CORPUS_DIR": str(site["home"] / "corpus"),
           "ASSISTANT_AUTO_INGEST": "false", "ASSISTANT_SERVER__API_KEY": KEY}
    proc = subprocess.Popen([str(Path(sys.executable).parent / "assistant"), "serve", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_http(base + "/v1/models", "assistant serve", seconds=60)
        assert httpx.get(base + "/v1/models").status_code == 401
        assert [m["id"] for m in httpx.get(base + "/v1/models", headers=AUTH).json()["data"]] == ["assistant-extractive"]
        page = httpx.get(base + "/")
        assert page.status_code == 200 and "gradio" in page.text.lower()  # the chat window (its login) at /
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed (./test.sh installs it)")
def test_the_chat_window_still_works_at_the_root(other_server: Callable[..., str]) -> None:
    """Gradio mounted under uvicorn: the page at /, its styles and scripts, offline, answering."""
    from urllib.parse import urlparse

    from playwright.sync_api import sync_playwright

    from .browser import ARGS, ask

    url = other_server()
    outside: list[str] = []

    def guard(route: Any) -> None:
        if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=ARGS)
        try:
            page = browser.new_page()
            page.route("**/*", guard)
            page.goto(url + "/", wait_until="load")
            page.wait_for_selector("#question textarea")
            answer = ask(page, REGULATOR_Q)
            assert "Seabed Authority" in answer.inner_text()
            assert page.locator("#chat ol.sources a.cite").count() >= 1  # render.py's answer HTML, clickable
            page.locator("#chat .answer a.cite").last.click()
            page.wait_for_selector("#source-panel mark")  # render.JS wired the markers to the panel
        finally:
            browser.close()
    assert outside == []


def test_repeated_wrong_keys_lock_the_client_out_for_a_growing_time(other_server: Callable[..., str]) -> None:
    from ui.guard import LoginThrottle

    url = other_server(api_key="right-key")
    wrong = {"Authorization": "Bearer guess"}
    codes = [httpx.get(url + "/api/documents", headers=wrong).status_code for _ in range(LoginThrottle.FREE)]
    assert codes == [401] * LoginThrottle.FREE  # a few mistakes cost nothing
    locked = httpx.get(url + "/api/documents", headers={"Authorization": "Bearer right-key"})
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) >= 1  # even the right key waits
    assert "Too many wrong keys" in locked.json()["error"]["message"]
    assert httpx.get(url + "/api/documents").status_code == 429  # no key at all: still locked


def test_page_logins_are_refused_for_a_while_after_repeated_failures() -> None:
    from ui.guard import LoginThrottle
    from ui.server import page_login

    throttle = LoginThrottle()
    check = page_login(("analyst", "s3cret"), None, throttle)
    assert not any(check("analyst", f"guess{i}") for i in range(LoginThrottle.FREE))
    key = "page:unknown"  # called outside a request: no client address is known
    assert throttle.locked_for(key) > 0
    assert not check("analyst", "s3cret")  # locked out: not even checked (and never waits)
    throttle.failures[key] = [t - LoginThrottle.WINDOW for t in throttle.failures[key]]  # time passes
    assert check("analyst", "s3cret") and not throttle.failures.get(key)  # opens and clears the record


def test_page_logins_lock_out_the_guessing_client_only(corpus_bot: Assistant) -> None:
    """Gradio's login route, through the real app: the client that keeps guessing is refused
    for a while, even with the right password; a user at another address logs in meanwhile."""
    import asyncio

    from ui.guard import LoginThrottle
    from ui.server import build_server

    app = build_server(corpus_bot, auth="analyst:s3cret")

    async def login(client: str, password: str) -> int:
        transport = httpx.ASGITransport(app=app, client=(client, 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            r = await c.post("/login", data={"username": "analyst", "password": password})
            return r.status_code

    async def scenario() -> None:
        guesses = [await login("10.0.0.66", f"guess{i}") for i in range(LoginThrottle.FREE)]
        assert guesses == [400] * LoginThrottle.FREE  # Gradio's "Incorrect credentials"
        assert await login("10.0.0.66", "s3cret") == 400  # locked out: not even checked (and never waits)
        assert await login("10.0.0.7", "s3cret") == 200  # another user is not locked out with the guesser
        assert await login("10.0.0.7", "wrong") == 400 and await login("10.0.0.7", "s3cret") == 200

    asyncio.run(scenario())
