"""The names a Japanese headline gives, as far as they can be told from words: its
katakana words (foreign and invented names, and loanwords, which a local paper's own
news also does without), its place names (kanji before 市, 町, 村, 県, 港, 工場…, and
such a word alone: 県 is the prefecture), and a country's one-kanji abbreviation
before a katakana name (仏モンシャルヴァン: news from abroad). ``omitted.py`` asks
whether they are all the claim's own before letting a Japanese local paper leave its
town out."""

from __future__ import annotations

import re
from functools import cache

from tracker.match.text.katakana import LETTERS

_KANJI = "\u4e00-\u9fff々"
_KATAKANA_WORD = re.compile(f"[{LETTERS}ー]{{2,}}")
_KATAKANA_START = re.compile(f"[{LETTERS}]")


@cache
def _place_names(place_suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """Up to three kanji before a place suffix, longest suffix first (read once); a
    bare suffix stays a name of its own (県: the prefecture)."""
    suffixes = "|".join(re.escape(s) for s in sorted(place_suffixes, key=len, reverse=True))
    return re.compile(f"[{_KANJI}]{{0,3}}?(?:{suffixes})")


def headline_names(title: str, place_suffixes: tuple[str, ...], country_marks: frozenset[str]
                   ) -> tuple[str, ...]:
    """The headline's names: katakana words, place names, country marks."""
    names = [m.group() for m in _KATAKANA_WORD.finditer(title)]
    if place_suffixes:
        names += [m.group() for m in _place_names(place_suffixes).finditer(title)]
    names += [c for i, c in enumerate(title[:-1])
              if c in country_marks and _KATAKANA_START.match(title[i + 1])]
    return tuple(names)
