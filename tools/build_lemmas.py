"""Write tracker/match/data/lemmas.{en,fr}.tsv from simplemma's dictionaries.

The matcher folds accents and stems words with Snowball, which unifies regular
inflections (launch/launched) but not irregular ones (hold/held, meet/met), nor
French forms whose accent carried the ending (annulée -> "annule", annuler ->
"annul"). This keeps only the forms whose Snowball stem differs from their
lemma's stem, and that are never a lemma themselves (so "found", "saw" and
"left", which are words of their own, stay as they are). Run it after upgrading
simplemma (a dev dependency); the matcher reads the files at run time, and their
hash is part of the matcher version.

    .venv/bin/python tools/build_lemmas.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import simplemma
import snowballstemmer
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from tracker.match.text.normalize import fold

OUT = Path(__file__).resolve().parent.parent / "tracker" / "match" / "data"
SNOWBALL = {"en": "english", "fr": "french"}


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value


def build(language: str) -> list[tuple[str, str]]:
    table = DefaultDictionaryFactory().get_dictionary(language)
    snowball = snowballstemmer.stemmer(SNOWBALL[language]).stemWord

    def stem(word: str) -> str:  # as the matcher does: fold accents first, then stem
        return str(snowball(fold(word)))

    pairs = [(_text(k), _text(v)) for k, v in table.items()]
    pairs += list(_PRETERITES.get(language, {}).items())
    lemmas = {v for _, v in pairs}
    participles = _participles(language, dict(pairs))
    rows: dict[str, str] = {}
    for form, lemma in pairs:
        if not (form.isalpha() and form.islower() and lemma.isalpha() and lemma.islower()):
            continue
        lemma = participles.get(lemma, lemma)  # "tenue" -> "tenu" -> "tenir"
        if form in participles:
            lemma = participles[form]
        elif form in _PRETERITES.get(language, {}):
            lemma = _PRETERITES[language][form]
        elif form in lemmas or len(form) < 3:
            continue  # a word of its own ("found", "saw"), or too short to be sure
        elif language == "fr" and form.endswith(_LITERARY_ENDS):
            continue  # never in news; folded, "recrûtes" would read "recrutés" as recroître
        if stem(form) != stem(lemma):
            rows[form] = lemma
    return sorted(rows.items())


# English simple pasts that are nouns too (a flower, a hill, a currency), so the table
# keeps them as words of their own; in news they are mostly the verb's ("passenger
# numbers rose", "output fell", "won the contract").
_PRETERITES = {"en": {"rose": "rise", "fell": "fall", "won": "win"}}

_FRENCH_VERB_ENDS = ("er", "ir", "re", "oir")
# the passé simple's plural persons: literary forms whose accent, folded, makes them
# another verb's common form
_LITERARY_ENDS = ("âmes", "âtes", "îmes", "îtes", "ûmes", "ûtes")
_FRENCH_PARTICIPLE_ENDS = ("é", "i", "u", "is", "it", "t")


def _participles(language: str, table: dict[str, str]) -> dict[str, str]:
    """Past participles that are words of their own too -> their verb: French ones that
    are adjectives ("tenu", "suspendu", "élu"), English ones in -n ("given": "given the
    go-ahead"). In news they are mostly the verb's ("a tenu sa réunion")."""
    if language == "en":
        return {form: lemma for form, lemma in table.items()
                if form == lemma + "n" and lemma.isalpha() and len(form) >= 4}
    if language != "fr":
        return {}
    found = {form: lemma for form, lemma in table.items()
             if form != lemma and form.isalpha() and lemma.isalpha()
             and lemma.endswith(_FRENCH_VERB_ENDS) and form.endswith(_FRENCH_PARTICIPLE_ENDS)
             and len(form) >= 3}
    return {**_irregular_participles(table), **found}


# Irregular participles that simplemma lists as adjectives of their own ("ouvert",
# "rouvert", "élu", "rendu"), by the verb's ending: longest ending first.
_FRENCH_PARTICIPLE_RULES = (("soudre", "solu"), ("vrir", "vert"), ("frir", "fert"),
                            ("enir", "enu"), ("clore", "clos"), ("indre", "int"),
                            ("lire", "lu"), ("uire", "uit"), ("dre", "du"))


def _irregular_participles(table: dict[str, str]) -> dict[str, str]:
    """"rouvert" -> "rouvrir": a verb's participle that the table knows only as a word
    of its own, so that "a rouvert ses portes" finds a cue "rouvre ses portes"."""
    verbs = {lemma for lemma in table.values() if lemma.isalpha() and lemma.islower()}
    found: dict[str, str] = {}
    for verb in verbs:
        for ending, participle_ending in _FRENCH_PARTICIPLE_RULES:
            if verb.endswith(ending):
                form = verb[: -len(ending)] + participle_ending
                if len(form) >= 4 and table.get(form) == form:
                    found[form] = verb
                break
    return found


def main() -> int:
    for language in SNOWBALL:
        rows = build(language)
        path = OUT / f"lemmas.{language}.tsv"
        header = f"# form\tlemma: simplemma {simplemma.__version__}, tools/build_lemmas.py\n"
        path.write_text(header + "".join(f"{f}\t{lem}\n" for f, lem in rows), encoding="utf-8")
        print(f"{path}: {len(rows)} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
