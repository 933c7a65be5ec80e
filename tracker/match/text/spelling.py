"""British and American spellings of one word read alike (data/spellings.en.tsv).

A claim written with "harbour", "privatisation" or "defence" must find an outlet's
"harbor", "privatization" or "defense", and the reverse. Snowball does not unify
them ("organise" stems to "organis", "organize" to "organ"), so every Latin word is
first rewritten the American way when stemmed as English, on both sides of a match:
claim terms, lexicon words and entry text. French keeps its own words (programme,
centre, catalogue), whose lemmas would otherwise be lost. The table lists whole
folded words, inflections included, and only words whose two spellings mean the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib.resources import files


@cache
def american_spellings() -> Mapping[str, str]:
    """Folded British spelling -> American spelling (read once per process)."""
    text = files("tracker.match.data").joinpath("spellings.en.tsv").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            british, american = line.split("\t")
            table[british] = american
    return table
