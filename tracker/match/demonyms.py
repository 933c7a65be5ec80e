"""A place's adjective, derived from its name: news says "Braskan nurses", "le Parlement
aravien" where the claim wrote "Brask" and "Aravia". For a group of names (every English
term capitalised), each one-word Latin name also matches its usual adjective endings.
Invented names are rare words, so their derived forms name nothing else."""

from __future__ import annotations

from collections.abc import Mapping

MIN_NAME = 4  # letters: shorter names' derived forms are too often other words
_ENGLISH = {"a": ("an",), "": ("an", "ian")}  # Karsa → Karsan; Brask → Braskan, Braskian
_FRENCH = {"ia": ("ien", "ienne"), "a": ("ais", "aise", "an", "ane"),
           "": ("ais", "aise", "ien", "ienne")}  # Aravia → aravien; Karsa → karsan


def with_demonyms(terms: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    """The group's terms, with the adjectives of its one-word names added in English and
    French when every English term is a name."""
    english = terms.get("en", ())
    if not english or not all(t.strip()[:1].isupper() for t in english):
        return terms
    names = {t.strip() for lang in ("en", "fr") for t in terms.get(lang, ())
             if t.strip().isalpha() and t.strip().isascii() and t.strip()[:1].isupper()
             and len(t.strip()) >= MIN_NAME}
    if not names:
        return terms
    extended = dict(terms)
    for lang, table in (("en", _ENGLISH), ("fr", _FRENCH)):
        derived = [form for name in sorted(names) for form in _derived(name, table)]
        extended[lang] = (*terms.get(lang, ()), *derived)
    return extended

def _derived(name: str, table: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    ending = next(e for e in table if name.lower().endswith(e))
    stem = name[: len(name) - len(ending)]
    return tuple(stem + suffix for suffix in table[ending])
