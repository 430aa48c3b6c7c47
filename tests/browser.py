"""What the browser tests share: the Chromium they drive and how a user asks a question."""

from __future__ import annotations

import shutil
from typing import Any

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


def ask(page: Any, question: str) -> Any:
    """Send a question and wait for its final (verified, not streaming) answer."""
    before = page.locator("#chat .answer:not(.streaming)").count()
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()
    page.wait_for_function(
        "n => document.querySelectorAll('#chat .answer:not(.streaming)').length > n && "
        "!document.querySelector('#chat .streaming')", arg=before, timeout=60000)
    return page.locator("#chat .answer").last


def panel_shows(page: Any, panel_id: str) -> str:
    """The source panel's text once the panel `panel_id` is in it."""
    page.wait_for_selector(f"#source-panel #{panel_id}", timeout=30000)
    return page.locator("#source-panel").inner_text()
