"""The test-case format the chat window captures ("save as a test case") and the evaluation
suite reads: one JSON object per line (the fields are described in `evals/suite.py`). In the
library because the chat window writes it and must not import the evaluation tooling."""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Case:
    id: str
    question: str
    answerable: bool = True
    facts: list[list[str]] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    history: list[dict[str, str]] = field(default_factory=list)
    category: str = "factual"
    conversation: str | None = None
    note: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Case":
        unknown = set(d) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"case {d.get('id')!r}: unknown fields {sorted(unknown)}")
        if not d.get("id") or not str(d.get("question", "")).strip():
            raise ValueError(f"case {d!r:.80}: 'id' and 'question' are required")
        facts = d.get("facts") or []
        if not all(isinstance(f, list) and f and all(isinstance(x, str) for x in f) for f in facts):
            raise ValueError(f"case {d['id']!r}: 'facts' must be a list of non-empty lists of strings")
        history = [] if d.get("history") is None else d["history"]
        if not isinstance(facts if d.get("facts") is None else d["facts"], list):
            raise ValueError(f"case {d['id']!r}: 'facts' must be a list of non-empty lists of strings")
        if not isinstance(history, list) or not all(
                isinstance(t, dict) and set(t) == {"role", "content"} and t["role"] in ("user", "assistant")
                and isinstance(t["content"], str) for t in history):
            raise ValueError(f"case {d['id']!r}: 'history' must be a list of {{'role': 'user'|'assistant', "
                             "'content': text}} messages")
        if not isinstance(d.get("answerable", True), bool) or not isinstance(d.get("question"), str):
            raise ValueError(f"case {d['id']!r}: 'question' must be text and 'answerable' true or false")
        return cls(**{k: v for k, v in d.items() if v is not None})

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, [], "") or k == "answerable"}


def load_suite(path: Path) -> list[Case]:
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            cases.append(Case.from_dict(json.loads(line)))
        except (ValueError, TypeError) as err:
            raise ValueError(f"{path}:{n}: {err}") from None
    ids = [c.id for c in cases]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"{path}: duplicate case ids {dupes}")
    return cases


def captured_cases_path(data_dir: Path) -> Path:
    """Where the chat window's "save as a test case" writes: the user's data folder, never the
    packaged release suite (`assistant merge-cases` moves them there, by a person's decision)."""
    return data_dir / "captured-cases.jsonl"


_APPEND_LOCK = threading.Lock()  # two saves at once must not both take the same fresh id


def append_case(path: Path, case: Case) -> Case:
    """Add a case to a suite file, giving it a fresh id if it has none or a taken one."""
    with _APPEND_LOCK:
        return _append_case(path, case)


def _append_case(path: Path, case: Case) -> Case:
    existing = {c.id for c in load_suite(path)} if path.exists() else set()
    if not case.id or case.id in existing:
        prefix = "user"
        n = 1 + sum(1 for i in existing if i.startswith(prefix + "-"))
        while f"{prefix}-{n:03d}" in existing:
            n += 1
        case.id = f"{prefix}-{n:03d}"
    Case.from_dict(case.to_dict())  # validate before writing
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(case.to_dict(), ensure_ascii=False) + "\n")
    return case
