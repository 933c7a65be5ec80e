"""Which modifiers found in a sentence speak about a cue: not a month read as the
hedge "may", not a Japanese third party glued to the claim's own name, not the cue's
own words, not "already" beside a target's count so far."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.index import Hit, ModifierRef
from tracker.match.lexicon import EventClass, Modifier
from tracker.match.normalize import fold
from tracker.match.sentence_context import Cue, SentenceContext
from tracker.match.spans import overlaps
from tracker.match.timeexpr import names_a_month, part_of_a_time
from tracker.match.view import EntryView
from tracker.models import ClaimKind

# Modifiers that stand beside a cue: one that contains the cue ("decide to" around
# "decide") is the cue's own phrase. Others apply even when they contain it
# ("since its launch", "study whether").
_OUTSIDE_CUE = frozenset({Modifier.NEGATION, Modifier.FUTURE, Modifier.INTENT,
                          Modifier.EXPECTED, Modifier.PARTIAL, Modifier.DENIAL})


def a_month(view: EntryView, hit: Hit, mod: ModifierRef) -> bool:
    """"on May 14", "in May": the month, not the hedge "may"; "next week", "the
    second half", "la semaine prochaine": a time, not a later round."""
    if (mod.kind not in (Modifier.HEDGE, Modifier.LATER_ROUND) or not mod.latin
            or hit.first_token != hit.last_token):
        return False
    at, tokens = hit.first_token, view.tokens
    before = tokens[at - 1].raw if at > 0 else ""
    after = tokens[at + 1].raw if at + 1 < len(tokens) else ""
    if mod.kind is Modifier.LATER_ROUND:
        return part_of_a_time(before, after, view.language)
    return names_a_month(before, tokens[at].raw, after)


def own_actor(ctx: SentenceContext, hit: Hit, mod: ModifierRef, terms: Sequence[Hit]) -> bool:
    """操縦士組合 ("the pilots' union"): a Japanese third-party word glued to one of the
    claim's names is the claim's own actor speaking, not a third party."""
    return (mod.kind is Modifier.THIRD_PARTY and not mod.latin
            and any(t.end == hit.start and t.pid in ctx.claim.term_pids for t in terms))


def part_of(mod_hit: Hit, mod: ModifierRef, cue: Cue) -> bool:
    """The modifier is the cue's own words ("study" in "feasibility study", "decide to"
    around "decide", "under review" around a review), not something said about it
    ("since its launch")."""
    if not overlaps(mod_hit, cue.hit):
        return False
    inside = cue.hit.start <= mod_hit.start and mod_hit.end <= cue.hit.end
    return inside or mod.kind in _OUTSIDE_CUE or (
        mod.kind is Modifier.HEDGE and cue.source == EventClass.REVIEW.value)


def counted_so_far(ctx: SentenceContext, hit: Hit, mod: ModifierRef, clause: str) -> bool:
    """"already" (déjà, 既に) in a clause with a figure, for a target: the count so far
    ("has already hired 620"), interim news, not a back-reference."""
    if mod.kind is not Modifier.BACKREF or ctx.reading.kind is not ClaimKind.TARGET:
        return False
    view = ctx.view
    words = ctx.index.lexicon.so_far.get(view.language, ())
    written = (view.text[hit.start: hit.end] if view.language == "ja" else " ".join(
        t.raw for t in view.tokens[hit.first_token: hit.last_token + 1]))
    return any(written == fold(w) or written == w for w in words) and any(
        c.isdigit() for c in clause)
