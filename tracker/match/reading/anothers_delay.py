"""A delay of another claim's event: "akiya bank launch pushed back to July" is news
of the claim that the bank opens, not of a target that it will list fifty houses, nor
of a claim that construction will begin.

The delayed thing is named in the delay's clause by a word of a word family (an
opening, a start of works, a rule's entry into force, an ending). When another claim of
the item names its event with that family, and this claim does not (its statement uses
another family, or none and its event is no one-off happening: a decision, a meeting, a
target, a state), the delay is that claim's news. With no such claim, the delay stays
news of every claim that waits on the event. A vote, a choice and a completion are left
out: every claim of a project waits on the first two, and "until the valuations are
completed" names no event put off.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.families import BALLOTS, COMPLETIONS, FAMILIES, in_family
from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own
from tracker.match.table import Role
from tracker.match.text.spans import overlaps, within
from tracker.models import ClaimKind

_DELAYED_EVENTS = frozenset(f.name for f in FAMILIES if f.name not in (BALLOTS, COMPLETIONS)
                            and ClaimKind.DECISION not in f.kinds)
_DELAY_WORDS = frozenset({EventClass.DELAY.value, EventClass.SHIFT.value})


def drop_anothers_delays(ctx: SentenceContext, cues: Sequence[Cue],
                         hits: Sequence[Hit]) -> list[Cue]:
    """``cues`` without the delays whose clause names another event than the claim's."""
    # "may miss opening day": the day missed is inside the delay phrase, no event
    delays = [c.hit for c in cues if _a_delay(c)]
    if not delays or not ctx.others_families & _DELAYED_EVENTS:
        return list(cues)  # most sentences: no delay, or no other claim's event to own it
    if ctx.reading.kind is ClaimKind.EVENT and not ctx.reading.families:
        return list(cues)  # "the festival will be held": its opening may be its event
    clause_of = ctx.view.clause_of
    mine = [h for h in hits if h.pid in ctx.claim.term_pids]
    theirs = _DELAYED_EVENTS & ctx.others_families
    others = [h for h in hits if _anothers_event(ctx, h, theirs) and not within(h, mine)
              and not any(overlaps(h, d) for d in delays)]
    own_events = {clause_of(c.hit.first_token) for c in cues
                  if c.role is Role.EVENT and c.hit not in others}
    delayed = {clause_of(h.first_token) for h in others} - own_events
    if not delayed or not any(_a_delay(c) and clause_of(c.hit.first_token) in delayed
                              for c in cues):
        return list(cues)
    # the delay goes, and so does the word of the event it puts off: nothing happened
    return [c for c in cues if clause_of(c.hit.first_token) not in delayed
            or not (_a_delay(c) or c.hit in others)]


def _a_delay(cue: Cue) -> bool:
    """A word that puts a thing off ("pushed back", 延期), not a fall read as a setback."""
    return cue.role is Role.DELAY and (is_own(cue.source) or cue.source in _DELAY_WORDS)


def _anothers_event(ctx: SentenceContext, hit: Hit, theirs: frozenset[str]) -> bool:
    """A word of one of the families ``theirs`` that is not of this claim's own."""
    lexicon = ctx.index.lexicon
    refs = ctx.index.classes_in(hit.pid, ctx.view.language)
    return any(in_family(lexicon, theirs, r) for r in refs) and not any(
        in_family(lexicon, ctx.reading.families, r) for r in refs)
