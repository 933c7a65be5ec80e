"""A frame read against the claim's dates: its clause's days, then the deadline.

After ``frame_timing.timed`` has read the clause's dates, a negated event may be ruled
out for good, a forecast past the deadline is a slip, and a target's shortfall is told
ahead, so far, or for good (``../shared/labelling.md``, rule 7).
"""

from __future__ import annotations

from tracker.match.deciding.decisions_ahead import without_effect_dates
from tracker.match.finding.lexicon import REACHING, EventClass, Modifier
from tracker.match.reading.clause_rules import FORECAST, clause_text, slips
from tracker.match.reading.cue_reading import CueReading, SentenceReading
from tracker.match.reading.frame_timing import timed
from tracker.match.reading.negated_subject import hedges_a_negation
from tracker.match.reading.retrospective import looking_back
from tracker.match.reading.ruled_out import ruled_out
from tracker.match.reading.sentence_context import SentenceContext, own_source
from tracker.match.states.kept import short_so_far, shortfall_ahead, stopped_after_the_end
from tracker.match.table import Modality, Role
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.text.normalize import fold
from tracker.match.text.time_words import names_a_day
from tracker.models import ClaimKind, Verdict

DAY_REACH = 4  # tokens after a substitute marker that may name a day ("of next Tuesday")
_SHORTFALL = EventClass.SHORTFALL.value
_OWN_CONFIRMS = own_source(Verdict.CONFIRMS)


def settle_timing(ctx: SentenceContext, s: SentenceReading, r: CueReading) -> None:
    """Set the cue's role and modality once its dates and the deadline are read."""
    r.cue, r.role, r.modality = timed(ctx, r.cue, r.role, r.modality, r.clause, r.text,
                                      s.parts.named, s.parts.terms)
    if (r.role is Role.EVENT and r.modality in FORECAST
            and ctx.reading.kind is ClaimKind.MEETING and _substituted(ctx, s, r)):
        r.role = Role.DELAY  # "will be held in the gym rather than the hall": changed
    target = ctx.reading.kind is ClaimKind.TARGET
    negated = r.role is Role.EVENT and r.modality is Modality.NEGATED
    out = negated and ruled_out(ctx, r.cue.hit, r.clause, r.in_clause, r.text)
    if negated and (out or ctx.reading.kind is ClaimKind.STATE) and hedges_a_negation(
            r.in_clause, r.cue.hit):
        r.role, r.modality = Role.STOP, Modality.HEDGED  # "may not be kept": a threat
    elif out:
        r.role, r.modality = Role.STOP, Modality.REALIS  # "will never reopen": ruled out
        if target and not ctx.late:
            r.role = Role.DELAY  # "ne sera pas atteint": a shortfall foretold (rule 7)
    elif (r.role is Role.EVENT and r.modality is Modality.NEGATED and ctx.late
          and target and (r.cue.source in REACHING or r.cue.source == _OWN_CONFIRMS)
          and _counts_something(ctx, s, r)):
        # "fails to reach", "n'a pas tenu son objectif" (a claim's own word of it met),
        # past the deadline
        r.role, r.modality = Role.STOP, Modality.REALIS
    if (target and r.cue.hit.pid == FIGURE_PID
            and r.modality in (Modality.EXPECTED, Modality.HEDGED)):
        r.modality = Modality.FUTURE  # "now expects €2.1bn": a forecast (rule 7)
    if r.modality is Modality.FUTURE and looking_back(ctx, r.clause):
        r.modality = Modality.REALIS  # « aura coûté 6,6 millions », past the deadline
    _against_the_deadline(ctx, s, r)


def _counts_something(ctx: SentenceContext, s: SentenceReading, r: CueReading) -> bool:
    """The negated word's Latin clause holds a figure, a word of a target or a claim
    term: "fails to reach 350", « n'a pas tenu son objectif »; "applicants who could not
    be reached" counts nothing. A Japanese clause after a comma (150床目標、…達成できず)
    leaves what it counts before it."""
    first, last = r.clause
    return (ctx.view.language == "ja" or any(c.isdigit() for c in r.text)
            or any(m.kind is Modifier.MEASURE for _, m in r.in_clause)
            or any(first <= h.first_token <= last for h in s.parts.terms))


def _substituted(ctx: SentenceContext, s: SentenceReading, r: CueReading) -> bool:
    """The planned meeting's clause says that the plan replaces one of the claim's own
    details: a claim term right after the marker ("will be held in the sports hall
    rather than the salle Jean-Moulin", « au lieu de la salle des fêtes »), right before
    it in Japanese (文化会館ではなく). In Latin text the marker follows the cue, and may
    replace a day instead, later in the cue's sentence ("… instead of May 12")."""
    view = ctx.view
    words = ctx.index.lexicon.substitutes.get(view.language, ())
    first, last = r.clause
    terms = [h for h in s.parts.terms if first <= h.first_token <= last]
    if view.language == "ja":
        return any(view.text.startswith(w, h.end) for h in terms for w in words)
    folded = tuple(f"{fold(w)} " for w in words)
    end = view.sentence_span(r.cue.hit.sentence)[1]
    markers = [at for at in range(r.cue.hit.last_token + 1, end + 1)
               if f"{clause_text(view, (at, end))} ".startswith(folded)]
    # a term of the claim after the marker in its clause, or a day after it anywhere
    # later in its sentence ("will now convene on Tuesday, March 17, instead of next
    # Tuesday")
    return any(at <= last and at < h.first_token for at in markers for h in terms) or any(
        names_a_day([t.raw for t in view.tokens[at + 1: min(at + 1 + DAY_REACH, end + 1)]])
        for at in markers)


def _against_the_deadline(ctx: SentenceContext, s: SentenceReading, r: CueReading) -> None:
    """A plan dated past the deadline slips; a shortfall is forecast or interim."""
    # a decision's date of effect is no date of deciding, whatever word tells the
    # decision of a decision claim ("makes … permanent starting May 2026")
    deciding = r.role is Role.DECISION or ctx.reading.kind is ClaimKind.DECISION
    dating = without_effect_dates(ctx, r.cue.hit, r.text) if deciding else r.text
    if slips(ctx, r.role, r.modality, dating, r.sentence_text):  # "approves it from May"
        r.role = Role.DELAY  # "the decision will come in the autumn", past its deadline
        if r.modality is Modality.NEGATED:
            r.modality = Modality.REALIS
    elif r.cue.source == _SHORTFALL and r.modality in FORECAST:
        r.role, r.modality = shortfall_ahead(ctx, r.clause, s.parts.cues, r.modality)
        if stopped_after_the_end(ctx, r.role, r.modality, r.text):
            r.role = Role.STEP  # a forecast after a state's end: kept through it
    elif r.cue.source == _SHORTFALL and short_so_far(ctx, r.role, r.sentence_text):
        r.role = Role.DELAY  # "49 short of its target with ten weeks to go": rule 7
