"""A country's name in katakana is read whole: it ends where its katakana run ends.

Japanese has no spaces, so a Japanese term matches inside a longer run of kanji and
kana (日米 in 日米同盟). A katakana name, though, is one word: インド (India) is not
the start of インドネシア (Indonesia), タイ (Thailand) is not the end of ネクタイ (a
tie). Such a name matches only where the text's katakana run begins and ends with
it. A middle dot (・) separates two katakana words: it is a boundary.

The entity catalogue's names are read so, and a claim's own katakana terms of at
most three letters (スト, a strike, is no part of コスト, a cost). Longer claim terms
are often the head of a compound written without a break (フェリー in
フェリーターミナル, データセンター in データセンターキャンパス) and must still match there,
unless they name what the group's English terms name with a capital: a name (アラビア
議会 for Aravia's parliament is no part of サウジアラビア議会).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tracker.models import Claim, TermGroup

_KATAKANA = frozenset(
    [chr(code) for code in range(0x30A1, 0x30FB)]  # ァ … ヺ (the letters)
    + [chr(code) for code in range(0x31F0, 0x3200)]  # small letters for Ainu (ㇰ …)
    + ["ー", "ヽ", "ヾ"]  # the long-vowel mark and the iteration marks
)


# the katakana letters (ァ … ヺ) as a regular-expression class body, for the modules
# that find katakana words in text (kana_spellings.py, japanese_names.py)
LETTERS = "\u30a1-\u30fa"
SHORT_KATAKANA = 3  # letters: a claim term this short is read whole


def short_katakana(term: str) -> bool:
    """A katakana word of at most ``SHORT_KATAKANA`` letters (スト, カリ, トン)."""
    return 0 < len(term) <= SHORT_KATAKANA and all(c in _KATAKANA for c in term)


def whole_katakana_terms(claims: Iterable[Claim]) -> list[str]:
    """The claims' Japanese terms read whole: short katakana words, and the katakana-edged
    terms of a group of names (every English term of it capitalised)."""
    return [t for c in claims for g in c.groups for t in g.terms.get("ja", ())
            if short_katakana(t.strip()) or (all_capitalised(g.terms.get("en", ()))
                                             and katakana_edges(t.strip()) is not None)]


def all_capitalised(terms: Sequence[str]) -> bool:
    """Every term written with a capital: a group of names ("Harvik", "Kestoria")."""
    return bool(terms) and all(t.strip()[:1].isupper() for t in terms)


def mostly_capitalised(terms: Sequence[str]) -> bool:
    """Most terms written with a capital: a group of names, with perhaps a title or two
    ("Velmora", "Dravik", "digital affairs ministry")."""
    return 2 * sum(t.strip()[:1].isupper() for t in terms) > len(terms)


def written_as_names(group: TermGroup) -> bool:
    """A group of names: most of its English terms capitalised, else most French ones
    (a group of things is written in lower case: "naming-rights revenue")."""
    return mostly_capitalised(group.terms.get("en") or group.terms.get("fr") or ())


def read_whole(patterns: Sequence[str], words: Iterable[str]
               ) -> dict[int, tuple[bool, bool]]:
    """The edges of each pattern id whose pattern is one of ``words`` and starts or
    ends with katakana."""
    wanted = frozenset(words)
    return {pid: e for pid, pattern in enumerate(patterns)
            if pattern in wanted and (e := katakana_edges(pattern)) is not None}


def katakana_edges(pattern: str) -> tuple[bool, bool] | None:
    """Whether the pattern starts and ends with katakana; None if it does neither."""
    if not pattern:
        return None
    first, last = pattern[0] in _KATAKANA, pattern[-1] in _KATAKANA
    return (first, last) if first or last else None


def inside_run(text: str, start: int, end: int, pattern_edges: tuple[bool, bool]) -> bool:
    """``text[start:end]`` is part of a longer katakana word: katakana goes on
    before a pattern that starts with katakana, or after one that ends with it."""
    first, last = pattern_edges
    return ((first and start > 0 and text[start - 1] in _KATAKANA)
            or (last and end < len(text) and text[end] in _KATAKANA))
