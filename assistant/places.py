"""Places the documents name otherwise: a government by its capital, a country by its people.

Analysts write a capital for its government ("How do New Delhi's and Tehran's readings differ?",
"Beijing's grip on rare earths"), while a document may only ever say India and Iran. The search
then matches nothing by name, the reader reads a name its passages never use, and a comparison's
sides find none of their points. A country's names come from `countryinfo` (MIT): its name, its
capital, its longer names ("Islamic Republic of Iran"), its people ("Chinese") and the few codes
written as words ("US", "U.S."). Decided before it was measured: docs/reader.md, twenty-second
session (and a reviewer's narrowing there).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

# the codes English prose writes as words; every other ISO code is an ordinary acronym ("AI",
# "IT", "KP" for Khyber Pakhtunkhwa, "CAN")
WORD_CODES = frozenset({"US", "USA", "UK", "UAE", "DRC"})
# names of a country or capital that English text more often uses for a person, a U.S. state or
# another place ("Georgia", "Queen Victoria", "Hamilton"), or that two countries share ("Congo",
# "Guinea"): never taken for a country
NOT_A_COUNTRY = frozenset({
    "Georgia", "Jordan", "Chad", "Victoria", "Hamilton", "Kingston", "Georgetown", "Jamestown",
    "Plymouth", "Douglas", "Stanley", "Santiago", "Congo", "Guinea", "Lincoln", "Melbourne", "Jersey",
})


@dataclass(frozen=True)
class Country:
    name: str
    capitals: tuple[str, ...]  # "Washington D.C." and "Washington"
    spellings: tuple[str, ...]  # longer names ("Islamic Republic of Iran") and word codes ("US")
    people: str  # "Chinese", "Iranian"

    @property
    def names(self) -> tuple[str, ...]:
        """Every way a passage may name it ("U.S." for "US": written dotted in prose)."""
        dotted = tuple(".".join(c) + "." for c in self.spellings if c in WORD_CODES)
        out = (self.name, *self.capitals, *self.spellings, self.people, *dotted)
        return tuple(dict.fromkeys(n for n in out if n and n not in NOT_A_COUNTRY))

    @property
    def written_names(self) -> tuple[str, ...]:
        """What a question may be rewritten to: the country's names, not its capital or people."""
        return tuple(n for n in self.names if n not in self.capitals and n != self.people)


@functools.lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The world's countries with a capital, read once per process; none when the data cannot be
    read (the names are then taken as asked)."""
    try:
        import importlib.resources

        folder = importlib.resources.files("countryinfo") / "data"
        files = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
        records = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    except (ImportError, OSError, ValueError):
        return ()
    out = []
    for r in records:
        try:
            country = _country(r)
        except (AttributeError, TypeError):  # a record not shaped as expected: left out
            continue
        if country is not None and country not in out:
            out.append(country)
    return tuple(out)


def _country(r: dict) -> Country | None:
    capital, name = r.get("capital"), r.get("name")
    if not isinstance(name, str) or not isinstance(capital, str) or not capital or not (r.get("ISO") or {}).get("alpha2"):
        return None
    # "Washington D.C." is also written "Washington"
    short = re.sub(r"(?:\s+(?:[A-Z]\.)+)+$", "", capital)
    # a longer name in Latin letters; a one-word spelling is an endonym or a common word
    # ("Zhongguo", Iceland's "Island"), a code an acronym unless prose writes it as a word
    spellings = tuple(s for s in r.get("altSpellings") or () if isinstance(s, str) and s != name and s.isascii()
                      and (s in WORD_CODES or (" " in s and re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", s))))
    people = r.get("demonym") if isinstance(r.get("demonym"), str) else ""
    return Country(name, tuple(dict.fromkeys((capital, short))), spellings, people)


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, Country | None]:
    """A country's name, capital, longer name or word code -> the country; None where two
    countries share it ("Kingston"): such a name is never taken for either."""
    table: dict[str, Country | None] = {}
    for c in countries():
        for key in {c.name, *c.capitals, *c.spellings} - NOT_A_COUNTRY:
            table[key] = c if table.get(key, c) == c else None
    return table


def country_of(name: str) -> Country | None:
    """The one country `name` names ("Tehran", "Iran", "U.S.", "UK"), or None."""
    table = _by_name()
    found = table.get(name)
    return found if found is not None else table.get(name.replace(".", "")) if "." in name else None


@functools.lru_cache(maxsize=256)
def also_called(name: str) -> tuple[str, ...]:
    """`name` and every other name of its country ("Beijing" -> China, Chinese, ...), or `name`
    alone when it names no single country."""
    country = country_of(name)
    return (name,) if country is None else tuple(dict.fromkeys((name, *country.names)))


@functools.lru_cache(maxsize=1)
def _any_name() -> re.Pattern[str]:
    """Every country's names, longest first, as one pattern (with a plural or people's ending)."""
    names = sorted({n for c in countries() for n in c.names}, key=len, reverse=True)
    if not names:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, names)) + r")(?:s|ns|n|an|ans)?(?!\w)")


@functools.lru_cache(maxsize=1)
def _owner() -> dict[str, frozenset[Country]]:
    """Name -> the countries it names (a people's name may be two countries': "Chinese")."""
    out: dict[str, set[Country]] = {}
    for c in countries():
        for n in c.names:
            out.setdefault(n, set()).add(c)
    return {n: frozenset(cs) for n, cs in out.items()}


@functools.lru_cache(maxsize=1024)
def countries_in(text: str) -> frozenset[Country]:
    """The countries `text` names by any of their names or their people ("5.1 China (CPEC &
    Gwadar)" names China; "Regional Implications: India, China, Iran" three)."""
    owner = _owner()
    return frozenset(c for m in _any_name().finditer(text) for c in owner.get(m.group(1), ()))


