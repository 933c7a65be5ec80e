"""What a preview preposition after a cue leads ("passes its inspection ahead of the
December reopening"): another event, still to come, and its date. The date dates that
event, not the cue's ("ahead of December" is no preview of the inspection passed)."""

from __future__ import annotations

from functools import lru_cache

from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.text.normalize import latin_words


def previewed_tokens(ctx: SentenceContext, cue: Cue) -> frozenset[int]:
    """The tokens from the first preview preposition after the cue (Latin scripts) to
    the end of the cue's clause; none when there is no such preposition."""
    view = ctx.view
    if view.language == "ja":
        return frozenset()
    prepositions = _as_words(ctx.index.lexicon.preview_prepositions.get(view.language, ()))
    last = view.clause_span(view.clause_of(cue.hit.first_token))[1]
    for token in range(cue.hit.last_token + 1, last + 1):
        if any(view.written_at(token, words) is not None for words in prepositions):
            return frozenset(range(token, last + 1))
    return frozenset()


@lru_cache(maxsize=8)
def _as_words(prepositions: tuple[str, ...]) -> tuple[list[str], ...]:
    """Each preview preposition's folded words (read once per language, not per cue)."""
    return tuple(latin_words(p) for p in prepositions)
