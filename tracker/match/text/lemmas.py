"""Irregular word forms and their lemmas, for English and French (data/lemmas.*.tsv).

Snowball stems unify regular inflections (launch, launched, launches) but not
irregular ones: "held" is not "hold", "met" is not "meet", "sold" is not "sell".
The tables, built from simplemma's dictionaries by ``tools/build_lemmas.py``, list
only the forms whose stem differs from their lemma's; every other word is its own
lemma as far as matching goes. ``normalize.Stemmer`` folds them like entry text.

A matcher keeps only the forms its patterns can use: first those of the words its
patterns are made of (``lemmas_of_words``), then those whose lemma stems to a token
of a pattern (``lemmas_stemming_to``); any other form cannot take part in a match.
The file is read line by line and never held whole: the whole French table would
cost about 10 MB in every parse/match worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Set
from functools import cache
from importlib.resources import files

LEMMA_LANGUAGES: tuple[str, ...] = ("en", "fr")


def pairs(language: str) -> Iterator[tuple[str, str]]:
    """(irregular form, lemma) as written in the data file, read lazily."""
    if language not in LEMMA_LANGUAGES:
        return
    text = files("tracker.match.data").joinpath(f"lemmas.{language}.tsv").read_text("utf-8")
    start = 0
    while start < len(text):  # line by line without a list or a copy of the text
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start] != "#" and end > start:
            tab = text.find("\t", start, end)
            yield text[start:tab], text[tab + 1:end]
        start = end + 1


def lemma_table(language: str) -> dict[str, str]:
    """Irregular form -> lemma, as written in the data file (empty for other languages)."""
    table: dict[str, str] = {}
    for form, lemma in pairs(language):
        table.setdefault(form, lemma)
    return table


@cache
def english_forms() -> frozenset[str]:
    """Every irregular English form of the data file ("lent", "sought"), even those whose
    lemma no pattern of a matcher uses. Read once, on first use: the English table is
    small (the French one is never held whole)."""
    return frozenset(form for form, _ in pairs("en"))


def lemmas_of_words(language: str, words: Set[str], fold: Callable[[str], str]) -> dict[str, str]:
    """Folded form -> folded lemma, for the forms among ``words`` only."""
    table: dict[str, str] = {}
    for form, lemma in pairs(language):
        folded = fold(form)
        if folded in words:
            table.setdefault(folded, fold(lemma))
    return table


def lemmas_stemming_to(language: str, stems: Set[str], stem: Callable[[str], str],
                       key: Callable[[str], str], fold: Callable[[str], str]) -> dict[str, str]:
    """Folded form -> folded lemma, for the forms whose lemma stems to one of ``stems``.

    ``key(t)`` is a prefix of every word whose stem is ``t`` (``normalize.stem_key``):
    only lemmas that start with a key are stemmed, and the whole table is never held."""
    keys = {key(t) for t in stems}
    longest = max((len(k) for k in keys), default=0)
    stem_of: dict[str, str] = {}
    table: dict[str, str] = {}
    for form, lemma in pairs(language):
        folded = fold(lemma)
        if not any(folded[:n] in keys for n in range(1, min(longest, len(folded)) + 1)):
            continue
        if folded not in stem_of:
            stem_of[folded] = stem(folded)
        if stem_of[folded] in stems:
            table.setdefault(fold(form), folded)
    return table


# Participle endings of French verbs, folded ("lancée" -> "lancee"), with the shortest
# verb each applies to: the masculine "-é" is left out, as it already stems like the
# verb, and "entre" is no form of "entrer".
_PARTICIPLE_ENDINGS: tuple[tuple[str, str, tuple[str, ...], int], ...] = (
    ("er", "", ("ee", "es", "ees"), 6),
    # éteindre, atteindre, restreindre: "éteint" (done, or said now), "éteinte"
    ("indre", "in", ("t", "te", "ts", "tes"), 7),
    ("dre", "d", ("u", "ue", "us", "ues"), 7),
)


def french_participles(words: Iterable[str], stem: Callable[[str], str]) -> dict[str, str]:
    """Folded past participles of the French -er, -indre and -dre verbs among ``words``
    ("lancée", "éteinte", "entrée", "suspendu") -> the verb, when they do not already
    stem like it. Text is folded before stemming, and Snowball needs the accent of "-ée"
    to see a participle; the lemma data lists a participle that is also a noun
    ("entrée", "avancée", "levée") as that noun."""
    table: dict[str, str] = {}
    for word in words:
        for ending, keep, forms, shortest in _PARTICIPLE_ENDINGS:
            if len(word) >= shortest and word.endswith(ending):
                base = word[: -len(ending)] + keep
                target = stem(word)
                table.update((base + form, word) for form in forms
                             if stem(base + form) != target)
    return table

