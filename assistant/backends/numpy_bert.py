"""A BERT encoder with mean pooling in plain NumPy, for queries.

Why: `import sentence_transformers` costs 5-8 s here, which alone breaks a cold
`assistant ask`. A query is one short sequence, for which this forward pass over the very same
safetensors weights takes ~10 ms and matches sentence-transformers to ~1e-7 (a test checks it).
Bulk encoding during ingest still goes through sentence-transformers, which is faster in batch.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Sequence

import numpy as np


def supports(model_dir: Path) -> bool:
    """True for a sentence-transformers folder of a BERT with mean pooling and L2 normalisation."""
    try:
        cfg = json.loads((model_dir / "config.json").read_text())
        modules = json.loads((model_dir / "modules.json").read_text())
        pooling = json.loads((model_dir / "1_Pooling" / "config.json").read_text())
    except (OSError, ValueError):
        return False
    kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in modules]
    return (
        cfg.get("model_type") == "bert"
        and cfg.get("hidden_act") == "gelu"
        and cfg.get("position_embedding_type", "absolute") == "absolute"
        and kinds == ["Transformer", "Pooling", "Normalize"]
        and pooling.get("pooling_mode_mean_tokens") is True
        and not any(v for k, v in pooling.items() if k.startswith("pooling_mode_") and k != "pooling_mode_mean_tokens")
        and (model_dir / "model.safetensors").is_file()
        and (model_dir / "tokenizer.json").is_file()
    )


class NumpyBert:
    def __init__(self, model_dir: Path, max_seq_length: int = 256) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        cfg = json.loads((model_dir / "config.json").read_text())
        self._layers = int(cfg["num_hidden_layers"])
        self._heads = int(cfg["num_attention_heads"])
        self._eps = float(cfg["layer_norm_eps"])
        weights = load_file(str(model_dir / "model.safetensors"))
        # some exports prefix every tensor with "bert."
        self._w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in weights.items()}
        # pre-transpose the dense layers once instead of per call
        for k in list(self._w):
            if k.endswith(".weight") and self._w[k].ndim == 2 and not k.startswith("embeddings."):
                self._w[k] = np.ascontiguousarray(self._w[k].T)
        self._tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tok.enable_truncation(max_seq_length)
        self._tok.enable_padding()
        self.dimension = int(cfg["hidden_size"])
        self._threads = _single_threaded_blas()

    def _norm(self, x: np.ndarray, prefix: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self._eps) * self._w[prefix + ".weight"] + self._w[prefix + ".bias"]

    def _dense(self, x: np.ndarray, prefix: str) -> np.ndarray:
        return x @ self._w[prefix + ".weight"] + self._w[prefix + ".bias"]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # One query is a few small matrices: BLAS threads only add hand-offs, and under concurrent
        # requests (or another busy process) spinning BLAS threads make it ten times slower.
        with self._threads():
            return self._encode(texts)

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        encodings = self._tok.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings])
        types = np.array([e.type_ids for e in encodings])
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        w = self._w
        batch, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][types]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        heads, width = self._heads, x.shape[-1] // self._heads
        attn_bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1.0 / math.sqrt(width))
        for i in range(self._layers):
            p = f"encoder.layer.{i}."

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(batch, length, heads, width).transpose(0, 2, 1, 3)

            q = split(self._dense(x, p + "attention.self.query"))
            k = split(self._dense(x, p + "attention.self.key"))
            v = split(self._dense(x, p + "attention.self.value"))
            s = (q @ k.transpose(0, 1, 3, 2)) * scale + attn_bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(0, 2, 1, 3).reshape(batch, length, heads * width)
            x = self._norm(self._dense(a, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            h = self._dense(x, p + "intermediate.dense")
            h = 0.5 * h * (1.0 + _erf(h / np.float32(math.sqrt(2.0))))
            x = self._norm(self._dense(h, p + "output.dense") + x, p + "output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled.astype(np.float32)


def _single_threaded_blas():  # type: ignore[no-untyped-def]
    import contextlib

    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return contextlib.nullcontext
    controller = ThreadpoolController()
    return lambda: controller.limit(limits=1, user_api="blas")


def _erf(x: np.ndarray) -> np.ndarray:
    # scipy's erf is exact and vectorised; scipy is already a dependency of bm25s
    from scipy.special import erf

    return erf(x).astype(np.float32)
