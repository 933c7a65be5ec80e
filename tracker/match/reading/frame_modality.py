"""A frame's modality: how its clause presents the cue, then what the sentence makes of it.

``read_modality`` reads the words around the cue; the rules here, in order, correct it
for what those words cannot show: a stop of a stop ("rejects the bid to halt"), a
participle that describes ("the delayed road"), a meeting arranged, a wish, a pledge
repeated, a decision still to come.
"""

from __future__ import annotations

from tracker.match.deciding.arrangements import arranges_meeting
from tracker.match.deciding.decided_against import decided_against
from tracker.match.deciding.decisions_ahead import decision_noun_ahead, decision_to_come
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.reading.aims import aimed_at, attempted, opposed
from tracker.match.reading.clause_rules import after_determiner, modality_in_gap
from tracker.match.reading.cue_reading import CueReading, SentenceReading
from tracker.match.reading.modality import (
    ModalityContext,
    future_after_its_noun,
    future_in_clause,
    read_modality,
)
from tracker.match.reading.participle_phrases import (
    DESCRIBED,
    attributive_participle,
    fronted_participle,
    lasting_state,
)
from tracker.match.reading.sentence_context import OWN_UPDATE, SentenceContext
from tracker.match.reading.speech_tails import hedged_by_its_teller
from tracker.match.states.kept import awaited
from tracker.match.states.pledges import pledged_again
from tracker.match.states.stopped import (
    drops_a_stop,
    in_court,
    stop_of_a_stop,
    stopped_stop,
    stopped_stop_object,
    stops_its_stop,
)
from tracker.match.table import Modality, Role
from tracker.match.targets.figure_dates import figure_of_its_period
from tracker.match.text.tense import verb_form
from tracker.models import ClaimKind

_REVIEW = EventClass.REVIEW.value
_PLANNED = (Modality.FUTURE, Modality.INTENT, Modality.EXPECTED)


def settle_modality(ctx: SentenceContext, s: SentenceReading, r: CueReading) -> bool:
    """Set the cue's modality (and its role, for a stop of a stop); False when the cue
    is read with another ("scraps the plan to move": read with "scraps")."""
    cue, role = r.cue, r.role
    threat = cue.source == EventClass.THREAT.value or (
        cue.source == OWN_UPDATE and role is Role.STOP)
    mctx = ModalityContext(ctx.view, ctx.index, ctx.opinion_piece, s.parts.named,
                           s.term_tokens)
    modality = read_modality(mctx, cue.hit, role, r.in_clause, s.parts.modifiers, r.clause,
                             threat, role is Role.EVENT and ctx.reading.kind is ClaimKind.MEETING)
    if (cue.source == OWN_UPDATE and role is Role.STEP and modality in _PLANNED
            and ctx.reading.kind is ClaimKind.STATE):
        modality = Modality.HEDGED  # "wants to renegotiate the rate": a change in view (rule 7)
    if (r.ruled and modality in (Modality.OPINION, Modality.NEGATED)) or (
            cue.source == _REVIEW and modality in _PLANNED):
        # the court rules, whoever sued; "to review the quota" is news already (rule 7)
        modality = Modality.REALIS
    if (modality is Modality.BACKGROUND and role in (Role.EVENT, Role.STOP, Role.STEP)
            and figure_of_its_period(ctx, cue.hit, r.text)):
        # "915 million euros last year": the year it counts; short of the target, a
        # figure on the way
        modality = Modality.REALIS
    r.modality = modality
    if decided_against(ctx, r):
        r.become(Role.STOP)  # "decides not to open the line": the plan stopped (rule 7)
        r.modality = Modality.REALIS
    if not _stop_of_a_stop(ctx, s, r):
        return False
    r.modality = _as_described(ctx, s, r)
    r.modality = _whether_yet(ctx, s, r, mctx)
    return True


def _stop_of_a_stop(ctx: SentenceContext, s: SentenceReading, r: CueReading) -> bool:
    """"court rejects bid to halt …", "drops the job-cut plan": two stops make the plan
    go on; False when the stop's object is read with it instead."""
    if r.ruling is not None:
        return True
    r.pair = stop_of_a_stop(ctx, r.cue, r.clause, s.governors)
    if r.pair is not None:
        of_its_stop = stops_its_stop(ctx, r.pair[1], s.hits)  # "bid to annul the ban"
        if ctx.reading.kind is ClaimKind.STATE and stopped_stop_object(ctx, r.cue, r.pair,
                                                                       of_its_stop):
            return False  # "scraps the plan to move": the plan is read with "scraps"
        legal = in_court(r.in_clause) and any(c == r.clause for _, c in s.events)
        role, r.modality = stopped_stop(ctx, r.pair, r.modality, legal, of_its_stop)
        r.become(role)
    elif drops_a_stop(ctx, r.cue, s.hits):
        r.become(Role.EVENT)  # "drops the job-cut plan": the state kept
    return True


