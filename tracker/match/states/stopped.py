"""A stop read with another: a cancel word whose object is a stop ("rejects the bid to
halt", "scraps the plan to move its headquarters", 中止を撤回), and a move that a step or
a delay is about ("postpones its decision on the relocation"). Two stops make the plan
go on; for a state they keep it (docs/matching.md, "Clauses and frames")."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.clause_rules import OBJECT_REACH, OBJECT_REACH_JA, governs
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own
from tracker.match.states.frozen_levels import a_freeze, a_level_kept
from tracker.match.table import Modality, Role
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.text.tense import past_form
from tracker.models import ClaimKind


def stop_of_a_stop(ctx: SentenceContext, cue: Cue, clause: tuple[int, int],
                   governors: Sequence[tuple[Cue, tuple[int, int]]]
                   ) -> tuple[Cue, Cue] | None:
    """"rejects the bid to halt", "blocks the cancellation", 中止を撤回: a cancel word
    whose object is another stop, or that stop itself, or a delay ("rejects calls to
    delay the opening"). Two stops make the plan go on:
    neither is a stop of the plan. Returns the pair: the cancel word, the stop it stops.
    Two stops joined by a coordinator ("to suspend and annul the permit") act on one
    object together: no pair."""
    if cue.role is not Role.STOP or cue.hit.pid == FIGURE_PID:
        return None
    language = ctx.view.language
    for other, other_clause in governors:
        # ... or a delay it refuses ("rejects calls to delay the opening")
        if other is cue or other_clause != clause or other.role not in (Role.STOP, Role.DELAY):
            continue
        if other.hit.pid == FIGURE_PID:
            continue  # "frozen at $2.50": a figure short of the level is no stop to stop
        if other.hit.end <= cue.hit.start:
            first, second = other, cue
        elif cue.hit.end <= other.hit.start:
            first, second = cue, other
        else:
            continue  # the same words, read twice
        if _coordinated(ctx, first.hit, second.hit):
            continue
        if language == "ja":
            first, second = second, first  # the object comes first: 中止の撤回
        if first.source == EventClass.CANCEL.value and first.role is Role.STOP:
            return first, second
    return None


def _coordinated(ctx: SentenceContext, first: Hit, second: Hit) -> bool:
    """Only a coordinator stands between two Latin words ("suspend and annul"), maybe
    with the second's infinitive mark (« suspendre et d'annuler »)."""
    view, lexicon = ctx.view, ctx.index.lexicon
    between = [t.raw for t in view.tokens[first.last_token + 1: second.first_token]]
    marks = lexicon.infinitive_marks.get(view.language, ())
    return view.tokens[first.first_token].latin and 1 <= len(between) <= 2 and (
        between[0] in lexicon.coordinators.get(view.language, ())) and all(
        word in marks for word in between[1:])


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


CHALLENGE_REACH = 3  # tokens from a stop word to the challenge it stops
PASSIVE_REACH = 8  # tokens from a challenge back to the participle that stops it
CHALLENGE_REACH_JA = 7  # characters before a Japanese stop word for its challenge (申し立てを却下)


def in_court(modifiers: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """The clause (or sentence) names a court, a judge or a lawsuit."""
    return any(m.kind is Modifier.LEGAL for _, m in modifiers)


def challenge_stopped(ctx: SentenceContext, cue: Cue,
                      modifiers: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """"Court rejects traders' challenge", "le tribunal rejette le référé", 地裁は
    申し立てを却下: a stop word whose object is a challenge to the plan, in a sentence
    that names a court (``modifiers``), is a ruling for the plan, not a stop of it. In
    the passive the challenge comes first: « le recours contre la vente rejeté par le
    tribunal », "residents' appeal against the permit dismissed"."""
    if cue.role is not Role.STOP or not in_court(modifiers):
        return False
    view = ctx.view
    challenges = ctx.index.lexicon.legal_challenges.get(view.language, ())
    if view.language == "ja":
        before = view.text[max(0, cue.hit.start - CHALLENGE_REACH_JA): cue.hit.start]
        return any(c in before for c in challenges)
    after = range(cue.hit.last_token + 1,
                  min(len(view.tokens), cue.hit.last_token + CHALLENGE_REACH + 1))
    if any(view.tokens[t].raw in challenges and not _an_offer(ctx, t) for t in after):
        return True
    clause_start = view.clause_span(view.clause_of(cue.hit.first_token))[0]
    ahead = range(max(clause_start, cue.hit.first_token - PASSIVE_REACH), cue.hit.first_token)
    return past_form(ctx.index, view, cue.hit) and any(
        view.tokens[t].raw in challenges for t in ahead)


def _an_offer(ctx: SentenceContext, token: int) -> bool:
    """"rejects Terralait's bid for the factory": a bid for something is an offer to
    buy it, the plan itself, no challenge to it."""
    view, lexicon = ctx.view, ctx.index.lexicon
    return (view.tokens[token].raw in lexicon.offers.get(view.language, ())
            and token + 1 < len(view.tokens)
            and view.tokens[token + 1].raw in lexicon.aim_prepositions.get(view.language, ()))


def the_challenge(ctx: SentenceContext, cue: Cue, hit: Hit) -> bool:
    """``hit`` is where a challenge that ``cue`` stops may be ("rejects | the traders'
    challenge", 申し立てを | 却下): a hedge there ("challenge") is its object, no hedge
    of the ruling."""
    if ctx.view.language == "ja":
        return 0 <= cue.hit.start - hit.end <= CHALLENGE_REACH_JA
    return 0 < hit.first_token - cue.hit.last_token <= CHALLENGE_REACH


def court_ruling(ctx: SentenceContext, cue: Cue, modifiers: Sequence[tuple[Hit, ModifierRef]],
                 terms: Sequence[Hit], hits: Sequence[Hit] = ()) -> Role | None:
    """The role of a challenge stopped (``challenge_stopped``), else None: a step toward
    the plan; for a decision claim whose decider is the court (one of its names), the
    decision itself; for a state, the state kept."""
    if not challenge_stopped(ctx, cue, modifiers) and not _refused_stop(ctx, cue, modifiers,
                                                                         hits):
        return None
    if ctx.reading.kind is ClaimKind.STATE:
        return Role.EVENT  # "court rejects final challenge to the ban": the state holds
    return Role.DECISION if court_decides(ctx, modifiers, terms) else Role.STEP


def court_decides(ctx: SentenceContext, modifiers: Sequence[tuple[Hit, ModifierRef]],
                  terms: Sequence[Hit]) -> bool:
    """The claim is a decision whose decider is the court named (one of its terms): a
    ruling for the plan is its decision, not a step."""
    courts = [h for h, m in modifiers if m.kind is Modifier.LEGAL]
    own = ctx.claim.term_pids  # another claim's court decides nothing here
    return ctx.reading.kind is ClaimKind.DECISION and any(
        t.pid in own and t.start <= c.start and c.end <= t.end for c in courts for t in terms)


REFUSAL_REACH = 2  # tokens from "refuses to" to the stop it refuses


def _refused_stop(ctx: SentenceContext, cue: Cue,
                  modifiers: Sequence[tuple[Hit, ModifierRef]], hits: Sequence[Hit]) -> bool:
    """"Judge refuses to block the start", "court declines to suspend the cap", « refuse
    de suspendre »: a stop that a court will not make is a ruling for the plan. A
    claim's own cue that holds a stop word among ``hits`` is one too ("won't halt the
    law" for a ruling on halting it), not its event ruled out."""
    if not in_court(modifiers) or not any(
            m.kind is Modifier.NEGATION and m.latin
            and 0 < cue.hit.first_token - h.last_token <= REFUSAL_REACH for h, m in modifiers):
        return False
    return cue.role is Role.STOP or (is_own(cue.source) and any(
        cue.hit.first_token <= h.first_token <= cue.hit.last_token and a_cancel_word(ctx, h)
        for h in hits))


def court_rules_for_it(ctx: SentenceContext, cue: Cue,
                       modifiers: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """A court upholds the plan or stops a challenge to it ("court upholds the charge",
    "rejects the traders' challenge"): a step that every claim of the project waits on,
    as a permission is."""
    clause = ctx.view.clause_of(cue.hit.first_token)
    in_clause = [(h, m) for h, m in modifiers if ctx.view.clause_of(h.first_token) == clause]
    return challenge_stopped(ctx, cue, modifiers) or (
        cue.source == EventClass.PERSIST.value and in_court(in_clause))


def stopped_stop(ctx: SentenceContext, pair: tuple[Cue, Cue], modality: Modality,
                 legal: bool = False, of_its_stop: bool = False) -> tuple[Role, Modality]:
    """"rejects the bid to halt": nothing is stopped; said as done, or of a court
    (``legal``), it is news for the plan (a step), else negated. For a state, "scraps the plan
    to move its headquarters" keeps it going (the state's event, as "scraps" is said),
    and a lawsuit against the closure only challenges it (a threat). A state that is
    itself a stop ("will keep its ban") is stopped ("court quashes the ban")."""
    if ctx.reading.kind is ClaimKind.DECISION and pair[1].hit.pid in ctx.reading.own_stops:
        return Role.STOP, modality  # "scraps the plan to close five libraries"
    if ctx.reading.kind is not ClaimKind.STATE:
        if legal:
            # the ruling is a fact, whoever brought the case
            return Role.STEP, (Modality.REALIS if modality in (
                Modality.OPINION, Modality.HEDGED, Modality.NEGATED) else modality)
        if modality is Modality.REALIS:
            # "council rejects bid to repeal the charges": the threat is over, news of
            # the plan (rule 7); "won't reject it" or "may reject it" stops nothing
            return Role.STEP, modality
        return Role.STOP, Modality.NEGATED
    if (ctx.reading.own_stops and not of_its_stop) or (
            a_level_kept(ctx) and a_freeze(ctx, pair[1])):
        return Role.STOP, modality  # "court quashes the ban", "scraps the fare freeze"
    if of_its_stop:
        return Role.EVENT, modality  # "rejects the bid to annul the ban": kept
    if any(c.source == EventClass.THREAT.value for c in pair):
        return Role.STOP, Modality.HEDGED
    return Role.EVENT, modality


def stopped_stop_object(ctx: SentenceContext, cue: Cue, pair: tuple[Cue, Cue],
                        of_its_stop: bool = False) -> bool:
    """The stop that a cancel word stops, for a state read with that word."""
    return (cue.hit == pair[1].hit and (not ctx.reading.own_stops or of_its_stop)
            and all(c.source != EventClass.THREAT.value for c in pair))


def stops_its_stop(ctx: SentenceContext, stop: Cue, hits: Sequence[Hit]) -> bool:
    """For a state that is itself a stop: ``stop`` stops that stop, named after it in
    its clause ("bid to annul the moratorium"); a stop of it keeps the state."""
    clause = ctx.view.clause_of(stop.hit.first_token)
    return any(h.pid in ctx.reading.own_stops and h.first_token > stop.hit.last_token
               and ctx.view.clause_of(h.first_token) == clause for h in hits)


# words that end or shrink a state: a plan of one, dropped, keeps the state
_ENDING = frozenset({EventClass.CANCEL, EventClass.DECREASE, EventClass.RELOCATE})


def drops_a_stop(ctx: SentenceContext, cue: Cue, hits: Sequence[Hit]) -> bool:
    """"drops the Ansel job-cut plan", "scraps its closure plan": for a state, a cancel
    phrase with a gap ("drop … plan") that holds a word ending or shrinking the state
    keeps the state."""
    if (ctx.reading.kind is not ClaimKind.STATE or cue.role is not Role.STOP
            or ctx.reading.own_stops or cue.hit.first_token == cue.hit.last_token):
        return False
    inside = [h for h in hits if cue.hit.first_token < h.first_token
              and h.last_token < cue.hit.last_token]
    return any(r.event_class in _ENDING for h in inside
               for r in ctx.index.classes_in(h.pid, ctx.view.language))


def a_cancel_word(ctx: SentenceContext, hit: Hit) -> bool:
    """The hit is a lexicon word of cancelling ("reject", 見送り)."""
    return any(c.event_class is EventClass.CANCEL
               for c in ctx.index.classes_in(hit.pid, ctx.view.language))
