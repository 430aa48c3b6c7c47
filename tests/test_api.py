"""The Python API on the bundled corpus: cited answers, refusals, follow-ups, streaming, LangChain."""

from __future__ import annotations


import numpy as np
import pytest

from assistant import Answer, Assistant, Settings, Turn
from assistant.errors import EmbeddingMismatch, InputError

from .conftest import CORPUS
from .helpers import MARKER, assert_well_cited


def test_answers_with_cited_verbatim_sentences(corpus_bot: Assistant) -> None:
    a = corpus_bot.ask("Which minerals does Pakistan have significant deposits of?")
    assert_well_cited(a)
    for mineral in ("copper", "gold", "antimony", "tungsten", "rare-earth"):
        assert mineral in a.text
    c = a.citations[0]
    assert c.source == "pakistan-us-critical-minerals.md"
    assert c.section == "Pakistan’s Mineral Wealth: A National Security Asset"
    assert c.page is None
    assert 1 <= len(a.sentences) <= 3  # concise


def test_refuses_out_of_corpus_questions_without_citations(corpus_bot: Assistant) -> None:
    a = corpus_bot.ask("Who won the 2022 World Cup?")
    assert a.refused and a.mode == "refusal"
    assert a.citations == () and not MARKER.search(a.text)
    assert "do not" in a.text.lower()
    assert a.related  # the closest passages, offered as "related, not an answer"


def test_follow_up_uses_the_conversation(corpus_bot: Assistant) -> None:
    first = corpus_bot.ask("Which minerals does Pakistan have significant deposits of?")
    history = [{"role": "user", "content": "Which minerals does Pakistan have significant deposits of?"},
               {"role": "assistant", "content": first.text}]
    a = corpus_bot.ask("Where are they concentrated?", history)
    assert_well_cited(a)
    assert "Baluchistan" in a.text
    assert a.query.startswith("Where are they concentrated?") and "minerals" in a.query
    # the project's own Turn type works the same
    b = corpus_bot.ask("Where are they concentrated?", [Turn("user", history[0]["content"]), Turn("assistant", first.text)])
    assert b.text == a.text
    # without the conversation, the same words are not enough: nothing came before "they"
    alone = corpus_bot.ask("Where are they concentrated?")
    assert alone.query == "Where are they concentrated?"
    assert alone.refused or (alone.notice or "").startswith('Nothing before this question says what "they" is')


def test_a_new_topic_is_not_polluted_by_the_previous_one(corpus_bot: Assistant) -> None:
    history = [{"role": "user", "content": "Which minerals does Pakistan have significant deposits of?"},
               {"role": "assistant", "content": "copper, gold [1]"}]
    a = corpus_bot.ask("Who won the 2022 World Cup?", history)
    assert a.refused and a.query == "Who won the 2022 World Cup?"


def test_small_talk_is_answered_without_searching(corpus_bot: Assistant) -> None:
    for text in ("hi", "Thanks!", "thank you very much"):
        a = corpus_bot.ask(text)
        assert a.mode == "smalltalk" and a.query == "" and not a.citations and not a.refused


@pytest.mark.parametrize("question", ["", "   ", "\n\t", "\x00\x01"])
def test_empty_questions_are_rejected(corpus_bot: Assistant, question: str) -> None:
    with pytest.raises(InputError, match="empty"):
        corpus_bot.ask(question)


def test_bad_questions_and_history_are_rejected_clearly(corpus_bot: Assistant) -> None:
    with pytest.raises(InputError, match="limit"):
        corpus_bot.ask("why " * 2000)
    with pytest.raises(InputError, match="must be text"):
        corpus_bot.ask(42)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="history"):
        corpus_bot.ask("Where?", "not a list")  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"history\[0\]"):
        corpus_bot.ask("Where?", [{"role": "system", "content": "x"}])
    with pytest.raises(InputError, match=r"history\[1\]"):
        corpus_bot.ask("Where?", [{"role": "user", "content": "a"}, 7])


def test_stream_yields_text_and_the_same_final_answer(corpus_bot: Assistant) -> None:
    stream = corpus_bot.stream("What share of REE extraction does China account for?")
    text = "".join(stream)
    assert stream.answer is not None and text == stream.answer.text
    assert stream.answer.text == corpus_bot.ask("What share of REE extraction does China account for?").text
    assert "70" in text


def test_answer_serialises_to_json(corpus_bot: Assistant) -> None:
    import json

    d = json.loads(json.dumps(corpus_bot.ask("What is China's role in CPEC?").to_dict()))
    assert {"text", "citations", "refused", "query", "sentences"} <= set(d)
    assert {"marker", "source", "title", "section", "page", "chunk_id", "text", "quote", "score"} <= set(d["citations"][0])


def test_langchain_retriever_and_runnable(corpus_bot: Assistant) -> None:
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever
    from langchain_core.runnables import Runnable

    retriever = corpus_bot.as_retriever(k=3)
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke("copper and gold deposits in Baluchistan")
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    assert "copper" in docs[0].page_content and docs[0].metadata["source"] == "pakistan-us-critical-minerals.md"

    chain = corpus_bot.as_runnable()
    assert isinstance(chain, Runnable)
    answer = chain.invoke({"question": "Under which U.S. law are lobbying activities registered?"})
    assert isinstance(answer, Answer) and "Foreign Agents Registration Act" in answer.text
    streamed = "".join(chain.stream("Under which U.S. law are lobbying activities registered?"))
    assert streamed == answer.text


def test_numpy_query_encoder_matches_sentence_transformers(embedder) -> None:
    texts = ["Which minerals does Pakistan have significant deposits of?", "a " * 400, "REE"]
    fast = embedder.embed_queries(texts)
    slow = embedder.embed_documents(texts)
    assert fast.shape == slow.shape == (3, 384)
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    assert float((fast * slow).sum(axis=1).min()) > 0.9999


class _OtherModel:
    """The real model under another name and size, to stand for a different embedding model."""

    def __init__(self, real, name: str, dimension: int) -> None:
        self.real, self.name, self.dimension = real, name, dimension

    def embed_documents(self, texts):
        return self.real.embed_documents(texts)[:, : self.dimension]

    def embed_query(self, text):
        return self.real.embed_query(text)[: self.dimension]


def test_index_refuses_another_embedding_model(corpus_copy, embedder) -> None:
    settings = Settings.load(corpus_dir=CORPUS, index_dir=corpus_copy, auto_ingest=False)
    with pytest.raises(EmbeddingMismatch) as err:
        Assistant.from_config(settings, embedder=_OtherModel(embedder, "bge-small-en-v1.5", 384))
    assert "all-MiniLM-L6-v2" in str(err.value) and "--rebuild" in str(err.value)
    with pytest.raises(EmbeddingMismatch, match="256 dimensions"):
        Assistant.from_config(settings, embedder=_OtherModel(embedder, "all-MiniLM-L6-v2", 256))


def test_defaults_work_with_no_config(tmp_path, monkeypatch, embedder) -> None:
    """Assistant.from_config() with nothing set builds the index from the bundled corpus on first use."""
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "index"))
    bot = Assistant.from_config(embedder=embedder)
    assert bot.settings.corpus_path == CORPUS
    assert not bot.index.built
    a = bot.ask("Which airbase could a U.S. presence in Baluchistan supposedly replace?")
    assert "Bagram" in a.text
    assert [d.source for d in bot.documents()] == ["pakistan-us-critical-minerals.md"]
    bot.close()
