"""A foreign name spelled another way in katakana: タルヴァネ for タルベーン, モンブルヴァン
for モンブレヴァン, ケルズマウス for ケルスマウス.

Japanese writes a foreign or invented name as it hears it, and two papers seldom hear
it alike: ヴァ or バ, a long vowel or none, ル or レ, ズ or ス. A claim's katakana name
is therefore also found as any katakana word with the same *consonant skeleton*: each
letter's consonant (voiced and unvoiced alike: ズ and ス, ヴ, バ and ハ), its vowel, long
marks, small letters and ・ left out. Only names are read so (a group whose English
terms are mostly written with a capital), and only a name of four consonants or more,
so that a common word rarely shares its skeleton. A name of two words is read whole
(ハーロウ・クリーク for ハロー・クリーク), as well as word by word. A name of three consonants
(アルドミア) is found only with one vowel heard otherwise (アルドメア): the same
length but for long marks, one letter of the same consonant changed. Measured on the
development topics in the nineteenth and twentieth sessions (docs/matching.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache

from tracker.match.finding.index import CompiledClaim, Hit
from tracker.match.text.katakana import LETTERS, mostly_capitalised
from tracker.match.text.view import EntryView
from tracker.models import GroupRole

MIN_CONSONANTS = 4  # a shorter skeleton is shared by too many words
SHORT_CONSONANTS = 3  # a name this short is found only with one vowel changed
_RUN = re.compile(f"[{LETTERS}ー・]{{3,}}")  # a katakana word (with ・ inside a name)
# in a view, whose ・ is a space: ハーロウ・クリーク is read as "ハーロウ クリーク"
_SPACED_RUN = re.compile(f"[{LETTERS}ー・]+(?: [{LETTERS}ー・]+)+")
# a katakana name, then a kanji word for what it names: ホールズビー岬, ケルダー港
_NAMED_PLACE = re.compile(f"([{LETTERS}ー・]{{3,}})([\u4e00-\u9fff]{{1,3}})")
_VOICED = {"G": "K", "Z": "S", "J": "S", "D": "T", "B": "H", "P": "H", "F": "H", "V": "H"}
_COMPOUND = {"SH": "S", "CH": "T", "TS": "T"}


@cache
def _consonant(letter: str) -> str:
    """A katakana letter's consonant, voicing folded; "" for a vowel or a mark."""
    name = unicodedata.name(letter, "")
    if not name.startswith("KATAKANA LETTER ") or "SMALL" in name:
        return ""  # ー, ・, ッ and the small letters add no consonant
    sound = name.rsplit(" ", 1)[-1]
    if sound == "N":
        return "N"
    consonant = _COMPOUND.get(sound.rstrip("AIUEO"), sound.rstrip("AIUEO"))
    return _VOICED.get(consonant[:1], consonant[:1])


def skeleton(word: str) -> str:
    """The consonants of a katakana word (タルヴァネ and タルベーン: "TRHN")."""
    return "".join(_consonant(c) for c in word)


def _is_katakana(word: str) -> bool:
    return bool(word) and _RUN.fullmatch(word) is not None


def one_vowel_off(word: str, name: str) -> bool:
    """アルドメア for アルドミア, ヴェルモア for ヴェルムーア, アルダーシャー for
    オールダーシャー: as long but for long marks, and at most one letter differs, in its
    vowel."""
    if word == name:
        return False  # the name itself: the automaton finds it
    word, name = word.replace("ー", ""), name.replace("ー", "")
    if len(word) != len(name):
        return False
    changed = [(a, b) for a, b in zip(word, name, strict=True) if a != b]
    # a letter of the same consonant, or a bare vowel for another (アルダーシャー for
    # オールダーシャー: "Al-" heard two ways)
    return not changed or (
        len(changed) == 1 and _consonant(changed[0][0]) == _consonant(changed[0][1])
        and _letter(changed[0][0]) and _letter(changed[0][1]))


def _letter(kana: str) -> bool:
    """A full-size katakana letter (not ー, ・ nor a small one)."""
    name = unicodedata.name(kana, "")
    return name.startswith("KATAKANA LETTER ") and "SMALL" not in name


