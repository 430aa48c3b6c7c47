"""Starting real servers in tests: a free loopback port, and waiting until one answers HTTP."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_http(url: str, what: str, seconds: float = 30.0) -> None:
    """Return once `url` answers (any HTTP status counts: the server is up); fail the test if it
    never does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"{what} did not start within {seconds:.0f} s")
