"""Japanese noun compounds said with の: a four-kanji term is most often two two-kanji
nouns (教員採用 "teacher hiring", 採用目標 "hiring goal"), which news also writes with
の between them (教員の採用, 採用の目標), and the other way round. A claim's term finds
both forms.

An event word of four kanji is most often a noun and the verbal noun done to it
(運転開始 "start of operation"), which news also writes with a particle between them:
運転を開始 ("started operation"), 運転が開始された, 運転の開始. A cue finds them all."""

from __future__ import annotations

import re

_KANJI = r"[\u4e00-\u9fff々]"
_FOUR_KANJI = re.compile(f"{_KANJI}{{4}}")
_TWO_NOUNS = re.compile(f"({_KANJI}{{2}})の({_KANJI}{{2}})")
_OBJECT_PARTICLES = ("を", "が", "の")  # 運転を開始, 運転が開始, 運転の開始


def compound_forms(term: str) -> tuple[str, ...]:
    """The other way news writes a term: 教員採用 → 教員の採用, 教員の採用 → 教員採用;
    none for other terms."""
    if _FOUR_KANJI.fullmatch(term):
        return (f"{term[:2]}の{term[2:]}",)
    two = _TWO_NOUNS.fullmatch(term)
    return (two.group(1) + two.group(2),) if two else ()


def term_forms(term: str, language: str) -> tuple[str, ...]:
    """The term and, in Japanese, its other compound form."""
    return (term, *compound_forms(term)) if language == "ja" else (term,)


def event_word_forms(word: str) -> tuple[str, ...]:
    """The other ways news writes a Japanese event word of four kanji: 運転開始 →
    運転を開始, 運転が開始, 運転の開始; none for other words. Not the other way round:
    a compound made of 店舗を閉鎖 (店舗閉鎖で支店を失った町) mostly names a cause or a
    condition, not an event reported."""
    if not _FOUR_KANJI.fullmatch(word):
        return ()
    return tuple(f"{word[:2]}{p}{word[2:]}" for p in _OBJECT_PARTICLES)


def cue_forms(word: str, language: str) -> tuple[str, ...]:
    """The event word and, in Japanese, its forms with a particle."""
    return (word, *event_word_forms(word)) if language == "ja" else (word,)