class KanaSpellings:
    """The katakana names of the claims' groups of names, by consonant skeleton."""

    def __init__(self, claims: Sequence[CompiledClaim]) -> None:
        by_skeleton: dict[str, set[int]] = {}
        short: dict[str, dict[str, set[int]]] = {}  # skeleton -> short name -> pids
        terms: set[str] = set()
        suffixed: dict[tuple[str, str], set[int]] = {}  # (skeleton, kanji after) -> pids
        for compiled in claims:
            english = {g.name: g.terms.get("en", ()) for g in compiled.claim.groups}
            for group in compiled.groups:
                if group.role is GroupRole.EXCLUDE or not mostly_capitalised(
                        english.get(group.name, ())):
                    continue
                for pid, term in group.terms.items():
                    word = term.strip()
                    named = _NAMED_PLACE.fullmatch(word)
                    if named is not None and len(skeleton(named[1])) >= MIN_CONSONANTS:
                        # ホールズビー岬: the name, then a kanji word for what it names
                        suffixed.setdefault((skeleton(named[1]), named[2]), set()).add(pid)
                        terms.add(named[1])
                    if not _is_katakana(word):
                        continue
                    key = skeleton(word)
                    if len(key) >= MIN_CONSONANTS:
                        by_skeleton.setdefault(key, set()).add(pid)
                    elif len(key) == SHORT_CONSONANTS:
                        short.setdefault(key, {}).setdefault(word, set()).add(pid)
                    terms.add(word)
        self._pids: Mapping[str, frozenset[int]] = {
            k: frozenset(v) for k, v in by_skeleton.items()}
        self._short: Mapping[str, Mapping[str, frozenset[int]]] = {
            k: {name: frozenset(p) for name, p in names.items()} for k, names in short.items()}
        self._terms = frozenset(terms)
        by_rest: dict[str, dict[str, frozenset[int]]] = {}
        for (key, rest), pids in suffixed.items():
            by_rest.setdefault(key, {})[rest] = frozenset(pids)
        self._suffixed: Mapping[str, Mapping[str, frozenset[int]]] = by_rest

    def may_hit(self, text: str) -> bool:
        """The text has a katakana word with a name's skeleton (the prefilter's test)."""
        return bool(self._pids or self._short or self._suffixed) and not text.isascii() and any(
            self._pids_of(m.group(), key) or key in self._suffixed
            for m in _RUN.finditer(text) for key in (skeleton(m.group()),))

    def _pids_of(self, word: str, key: str | None = None) -> frozenset[int]:
        """The claims' name patterns ``word`` (its ``skeleton``, ``key``) is another
        spelling of (or the name itself)."""
        key = skeleton(word) if key is None else key
        if len(key) >= MIN_CONSONANTS:
            return self._pids.get(key, frozenset())
        names = self._short.get(key, {})
        return frozenset().union(*(p for name, p in names.items() if one_vowel_off(word, name)))

    def hits(self, view: EntryView) -> list[Hit]:
        """The names spelled another way in a Japanese view, as hits of their terms."""
        if not (self._pids or self._short or self._suffixed) or view.language != "ja":
            return []
        found: list[Hit] = []
        runs = [(m.span(), m.group()) for m in _RUN.finditer(view.text)]
        runs += [(m.span(), m.group()) for m in _SPACED_RUN.finditer(view.text)]
        for (start, end), word in runs:
            if word.replace(" ", "・") not in self._terms:
                found += self._suffixed_hits(view, start, end, word)
            pids = self._pids_of(word)
            if not pids or word.replace(" ", "・") in self._terms:
                continue  # the name as the claim writes it: the automaton found it
            sentence = view.sentence_at(start)
            found += [Hit(pid, start, end, view.token_at(start), view.token_at(end - 1),
                          sentence) for pid in sorted(pids)]
        return found

    def _suffixed_hits(self, view: EntryView, start: int, end: int, word: str) -> list[Hit]:
        """ホレスビー岬 for the term ホールズビー岬: the name spelled another way, then the
        term's own kanji word, as a hit of that term."""
        return [Hit(pid, start, end + len(rest), view.token_at(start),
                    view.token_at(end + len(rest) - 1), view.sentence_at(start))
                for rest, pids in self._suffixed.get(skeleton(word), {}).items()
                if view.text.startswith(rest, end) for pid in sorted(pids)]
