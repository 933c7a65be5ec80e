"""Whether a written (folded) word is a past participle, from its ending: "closed",
"backed", « fermées » (folded "fermees"), but not "exceed" or « fermetures ». The
endings are ``[markers] participle_endings`` and ``not_participle_endings`` of the
lexicon files."""

from __future__ import annotations

from tracker.match.finding.lexicon import Lexicon

SHORTEST = 5  # letters: "led", "shed" and "need" are too short to tell


def past_participle(lexicon: Lexicon, word: str, language: str) -> bool:
    """``word`` (as written in the view, folded) ends like a past participle."""
    return (len(word) >= SHORTEST
            and word.endswith(tuple(lexicon.participle_endings.get(language, ())))
            and not word.endswith(tuple(lexicon.not_participle_endings.get(language, ()))))


def irregular_past(raw: str, norm: str, language: str) -> bool:
    """An English verb form that does not start with its lemma's stem: "held" (hold),
    "met" (meet), "began", "sold": an irregular past, which no ending tells. A regular
    form ("holds", "closed") starts with its stem."""
    return language == "en" and bool(norm) and raw.isalpha() and not raw.startswith(norm)


def strong_participle(raw: str, norm: str, language: str) -> bool:
    """An English participle in -n whose lemma is shorter: "given" (give), "taken",
    "chosen", "shown". No ending tells it, and it starts with its stem."""
    return (language == "en" and raw.isalpha() and raw.endswith("n") and bool(norm)
            and raw != norm)
