"""The OpenAI-compatible endpoints: POST /v1/chat/completions (plain and streamed) and GET /v1/models.

Any OpenAI client or chat front-end can use the assistant. One model per answer mode
("assistant-extractive", and "assistant-llm" when an LLM is configured). The conversation is the
request's messages: the last user message is the question, earlier user and assistant messages
are the history, system messages are ignored (the assistant answers only from the documents).

A reply's content is the answer with its [n] markers followed by the numbered sources, so any
front-end shows citations. The same, structured, is in extra top-level fields of the response
and of the final stream chunk: `citations` (marker, passage_id, document, title, section, page,
quote, span), `refused`, `query`, `mode`, `short_answer`, `notice`.
"""

from __future__ import annotations

import itertools
import json
import re
import time
import uuid
from typing import Any, Iterator, Literal

from fastapi import APIRouter, HTTPException
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from assistant import Answer, Assistant, AssistantError
from assistant.types import Citation

from .guard import error_body, log, status_of

MODEL_PREFIX = "assistant-"
SOURCES = "Sources:"
RELATED = "Related, but not an answer:"
# put before the verified answer when LLM verification changed what was streamed (a sentence
# dropped, markers renumbered): a stream cannot take back text, so the authoritative answer follows
VERIFIED = "(Checked against the passages, the answer is:)"


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")  # name, tool_calls, ...: accepted, not used

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None


class ChatRequest(BaseModel):
    """OpenAI's request body. Sampling options (temperature, max_tokens, ...) are accepted and
    ignored: answers are deterministic. `top_k` (passages to retrieve) is an extension."""

    model_config = ConfigDict(extra="allow")

    model: str = Field(description="One of GET /v1/models: assistant-extractive, assistant-llm")
    messages: list[Message] = Field(min_length=1)
    stream: bool = False
    n: int = Field(1, ge=1, le=1, description="Only one choice is produced.")
    top_k: int | None = Field(None, ge=1, le=50, description="Passages to retrieve (extension).")


def model_ids(bot: Assistant) -> list[str]:
    return [MODEL_PREFIX + "extractive"] + ([MODEL_PREFIX + "llm"] if bot.llm is not None else [])


def text_of(message: Message) -> str:
    """A message's text; a list of parts may hold only text parts."""
    if isinstance(message.content, str) or message.content is None:
        return message.content or ""
    texts = []
    for part in message.content:
        if part.get("type") != "text" or not isinstance(part.get("text"), str):
            raise HTTPException(400, f"only text content is supported, not {part.get('type')!r} parts")
        texts.append(part["text"])
    return "\n".join(texts)


def answer_text_of(content: str) -> str:
    """The answer inside one of our earlier replies (sent back as history): without the sources
    list and notices, so a follow-up is searched with the answer's own words."""
    paragraphs = content.split("\n\n")
    for i, p in enumerate(paragraphs):
        if p.startswith((SOURCES + "\n", RELATED + "\n")):
            paragraphs = paragraphs[:i]
            break
    # after a notice or the verified-answer line comes the authoritative answer
    last_note = max((i for i, p in enumerate(paragraphs) if re.fullmatch(r"\(.*\)", p.strip(), re.S)), default=-1)
    return "\n\n".join(paragraphs[last_note + 1:]).strip()


def conversation(messages: list[Message]) -> tuple[str, list[dict[str, str]]]:
    """(question, history) from OpenAI messages."""
    turns = [m for m in messages if m.role in ("user", "assistant")]
    if not turns or turns[-1].role != "user":
        raise HTTPException(400, "the last user/assistant message must be the user's question")
    history = [{"role": m.role, "content": text_of(m) if m.role == "user" else answer_text_of(text_of(m))}
               for m in turns[:-1]]
    return text_of(turns[-1]), history


def where(c: Citation) -> str:
    place = " › ".join(x for x in (c.title, c.section) if x) or c.source
    return place + (f", page {c.page}" if c.page else "") + f" ({c.source})"


def appendix(answer: Answer, streamed: str = "") -> str:
    """What follows the answer in the reply: its numbered sources (or, for a refusal, the related
    passages), then the notice unless the stream already said it."""
    parts = []
    if answer.citations:
        parts.append(SOURCES + "\n" + "\n".join(f"- [{c.marker}] {where(c)}" for c in answer.citations))
    elif answer.refused and answer.related:
        parts.append(RELATED + "\n" + "\n".join(f"- {where(c)}" for c in answer.related))
    if answer.notice and answer.notice not in streamed:
        parts.append(f"({answer.notice})")
    return "".join("\n\n" + p for p in parts)


