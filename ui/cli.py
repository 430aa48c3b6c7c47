"""`assistant serve`, registered by the chat window's package (entry point `assistant.commands`):
the library's command line never imports the chat window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from assistant.cli import read_auth_file, settings_from_args


def cmd_serve(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    host = args.host or settings.server.host
    port = args.port or settings.server.port
    auth = (read_auth_file(Path(args.auth_file)) if args.auth_file else args.auth) or (
        settings.server.auth.get_secret_value() if settings.server.auth else None)
    api_key = settings.server.api_key.get_secret_value() if settings.server.api_key else None
    from .server import serve

    serve(settings, host=host, port=port, auth=auth, api_key=api_key)
    return 0


def add_commands(sub: Any) -> None:
    s = sub.add_parser("serve", help="the chat window on http://127.0.0.1:7860, the OpenAI-compatible API on /v1, "
                                     "REST on /api (key: server.api_key)")
    s.add_argument("--host", help="bind address (default 127.0.0.1; other hosts expose it)")
    s.add_argument("--port", type=int)
    s.add_argument("--auth", help="user:password required to log in. Visible to anyone who can run `ps` "
                   "on this machine: prefer --auth-file or the ASSISTANT_SERVER__AUTH environment variable")
    s.add_argument("--auth-file", help="a file whose first line is user:password (login required)")
    s.set_defaults(func=cmd_serve)

