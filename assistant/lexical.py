"""BM25 over a sparse term-document matrix, with the tokenizer shared by sentence scoring."""

from __future__ import annotations

import re
import threading
from typing import Mapping, Sequence

import numpy as np

# Lucene's English stopwords plus question words, which carry no topical signal.
STOPWORDS = frozenset("""
a an and are as at be but by for if in into is it no not of on or such that the their then there these
they this to was will with what which who whom whose when where why how does do did has have had
its it's i me my we our you your he him his she her them than can could would should shall may might
must been being were am also about from so any some all more most other only own same too very just
""".split())

VERSION = "3"  # bump when tokenization or scoring changes: cached snapshots are keyed by it
_TOKEN = re.compile(r"\w+", re.UNICODE)
# "U.S." would otherwise vanish (single letters are dropped) and never meet "United States"
_USA = re.compile(r"\bU\.S\.(A\.)?|\bU\.S\b|\b(USA|US)\b|\bUnited States\b|(?<!Latin )(?<!South )(?<!North )(?<!Central )\bAmerica\b")
_local = threading.local()  # PyStemmer objects are not thread-safe


def _stemmer():  # type: ignore[no-untyped-def]
    stem = getattr(_local, "stemmer", None)
    if stem is None:
        import Stemmer

        stem = _local.stemmer = Stemmer.Stemmer("english")
    return stem


def tokenize(text: str) -> list[str]:
    """Lowercase word stems without stopwords ("Pakistan’s" → "pakistan")."""
    text = _USA.sub(" usa ", text)
    words = [w for w in _TOKEN.findall(text.lower().replace("’s", "").replace("'s", ""))
             if w not in STOPWORDS and not (len(w) == 1 and not w.isdigit())]
    return _stemmer().stemWords(words)


class BM25:
    """Okapi BM25. Term weights are precomputed into a CSR matrix (terms × docs), so a query is
    a sum of a few sparse rows: milliseconds at 100 k passages."""

    def __init__(self, docs: Sequence[Sequence[str]], k1: float = 1.2, b: float = 0.75) -> None:
        from scipy import sparse

        self.vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        lengths = np.array([len(d) for d in docs], dtype=np.float32)
        avgdl = float(lengths.mean()) if len(docs) and lengths.mean() > 0 else 1.0
        for j, doc in enumerate(docs):
            counts: dict[int, int] = {}
            for tok in doc:
                t = self.vocab.setdefault(tok, len(self.vocab))
                counts[t] = counts.get(t, 0) + 1
            norm = k1 * (1.0 - b + b * lengths[j] / avgdl)
            for t, tf in counts.items():
                rows.append(t)
                cols.append(j)
                vals.append(tf * (k1 + 1.0) / (tf + norm))
        n = len(docs)
        shape = (len(self.vocab), n)
        tf = sparse.csr_matrix((np.array(vals, dtype=np.float32), (rows, cols)), shape=shape)
        df = np.diff(tf.indptr).astype(np.float32)
        self.idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        self._matrix = sparse.diags(self.idf).dot(tf).tocsr() if n else tf
        self.size = n

    def scores(self, tokens: Sequence[str] | Mapping[str, float]) -> np.ndarray:
        """Scores of every document; `tokens` may carry weights ({token: weight})."""
        weights = tokens if isinstance(tokens, Mapping) else {t: float(tokens.count(t)) for t in set(tokens)}
        pairs = [(self.vocab[t], w) for t, w in weights.items() if t in self.vocab]
        if not pairs or not self.size:
            return np.zeros(self.size, dtype=np.float32)
        ids, w = zip(*pairs)
        return np.asarray(self._matrix[list(ids)].T.dot(np.array(w, dtype=np.float32))).ravel()

    def top(self, tokens: Sequence[str] | Mapping[str, float], k: int) -> list[tuple[int, float]]:
        s = self.scores(tokens)
        if not len(s):
            return []
        k = min(k, len(s))
        idx = np.argpartition(-s, k - 1)[:k]
        idx = idx[np.argsort(-s[idx], kind="stable")]
        return [(int(i), float(s[i])) for i in idx if s[i] > 0]

    def docs_with(self, token: str, limit: int) -> list[int]:
        """Up to `limit` documents holding the term (its postings, in document order)."""
        i = self.vocab.get(token)
        if i is None:
            return []
        return [int(j) for j in self._matrix.indices[self._matrix.indptr[i]:self._matrix.indptr[i + 1]][:limit]]

    def term_idf(self, token: str) -> float:
        """idf of a term; unseen terms get the maximum (they are rarer than anything indexed)."""
        i = self.vocab.get(token)
        if i is not None:
            return float(self.idf[i])
        return float(np.log(1.0 + (self.size + 0.5) / 0.5)) if self.size else 1.0


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})(?:-\d+)?\)")
_WORDS_BEFORE = re.compile(r"[A-Za-z][\w’'\-]*")


def find_acronyms(texts: Sequence[str]) -> dict[str, list[str]]:
    """Acronyms a corpus defines, as in "rare-earth elements (REEs)": {"ree": ["rare", "earth", "element"]}.
    Only definitions whose initials spell the acronym count."""
    found: dict[str, list[str]] = {}
    for text in texts:
        if "(" not in text:
            continue
        for m in _ACRONYM.finditer(text):
            abbr = m.group(1)
            letters = abbr[:-1] if abbr.endswith("s") and abbr[:-1].isupper() else abbr
            if not letters.isupper() or len(letters) < 2 or letters.lower() in found:
                continue
            before = _WORDS_BEFORE.findall(text[max(0, m.start() - 120):m.start()])
            words = [p for w in before for p in w.split("-") if p]
            tail = words[-len(letters):]
            if len(tail) == len(letters) and all(w[:1].upper() == ch for w, ch in zip(tail, letters)):
                found[letters.lower()] = tokenize(" ".join(tail))
    return found


class Lexicon:
    """BM25 plus the corpus's own acronyms: "REE" in a passage also matches "rare earth elements"
    in a question, and the other way round (both sides are tokenized with expansions)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.acronyms = find_acronyms(texts)
        self.bm25 = BM25([self.tokens(t) for t in texts])

    def tokens(self, text: str) -> list[str]:
        out = tokenize(text)
        if self.acronyms:
            extra = [x for t in out if t in self.acronyms for x in self.acronyms[t]]
            out.extend(extra)
        return out

    def term_idf(self, token: str) -> float:
        return self.bm25.term_idf(token)
