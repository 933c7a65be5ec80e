"""The name right before a verb is its subject, with its tense's auxiliary between
them too: "Asanagi a choisi son opérateur", "the council has approved the bond"."""

from __future__ import annotations

from tracker.match.finding.index import Hit
from tracker.match.reading.sentence_context import SentenceContext


def right_before(ctx: SentenceContext, name: Hit, cue: Hit) -> bool:
    """``name`` ends right before the cue, or before an auxiliary right before it."""
    return name.last_token + 1 == cue.first_token or (
        name.last_token + 2 == cue.first_token and after_an_auxiliary(ctx, cue))


def after_an_auxiliary(ctx: SentenceContext, cue: Hit) -> bool:
    """The cue follows one of the lexicon's ``subject_auxiliaries`` (as written): a
    compound past, its participle a verb ("a choisi", "has approved")."""
    view = ctx.view
    return cue.first_token > 0 and view.tokens[cue.first_token - 1].raw in (
        ctx.index.lexicon.subject_auxiliaries.get(view.language, ()))
