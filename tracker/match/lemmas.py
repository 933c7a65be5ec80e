"""Irregular word forms and their lemmas, for English and French (data/lemmas.*.tsv).

Snowball stems unify regular inflections (launch, launched, launches) but not
irregular ones: "held" is not "hold", "met" is not "meet", "sold" is not "sell".
The tables, built from simplemma's dictionaries by ``tools/build_lemmas.py``, list
only the forms whose stem differs from their lemma's; every other word is its own
lemma as far as matching goes. ``normalize.Stemmer`` folds them like entry text.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib.resources import files

LEMMA_LANGUAGES: tuple[str, ...] = ("en", "fr")


@cache
def lemma_table(language: str) -> Mapping[str, str]:
    """Irregular form -> lemma, as written in the data file (empty for other languages)."""
    if language not in LEMMA_LANGUAGES:
        return {}
    text = files("tracker.match.data").joinpath(f"lemmas.{language}.tsv").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            form, _, lemma = line.partition("\t")
            table.setdefault(form, lemma)
    return table
