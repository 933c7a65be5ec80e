"""Irregular word forms and their lemmas, for English and French (data/lemmas.*.tsv).

Snowball stems unify regular inflections (launch, launched, launches) but not
irregular ones: "held" is not "hold", "met" is not "meet", "sold" is not "sell".
The tables, built from simplemma's dictionaries by ``tools/build_lemmas.py``, list
only the forms whose stem differs from their lemma's; every other word is its own
lemma as far as matching goes. ``normalize.Stemmer`` folds them like entry text.

A matcher keeps only the forms its patterns can use: first those of the words its
patterns are made of (``lemmas_of_words``), then those whose lemma stems to a token
of a pattern (``lemmas_stemming_to``); any other form cannot take part in a match.
The table is read line by line and never built whole (the whole French table would
cost about 10 MB in every parse/match worker); only the file's text, folded, is kept
once per process that builds a matcher (about 1 MB, ``_folded_text``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from functools import cache
from importlib.resources import files

LEMMA_LANGUAGES: tuple[str, ...] = ("en", "fr")


def pairs(language: str, fold: Callable[[str], str] | None = None
          ) -> Iterator[tuple[str, str]]:
    """(irregular form, lemma) as written in the data file, read lazily; with ``fold``,
    both folded (from the folded text, kept once per process: ``_folded_text``)."""
    if language not in LEMMA_LANGUAGES:
        return
    text = _raw_text(language) if fold is None else _folded_text(language, fold)
    start = 0
    while start < len(text):  # line by line without a list or a copy of the text
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start] != "#" and end > start:
            tab = text.find("\t", start, end)
            yield text[start:tab], text[tab + 1:end]
        start = end + 1


def _raw_text(language: str) -> str:
    return files("tracker.match.data").joinpath(f"lemmas.{language}.tsv").read_text("utf-8")


_FOLDED: dict[str, str] = {}
FOLD_PIECE = 16_384  # characters of the data file folded at a time


def _folded_text(language: str, fold: Callable[[str], str]) -> str:
    """The whole data file, folded, once per process (about 1 MB for both languages; a
    matcher built in it narrows the tables from this text instead of folding every line
    again). Folding many lines at once equals folding each: no entry holds a dot or an
    apostrophe, the only marks ``fold`` reads in context (tests/test_match_lemmas_data.py)."""
    text = _FOLDED.get(language)
    if text is None:
        raw = _raw_text(language)
        # in pieces of whole lines: folding a 1 MB text at once costs several times
        # its size in passing (NFKC, casefold, accents), at the process's peak
        parts, start = [], 0
        while start < len(raw):
            end = raw.find("\n", start + FOLD_PIECE)
            end = len(raw) if end < 0 else end + 1
            parts.append(fold(raw[start:end]))
            start = end
        text = _FOLDED[language] = "".join(parts)
    return text


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
    for form, lemma in pairs(language, fold):
        if form in words:
            table.setdefault(form, lemma)
    return table


def lemmas_stemming_to(language: str, stems: Set[str], stem: Callable[[str], str],
                       key: Callable[[str], str], fold: Callable[[str], str]) -> dict[str, str]:
    """Folded form -> folded lemma, for the forms whose lemma stems to one of ``stems``.

    ``key(t)`` is a prefix of every word whose stem is ``t`` (``normalize.stem_key``):
    only lemmas that start with a key are stemmed, and the whole table is never held."""
    keys = {key(t) for t in stems}
    lengths = sorted({len(k) for k in keys})
    stem_of: dict[str, str] = {}
    table: dict[str, str] = {}
    for form, folded in pairs(language, fold):
        if not _starts_with_a_key(folded, keys, lengths):
            continue
        if folded not in stem_of:
            stem_of[folded] = stem(folded)
        if stem_of[folded] in stems:
            table.setdefault(form, folded)
    return table


def _starts_with_a_key(word: str, keys: Set[str], lengths: Sequence[int]) -> bool:
    """``word`` starts with one of ``keys``, whose lengths are ``lengths`` (ascending): a
    plain loop, as it runs for every line of the table."""
    for n in lengths:
        if n > len(word):
            return False
        if word[:n] in keys:
            return True
    return False


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

