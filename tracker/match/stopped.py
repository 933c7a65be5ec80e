"""A stop read with another: a cancel word whose object is a stop ("rejects the bid to
halt", "scraps the plan to move its headquarters", 中止を撤回), and a move that a step or
a delay is about ("postpones its decision on the relocation"). Two stops make the plan
go on; for a state they keep it (docs/matching.md, "Clauses and frames")."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.clause_rules import OBJECT_REACH, OBJECT_REACH_JA, governs
from tracker.match.index import Hit
from tracker.match.lexicon import EventClass
from tracker.match.sentence_context import Cue, SentenceContext
from tracker.match.table import Modality, Role
from tracker.models import ClaimKind


def stop_of_a_stop(cue: Cue, clause: tuple[int, int],
                   governors: Sequence[tuple[Cue, tuple[int, int]]], language: str
                   ) -> tuple[Cue, Cue] | None:
    """"rejects the bid to halt", "blocks the cancellation", 中止を撤回: a cancel word
    whose object is another stop, or that stop itself. Two stops make the plan go on:
    neither is a stop of the plan. Returns the pair: the cancel word, the stop it stops."""
    if cue.role is not Role.STOP:
        return None
    for other, other_clause in governors:
        if other is cue or other_clause != clause or other.role is not Role.STOP:
            continue
        if other.hit.end <= cue.hit.start:
            first, second = other, cue
        elif cue.hit.end <= other.hit.start:
            first, second = cue, other
        else:
            continue  # the same words, read twice
        if language == "ja":
            first, second = second, first  # the object comes first: 中止の撤回
        if first.source == EventClass.CANCEL.value:
            return first, second
    return None


def moved_under(cue: Cue, clause: tuple[int, int],
                governors: Sequence[tuple[Cue, tuple[int, int]]], language: str) -> bool:
    """"postpones its decision on the relocation", 移転先の候補を選定: a move that a
    step or a delay governs in its clause is what they are about, no move made."""
    reach = OBJECT_REACH_JA if language == "ja" else OBJECT_REACH
    return cue.source == EventClass.RELOCATE.value and any(
        other.role in (Role.STEP, Role.DELAY) and other_clause == clause
        and governs(other.hit, cue.hit, language, reach)
        for other, other_clause in governors)


# a move elsewhere: its date is when it ends the state, not when a pause ends
MOVES = frozenset({EventClass.RELOCATE.value, EventClass.SHIFT.value})


def stopped_stop(ctx: SentenceContext, pair: tuple[Cue, Cue], modality: Modality
                 ) -> tuple[Role, Modality]:
    """"rejects the bid to halt": nothing is stopped (negated). For a state, "scraps
    the plan to move its headquarters" keeps it going (the state's event, as "scraps"
    is said), and a lawsuit against the closure only challenges it (a threat). A state
    that is itself a stop ("will keep its ban") is stopped ("court quashes the ban")."""
    if ctx.reading.kind is not ClaimKind.STATE:
        return Role.STOP, Modality.NEGATED
    if ctx.reading.state_words:
        return Role.STOP, modality
    if any(c.source == EventClass.THREAT.value for c in pair):
        return Role.STOP, Modality.HEDGED
    return Role.EVENT, modality


def stopped_stop_object(ctx: SentenceContext, cue: Cue, pair: tuple[Cue, Cue]) -> bool:
    """The stop that a cancel word stops, for a state read with that word."""
    return (cue.hit == pair[1].hit and not ctx.reading.state_words
            and all(c.source != EventClass.THREAT.value for c in pair))


# words that end or shrink a state: a plan of one, dropped, keeps the state
_ENDING = frozenset({EventClass.CANCEL, EventClass.DECREASE, EventClass.RELOCATE})


def drops_a_stop(ctx: SentenceContext, cue: Cue, hits: Sequence[Hit]) -> bool:
    """"drops the Ansel job-cut plan", "scraps its closure plan": for a state, a cancel
    phrase with a gap ("drop … plan") that holds a word ending or shrinking the state
    keeps the state."""
    if (ctx.reading.kind is not ClaimKind.STATE or cue.role is not Role.STOP
            or ctx.reading.state_words or cue.hit.first_token == cue.hit.last_token):
        return False
    inside = [h for h in hits if cue.hit.first_token < h.first_token
              and h.last_token < cue.hit.last_token]
    return any(r.event_class in _ENDING for h in inside
               for r in ctx.index.classes_in(h.pid, ctx.view.language))