def _as_described(ctx: SentenceContext, s: SentenceReading, r: CueReading) -> Modality:
    """What the cue's grammar says of a report: a meeting arranged, a participle that
    describes, a plan kept, a gapped modal, a wish, a fight."""
    cue, role, modality = r.cue, r.role, r.modality
    if (modality is Modality.REALIS
            and arranges_meeting(ctx, cue, r.clause, s.parts.cues, r.in_clause)):
        modality = Modality.EXPECTED  # "agree to hold the first summit": a preview
    if (role in (Role.DELAY, Role.STOP) and modality in DESCRIBED and attributive_participle(
            ctx, cue.hit, s.cue_hits)) or (modality in DESCRIBED
                                    and lasting_state(ctx, cue.hit, s.cue_hits)):
        # "the delayed 5G network goes live", "opens in closed school", "pier closed
        # for five years": how it was
        modality = Modality.BACKGROUND
    elif (modality is Modality.REALIS and role is Role.STOP
          and fronted_participle(ctx, cue.hit, r.clause)):
        modality = Modality.BACKGROUND  # « Fermé aux voitures, le pont … »: its state
    if (modality is Modality.REALIS and ctx.reading.kind is not ClaimKind.STATE
            and any(m.kind is Modifier.PLAN_KEPT for _, m in r.in_clause)
            and not verb_form(ctx.index, ctx.view, cue.hit)):
        # "3G closure unchanged": the plan stands; "reopens on schedule" is done
        modality = Modality.EXPECTED
    if modality is Modality.REALIS and (gapped := modality_in_gap(ctx.view, cue,
                                                                  s.parts.modifiers)):
        modality = gapped  # "deal to close by year-end": a preview; "tour not … begun"
    elif modality is Modality.REALIS and role is Role.EVENT and aimed_at(ctx, cue.hit,
                                                                      s.parts.terms):
        modality = Modality.EXPECTED  # "press the bank for a rate cut": wished
    elif modality is Modality.REALIS and role in (Role.EVENT, Role.DECISION) and opposed(
            ctx, cue.hit):
        modality = Modality.BACKGROUND  # "an appeal against the fine": what is fought
    return modality


def _whether_yet(ctx: SentenceContext, s: SentenceReading, r: CueReading,
                 mctx: ModalityContext) -> Modality:
    """Whether the event has happened: hedged by its teller, pledged again, awaited,
    previewed, or a decision still to come."""
    cue, role, modality = r.cue, r.role, r.modality
    if modality in (Modality.REALIS, Modality.FUTURE) and (hedged_by_its_teller(
            ctx.index.lexicon, ctx.view, cue.hit, s.cue_hits) or (
                r.pair is None and attempted(ctx, cue.hit) and not any(
                    c.role is Role.DECISION and r.clause[0] <= c.hit.first_token
                    and c.hit.last_token < cue.hit.first_token for c in s.parts.cues))):
        # "to issue licences again, council leader hints"; "lose bid to overturn it",
        # "tables bill to repeal it" (but "passes bill to repeal it" decided it)
        modality = Modality.HEDGED
    if (ctx.reading.kind is ClaimKind.STATE and role is Role.EVENT
            and modality in _PLANNED and pledged_again(ctx, cue.hit)):
        modality = Modality.OPINION  # "repeated that the woods would stay open"
    if (modality is Modality.REALIS and role in (Role.EVENT, Role.DECISION)
            and awaited(ctx, cue.hit)):
        modality = Modality.EXPECTED  # "won't sit until the fund is voted": not yet
    if modality is Modality.REALIS and ctx.preview_piece:
        modality = Modality.EXPECTED  # "Week ahead: the council meets": a preview
    if modality is Modality.REALIS and role is Role.EVENT and (
            (after_determiner(ctx, cue.hit)
             and future_in_clause(mctx, cue.hit, r.clause, r.in_clause, s.parts.terms))
            or future_after_its_noun(mctx, cue.hit, r.in_clause)):
        modality = Modality.FUTURE  # "the first meeting … will be held": a preview
    if (modality is Modality.REALIS and role is Role.DECISION
            and decision_noun_ahead(ctx, cue.hit, r.clause, r.in_clause)):
        modality = Modality.FUTURE  # "to issue its decision in December": not yet
    if role is Role.EVENT and decision_to_come(ctx, cue, modality, r.text, s.hits):
        modality = Modality.EXPECTED  # "to sign the pact next week", "to approve it"
    return modality
