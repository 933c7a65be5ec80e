"""A cheap guess of an entry's language when its feed declares none: kana or kanji make
it Japanese; otherwise French when it holds more French function words (or a French
accent) than English ones, else English."""

from __future__ import annotations

import re

_KANA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_FRENCH_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "est",
        "et",
        "au",
        "aux",
        "dans",
        "pour",
        "sur",
        "par",
        "qui",
        "que",
        "d",
        "l",
        "de",
        "un",
        "ses",
        "son",
        "sa",
        "avec",
        "pas",
        "ne",
        "sont",
        "ont",
        "en",
        "il",
        "elle",
    ]
)
# an accent in a word written in lower case: a name's accent ("Telvéria", "Haut-Lérac")
# is the name's own, printed so in any language
_FRENCH_ACCENTS = re.compile("[éèêàçùûôîœ]")
_LETTERS = re.compile(r"[a-zß-öø-ÿœ]+")  # lower-case Latin letters, accents included
_ASCII_LETTERS = re.compile(r"[a-z]+")  # the same for ASCII text, faster
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "to",
        "in",
        "is",
        "for",
        "on",
        "with",
        "by",
        "as",
        "from",
        "that",
        "its",
        "will",
        "has",
        "was",
        "are",
        "after",
        "over",
        "down",
        "up",
        "at",
        "not",
    ]
)


def guess_language(text: str, declared: str | None = None) -> str:
    """The entry's language: the declared one ("fr-FR" -> "fr"), else a cheap guess.

    Kana/kanji -> "ja"; more French than English function words -> "fr"; else "en".
    """
    if declared:
        code = declared.strip().lower().replace("_", "-").split("-")[0]
        if code:
            return code
    ascii_only = text.isascii()  # no kana, no accent: most English text, known at once
    if not ascii_only and _KANA.search(text):
        return "ja"
    # "Lérac" is one word, not "l" and "rac"
    words = (_ASCII_LETTERS if ascii_only else _LETTERS).findall(text.lower())
    # an accent only French writes ("a rouvert" alone is as English as French), in a
    # word that is no name
    french = sum(map(_FRENCH_WORDS.__contains__, words)) + (
        not ascii_only and _accent_in_a_common_word(text))
    english = sum(map(_ENGLISH_WORDS.__contains__, words))
    return "fr" if french > english else "en"


def _accent_in_a_common_word(text: str) -> bool:
    """A French accent in a word that starts in lower case ("été", "d'étape"), not in
    a name ("Telvéria")."""
    for match in _FRENCH_ACCENTS.finditer(text):
        start = match.start()
        while start and text[start - 1].isalpha():
            start -= 1
        if text[start].islower():
            return True
    return False


_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]")


def statement_language(text: str) -> str:
    """A claim's statement's language. One mostly in Latin letters with a name in
    Japanese beside it ("will designate the home (指定介護老人福祉施設)") is a Latin
    one: a few kana do not make it Japanese."""
    japanese = len(_KANA.findall(text))
    if japanese and japanese < len(_LATIN_LETTER.findall(text)):
        return guess_language(_KANA.sub(" ", text))
    return guess_language(text)
