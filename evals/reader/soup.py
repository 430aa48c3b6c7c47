"""Interpolate the weights of readers fine-tuned from one another (a "model soup", WiSE-FT).

    python -m evals.reader.soup --weights .cache/reader/shipped.pt .cache/reader/run13/final.pt \
        --mix 0.5 0.5 --out .cache/reader/soup/final.pt

A continuation of a reader stays in its basin, so the weighted mean of the two weight sets is a
reader too, and often a better one than either under a change of data (Wortsman et al., "Robust
fine-tuning of zero-shot models", 2022; "Model soups", 2022): the continuation learned something
(run 13: questions that share few words with their answer) and forgot a little of what its start
knew (the suite's lexical factoids). One forward pass, so it costs nothing at inference, unlike an
ensemble. The result is a state dict `export` and `train --init` take.

`base` in place of a file is the encoder every reader started from (all-MiniLM-L6-v2's weights,
from the embedding package) carrying the first file's answer heads, which the base lacks: mixing
a reader with it is WiSE-FT in its first form, the fine-tuned model pulled back towards its
pre-trained start, which was trained on a billion sentence pairs for meaning, not SQuAD's wording:

    python -m evals.reader.soup --weights .cache/reader/soup1/final.pt base --mix 0.8 0.2 --out X.pt
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def _state(path: Path) -> tuple[dict[str, Any], dict | None]:
    import torch

    state = torch.load(path, map_location="cpu", weights_only=False)
    if "model" in state:
        return state["model"], state.get("config")
    return state, None


BASE = Path("base")  # stands for the pre-trained encoder, see the module's text


def base_state(like: dict[str, Any]) -> tuple[dict[str, Any], dict | None]:
    """The pre-trained encoder's weights under `like`'s names (a frozen part a reader leaves out,
    the word embeddings, is left out here too), with `like`'s answer heads, which it lacks."""
    from .train import base_model

    pre = base_model().state_dict()
    out = {}
    for k, w in like.items():
        if k.startswith("encoder."):
            if k not in pre or pre[k].shape != w.shape:
                raise ValueError(f"the pre-trained encoder has no {k} of shape {tuple(w.shape)}")
            out[k] = pre[k].to(w.dtype) if w.is_floating_point() else pre[k]
        else:
            out[k] = w  # the heads: trained only in readers
    return out, None


def soup(weights: list[Path], mix: list[float]) -> tuple[dict[str, Any], dict | None]:
    """The mix-weighted mean of the state dicts at `weights` (mix is normalised to sum to 1);
    `BASE` (not first) is the pre-trained encoder with the first reader's heads."""
    import torch

    if len(weights) != len(mix) or len(weights) < 2:
        raise ValueError("give two or more weight files and one mix value for each")
    if any(m < 0 for m in mix) or sum(mix) <= 0:
        raise ValueError("mix values must be non-negative and not all zero")
    if weights[0] == BASE:
        raise ValueError("the first weights must be a reader's: the base has no answer heads")
    total = sum(mix)
    first = _state(weights[0])
    states = [first if i == 0 else base_state(first[0]) if w == BASE else _state(w)
              for i, w in enumerate(weights)]
    base, base_config = states[0]
    for (state, config), path in zip(states[1:], weights[1:]):
        if set(state) != set(base) or any(state[k].shape != w.shape or state[k].dtype != w.dtype
                                           for k, w in base.items()):
            raise ValueError(f"{path} holds other parameters than {weights[0]}: not the same model")
        # an index buffer (position ids) is not learned: it must be the same in every reader
        if any(not w.is_floating_point() and not torch.equal(state[k], w) for k, w in base.items()):
            raise ValueError(f"{path} differs from {weights[0]} in a buffer that is not a weight")
        if config is not None and base_config is not None and config != base_config:
            raise ValueError(f"{path} was built with another encoder configuration than {weights[0]}")
    out = {}
    for k, first in base.items():
        if not first.is_floating_point():
            out[k] = first
            continue
        out[k] = sum((m / total) * s[k].float() for m, (s, _) in zip(mix, states)).to(first.dtype)
    config = next((c for _, c in states if c is not None), None)
    return out, config


def main(argv: list[str] | None = None) -> None:
    import torch

    ap = argparse.ArgumentParser(description="interpolate reader weights")
    ap.add_argument("--weights", type=Path, nargs="+", required=True)
    ap.add_argument("--mix", type=float, nargs="+", required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    state, config = soup(a.weights, a.mix)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"model": state, "config": config} if config else {"model": state}, a.out)
    print(f"{a.out}: {len(state)} tensors, mix {a.mix} of {[str(w) for w in a.weights]}")


if __name__ == "__main__":
    main()
