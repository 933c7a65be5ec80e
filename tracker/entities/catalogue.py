"""The shared entity catalogue (``entities.toml``): names of countries, blocs and
organisations in en/fr/ja, and the words that imply them.

A claim group that lists ``entities = ["japan"]`` matches every name of Japan, and
its implied words ("Tokyo", 訪日, 対米 for the United States) with a lower weight
(``relevance.py``). Users write one id instead of twenty names, and the names are
the same for every claim.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import permutations

LANGUAGES: tuple[str, ...] = ("en", "fr", "ja")
_KEYS = frozenset({*LANGUAGES, *(f"implied_{lang}" for lang in LANGUAGES), "abbrev_ja"})
JAPANESE_PREFIXES: tuple[str, ...] = ("対", "訪", "在", "駐", "来", "離")
"""対米 (towards the US), 訪日 (visit to Japan), 在日 (stationed in Japan), …"""

Names = Mapping[str, tuple[str, ...]]  # language -> names


class CatalogueError(ValueError):
    """The catalogue file is malformed (a packaging or editing mistake)."""


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    names: Names
    implied: Names
    abbrev_ja: str | None


@dataclass(frozen=True, slots=True)
class Catalogue:
    entities: Mapping[str, Entity]

    def names(self, ids: tuple[str, ...]) -> tuple[Names, Names]:
        """(names, implied words) per language for these entities; unknown ids are skipped."""
        names: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
        implied: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
        for entity_id in ids:
            entity = self.entities.get(entity_id)
            if entity is None:
                continue
            for lang in LANGUAGES:
                names[lang] += entity.names.get(lang, ())
                implied[lang] += entity.implied.get(lang, ())
            names["ja"] += self._compounds(entity)
        return _frozen(names), _frozen(implied)

    def japanese_words(self) -> frozenset[str]:
        """Every Japanese name and implied word of every entity."""
        return frozenset(word for entity in self.entities.values()
                         for table in (entity.names, entity.implied)
                         for word in table.get("ja", ()))

    def country_marks(self) -> frozenset[str]:
        """The one-kanji abbreviations of the entities (仏, 米: 仏モンシャルヴァン)."""
        return frozenset(e.abbrev_ja for e in self.entities.values() if e.abbrev_ja)

    def _compounds(self, entity: Entity) -> list[str]:
        """日米, 米日, 対米, 訪米…: the Japanese compounds that name ``entity``."""
        mine = entity.abbrev_ja
        if not mine:
            return []
        others = [e.abbrev_ja for e in self.entities.values() if e.abbrev_ja and e is not entity]
        pairs = [a + b for a, b in permutations([mine, *others], 2) if mine in (a, b)]
        return pairs + [prefix + mine for prefix in JAPANESE_PREFIXES]


def _frozen(table: Mapping[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(dict.fromkeys(words)) for lang, words in table.items() if words}


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CatalogueError(f"{where} must be a list of non-empty strings")
    return tuple(value)


def parse_catalogue(text: str, name: str = "entities.toml") -> Catalogue:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"{name}: {error}") from error
    entities: dict[str, Entity] = {}
    for entity_id, table in data.items():
        if not isinstance(table, dict):
            raise CatalogueError(f"{name}: '{entity_id}' must be a table")
        unknown = set(table) - _KEYS
        if unknown:
            raise CatalogueError(f"{name}: unknown key '{entity_id}.{sorted(unknown)[0]}'")
        names = {lang: _strings(table[lang], f"{name}: '{entity_id}.{lang}'")
                 for lang in LANGUAGES if lang in table}
        implied = {lang: _strings(table[f"implied_{lang}"], f"{name}: '{entity_id}.implied_{lang}'")
                   for lang in LANGUAGES if f"implied_{lang}" in table}
        abbrev = table.get("abbrev_ja")
        if abbrev is not None and (not isinstance(abbrev, str) or len(abbrev) != 1):
            raise CatalogueError(f"{name}: '{entity_id}.abbrev_ja' must be one character")
        entities[entity_id] = Entity(entity_id, names, implied, abbrev)
    return Catalogue(entities)


@cache
def load_catalogue() -> Catalogue:
    """The catalogue shipped with the package (read once per process)."""
    text = files("tracker.entities").joinpath("entities.toml").read_text("utf-8")
    return parse_catalogue(text)


def catalogue_digest() -> str:
    """sha256 of the catalogue file, part of the matcher version."""
    raw = files("tracker.entities").joinpath("entities.toml").read_bytes()
    return hashlib.sha256(raw).hexdigest()
