"""The French future perfect told after the fact: « la passerelle aura coûté 6,6
millions », « il aura fallu trois ans ». Printed once the claim's deadline has passed,
it looks back on what happened; before it, it stays a forecast (« aura coûté 7
millions à son achèvement »)."""

from __future__ import annotations

from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.text.participles import past_participle


def looking_back(ctx: SentenceContext, clause: tuple[int, int]) -> bool:
    """Past the deadline, the clause holds a ``retrospective_auxiliaries`` word right
    before a past participle."""
    view, lexicon = ctx.view, ctx.index.lexicon
    auxiliaries = lexicon.retrospective_auxiliaries.get(view.language, ())
    if not ctx.late or not auxiliaries:
        return False
    first, last = clause
    return any(view.tokens[at].raw in auxiliaries
               and past_participle(lexicon, view.tokens[at + 1].raw, view.language)
               for at in range(first, last))
