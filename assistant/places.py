"""Places the documents name otherwise: a country by its capital, and its capital by the country.

Analysts write a capital for its government ("How do New Delhi's and Tehran's readings differ?",
"Beijing's grip on rare earths"), while a document may only ever say India and Iran. The search
then matches nothing by name, the reader reads a name its passages never use, and a comparison's
sides find none of their points. A country's names come from `countryinfo` (MIT): its name, its
capital, its other spellings, its people ("Chinese") and its two-letter code ("U.S.").
Decided before it was measured: docs/reader.md, twenty-second session.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    name: str
    capitals: tuple[str, ...]  # "Washington D.C." and "Washington"
    spellings: tuple[str, ...]  # other names in Latin letters ("UK", "Great Britain"), no codes
    people: str  # "Chinese", "Iranian"
    codes: tuple[str, ...]  # "US", "USA"

    @property
    def places(self) -> tuple[str, ...]:
        """What the country may be called in a question: its name and its capitals."""
        return (self.name, *self.capitals)

    @property
    def names(self) -> tuple[str, ...]:
        """Every way a passage may name it ("U.S." for the code "US": written dotted in prose)."""
        dotted = tuple(".".join(c) + "." for c in (*self.codes, *self.spellings) if len(c) == 2 and c.isupper())
        return tuple(dict.fromkeys(n for n in (*self.places, *self.spellings, self.people, *dotted) if n))


@functools.lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The world's countries with a capital, read once per process; none when the data cannot be
    read (the names are then taken as asked)."""
    try:
        import importlib.resources

        folder = importlib.resources.files("countryinfo") / "data"
        records = [json.loads(f.read_text(encoding="utf-8")) for f in folder.iterdir() if f.name.endswith(".json")]
    except (ImportError, OSError, ValueError):
        return ()
    out = []
    for r in records:
        capital, name = r.get("capital"), r.get("name")
        if not isinstance(name, str) or not isinstance(capital, str) or not capital:
            continue
        iso = r.get("ISO") or {}
        codes = tuple(c for c in (iso.get("alpha2"), iso.get("alpha3")) if isinstance(c, str) and c)
        # "Washington D.C." is also written "Washington"
        short = re.sub(r"(?:\s+(?:[A-Z]\.)+)+$", "", capital)
        spellings = tuple(s for s in r.get("altSpellings") or () if isinstance(s, str) and s not in codes
                          and s.isascii() and re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", s) and s != name)
        people = r.get("demonym") if isinstance(r.get("demonym"), str) else ""
        out.append(Country(name, tuple(dict.fromkeys((capital, short))), spellings, people, codes))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, Country | None]:
    """Name, capital, other spelling or code -> its country; None where two countries share it
    ("Kingston"): such a name is never taken for either."""
    table: dict[str, Country | None] = {}
    for c in countries():
        for key in {*c.places, *c.spellings, *c.codes}:
            table[key] = c if table.get(key, c) is c else None
    return table


def country_of(name: str) -> Country | None:
    """The one country `name` names ("Tehran", "Iran", "U.S.", "UK"), or None."""
    table = _by_name()
    found = table.get(name)
    return found if found is not None else table.get(name.replace(".", ""))


@functools.lru_cache(maxsize=256)
def also_called(name: str) -> tuple[str, ...]:
    """`name` and every other name of its country ("Beijing" -> China, Chinese, ...), or `name`
    alone when it names no single country."""
    country = country_of(name)
    return (name,) if country is None else tuple(dict.fromkeys((name, *country.names)))


@functools.lru_cache(maxsize=1)
def _places_longest_first() -> tuple[str, ...]:
    """Every country's name and capital that names one country, "Washington D.C." before "Washington"."""
    return tuple(sorted((n for n, c in _by_name().items() if c is not None and n in c.places), key=len, reverse=True))


@functools.lru_cache(maxsize=1024)
def countries_in(text: str) -> frozenset[Country]:
    """The countries `text` names by any of their names or their people ("5.1 China (CPEC &
    Gwadar)" names China; "Regional Implications: India, China, Iran" three)."""
    found = set()
    for c in countries():
        for n in c.names:
            if n and n in text and re.search(rf"(?<![\w.]){re.escape(n)}(?:s|ns|n|an|ans)?(?!\w)", text):
                found.add(c)
                break
    return frozenset(found)


def _count(name: str, words: Mapping[str, int]) -> int:
    """How often the documents write `name`, as far as single words tell: the rarest of its words
    ("New Delhi": as often as "delhi")."""
    parts = re.findall(r"[A-Za-z]{2,}", name)  # not the letters of "D.C."
    return min((words.get(p.lower(), 0) for p in parts), default=0)


def as_documents_name(question: str, words: Mapping[str, int]) -> str:
    """The question with each country or capital that no document writes replaced by the name of
    the same country the documents write most ("Tehran" -> "Iran"), if they write one. `words`:
    how often each lowercase word occurs in the documents."""
    table = _by_name()
    candidates = [n for n in _places_longest_first() if n in question]  # a cheap first pass
    if not candidates:
        return question
    out = question
    for name in candidates:
        country = table[name]
        assert country is not None
        if _count(name, words) > 0:
            continue
        known = [(_count(p, words), p) for p in country.places if p != name]
        best = max(known, default=(0, ""))
        if best[0] == 0:
            continue
        out = re.sub(rf"(?<![\w.]){re.escape(name)}(?!\w)", best[1], out)
    return out
