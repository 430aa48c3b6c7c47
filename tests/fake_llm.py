"""A real HTTP server on loopback speaking the OpenAI chat-completions protocol (streaming and
not) and Ollama's native /api/chat. It stands in for a remote LLM, the one service the tests
cannot run; what it answers is scripted by each test."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable


class FakeLLM:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.reply: Callable[[dict[str, Any]], str] = lambda body: "I do not know."
        self.status = 200  # answer with this HTTP status (500 = server error)
        self.delay = 0.0  # seconds before answering (a slow or hung server)
        self.chunk_delay = 0.0  # seconds between streamed chunks
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def ollama_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "FakeLLM":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def user_prompts(self) -> list[str]:
        return [m["content"] for r in self.requests for m in r["messages"] if m["role"] == "user"]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                fake.requests.append({**body, "path": self.path, "auth": self.headers.get("Authorization")})
                if fake.delay:
                    time.sleep(fake.delay)
                if fake.status != 200:
                    self._send(fake.status, json.dumps({"error": {"message": "the model crashed", "type": "server_error"}}).encode())
                    return
                text = fake.reply(body)
                if self.path.endswith("/chat/completions"):
                    self._openai(body, text)
                elif self.path == "/api/chat":
                    self._ollama(body, text)
                else:
                    self._send(404, b'{"error": "not found"}')

            def _stream_start(self, ctype: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                self.wfile.flush()
                if fake.chunk_delay:
                    time.sleep(fake.chunk_delay)

            def _openai(self, body: dict[str, Any], text: str) -> None:
                base = {"id": "chatcmpl-1", "created": int(time.time()), "model": body.get("model", "fake")}
                if not body.get("stream"):
                    msg = {**base, "object": "chat.completion", "choices": [
                        {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
                    self._send(200, json.dumps(msg).encode())
                    return
                self._stream_start("text/event-stream")
                for piece in _pieces(text):
                    chunk = {**base, "object": "chat.completion.chunk",
                             "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                    self._chunk(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                end = {**base, "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                self._chunk(b"data: " + json.dumps(end).encode() + b"\n\ndata: [DONE]\n\n")
                self._chunk(b"")

            def _ollama(self, body: dict[str, Any], text: str) -> None:
                model = body.get("model", "fake")
                self._stream_start("application/x-ndjson")
                for piece in _pieces(text):
                    line = {"model": model, "created_at": "2026-11-26T00:00:00Z",
                            "message": {"role": "assistant", "content": piece}, "done": False}
                    self._chunk(json.dumps(line).encode() + b"\n")
                done = {"model": model, "created_at": "2026-11-26T00:00:00Z", "message": {"role": "assistant", "content": ""},
                        "done": True, "done_reason": "stop", "total_duration": 1, "eval_count": 1}
                self._chunk(json.dumps(done).encode() + b"\n")
                self._chunk(b"")

        return Handler


def _pieces(text: str) -> list[str]:
    """Split like a tokenizer would: words with their leading space."""
    words = text.split(" ")
    return [w if i == 0 else " " + w for i, w in enumerate(words)]
