"""A noun that is the subject of the event verb after it governs nothing: « l'essai a
franchi la barre des 250 000 trajets », "the trial passed the mark". The step word
names the thing that did it, not what happened to the event (``clause_rules.governor``)."""

from __future__ import annotations

from tracker.match.reading.clause_rules import after_determiner
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.text.tense import after_infinitive_mark, verb_form


def subject_of(ctx: SentenceContext, word: Cue, event: Cue) -> bool:
    """``word`` is a noun (a determiner before it) and ``event``, after it, is written
    as a finite verb (a past form or a present one; no infinitive: « un recours contre
    la décision de supprimer le péage », "the bid to pass the mark")."""
    view = ctx.view
    lexicon = ctx.index.lexicon
    if view.language == "ja" or not view.tokens[word.hit.first_token].latin:
        return False
    first = event.hit.first_token
    endings = lexicon.infinitive_endings.get(view.language, ())
    if (word.hit.last_token >= first or not after_determiner(ctx, word.hit)
            or (endings and view.tokens[first].raw.endswith(endings))
            or after_infinitive_mark(lexicon, view, first)):
        return False
    return verb_form(ctx.index, view, event.hit)