def extras(answer: Answer) -> dict[str, Any]:
    """The documented extra fields: the citations, structured, and how the answer came about."""
    return {
        "citations": [{"marker": c.marker, "passage_id": c.chunk_id, "document": c.source, "title": c.title,
                       "section": c.section, "page": c.page, "quote": c.quote,
                       "span": list(c.span) if c.span else None} for c in answer.citations],
        "refused": answer.refused, "query": answer.query, "mode": answer.mode,
        "short_answer": answer.short_answer, "notice": answer.notice,
    }


def router(bot: Assistant) -> APIRouter:
    api = APIRouter(prefix="/v1", tags=["OpenAI-compatible"])
    created = int(time.time())

    def model_card(model_id: str) -> dict[str, Any]:
        return {"id": model_id, "object": "model", "created": created, "owned_by": "assistant"}

    @api.get("/models", summary="The answer modes, as models")
    def list_models() -> dict[str, Any]:
        return {"object": "list", "data": [model_card(m) for m in model_ids(bot)]}

    @api.get("/models/{model_id}", summary="One model")
    def get_model(model_id: str) -> Any:
        if model_id not in model_ids(bot):
            return unknown_model(model_id)
        return model_card(model_id)

    def unknown_model(model_id: str) -> JSONResponse:
        body = error_body("/v1", 404, f"The model {model_id!r} does not exist; available: {', '.join(model_ids(bot))} "
                          "(assistant-llm needs llm.provider configured).", param="model", code="model_not_found")
        return JSONResponse(body, status_code=404)

    @api.post("/chat/completions", summary="Answer the last user message, citing the documents",
              response_description="An OpenAI chat.completion (or, with stream, chat.completion.chunk events) "
              "with the extra fields citations, refused, query, mode, short_answer, notice.")
    def chat_completions(request: ChatRequest) -> Any:
        if request.model not in model_ids(bot):
            return unknown_model(request.model)
        question, history = conversation(request.messages)
        mode = request.model[len(MODEL_PREFIX):]
        # validates the question and history now (InputError -> 400) before anything is sent
        stream = bot.stream(question, history, top_k=request.top_k, mode=mode)
        reply_id, now = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
        texts = iter(stream)
        first = next(texts, None)  # the answer is ready (or failed, as a proper error status) here
        if not request.stream:
            streamed = (first or "") + "".join(texts)
            answer = stream.answer
            assert answer is not None
            return {"id": reply_id, "object": "chat.completion", "created": now, "model": request.model,
                    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                                 "message": {"role": "assistant", "content": reply_content(answer, streamed)}}],
                    **extras(answer)}
        return StreamingResponse(sse(stream, texts, first, reply_id, now, request.model), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    return api


def reply_content(answer: Answer, streamed: str) -> str:
    """The whole reply as a client shows it (also what a stream adds up to)."""
    return streamed + tail(answer, streamed)


def tail(answer: Answer, streamed: str) -> str:
    """Text to send after what was streamed: the verified answer if it differs, then the appendix."""
    extra = ""
    if answer.mode == "llm" and streamed.strip() != answer.text.strip():
        extra = f"\n\n{VERIFIED}\n\n{answer.text}"
    return extra + appendix(answer, streamed)


def sse(stream: Any, texts: Iterator[str], first: str | None, reply_id: str, created: int, model: str) -> Iterator[str]:
    """OpenAI's event stream: a role chunk, content deltas, a final chunk with finish_reason and the
    extra fields, then [DONE]. A failure mid-stream is an `error` event (the status is already sent)."""

    def chunk(delta: dict[str, Any], finish: str | None = None, **more: Any) -> str:
        body = {"id": reply_id, "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **more}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    streamed = ""
    try:
        for text in itertools.chain([first] if first else [], texts):
            streamed += text
            yield chunk({"content": text})
        answer = stream.answer
        assert answer is not None
    except Exception as err:  # noqa: BLE001 - the client must hear of it; the log keeps the trace
        if isinstance(err, AssistantError):
            error = error_body("/v1", status_of(err), str(err), code=type(err).__name__)
        else:
            log.exception("unexpected error while streaming an answer")
            error = error_body("/v1", 500, f"Something went wrong ({type(err).__name__}); the details are in "
                               "the server log.", code="internal_error")
        yield f"data: {json.dumps(error, ensure_ascii=False)}\n\n"
        yield "data: [DONE]\n\n"
        return
    rest = tail(answer, streamed)
    if rest:
        yield chunk({"content": rest})
    yield chunk({}, "stop", **extras(answer))
    yield "data: [DONE]\n\n"
