"""The number words of each language, read from ``data/numbers.toml``: scales,
number words, and the words around a figure that tell what it is (a total, a rate, a
level). ``magnitudes`` reads figures with them."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any


@dataclass(frozen=True, slots=True)
class NumberWords:
    scales: Mapping[str, float]  # "million" -> 1e6
    words: Mapping[str, float]  # "five" -> 5
    links: tuple[str, ...]  # "de": between a figure and its unit
    totals: tuple[str, ...]  # "of": before a figure that is a total
    spans: Mapping[str, str]  # "monthly" -> "month"
    rates: tuple[str, ...]  # "a", "per": before a span word, a rate ("a year")
    rate_adjectives: tuple[str, ...]  # "monthly": a rate by itself
    reaching: tuple[str, ...] = ()  # "hits", "tops": before a figure, it is reached
    unit_gaps: tuple[str, ...] = ()  # "last", "in": after a figure, no unit follows
    changes: tuple[str, ...] = ()  # "by": before a target's figure, a change
    levels: tuple[str, ...] = ()  # "to": before a figure, a level
    ordinals: tuple[str, ...] = ()  # 人目: after a figure, it is an ordinal (40万人目)
    levels_after: tuple[str, ...] = ()  # に: after a figure, a level (1400円に)
    articles: tuple[str, ...] = ()  # "un": a figure only with a scale (un million)
    reached_after: tuple[str, ...] = ()  # "franchi": after a figure and its unit, reached
    now: tuple[str, ...] = ()  # "now has 10 tenants": the count as it stands
    origins: tuple[str, ...] = ()  # "from": before a figure, the level left (from 3% to 4%)
    origins_after: tuple[str, ...] = ()  # から: after a figure, the level left
    measures: frozenset[str] = frozenset()  # "km", "h": after a figure, its measure
    tens: Mapping[str, float] = field(default_factory=dict)  # "twenty" -> 20
    links_of_tens: tuple[str, ...] = ()  # « et »: between tens and one (vingt et un)
    sizing: tuple[tuple[str, ...], ...] = ()  # "all", "more than": words that size a figure
    grown: tuple[str, ...] = ()  # "expands" before "to" (に拡大 after a figure): grown to it


@cache
def numbers_table() -> dict[str, Any]:
    return tomllib.loads(files("tracker.match.data").joinpath("numbers.toml").read_text("utf-8"))


@cache
def number_words(language: str) -> NumberWords:
    """The number words of ``language`` (read once per process, for every language)."""
    table = numbers_table().get(language, {})
    return NumberWords({k: float(v) for k, v in table.get("scales", {}).items()},
                       {k: float(v) for k, v in table.get("words", {}).items()},
                       tuple(table.get("links", ())), tuple(table.get("totals", ())),
                       {k: str(v) for k, v in table.get("spans", {}).items()},
                       tuple(table.get("rates", ())), tuple(table.get("rate_adjectives", ())),
                       tuple(table.get("reaching", ())), tuple(table.get("unit_gaps", ())),
                       tuple(table.get("changes", ())), tuple(table.get("levels", ())),
                       tuple(table.get("ordinals", ())), tuple(table.get("levels_after", ())),
                       tuple(table.get("articles", ())), tuple(table.get("reached_after", ())),
                       tuple(table.get("now", ())), tuple(table.get("origins", ())),
                       tuple(table.get("origins_after", ())),
                       frozenset(table.get("measures", ())),
                       {k: float(v) for k, v in table.get("tens", {}).items()},
                       tuple(table.get("links_of_tens", ())),
                       tuple(tuple(w.split()) for w in table.get("sizing", ())),
                       tuple(table.get("grown", ())))


def is_a_number(word: str, language: str) -> bool:
    """A token that is a number: digits, or a number word ("five", « cinq »)."""
    table = number_words(language)
    return word.isdigit() or word in table.words or word in table.tens


@cache
def japanese_time_counters() -> tuple[str, ...]:
    """Counters of time, age or rank after a Japanese figure (26年, 3カ月, 64歳)."""
    return tuple(numbers_table()["ja"]["time_counters"])
