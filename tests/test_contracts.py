"""Every backend passes its contract (`contracts.py`): the real adapters and the shipped fakes;
the fakes are chosen by name through the registry, as a plugin's backends would be."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from assistant import Assistant, Settings
from assistant.backends import registry
from assistant.backends.chroma import ChromaStore
from assistant.backends.embedding import SentenceTransformerEmbedder
from assistant.backends.fakes import HashEmbedder, MemoryStore, ScriptedChat
from assistant.config import LLMSettings
from assistant.errors import ConfigError

from .contracts import ChatModelContract, EmbedderContract, ManifestContract, VectorStoreContract
from .fake_llm import FakeLLM


class TestSentenceTransformerEmbedder(EmbedderContract):
    @pytest.fixture
    def embedder(self, embedder: SentenceTransformerEmbedder) -> SentenceTransformerEmbedder:
        return embedder  # the real packaged model (conftest)


class TestHashEmbedder(EmbedderContract):
    @pytest.fixture
    def embedder(self) -> HashEmbedder:
        return HashEmbedder()


class TestChromaStore(VectorStoreContract, ManifestContract):
    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[ChromaStore]:
        s = ChromaStore(path=tmp_path / "chroma")
        yield s
        s.close()

    @pytest.fixture
    def manifest(self, store: ChromaStore) -> ChromaStore:
        return store


class TestMemoryStore(VectorStoreContract, ManifestContract):
    @pytest.fixture
    def store(self) -> MemoryStore:
        return MemoryStore()

    @pytest.fixture
    def manifest(self, store: MemoryStore) -> MemoryStore:
        return store


class TestOpenAIChatModel(ChatModelContract):
    """The LangChain adapter against a real HTTP server speaking the protocol."""

    @pytest.fixture(params=["openai", "ollama"])
    def chat(self, request: pytest.FixtureRequest) -> Iterator[object]:
        with FakeLLM() as fake:
            fake.reply = lambda body: "Copper lies in Baluchistan [1]."
            url = fake.url if request.param == "openai" else fake.ollama_url
            yield registry.open_chat_model(LLMSettings(provider=request.param, base_url=url, model="m", timeout=5))


class TestScriptedChat(ChatModelContract):
    @pytest.fixture
    def chat(self) -> ScriptedChat:
        return ScriptedChat()

    def test_a_script_is_replied_in_order_then_its_last_line_repeats(self) -> None:
        chat = ScriptedChat(["one [1]", "two [1]"])
        assert [chat.complete(self.PROMPT) for _ in range(3)] == ["one [1]", "two [1]", "two [1]"]


def test_the_fakes_come_through_the_plugin_entry_point_and_answer_end_to_end(tmp_path: Path) -> None:
    assert {"hash"} <= set(registry.names()["embedding"])
    assert {"memory"} <= set(registry.names()["store"])
    assert {"scripted"} <= set(registry.names()["llm"])
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "minerals.md").write_text("# Deposits\n\nBaluchistan holds large copper and gold deposits. "
                                        "Rare earths are processed mostly in China.\n", encoding="utf-8")
    settings = Settings.load(index_dir=tmp_path / "index", corpus_dir=corpus, embedding={"backend": "hash"},
                             store={"backend": "memory"}, llm={"provider": "scripted"})
    bot = Assistant.from_config(settings)
    assert isinstance(bot.index.store, MemoryStore) and isinstance(bot.index.embedder, HashEmbedder)
    report = bot.ingest([corpus])
    assert report.added == ["minerals.md"] and report.chunks_added == 1
    extractive = bot.ask("Where are the copper deposits?")
    assert not extractive.refused and "Baluchistan" in extractive.text
    generated = bot.ask("Where are the copper deposits?", mode="llm")
    assert generated.mode == "llm" and generated.citations[0].source == "minerals.md"
    assert (tmp_path / "index").exists() and not list((tmp_path / "index").glob("chroma*"))  # nothing in Chroma


def test_from_config_takes_a_chat_model_as_it_is(tmp_path: Path) -> None:
    chat = ScriptedChat(["The deposits are in Baluchistan [1]."], name="my-model")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("Baluchistan holds large copper deposits.\n", encoding="utf-8")
    bot = Assistant.from_config(index_dir=tmp_path / "index", corpus_dir=corpus, embedding={"backend": "hash"},
                                store={"backend": "memory"}, llm=chat)
    bot.ingest([corpus])
    answer = bot.ask("Where are the copper deposits?", mode="llm")
    assert bot.llm is chat and chat.requests, "the chat model passed in was not the one asked"
    assert answer.text.startswith("The deposits are in Baluchistan")


@pytest.mark.parametrize("kind", ["embedding", "store", "llm"])
def test_an_unknown_backend_is_a_config_error_naming_the_registered_ones(tmp_path: Path, kind: str) -> None:
    key = "provider" if kind == "llm" else "backend"
    settings = Settings.load(index_dir=tmp_path / "index", corpus_dir=tmp_path, **{kind: {key: "nope"}})
    with pytest.raises(ConfigError, match=rf"{kind}\.{key} is 'nope'.*(memory|hash|scripted)"):
        Assistant.from_config(settings)