class WrittenPlaces(Mapping[str, int]):
    """How often the documents write a name (as a phrase: "New Delhi", "U.S."), counted when a
    question first needs it: a renaming looks at a few names, never at all of them."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._text = "\n".join(texts)
        self._counts: dict[str, int] = {}

    def __getitem__(self, name: str) -> int:
        if name not in self._counts:
            found = 0
            if name in self._text:
                found = len(re.findall(rf"(?<![\w.]){re.escape(name)}(?!\w)", self._text))
            self._counts[name] = found
        return self._counts[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._counts)

    def __len__(self) -> int:
        return len(self._counts)


def as_documents_name(question: str, written: Mapping[str, int]) -> str:
    """The question with each capital that no document writes replaced by the name of its
    country the documents write most ("Tehran" -> "Iran"), if they write one. A capital that is
    part of a longer name ("George Washington", "Paris Agreement") is left as asked. `written`:
    `WrittenPlaces` of the documents."""
    table = _by_name()
    out = question
    for name in _capitals_longest_first():
        if name not in out or written.get(name, 0) > 0:
            continue
        country = table[name]
        assert country is not None
        known = [(written.get(n, 0), "." not in n, -len(n), n) for n in country.written_names]
        best = max(known, default=(0, 0, False, ""))
        if best[0] == 0:
            continue
        target = best[3]
        out = re.sub(rf"(?<![\w.]){re.escape(name)}(?![\w-])",
                     lambda m: m.group(0) if _in_longer_name(m.string, m.start(), m.end()) else target, out)
    return out


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] part of a longer name: a capitalised word right after it
    ("Washington Post", "Paris Agreement") or right before it that does not open the sentence
    ("George Washington", not "Why Tehran?")?"""
    if re.match(r"\s+[A-Z]", text[end:]):
        return True
    before = re.search(r"(?:^|(?<=\s))(\S+)\s+$", text[:start])
    if not before or not before.group(1)[:1].isupper():
        return False
    opening = text[:before.start(1)].rstrip()
    return bool(opening) and opening[-1] not in ".?!:;—–-\"“("


@functools.lru_cache(maxsize=1)
def _capitals_longest_first() -> tuple[str, ...]:
    """Every capital that names one country, "Washington D.C." before "Washington"."""
    return tuple(sorted((n for n, c in _by_name().items() if c is not None and n in c.capitals), key=len, reverse=True))
