"""The chat server, driven programmatically through gradio_client over loopback."""

from __future__ import annotations

from typing import Iterator

import pytest

from assistant import Assistant

from .servers import free_port

pytestmark = pytest.mark.slow  # the fast lane: ./test.sh -m "not slow"


@pytest.fixture(scope="module")
def server(corpus_bot: Assistant) -> Iterator[str]:
    from ui.app import build_app, launch

    app = build_app(corpus_bot)
    port = free_port()
    launch(app, host="127.0.0.1", port=port, block=False)
    yield f"http://127.0.0.1:{port}/"
    app.close()


def test_chat_endpoint_answers_with_citations(server: str) -> None:
    from gradio_client import Client

    client = Client(server, verbose=False)
    answer = client.predict("Which minerals does Pakistan have significant deposits of?", api_name="/chat")
    assert "copper" in answer["text"] and "[1]" in answer["text"]
    assert answer["citations"][0]["source"] == "pakistan-us-critical-minerals.md"
    assert answer["refused"] is False


def test_each_client_keeps_its_own_conversation(server: str) -> None:
    from gradio_client import Client

    one = Client(server, verbose=False)
    one.predict("Which minerals does Pakistan have significant deposits of?", api_name="/chat")
    follow = one.predict("Where are they concentrated?", api_name="/chat")
    assert "Baluchistan" in follow["text"] and "minerals" in follow["query"]

    other = Client(server, verbose=False)
    fresh = other.predict("Where are they concentrated?", api_name="/chat")
    assert fresh["query"] == "Where are they concentrated?"  # no history leaked between sessions


def test_refusal_and_bad_input_come_back_as_data(server: str) -> None:
    from gradio_client import Client

    client = Client(server, verbose=False)
    refusal = client.predict("Who won the 2022 World Cup?", api_name="/chat")
    assert refusal["refused"] is True and refusal["citations"] == []
    error = client.predict("   ", api_name="/chat")
    assert "empty" in error["error"]


def test_only_the_chat_endpoint_is_public(server: str) -> None:
    from gradio_client import Client

    api = Client(server, verbose=False).view_api(print_info=False, return_format="dict")
    assert list(api["named_endpoints"]) == ["/chat"]
