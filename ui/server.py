"""`assistant serve`: one uvicorn server on one port with the chat window (Gradio, mounted at /),
the OpenAI-compatible API (/v1), the REST API (/api) and their docs (/docs, /openapi.json).

FastAPI's own /docs loads Swagger UI from a CDN, which the offline rule forbids; /docs here is a
self-contained page generated from the OpenAPI schema.
"""

from __future__ import annotations

import html
import threading
import time
from pathlib import Path
from typing import Any

import gradio as gr
import uvicorn
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from assistant import Assistant, AssistantError, Settings

from . import openai_api, render, rest_api
from .app import build_app, messages, theme
from .guard import CLIENT, Guard, LoginThrottle, install_error_handlers

CONCURRENCY = 8  # chat-window answers at a time, as `launch` sets it
# seconds a stop (Ctrl-C, SIGTERM) waits for open requests: the chat window's event streams never
# end by themselves, so without a bound uvicorn would wait for every browser tab to close
SHUTDOWN_GRACE = 3


def parse_auth(auth: str | None) -> tuple[str, str] | None:
    if not auth:
        return None
    user, _, password = auth.partition(":")
    if not user or not password:
        raise AssistantError("--auth must be user:password")
    return user, password


def build_server(bot: Assistant, *, auth: str | None = None, api_key: str | None = None,
                 suite: Path | None = None) -> FastAPI:
    """The FastAPI app: API routes first (the Gradio mount at / would shadow anything after it)."""
    login = parse_auth(auth)
    limits = bot.settings.limits
    s = bot.settings.server
    app = FastAPI(title="Document assistant API", version="1", docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Cited answers from your documents. /v1 speaks OpenAI's chat-completions "
                              "protocol; /api is the assistant's own REST API. With a key set, send "
                              "'Authorization: Bearer KEY'.")
    install_error_handlers(app)
    app.include_router(openai_api.router(bot))
    app.include_router(rest_api.router(bot))

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> str:
        return docs_page(app.openapi())

    keys = [k for k in (api_key, auth) if k]
    app.add_middleware(Guard, keys=keys, basic=[login] if login else [], rate_limit=s.rate_limit,
                       max_body=s.max_request_kb * 1024,
                       max_upload=int(s.max_upload_files * limits.max_file_mb * 2**20) + 2**20)

    blocks = build_app(bot, suite=suite)
    blocks.queue(default_concurrency_limit=CONCURRENCY)
    return gr.mount_gradio_app(
        app, blocks, path="/", auth=page_login(login, api_key), footer_links=["api"], show_error=False,
        max_file_size=f"{limits.max_file_mb:g}mb", theme=theme(), css=render.CSS, js=render.JS, ssr_mode=False,
        i18n=messages(),
    )


def page_login(login: tuple[str, str] | None, api_key: str | None, throttle: LoginThrottle | None = None) -> Any:
    """The chat window's login: --auth's user:password; with an API key, also any user name and
    the key as password (every endpoint needs the key once one is set). Gradio calls this check on
    its event loop with the name and password only, so it must never wait, and learns the client
    from `guard.CLIENT`: after repeated failures that client's page logins are refused, unchecked,
    for the throttle's doubling lock-out time; other clients log in as before."""
    if not api_key and not login:
        return None
    import hmac

    throttle = throttle or LoginThrottle()

    def check(user: str, password: str) -> bool:
        client = f"page:{CLIENT.get()}"
        if throttle.locked_for(client):
            return False
        ok = bool(login and hmac.compare_digest(f"{user}:{password}".encode(), f"{login[0]}:{login[1]}".encode()))
        ok = ok or bool(api_key and hmac.compare_digest(password.encode(), api_key.encode()))
        throttle.record(client, ok)
        return ok

    return check


def docs_page(schema: dict[str, Any]) -> str:
    """The endpoints, their parameters and bodies, from the OpenAPI schema; nothing loaded from elsewhere."""
    e = html.escape
    rows = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            body = op.get("requestBody", {}).get("content", {})
            kinds = ", ".join(f"{ct}: {_ref_name(v.get('schema', {}))}" for ct, v in body.items())
            params = ", ".join(f"{p['name']} ({p['in']})" for p in op.get("parameters", []))
            rows.append(f"<tr><td><code>{e(method.upper())}</code></td><td><code>{e(path)}</code></td>"
                        f"<td>{e(op.get('summary', ''))}</td><td>{e(params)}</td><td>{e(kinds)}</td></tr>")
    models = []
    for name, model in schema.get("components", {}).get("schemas", {}).items():
        fields = "".join(f"<li><code>{e(f)}</code> {e(_ref_name(spec))}"
                         f"{' — ' + e(spec['description']) if spec.get('description') else ''}</li>"
                         for f, spec in model.get("properties", {}).items())
        models.append(f"<h3 id='{e(name)}'>{e(name)}</h3><ul>{fields}</ul>")
    info = schema.get("info", {})
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{e(info.get('title', 'API'))}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2em;max-width:70em}}td,th{{border-bottom:1px solid #ddd;
padding:4px 8px;text-align:left;vertical-align:top}}table{{border-collapse:collapse}}</style></head><body>
<h1>{e(info.get('title', 'API'))}</h1><p>{e(info.get('description', ''))}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a>. The chat window is at <a href="/">/</a>.</p>
<table><tr><th>method</th><th>path</th><th>what</th><th>parameters</th><th>body</th></tr>{''.join(rows)}</table>
<h2>Schemas</h2>{''.join(models)}</body></html>"""


def _ref_name(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        return spec["$ref"].rsplit("/", 1)[-1]
    if "items" in spec:
        return f"list of {_ref_name(spec['items'])}"
    if "anyOf" in spec:
        return " | ".join(_ref_name(s) for s in spec["anyOf"])
    return str(spec.get("type", "any"))


class BackgroundServer:
    """uvicorn in a thread (tests, benchmarks): `.url`, and `.close()` stops it."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 7860) -> None:
        config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on",
                                timeout_graceful_shutdown=SHUTDOWN_GRACE)
        self.server = uvicorn.Server(config)
        self.url = f"http://{host}:{port}/"
        self.thread = threading.Thread(target=self.server.run, daemon=True, name="assistant-server")
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start on {host}:{port}")
            time.sleep(0.05)

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def serve(settings: Settings, *, host: str, port: int, auth: str | None = None, api_key: str | None = None) -> None:
    """Build the index if needed, then serve until interrupted."""
    bot = Assistant.from_config(settings)
    if not bot.index.built and settings.auto_ingest:
        print(f"Building the index from {settings.corpus_path} (first run) ...", flush=True)
    report = bot.ensure_index()
    if report is not None:
        print(report.summary(), flush=True)
    app = build_server(bot, auth=auth, api_key=api_key)
    if host not in ("127.0.0.1", "localhost", "::1") and not (auth or api_key):
        print(f"warning: serving on {host} without --auth or an API key: anyone who can reach it can use it", flush=True)
    shown = f"http://{'127.0.0.1' if host == '0.0.0.0' else host}:{port}"
    print(f"Chat window: {shown}   OpenAI-compatible API: {shown}/v1   API docs: {shown}/docs", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=SHUTDOWN_GRACE)
