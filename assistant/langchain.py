"""LangChain adapters: the hybrid retriever as a `BaseRetriever`, answering as a Runnable."""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableGenerator, RunnableLambda
from pydantic import ConfigDict

from .api import Assistant
from .types import Answer, Passage


def to_langchain(p: Passage) -> LCDocument:
    c = p.chunk
    return LCDocument(
        id=c.id, page_content=c.text,
        metadata={"source": c.source, "title": c.title, "section": c.section, "page": c.page,
                  "chunk_id": c.id, "score": p.score},
    )


class AssistantRetriever(BaseRetriever):
    """`bot.as_retriever().invoke("question")` -> LangChain Documents, best first."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    assistant: Any
    k: int | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        return [to_langchain(p) for p in self.assistant.retrieve(query, self.k)]


def _split(inp: str | Mapping[str, Any]) -> tuple[str, Any]:
    if isinstance(inp, str):
        return inp, None
    return str(inp["question"]), inp.get("history")


def answer_runnable(bot: Assistant) -> Runnable[Any, Answer]:
    """`.invoke(question or {"question", "history"})` returns an `Answer`; `.stream(...)` yields
    text deltas (use `bot.stream` when you also need the final `Answer`). In LLM mode the deltas
    are the model's unverified words; if verification or the model fails, a notice in the stream
    says so and the documents' own answer follows."""

    def invoke(inp: str | Mapping[str, Any]) -> Answer:
        question, history = _split(inp)
        return bot.ask(question, history)

    def stream(inputs: Iterator[Any]) -> Iterator[str]:
        for inp in inputs:
            question, history = _split(inp)
            yield from bot.stream(question, history)

    return _Answering(invoke, stream)


class _Answering(RunnableLambda):  # type: ignore[type-arg]
    """A RunnableLambda whose `.stream()` yields real deltas instead of one final chunk."""

    def __init__(self, invoke: Any, stream: Any) -> None:
        super().__init__(invoke, name="assistant.answer")
        self._streamer = RunnableGenerator(stream, name="assistant.answer.stream")

    def stream(self, input: Any, config: Any = None, **kwargs: Any) -> Iterator[Any]:  # noqa: A002
        yield from self._streamer.stream(input, config, **kwargs)
