"""What stands in front of the HTTP API (/v1, /api, /docs, /openapi.json): the API key, a body-size
limit and a per-client rate limit, and error bodies in each API's own shape.

The chat window mounted at / is left to Gradio, whose login covers its pages and its own API.
This is a plain ASGI middleware rather than FastAPI dependencies so that a refused request is
answered before its body is read.
"""

from __future__ import annotations

import base64
import hmac
import ipaddress
import json
import logging
import math
import time
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from assistant.errors import AssistantError, BackendError, DiskFull, IndexError_, IndexMissing, InputError

log = logging.getLogger("assistant.server")
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

# OpenAI's error "type" for each status; /api uses the same names
ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 404: "not_found_error",
               405: "invalid_request_error", 413: "invalid_request_error", 429: "rate_limit_error",
               503: "service_unavailable", 500: "server_error"}


def is_guarded(path: str) -> bool:
    return path in ("/v1", "/api", "/docs", "/openapi.json") or path.startswith(("/v1/", "/api/"))


def error_body(path: str, status: int, message: str, *, type_: str | None = None, param: str | None = None,
               code: str | None = None) -> dict[str, Any]:
    """OpenAI's shape on /v1 ({"error": {message, type, param, code}}), {"error": {message, type}}
    elsewhere. The message is never empty."""
    error: dict[str, Any] = {"message": message or f"HTTP {status}", "type": type_ or ERROR_TYPES.get(status, "server_error")}
    if path == "/v1" or path.startswith("/v1/"):
        error |= {"param": param, "code": code or error["type"]}
    return {"error": error}


def error_response(path: str, status: int, message: str, headers: dict[str, str] | None = None, **kw: Any) -> JSONResponse:
    return JSONResponse(error_body(path, status, message, **kw), status_code=status, headers=headers)


@dataclass
class Bucket:
    tokens: float
    at: float = field(default_factory=time.monotonic)


class RateLimiter:
    """A token bucket per client address: up to `per_minute` at once, refilled at that rate."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.buckets: dict[str, Bucket] = {}

    def wait_time(self, client: str) -> float:
        """0 when the request may go ahead (and is counted), else seconds until it could."""
        if self.per_minute <= 0:
            return 0.0
        now, rate = time.monotonic(), self.per_minute / 60.0
        if len(self.buckets) > 10_000:  # forget clients whose bucket has refilled, so memory stays bounded
            self.buckets = {k: b for k, b in self.buckets.items() if b.tokens + (now - b.at) * rate < self.per_minute}
        b = self.buckets.setdefault(client, Bucket(float(self.per_minute), now))
        b.tokens, b.at = min(float(self.per_minute), b.tokens + (now - b.at) * rate), now
        if b.tokens >= 1.0:
            b.tokens -= 1.0
            return 0.0
        return (1.0 - b.tokens) / rate


class LoginThrottle:
    """Failed logins lock a client out: the first FREE failures in WINDOW seconds cost nothing,
    each one after that locks the client out for twice as long as the last (1 s, 2 s, 4 s, ... up
    to MAX s), so a guesser gets a few dozen tries an hour while a user who mistypes twice waits
    not at all. A success clears the client's record."""

    FREE, WINDOW, MAX = 10, 600.0, 300.0

    def __init__(self) -> None:
        self.failures: dict[str, list[float]] = {}

    def locked_for(self, client: str) -> float:
        """Seconds this client must wait before its next attempt counts (0: it may try now)."""
        now = time.monotonic()
        times = [t for t in self.failures.get(client, []) if now - t < self.WINDOW]
        if len(times) < self.FREE:
            return 0.0
        delay = min(self.MAX, 2.0 ** (len(times) - self.FREE))
        return max(0.0, times[-1] + delay - now)

    def record(self, client: str, ok: bool) -> None:
        if ok:
            self.failures.pop(client, None)
            return
        now = time.monotonic()
        if len(self.failures) > 10_000:  # bounded memory under a spray of addresses: forget expired ones
            self.failures = {k: v for k, v in self.failures.items() if now - v[-1] < self.WINDOW}
        times = [t for t in self.failures.get(client, []) if now - t < self.WINDOW]
        self.failures[client] = times[-64:] + [now]


class BodyTooLarge(HTTPException):
    pass


# The address of the client whose request is being served. Gradio calls the page's login check
# with the user name and password only; this tells the check who is trying, so one guesser's
# failures lock out that guesser, not every user of the page (see `page_login`).
CLIENT: ContextVar[str] = ContextVar("assistant_client", default="unknown")


def client_of(scope: Scope) -> str:
    """Who is asking, for throttles: the address, or for IPv6 its /64 (one host holds a whole
    /64, so counting its addresses one by one would give a guesser endless fresh starts)."""
    host = (scope.get("client") or ("unknown", 0))[0]
    if ":" in host:
        try:
            return str(ipaddress.ip_network(f"{host}/64", strict=False))
        except ValueError:
            return host
    return host


