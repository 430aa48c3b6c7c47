"""Weights to train on from the shipped int8 reader: continue from it instead of from the base model.

    python -m evals.reader.dequantize --out .cache/reader/shipped.pt [--model-dir assistant/models/reader]

Training checkpoints stay out of git (a fp32 reader is 90 MB) and are lost with the machine, so
a further epoch used to mean four hours of CPU training from the base model first. The shipped
ONNX file holds every weight as int8 (a scale and zero point per embedding table, and for each
linear layer one per output column in exports since the ninth session, reader 4 among them;
reader 3 has one per matrix): undoing that gives a state dict `train --init` takes, whose outputs follow the
shipped model's (the quantisation error is what the shipped model already has). The state dict
carries the encoder's configuration, so a machine without the embedding-model package (a lent
GPU machine) can build the model from it. Needs the `onnx` package (training tools only).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import numpy as np

from assistant.reader import MODEL_DIR, MODEL_FILE

# all-MiniLM-L6-v2's encoder (BERT, 6 layers, 384 wide), as `BertConfig` keys
CONFIG = {"vocab_size": 30522, "hidden_size": 384, "num_hidden_layers": 6, "num_attention_heads": 12,
          "intermediate_size": 1536, "hidden_act": "gelu", "max_position_embeddings": 512,
          "type_vocab_size": 2, "layer_norm_eps": 1e-12}


def _dequantized(inits: dict[str, Any], stem: str) -> np.ndarray:
    from onnx import numpy_helper

    q = numpy_helper.to_array(inits[f"{stem}_quantized"]).astype(np.float32)
    # one scale for a table, or one per output column of a linear layer's [in, out] weight (the
    # export's per-channel quantisation): either broadcasts along the last axis
    scale = numpy_helper.to_array(inits[f"{stem}_scale"]).astype(np.float32)
    zero = numpy_helper.to_array(inits[f"{stem}_zero_point"]).astype(np.float32)
    return (q - zero) * scale


def state_dict(model_file: Path) -> dict[str, Any]:
    """The reader's weights by `ReaderModel` parameter name, as float32 tensors."""
    import onnx
    import torch
    from onnx import numpy_helper

    graph = onnx.load(str(model_file)).graph
    inits = {i.name: i for i in graph.initializer}
    state: dict[str, Any] = {}
    for name, init in inits.items():  # biases and layer norms stay float32 under the export's names
        if name.startswith("model.") and init.data_type == onnx.TensorProto.FLOAT and not name.endswith("_scale"):
            state[name[len("model."):]] = torch.from_numpy(numpy_helper.to_array(init).copy())
    for table in ("word_embeddings", "position_embeddings", "token_type_embeddings"):
        stem = f"model.encoder.embeddings.{table}.weight"
        state[f"encoder.embeddings.{table}.weight"] = torch.from_numpy(_dequantized(inits, stem))
    for node in graph.node:  # each linear layer's weight, found by the node that multiplies by it
        if node.op_type != "MatMulInteger":
            continue
        weight = node.input[1].removesuffix("_quantized")
        path = node.name.removeprefix("/model/").rsplit("/", 1)[0].replace("/", ".")
        state[f"{path}.weight"] = torch.from_numpy(_dequantized(inits, weight).T.copy())
    return state


def main(argv: list[str] | None = None) -> None:
    import torch

    ap = argparse.ArgumentParser(description="the shipped reader's weights as a training start")
    ap.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    state = state_dict(a.model_dir / MODEL_FILE)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"model": state, "config": CONFIG}, a.out)
    print(f"{a.out}: {len(state)} tensors, {sum(t.numel() for t in state.values()) / 1e6:.1f} M weights")


if __name__ == "__main__":
    main()
