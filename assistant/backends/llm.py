"""Chat-model adapters over the LangChain integrations, with errors translated once, here.

`openai`: any OpenAI-compatible chat-completions server (vLLM, llama.cpp, LM Studio, Ollama's
/v1, hosted APIs). `ollama`: Ollama's native API. Both enforce the configured timeout on the
connection and on the whole generation, and never retry silently: the caller falls back to the
extractive answer instead of making the user wait.
"""

from __future__ import annotations

import time
from typing import Any, Iterator, Sequence

from ..config import LLMSettings
from ..errors import ConfigError, LLMConnectionError, LLMError, LLMTimeout, causes
from . import ChatMessage


# where a model that does not follow chat templates tends to start writing the prompt again
STOP = ["\nQuestion:", "Passages:", "<passage", "[/INST]", "<|im_end|>", "<end_of_turn>"]


def _lc_messages(messages: Sequence[ChatMessage]) -> list[Any]:
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[m.role](content=m.content) for m in messages]


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content blocks
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content or "")


class _LangChainChat:
    """Shared plumbing: deadline enforcement and error translation."""

    def __init__(self, model: Any, name: str, timeout: float, where: str) -> None:
        self._model = model
        self.name = name
        self.timeout = timeout
        self.where = where

    def complete(self, messages: Sequence[ChatMessage]) -> str:
        return "".join(self.stream(messages))

    def stream(self, messages: Sequence[ChatMessage]) -> Iterator[str]:
        deadline = time.monotonic() + self.timeout
        try:
            for chunk in self._model.stream(_lc_messages(messages)):
                if time.monotonic() > deadline:
                    raise LLMTimeout(f"the language model at {self.where} did not finish within {self.timeout:g} s")
                text = _text(chunk.content)
                if text:
                    yield text
        except LLMError:
            raise
        except Exception as err:
            raise self._translate(err) from err

    def _translate(self, err: Exception) -> LLMError:
        text = str(err).strip().splitlines()[0][:200] if str(err).strip() else type(err).__name__
        kind = _kind(err)
        if kind is LLMTimeout:
            return LLMTimeout(f"the language model at {self.where} timed out after {self.timeout:g} s")
        if kind is LLMConnectionError:
            return LLMConnectionError(f"cannot reach the language model at {self.where} ({text})")
        status = getattr(err, "status_code", None) or getattr(getattr(err, "response", None), "status_code", None)
        if status:
            return LLMError(f"the language model at {self.where} answered with an error (HTTP {status}: {text})")
        return LLMError(f"the language model at {self.where} failed ({type(err).__name__}: {text})")


def _kind(err: BaseException) -> type[LLMError]:
    """The client libraries' errors, mapped once, by type (timeouts first: the OpenAI client's
    timeout is a kind of connection error). Anything else is a plain `LLMError`."""
    import httpx

    timeouts: list[type[BaseException]] = [TimeoutError, httpx.TimeoutException]
    # a server that cannot be reached, or that went away mid-answer
    unreachable: list[type[BaseException]] = [ConnectionError, httpx.ConnectError, httpx.NetworkError,
                                              httpx.RemoteProtocolError]
    try:
        import openai

        timeouts.append(openai.APITimeoutError)
        unreachable.append(openai.APIConnectionError)
    except ImportError:  # only the Ollama integration installed
        pass
    for cause in causes(err):
        if isinstance(cause, tuple(timeouts)):
            return LLMTimeout
        if isinstance(cause, tuple(unreachable)):
            return LLMConnectionError
    return LLMError



def open_llm(settings: LLMSettings) -> _LangChainChat | None:
    """The configured chat model, or None when no LLM is configured."""
    if settings.provider == "none":
        return None
    if not settings.base_url:
        raise ConfigError(f"llm.provider is {settings.provider!r} but llm.base_url is not set "
                          "(e.g. ASSISTANT_LLM__BASE_URL=http://127.0.0.1:8080/v1)")
    if settings.provider == "openai":
        from langchain_openai import ChatOpenAI

        model = ChatOpenAI(
            model=settings.model, base_url=settings.base_url, api_key=settings.api_key.get_secret_value(),
            timeout=settings.timeout, max_retries=0, temperature=settings.temperature,
            streaming=True, stream_usage=False, stop=STOP,
            # `max_tokens`, not LangChain's `max_completion_tokens`: llama.cpp, vLLM and most
            # compatible servers only honour the former (a base model would run to its context)
            extra_body={"max_tokens": settings.max_tokens},
        )
        return _LangChainChat(model, settings.model, settings.timeout, settings.base_url)
    from langchain_ollama import ChatOllama

    model = ChatOllama(
        model=settings.model, base_url=settings.base_url, temperature=settings.temperature,
        num_predict=settings.max_tokens, client_kwargs={"timeout": settings.timeout}, stop=STOP,
    )
    return _LangChainChat(model, settings.model, settings.timeout, settings.base_url)
