"""A cap's words of reaching read the other way round from a target's: "exceeds the
cap" breaks it and "comes in below the cap" (上限を下回る) keeps it. They judge the cap
only once it is judged at all: after its deadline, or of a figure called final."""

from __future__ import annotations

from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.match.targets.target_outcome import written_in


def cap_word(ctx: SentenceContext, cue: Cue, sentence: str) -> Role:
    """A word of reaching for a cap, read the other way: once the cap is judged (after
    its deadline, or of a figure called final) "exceeds" breaks it and "comes in
    below" keeps it; before, either is progress."""
    language = ctx.view.language
    judged = ctx.late or written_in(ctx.index.lexicon.final_words.get(language, ()),
                                    sentence, language)
    if not judged:
        return Role.STEP
    return Role.STOP if cue.source == EventClass.ACHIEVED.value else Role.EVENT
