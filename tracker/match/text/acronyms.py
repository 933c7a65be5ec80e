"""An acronym of two or three capitals matches only where the text writes it in capitals.

Matching folds case, so a name such as "AI", "UN" or "US" would also find the French
"ai" and "un" and the English "us" in every other sentence. Newspapers write acronyms
in capitals, so a claim or catalogue name written that way ("AI", "ROK", "OPA") counts
only in a sentence that has it in capitals (dotted too: "U.S."). A name written in
lower case, or longer ("NATO"), matches as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

_ACRONYM = re.compile(r"[A-Z]{2,3}")


def acronym_rules(written: Iterable[tuple[int, str]], other_uses: Iterable[int]
                  ) -> dict[int, re.Pattern[str]]:
    """For each pattern id whose every written form is an acronym, the pattern that
    finds it in capitals. ``written``: (pattern id, term as written) pairs of group
    terms; ``other_uses``: pattern ids that are also lexicon words or cues (no rule)."""
    forms: dict[int, set[str]] = {}
    for pid, term in written:
        forms.setdefault(pid, set()).add(term.strip())
    excluded = frozenset(other_uses)
    return {pid: _in_capitals(terms) for pid, terms in forms.items()
            if pid not in excluded and all(_ACRONYM.fullmatch(t) for t in terms)}


def _in_capitals(terms: set[str]) -> re.Pattern[str]:
    # "US" also as "U.S.": a dot may follow each letter
    spellings = "|".join(r"\.?".join(term) + r"\.?" for term in sorted(terms))
    return re.compile(rf"(?<![A-Za-z])(?:{spellings})(?![A-Za-z])")


def in_capitals(rule: re.Pattern[str], sentence: str) -> bool:
    """The sentence (its original text) writes the acronym in capitals."""
    text = sentence if sentence.isascii() else unicodedata.normalize("NFKC", sentence)
    return rule.search(text) is not None


def written_terms(groups: Iterable[Mapping[int, str]]) -> Iterable[tuple[int, str]]:
    """(pattern id, term as written) for every term of these groups."""
    for terms in groups:
        yield from terms.items()