class Guard:
    """ASGI middleware for the guarded paths: key, rate limit, body size (in that order). It also
    records every request's client address in `CLIENT`."""

    def __init__(self, app: Any, *, keys: list[str], basic: list[tuple[str, str]], rate_limit: int,
                 max_body: int, max_upload: int) -> None:
        self.app = app
        self.keys = [k for k in keys if k]
        self.basic = basic
        self.limiter = RateLimiter(rate_limit)
        self.logins = LoginThrottle()
        self.max_body, self.max_upload = max_body, max_upload

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        client = client_of(scope)
        token = CLIENT.set(client)  # this request's task and those it starts see it
        try:
            await self._guard(scope, receive, send, path, client)
        finally:
            CLIENT.reset(token)

    async def _guard(self, scope: Scope, receive: Receive, send: Send, path: str, client: str) -> None:
        if not is_guarded(path):
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self.keys or self.basic:
            locked = self.logins.locked_for(client)
            if locked:
                return await error_response(
                    path, 429, f"Too many wrong keys or logins from {client}: retry in {math.ceil(locked)} s.",
                    {"Retry-After": str(math.ceil(locked))}, code="rate_limit_exceeded")(scope, receive, send)
            ok = self._authorised(headers.get("authorization", ""))
            if headers.get("authorization"):  # a wrong key is a guess; a request without one is not
                self.logins.record(client, ok)
            if not ok:
                # a browser opening /docs gets a login prompt (Basic); API clients are told to send a key
                scheme = 'Basic realm="assistant"' if path in ("/docs", "/openapi.json") else "Bearer"
                return await error_response(
                    path, 401, "Missing or wrong API key: send 'Authorization: Bearer KEY' (the server's "
                    "server.api_key, or its --auth user:password).", {"WWW-Authenticate": scheme},
                    code="invalid_api_key")(scope, receive, send)
        wait = self.limiter.wait_time(client)
        if wait:
            return await error_response(
                path, 429, f"Too many requests from {client}: the limit is {self.limiter.per_minute} a minute "
                f"(server.rate_limit). Retry in {math.ceil(wait)} s.", {"Retry-After": str(math.ceil(wait))},
                code="rate_limit_exceeded")(scope, receive, send)
        limit = self.max_upload if path.rstrip("/") == "/api/documents" and scope.get("method") == "POST" else self.max_body
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return await self._too_large(path, limit)(scope, receive, send)
        await self.app(scope, self._counting(receive, path, limit), send)

    def _authorised(self, header: str) -> bool:
        scheme, _, value = header.partition(" ")
        value = value.strip()
        if scheme.lower() == "bearer":
            return any(hmac.compare_digest(value.encode(), k.encode()) for k in self.keys)
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(value, validate=True).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                return False
            # any user name with the key as password, or the --auth login
            return any(hmac.compare_digest(password.encode(), k.encode()) for k in self.keys if ":" not in k) or any(
                hmac.compare_digest(f"{user}:{password}".encode(), f"{u}:{p}".encode()) for u, p in self.basic)
        return False

    @staticmethod
    def _too_large(path: str, limit: int) -> JSONResponse:
        size = f"{limit / 2**20:g} MB" if limit >= 2**20 else f"{limit // 1024} KB"
        return error_response(path, 413, f"The request body is over the {size} limit (server.max_request_kb; "
                              "uploads: server.max_upload_files x limits.max_file_mb).", code="request_too_large")

    @staticmethod
    def _counting(receive: Receive, path: str, limit: int) -> Receive:
        """A body sent without Content-Length (chunked) is counted as it arrives."""
        seen = 0

        async def wrapped() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(413, json.loads(Guard._too_large(path, limit).body)["error"]["message"])
            return message

        return wrapped


def install_error_handlers(app: FastAPI) -> None:
    """Every failure on the API comes back as its error shape with a readable message."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        return error_response(request.url.path, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        message, param = validation_message(exc.errors())
        return error_response(request.url.path, 400, message, param=param, code="invalid_request")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error serving %s", request.url.path)
        return error_response(request.url.path, 500, f"Something went wrong ({type(exc).__name__}); the details "
                              "are in the server log.", code="internal_error")

    @app.exception_handler(AssistantError)
    async def assistant_error(request: Request, exc: AssistantError) -> JSONResponse:
        status = status_of(exc)
        return error_response(request.url.path, status, str(exc) or type(exc).__name__,
                              code="invalid_request" if status == 400 else type(exc).__name__)


def validation_message(errors: Any) -> tuple[str, str | None]:
    """A readable message and the offending parameter from FastAPI's validation errors."""
    parts, param = [], None
    for e in list(errors)[:5]:
        loc = [str(x) for x in e.get("loc", ()) if x not in ("body", "query", "path")]
        where = ".".join(loc)
        param = param or (loc[0] if loc else None)
        msg = e.get("msg") or "invalid value"
        if e.get("type") == "json_invalid":
            msg = "the body is not valid JSON"
        parts.append(f"{where}: {msg}" if where else msg)
    return "Invalid request: " + ("; ".join(parts) or "the body could not be read"), param


def status_of(err: AssistantError) -> int:
    if isinstance(err, InputError):
        return 400
    if isinstance(err, DiskFull):
        return 507  # Insufficient Storage: the message says to free space
    if isinstance(err, (IndexMissing, IndexError_, BackendError)):
        return 503  # the server cannot answer now; the message says what to run
    return 500
