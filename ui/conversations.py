"""Saved conversations of the chat window: one JSON file per conversation, in a folder per owner
(a login user name when auth is on, else a random id the browser keeps), under the user data
folder (settings.data_dir). Not in the index, which can be rebuilt at any time, and not in the
package. Each file holds the questions and the full answers, so a reopened conversation shows its
citations, sources and passages exactly as they were, and its follow-ups keep their context.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import re
import tempfile
import threading
import uuid
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from assistant import Answer, Citation
from assistant.types import AnswerSentence

log = logging.getLogger("assistant.ui")
VERSION = 1
TITLE_CHARS = 80
_ID = re.compile(r"^[0-9a-f]{32}$")  # conversation and browser ids: uuid4 hex, nothing that names a path


def now() -> str:
    # microseconds: two conversations touched within one second must still sort newest first
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _when(updated: str) -> datetime:
    try:
        when = datetime.fromisoformat(updated)
    except (TypeError, ValueError):  # a hand-edited file: last
        return datetime.min.replace(tzinfo=timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def new_id() -> str:
    return uuid.uuid4().hex


def valid_id(value: Any) -> bool:
    return isinstance(value, str) and bool(_ID.match(value))


@dataclass
class Exchange:
    """One question and what came back: an answer, or the error shown instead."""

    question: str
    answer: Answer | None = None
    error: str | None = None
    documents: tuple[str, ...] = ()  # the documents it was searched in (empty: all)


@dataclass
class Conversation:
    id: str = field(default_factory=new_id)
    title: str = ""
    created: str = field(default_factory=now)
    updated: str = field(default_factory=now)
    documents: list[str] = field(default_factory=list)  # the scope chosen for it (empty: all documents)
    turns: list[Exchange] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"version": VERSION, "id": self.id, "title": self.title, "created": self.created,
                "updated": self.updated, "documents": list(self.documents),
                "turns": [{"question": t.question, "answer": t.answer.to_dict() if t.answer else None,
                           "error": t.error, "documents": list(t.documents)} for t in self.turns]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Conversation":
        turns = [Exchange(question=str(t["question"]), answer=answer_from_dict(t["answer"]) if t.get("answer") else None,
                          error=t.get("error"), documents=tuple(t.get("documents") or ()))
                 for t in d.get("turns", [])]
        return cls(id=d["id"], title=str(d.get("title") or ""), created=d.get("created") or now(),
                   updated=d.get("updated") or now(), documents=list(d.get("documents") or []), turns=turns)


def _known(cls: type, d: dict[str, Any]) -> dict[str, Any]:
    """The keys a dataclass knows: a file written by another version of Answer still loads."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in d.items() if k in names}


def _citation(d: dict[str, Any]) -> Citation:
    d = _known(Citation, d)
    if d.get("span") is not None:
        d["span"] = tuple(d["span"])
    return Citation(**d)


def answer_from_dict(d: dict[str, Any]) -> Answer:
    """The inverse of Answer.to_dict (JSON turned tuples into lists)."""
    if "fallback" not in d:  # saved before answers said so: an unhedged extractive notice was the LLM's failure
        d["fallback"] = bool(d.get("mode") == "extractive" and d.get("notice") and not d.get("hedged")
                             and not str(d.get("notice")).startswith("Only "))
    d = _known(Answer, d)
    d["citations"] = tuple(_citation(c) for c in d.get("citations") or ())
    d["related"] = tuple(_citation(c) for c in d.get("related") or ())
    d["sentences"] = tuple(AnswerSentence(**{**_known(AnswerSentence, s), "markers": tuple(s.get("markers") or ())})
                           for s in d.get("sentences") or ())
    return Answer(**d)


def owner_of(username: str | None, browser_id: Any) -> str | None:
    """Whose conversations these are: the login user when auth is on, else this browser; None
    before the browser has its id (nothing is saved then)."""
    if username:
        return f"user:{username}"
    if valid_id(browser_id):
        return f"browser:{browser_id}"
    return None


class ConversationStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _folder(self, owner: str) -> Path:
        # a hash: a user name may hold any character, and the folder must not reveal it either
        return self.root / hashlib.sha256(owner.encode("utf-8")).hexdigest()[:32]

    def _file(self, owner: str, conversation_id: str) -> Path | None:
        return self._folder(owner) / f"{conversation_id}.json" if valid_id(conversation_id) else None

    def list(self, owner: str | None) -> list[Conversation]:
        """This owner's conversations, most recently updated first (unreadable files are skipped)."""
        if not owner or not self._folder(owner).is_dir():
            return []
        out = []
        for path in self._folder(owner).glob("*.json"):
            conv = self._read(path)
            if conv is not None:
                out.append(conv)
        return sorted(out, key=lambda c: _when(c.updated), reverse=True)

    def load(self, owner: str | None, conversation_id: str | None) -> Conversation | None:
        path = self._file(owner, conversation_id) if owner and conversation_id else None
        return self._read(path) if path and path.is_file() else None

    def _read(self, path: Path) -> Conversation | None:
        try:
            return Conversation.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.warning("skipping unreadable conversation %s: %s", path, err)
            return None

    def save(self, owner: str, conv: Conversation) -> None:
        """Write atomically (a temporary file renamed over the old one): a crash never leaves half a file."""
        path = self._file(owner, conv.id)
        if path is None:
            raise ValueError(f"bad conversation id {conv.id!r}")
        path.parent.mkdir(parents=True, exist_ok=True)
        conv.title = conv.title or title_for(conv)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(conv.to_dict(), fh, ensure_ascii=False)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def rename(self, owner: str | None, conversation_id: str | None, title: str) -> Conversation | None:
        conv = self.load(owner, conversation_id)
        title = " ".join((title or "").split())[:TITLE_CHARS]
        if conv is None or not title or owner is None:
            return None
        conv.title = title
        self.save(owner, conv)
        return conv

    def delete(self, owner: str | None, conversation_id: str | None) -> bool:
        path = self._file(owner, conversation_id) if owner and conversation_id else None
        if path is None or not path.is_file():
            return False
        path.unlink()
        return True


def title_for(conv: Conversation) -> str:
    """A new conversation is named after its first question."""
    first = " ".join(conv.turns[0].question.split()) if conv.turns else "New conversation"
    return first if len(first) <= TITLE_CHARS else first[:TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def browser_secret(data_dir: Path) -> str:
    """The key gr.BrowserState encrypts the browser's id with. Gradio picks a random one per launch,
    which would make every browser a stranger after a restart; this one is kept in the data folder."""
    path = data_dir / "browser-secret"
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        pass
    data_dir.mkdir(parents=True, exist_ok=True)
    secret = uuid.uuid4().hex + uuid.uuid4().hex
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # readable by this user only
    except FileExistsError:  # another server process wrote it first
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secret)
    return secret


_SUFFIX = re.compile(r"(?:\s+\((?:copy|edited)\))+$")


def copy_of(conv: Conversation, why: str, renamed: bool = False) -> Conversation:
    """A copy of the conversation under a new id, titled "… (copy)" or "… (edited)" (one suffix,
    however often it is copied); `renamed`: untitled, to be named after its new first question."""
    base = _SUFFIX.sub("", conv.title or title_for(conv))[:TITLE_CHARS - len(why) - 3]
    return dataclasses.replace(conv, id=new_id(), created=now(), title="" if renamed else f"{base} ({why})",
                               turns=list(conv.turns))


@dataclass
class Session:
    """One browser tab's open conversation. Lives in a gr.State, so sessions never mix."""

    conv: Conversation = field(default_factory=Conversation)
    focus: tuple[str, str, str, Any] | None = None  # (source, chunk id, quote, span) shown in the panel
    # one question at a time: Gradio runs a tab's send, edit and regenerate events side by side on
    # the one Session (its state is held by reference), and a question sent while an edit was
    # still answering was lost in 1 browser run in 5 (the edit's copy replaced the conversation
    # the question had been added to)
    busy: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def answers(self) -> list[Answer | None]:
        """One per assistant message (None: that turn failed)."""
        return [t.answer for t in self.conv.turns]

    @property
    def asked(self) -> list[tuple[str, list[dict[str, str]]]]:
        """Per assistant message, its question and the history before it (a failed turn is not history)."""
        out, history = [], []
        for t in self.conv.turns:
            out.append((t.question, list(history)))
            if t.answer is not None:
                history += [{"role": "user", "content": t.question}, {"role": "assistant", "content": t.answer.text}]
        return out

    @property
    def history(self) -> list[dict[str, str]]:
        """The conversation so far, as `Assistant.ask` takes it."""
        return [m for t in self.conv.turns if t.answer is not None
                for m in ({"role": "user", "content": t.question}, {"role": "assistant", "content": t.answer.text})]


# how long a question waits for the one before it in the same tab (an answer takes seconds; a
# generator Gradio dropped without closing would otherwise hold the tab for good)
TURN_WAIT_S = 120.0


@contextlib.contextmanager
def turn_of_the(session: Session) -> Iterator[None]:
    """Hold the tab's conversation while one question is asked and answered; a question that
    cannot have it in time is not asked (going on unlocked would mix the two)."""
    if not session.busy.acquire(timeout=TURN_WAIT_S):
        import gradio as gr

        raise gr.Error("Still answering the previous question in this tab; send this one again when it is done.")
    try:
        yield
    finally:
        session.busy.release()
