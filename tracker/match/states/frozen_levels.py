"""A level frozen: "fare frozen at $2", « tarif gelé à 2 euros », 運賃を2ドルで凍結.
For a state kept at a sum or a share ("the fare will stay at $2"), a freeze word
(``[markers] level_freezes``) with the level itself in its sentence keeps the state;
with another figure of the same unit there, a new level is frozen: the state changed.
With no figure of its unit, a freeze written as an inflected verb keeps the level too
("freezes the waste tax rate", « taux gelé », 税率を凍結); the noun ("as the freeze
ends") is read as before (a stop), and a freeze stopped ("scraps the fare freeze")
ends the level kept (``stopped.py``)."""

from __future__ import annotations

import re

from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.match.targets.amounts import amounts_in
from tracker.match.text.normalize import fold
from tracker.match.text.tense import written_as_a_verb
from tracker.models import ClaimKind


def a_level_kept(ctx: SentenceContext) -> bool:
    """The claim is a state kept at a sum or a share ("the fare will stay at $2")."""
    target = ctx.reading.target
    return (ctx.reading.kind is ClaimKind.STATE and target is not None and target.exact
            and target.sum_or_share)


def a_freeze(ctx: SentenceContext, cue: Cue) -> bool:
    """The cue is a word that freezes a level ("freeze", « geler », 凍結)."""
    return cue.text in ctx.index.lexicon.level_freezes.get(ctx.view.language, ())


def freeze_named(ctx: SentenceContext, text: str) -> bool:
    """For a level kept, ``text`` (a clause, folded) names a freeze: that freeze is the
    state itself, so lifting or ending it ("ends the chip price freeze", « lève le gel
    des tarifs », 価格凍結を解除) ends the level kept, unless a second undo word undoes
    the first ("rules out ending the freeze": ``clause_rules``)."""
    if not a_level_kept(ctx):
        return False
    freezes = [fold(w) for w in ctx.index.lexicon.level_freezes.get(ctx.view.language, ())]
    if ctx.view.language == "ja":
        return any(w in text for w in freezes)
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in freezes)


def frozen_level(ctx: SentenceContext, cue: Cue) -> Role | None:
    """The state kept (EVENT) or changed (STOP) by a freeze word at a figure, or kept by
    one written as a verb with no figure; None when the cue is no freeze, the claim no
    level kept, or a freeze noun stands with no figure."""
    if not a_level_kept(ctx) or not a_freeze(ctx, cue):
        return None
    target, view = ctx.reading.target, ctx.view
    assert target is not None  # a level kept has one
    # the sentence as written: the view's text drops currency signs
    values = [value for value, unit, _, _ in amounts_in(fold(view.sentences[cue.hit.sentence]))
              if unit == target.unit]
    if not values:
        # "freezes the waste tax rate", 税率を凍結: the level, as it is; the noun
        # ("as the freeze ends") is read as before
        return Role.EVENT if _frozen_by_a_verb(ctx, cue) else None
    return Role.EVENT if target.value in values else Role.STOP


def _frozen_by_a_verb(ctx: SentenceContext, cue: Cue) -> bool:
    """The freeze word is an inflected verb or a participle (freezes, frozen, « gelé »;
    not "freeze", « gel », which are nouns too: "lifts the price freeze"), or in
    Japanese has its object before it (税率を凍結)."""
    view = ctx.view
    freezes = ctx.index.lexicon.level_freezes.get(view.language, ())
    if not any(r.text in freezes for r in ctx.index.classes_in(cue.hit.pid, view.language)):
        return False  # the cue read where its undo word is ("lifts the price freeze")
    if view.language == "ja":
        return view.text[:cue.hit.start].rstrip().endswith("を")
    bare = {fold(w) for w in freezes}
    if view.tokens[cue.hit.first_token].raw in bare:
        return False
    # a French form other than the noun and the infinitive is the verb (« gèle », « gelé »)
    return view.language == "fr" or written_as_a_verb(ctx, cue.hit)
