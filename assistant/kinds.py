"""What kind of answer a question wants, read by a small trained model.

A factoid is answered by one sentence; a synthesis ("What risks does the article see?"), a
comparison ("How do China's and India's concerns differ?") or an explanation ("Why is Washington
interested?") gathers several. The form rules of `composing.kind_of` recognise why/how by its
first words but miss most syntheses and comparisons, which analysts phrase in many ways ("what
does Pakistan stand to gain", "where do Beijing and Delhi part ways"). The model is a logistic
regression over the question's sentence embedding (the same all-MiniLM-L6-v2 vector retrieval
uses) and the rules' own verdict, trained by `python -m evals.kinds --write` on labelled,
already-measured questions; see `assistant/models/kinds/MODEL_CARD.md` for data and scores.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import numpy as np

from .composing import Kind, kind_of
from .errors import ModelUnavailable

MODEL_PATH = Path(__file__).resolve().parent / "models" / "kinds" / "kinds.json"
KIND_EMBEDDER = "all-MiniLM-L6-v2"  # the embedding the model was trained on
KIND_DIMENSION = 384
KINDS: tuple[Kind, ...] = ("factoid", "synthesis", "comparison", "explanation")


def features(vector: np.ndarray, question: str, rule_weight: float) -> np.ndarray:
    """The embedding, then the form rules' verdict one-hot (scaled so it counts beside 384 dims)."""
    rule = kind_of(question)
    return np.concatenate([np.asarray(vector, dtype=np.float64).ravel(),
                           [rule_weight * (rule == k) for k in KINDS]])


def digest(weights: dict) -> str:
    """sha256 of the model's numbers, written canonically: what the loader checks."""
    canonical = json.dumps({k: weights[k] for k in ("classes", "coef", "intercept", "rule_weight")},
                           sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


class KindModel:
    """Loads the shipped weights once, checking their checksum."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        fix = "reinstall the package (or `git checkout assistant/models/kinds`)"
        try:
            meta = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ModelUnavailable(f"the question-kind model {path} is missing or unreadable ({err}): {fix}") from None
        try:
            ok = digest(meta) == meta.get("sha256")
        except (KeyError, TypeError):
            ok = False
        if not ok:
            raise ModelUnavailable(f"the question-kind model {path} is damaged (its sha256 does not match): {fix}")
        self.meta = meta
        self.classes: list[str] = list(meta["classes"])
        self._coef = np.asarray(meta["coef"], dtype=np.float64)
        self._intercept = np.asarray(meta["intercept"], dtype=np.float64)
        self._rule_weight = float(meta["rule_weight"])
        if set(self.classes) - set(KINDS) or self._coef.shape != (len(self.classes), KIND_DIMENSION + len(KINDS)):
            raise ModelUnavailable(f"the question-kind model {path} does not fit this version: {fix}")

    def scores(self, vector: np.ndarray, question: str) -> dict[str, float]:
        """Each kind's probability."""
        z = self._coef @ features(vector, question, self._rule_weight) + self._intercept
        p = np.exp(z - z.max())
        p /= p.sum()
        return {k: float(v) for k, v in zip(self.classes, p)}

    def kind(self, vector: np.ndarray, question: str) -> Kind:
        s = self.scores(vector, question)
        return max(s, key=s.__getitem__)  # type: ignore[return-value]


_shared: KindModel | None = None
_shared_lock = threading.Lock()


def shared_kind_model() -> KindModel:
    """One model per process, loaded (and checked) on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = KindModel()
        return _shared
