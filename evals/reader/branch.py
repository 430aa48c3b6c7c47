"""A second answerability head on a branch of a trained reader (run 31 in docs/reader.md).

    python -m evals.reader.branch train --data .cache/reader/train28.jsonl --init .cache/reader/run20/final.pt --work .cache/reader/run31 --seed 81
    python -m evals.reader.branch export --init .cache/reader/run20/final.pt --weights .cache/reader/run31/final.pt --out .cache/reader/export-run31 --version 7

The trained reader stays exactly as it is (frozen: its spans and its own answerability logit do
not move). Beside its last encoder layer runs a copy of that layer, reading the same input (the
fifth layer's output and the same attention mask), with a copy of the answerability head on its
[CLS]; only the copy learns, on the answerability label alone. Every reader that learned the
users' wording in full (runs 26-30) lost SQuAD F1 in its no-answer decision; the branch lets the
calibration weigh the two heads instead. The export gives the ONNX file a fourth output,
`has_answer_branch`, which `assistant.reader.Reader` adds to its answerability mix.

Seeded and resumable as `evals.reader.train` (a checkpoint every --save-every steps; a rerun of
the same command continues). Never run in CI.
"""

from __future__ import annotations

import argparse
import copy
import random
import time
from pathlib import Path
from typing import Any

import torch
from torch import nn

from assistant.reader import load_tokenizer

from .train import ReaderModel, add_run_options, base_model, collate, example_order, load_features, warmup_then_decay


class BranchedReader(nn.Module):
    """A frozen reader plus a trainable copy of its last layer and answerability head."""

    def __init__(self, reader: ReaderModel) -> None:
        super().__init__()
        self.reader = reader.requires_grad_(False)
        last = reader.encoder.encoder.layer[-1]
        self.branch = copy.deepcopy(last).requires_grad_(True)
        self.has2 = copy.deepcopy(reader.has).requires_grad_(True)
        self._seen: tuple[Any, ...] = ()
        # the last layer's inputs (hidden states and the attention mask as BertModel built it),
        # caught on the way in so that the branch reads exactly what that layer reads
        last.register_forward_pre_hook(self._catch)

    def _catch(self, module: nn.Module, args: tuple[Any, ...]) -> None:
        self._seen = args

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        with torch.set_grad_enabled(False):
            s, e, has = self.reader(input_ids, attention_mask, token_type_ids)
        hidden, mask = self._seen[0], self._seen[1] if len(self._seen) > 1 else None
        self._seen = ()
        h = self.branch(hidden.detach(), mask)
        h = h[0] if isinstance(h, tuple) else h
        return s, e, has, self.has2(h[:, 0]).squeeze(-1)

    def branch_state(self) -> dict[str, torch.Tensor]:
        return {k: v for k, v in self.state_dict().items() if not k.startswith("reader.")}


def load_branched(init: Path, weights: Path | None = None) -> BranchedReader:
    """The reader of `init` (a final.pt) with a branch, fresh (copied) or from `weights`."""
    state = torch.load(init, map_location="cpu", weights_only=False)
    reader = base_model(state.get("config") if isinstance(state, dict) and "config" in state else None)
    reader.load_state_dict(state.get("model", state))
    model = BranchedReader(reader)
    if weights is not None:
        missing = model.load_state_dict(torch.load(weights, map_location="cpu", weights_only=False), strict=False)
        if missing.unexpected_keys or any(not k.startswith("reader.") for k in missing.missing_keys):
            raise SystemExit(f"{weights} is not a branch of this reader: {missing}")
    return model


def train(a: argparse.Namespace) -> None:
    torch.set_num_threads(a.threads)
    random.seed(a.seed)
    torch.manual_seed(a.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    tok = load_tokenizer()
    feats = load_features(a.data, tok)
    model = load_branched(a.init).to(device)
    model.reader.eval()  # no dropout in the frozen part: the branch reads what answering reads
    params = [p for p in model.parameters() if p.requires_grad]
    total, schedule = example_order(len(feats), a.batch, a.epochs, a.seed)
    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.01)
    sched = warmup_then_decay(opt, total, a.warmup)
    a.work.mkdir(parents=True, exist_ok=True)
    ckpt, step = a.work / "checkpoint.pt", 0
    if ckpt.exists():
        saved = torch.load(ckpt, map_location="cpu", weights_only=False)
        model.load_state_dict(saved["branch"], strict=False)
        opt.load_state_dict(saved["opt"])
        sched.load_state_dict(saved["sched"])
        step = saved["step"]
        print(f"resumed at step {step}/{total}", flush=True)
    print(f"{len(feats)} train features, {total} steps of {a.batch} on {device}, "
          f"{sum(p.numel() for p in params) / 1e6:.1f} M trainable parameters", flush=True)
    model.branch.train()
    bce = nn.functional.binary_cross_entropy_with_logits
    t0, seen, running = time.time(), 0, 0.0
    while step < total:
        batch = collate([feats[i] for i in schedule[step * a.batch:(step + 1) * a.batch]], device)
        _, _, _, has2 = model(batch["input_ids"], batch["attention_mask"], batch["token_type_ids"])
        loss = bce(has2, batch["has"])
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        step += 1
        seen += a.batch
        running = 0.98 * running + 0.02 * loss.item() if running else loss.item()
        if step % 50 == 0:
            print(f"step {step}/{total} loss {running:.3f} {seen / (time.time() - t0):.1f} pairs/s", flush=True)
        if step % a.save_every == 0 or step == total:
            tmp = ckpt.with_suffix(".tmp")
            torch.save({"branch": model.branch_state(), "opt": opt.state_dict(), "sched": sched.state_dict(),
                        "step": step, "args": {k: str(v) for k, v in vars(a).items()}}, tmp)
            tmp.replace(ckpt)  # a kill while saving keeps the previous checkpoint
    torch.save(model.branch_state(), a.work / "final.pt")
    print("done", flush=True)


def export(a: argparse.Namespace) -> None:
    from .export import write_onnx

    model = load_branched(a.init, a.weights).eval()
    write_onnx(model, a.out, a.version, ["start_logits", "end_logits", "has_answer", "has_answer_branch"],
               weights=f"{a.init} + branch {a.weights}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="a second answerability head on a branch of a trained reader")
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train")
    t.add_argument("--data", type=Path, required=True)
    t.add_argument("--init", type=Path, required=True, help="the trained reader (a final.pt) to branch")
    t.add_argument("--work", type=Path, required=True)
    add_run_options(t, lr=3e-5, seed=81)
    x = sub.add_parser("export")
    x.add_argument("--init", type=Path, required=True)
    x.add_argument("--weights", type=Path, required=True, help="the branch's final.pt")
    x.add_argument("--out", type=Path, required=True)
    x.add_argument("--version", default="7")
    a = ap.parse_args(argv)
    train(a) if a.cmd == "train" else export(a)


if __name__ == "__main__":
    main()
