"""Every Latin word the index's patterns are made of: the claims' terms and cues, their
catalogue names and the lexicon's words. The stemmer looks up only these words'
lemmas (memory per process)."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.entities.catalogue import Catalogue
from tracker.match.finding.lexicon import Lexicon
from tracker.match.text.normalize import latin_words
from tracker.models import Claim


def pattern_words(claims: Sequence[Claim], catalogue: Catalogue, lexicon: Lexicon) -> set[str]:
    """The folded Latin words of every pattern the index will hold."""
    words: set[str] = set()
    for claim in claims:
        for group in claim.groups:
            names, implied = catalogue.names(group.entities)
            for table in (group.terms, names, implied):
                for terms in table.values():
                    for term in terms:
                        words.update(latin_words(term))
        for by_lang in claim.cues.values():
            for cue_words in by_lang.values():
                for word in cue_words:
                    words.update(latin_words(word))
    for source in (lexicon.classes, lexicon.modifiers):
        for by_lang in source.values():
            for lexicon_words in by_lang.values():
                for word in lexicon_words:
                    words.update(latin_words(word))
    return words
