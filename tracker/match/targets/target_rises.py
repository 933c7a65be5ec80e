"""For a target that is a rise, the verb that sets a figure ("raises the minimum wage
to €1,400", 1400ユーロに引き上げ, or a rise verb the claim's writer gave as an update
cue): the figure is read where its rise is."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.clause_rules import governs
from tracker.match.reading.sentence_context import OWN_UPDATE, Cue
from tracker.match.table import Role
from tracker.match.targets.figures import quantity_hit
from tracker.match.targets.quantity import Quantity
from tracker.match.text.view import EntryView


def rises_setting(view: EntryView, sentence: int, found: Sequence[Quantity],
                  cues: Sequence[Cue]) -> dict[int, Cue]:
    """For a target that is a rise: the rise that sets each figure ("raises the minimum
    wage to €1,400", 1400ユーロに引き上げ), in its clause and before it (after it in
    Japanese, where the figure's token may hold the verb), by the figure's first token."""
    rises = [c for c in cues  # a claim's own update cue: a rise its writer found missing
             if c.source in (EventClass.INCREASE.value, OWN_UPDATE)]
    found_rises: dict[int, Cue] = {}
    for quantity in found:
        figure = quantity_hit(view, quantity, sentence)
        rise = next((c for c in rises
                     if view.clause_of(c.hit.first_token) == view.clause_of(quantity.first)
                     and (c.hit.start > figure.start if view.language == "ja"
                          else governs(c.hit, figure, view.language))), None)
        if rise is not None:
            found_rises[quantity.first] = rise
    return found_rises


def read_with_its_rise(cue: Cue, rises: dict[int, Cue]) -> Cue:
    """A figure that meets a rise target, read where its rise is ("plans to raise the
    wage to €1,450", 1450ユーロに引き上げへ): the verb's tense and intent are the
    figure's; the evidence stays the figure."""
    rise = rises.get(cue.hit.first_token)
    if cue.role is not Role.EVENT or rise is None:
        return cue
    hit = rise.hit
    return Cue(Hit(cue.hit.pid, hit.start, hit.end, hit.first_token, hit.last_token,
                   hit.sentence), cue.text, cue.source, cue.role)

