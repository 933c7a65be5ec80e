"""Event frames: each event word of a sentence, read in its clause for one claim.

For every cue in a sentence that names the claim's subject (a lexicon word of an
event class, or one of the claim's own ``[cues]``) a ``Frame`` records its role
for the claim (``table.Role``) and its modality (``table.Modality``), read from
the words of its own clause only:

- the sentence's cues, modifiers and clause openers are gathered once
  (``sentence_cues.py``); clauses end at punctuation (``view.py``) and before a
  clause opener ("while", "after", "which", "alors que", "一方");
- the modality is read from the words around the cue (``modality.py``);
- a date in the clause after the item's publication makes a report a preview,
  one well before it makes it background (``frame_timing.py``).

A cue goes to the claim whose subject is nearest: when a sentence names two
claims' subjects, "X was launched while Y was delayed" gives the launch to X
and the delay to Y.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.match.aims import aimed_at, attempted, opposed
from tracker.match.arrangements import arranges_meeting
from tracker.match.attendance import a_report_at_it
from tracker.match.attribution import belongs, named_in_background, told_elsewhere
from tracker.match.clause_rules import (
    FORECAST,
    after_determiner,
    clause_around,
    clause_text,
    decided_thing,
    governor,
    modality_in_gap,
    role_in_clause,
    ruled_out,
    slips,
)
from tracker.match.decisions_ahead import (
    decision_noun_ahead,
    decision_to_come,
    without_effect_dates,
)
from tracker.match.families import takes_effect_now
from tracker.match.figure_dates import figure_of_its_period
from tracker.match.figures import FIGURE_PID
from tracker.match.frame_timing import timed
from tracker.match.index import Hit
from tracker.match.kept import (
    awaited,
    short_so_far,
    shortfall_ahead,
    stopped_after_the_end,
)
from tracker.match.lexicon import REACHING, EventClass, Modifier
from tracker.match.modality import (
    ModalityContext,
    future_after_its_noun,
    future_in_clause,
    read_modality,
)
from tracker.match.modifier_filters import (
    attributive,
    counted_so_far,
    decided_object,
    part_of,
    plan_in_meetings_topic,
    purpose,
    said_at_the_meeting,
)
from tracker.match.participle_phrases import (
    DESCRIBED,
    attributive_participle,
    fronted_participle,
)
from tracker.match.pledges import pledged_again
from tracker.match.sentence_context import OWN_UPDATE, Frame, SentenceContext
from tracker.match.sentence_cues import sentence_cues
from tracker.match.spans import inside_longer
from tracker.match.speech_tails import hedged_by_its_teller
from tracker.match.stopped import (
    court_ruling,
    drops_a_stop,
    in_court,
    moved_under,
    stop_of_a_stop,
    stopped_stop,
    stopped_stop_object,
    stops_its_stop,
    the_challenge,
)
from tracker.match.table import Modality, Role
from tracker.models import ClaimKind

_PROGRESS = EventClass.PROGRESS.value
_REVIEW = EventClass.REVIEW.value
_PLANNED = (Modality.FUTURE, Modality.INTENT, Modality.EXPECTED)
_CHALLENGING = frozenset({EventClass.THREAT.value, EventClass.CANCEL.value})


def read_frames(ctx: SentenceContext, hits: Sequence[Hit]) -> list[Frame]:
    """The frames of one sentence for one claim (see the module docstring)."""
    language = ctx.view.language
    parts = sentence_cues(ctx, hits)
    terms, named, modifiers, openers, cues = (parts.terms, parts.named, parts.modifiers,
                                              parts.openers, parts.cues)
    own_cues = parts.own_cues
    # a claim's name is no verb, whatever its ending (« d'Ayaura a effectué »)
    term_tokens = frozenset(i for h in terms for i in range(h.first_token, h.last_token + 1))
    frames: list[Frame] = []
    # "the delayed road finally opens": a participle describing the noun governs nothing
    governors = [(c, clause_around(ctx.view, c.hit, openers)) for c in cues
                 if c.role is not None and c.role is not Role.EVENT
                 and not (c.role is Role.DELAY and attributive_participle(ctx, c.hit))]
    events = [(c, clause_around(ctx.view, c.hit, openers)) for c in cues if c.role is Role.EVENT]
    # "behind schedule"; a no inside a claim's own cue is that cue's ("refuse to fund")
    phrases = [c.hit for c in cues if c.role is Role.DELAY]
    negation_shields = [*phrases, *own_cues]
    cue_hits = [c.hit for c in cues]  # a French describing participle follows a verb
    rulings = [c for c in cues if c.source == EventClass.CANCEL.value
               and court_ruling(ctx, c, modifiers, terms)]
    for cue in cues:
        if cue.source in _CHALLENGING and any(
                r is not cue and the_challenge(ctx, r, cue.hit) for r in rulings):
            continue  # 上告棄却, "rejects bid to annul": the challenge thrown out
        clause = clause_around(ctx.view, cue.hit, openers)
        if (not belongs(ctx, cue, clause if language != "ja" else None)
                or told_elsewhere(ctx, cue, cues, terms)
                or named_in_background(ctx, cue, openers, modifiers)):
            continue
        as_object = (replace(cue, role=Role.EVENT)
                     if cue.source == _PROGRESS and after_determiner(ctx, cue.hit) else cue)
        if governor(as_object, clause, events, language) is not None:
            continue  # "complete its purchase", "open the extension": read with the event
        if ctx.reading.kind is ClaimKind.DECISION and decided_thing(
                cue, clause, governors, language):
            continue  # "clears the purchase": the decision is the news, not the purchase
        if moved_under(cue, clause, governors, language):
            continue  # "shortlists sites for the move": the step is the news
        # "raise fears at the meeting": what was done there governs no meeting
        ruling = None if a_report_at_it(ctx, cue) else governor(cue, clause, governors, language)
        if (ruling is not None and ruling.role is Role.DECISION and cue.role is Role.EVENT
                and ctx.reading.kind is ClaimKind.STATE):
            ruling = None  # "存続決まる", "decides the plant stays": the state kept
        if ruling is not None:  # what the clause says happened to the event
            # (a Japanese stop or delay read where it ends: 再開断念も, "may be dropped")
            own_ending = language == "ja" and ruling.role in (Role.STOP, Role.DELAY)
            cue = replace(cue, text=ruling.text, source=ruling.source, role=ruling.role,
                          hit=ruling.hit if own_ending else cue.hit)
        in_clause = [(h, m) for h, m in modifiers
                     if clause[0] <= h.first_token <= clause[1] and not part_of(h, m, cue)
                     and not inside_longer(h, negation_shields if m.kind is Modifier.NEGATION
                                           else phrases)
                     and not attributive(ctx, h, m, cue.hit) and not purpose(ctx, h, m, cue.hit)
                     and not decided_object(ctx, h, m, cue)
                     and not said_at_the_meeting(ctx, h, m, cue)
                     and not plan_in_meetings_topic(ctx, h, m, cue)]
        text = clause_text(ctx.view, clause)
        in_clause = [(h, m) for h, m in in_clause if not counted_so_far(ctx, h, m, text)]
        ruled = court_ruling(ctx, cue, modifiers, terms)  # "court rejects the challenge"
        role = ruled or role_in_clause(ctx, cue, in_clause, text)
        if ruled:
            in_clause = [(h, m) for h, m in in_clause if not the_challenge(ctx, cue, h)]
        if role is None:
            continue
        sentence_text = clause_text(ctx.view, ctx.view.sentence_span(cue.hit.sentence))
        if (role is Role.STEP and ctx.reading.kind is ClaimKind.EVENT
                and takes_effect_now(ctx.index.lexicon, language, cue.text, sentence_text)):
            role = Role.EVENT  # "names Tenner CEO with immediate effect": she takes over
        cue = replace(cue, role=role)
        threat = cue.source == EventClass.THREAT.value or (
            cue.source == OWN_UPDATE and role is Role.STOP)
        mctx = ModalityContext(ctx.view, ctx.index, ctx.opinion_piece, named, term_tokens)
        modality = read_modality(mctx, cue.hit, role, in_clause, modifiers, clause, threat,
                                 role is Role.EVENT and ctx.reading.kind is ClaimKind.MEETING)
        if (ruled and modality in (Modality.OPINION, Modality.NEGATED)) or (
                cue.source == _REVIEW and modality in _PLANNED):
            # the court rules, whoever sued; "to review the quota" is news already (rule 7)
            modality = Modality.REALIS
        if (modality is Modality.BACKGROUND and role in (Role.EVENT, Role.STOP)
                and figure_of_its_period(ctx, cue.hit, text)):
            modality = Modality.REALIS  # "915 million euros last year": the year it counts
        pair = stop_of_a_stop(cue, clause, governors, language) if ruling is None else None
        if pair is not None:
            of_its_stop = stops_its_stop(ctx, pair[1], hits)  # "bid to annul the ban"
            if ctx.reading.kind is ClaimKind.STATE and stopped_stop_object(ctx, cue, pair,
                                                                           of_its_stop):
                continue  # "scraps the plan to move": the plan is read with "scraps"
            role, modality = stopped_stop(ctx, pair, modality, in_court(in_clause) and any(
                c == clause for _, c in events), of_its_stop)  # "court rejects bid to halt …"
            cue = replace(cue, role=role)
        elif ruling is None and drops_a_stop(ctx, cue, hits):
            role = Role.EVENT  # "drops the job-cut plan": the state kept
            cue = replace(cue, role=role)
        if (modality is Modality.REALIS
                and arranges_meeting(ctx, cue, clause, cues, in_clause)):
            modality = Modality.EXPECTED  # "agree to hold the first summit": a preview
        if role in (Role.DELAY, Role.STOP) and (modality in DESCRIBED
                                                and attributive_participle(ctx, cue.hit, cue_hits)):
            # "the delayed 5G network goes live", "opens in closed school": how it was
            modality = Modality.BACKGROUND
        elif (modality is Modality.REALIS and role is Role.STOP
              and fronted_participle(ctx, cue.hit, clause)):
            modality = Modality.BACKGROUND  # « Fermé aux voitures, le pont … »: its state
        if (modality is Modality.REALIS and ctx.reading.kind is not ClaimKind.STATE
                and any(m.kind is Modifier.PLAN_KEPT for _, m in in_clause)):
            modality = Modality.EXPECTED  # "3G closure unchanged": the plan stands
        if modality is Modality.REALIS and (gapped := modality_in_gap(ctx.view, cue, modifiers)):
            modality = gapped  # "deal to close by year-end": a preview; "tour not … begun"
        elif modality is Modality.REALIS and role is Role.EVENT and aimed_at(ctx, cue.hit):
            modality = Modality.EXPECTED  # "press the bank for a rate cut": wished
        elif modality is Modality.REALIS and role in (Role.EVENT, Role.DECISION) and opposed(
                ctx, cue.hit):
            modality = Modality.BACKGROUND  # "an appeal against the fine": what is fought
        if modality in (Modality.REALIS, Modality.FUTURE) and (hedged_by_its_teller(
                ctx.index.lexicon, ctx.view, cue.hit, cue_hits) or (
                    pair is None and attempted(ctx, cue.hit))):
            # "to issue licences again, council leader hints"; "lose bid to overturn it"
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
                 and future_in_clause(mctx, cue.hit, clause, in_clause, terms))
                or future_after_its_noun(mctx, cue.hit, in_clause)):
            modality = Modality.FUTURE  # "the first meeting … will be held": a preview
        if (modality is Modality.REALIS and role is Role.DECISION
                and decision_noun_ahead(ctx, cue.hit, clause, in_clause)):
            modality = Modality.FUTURE  # "to issue its decision in December": not yet
        if role is Role.EVENT and decision_to_come(ctx, cue, modality, text, hits):
            modality = Modality.EXPECTED  # "to sign the pact next week", "to approve it"
        cue, role, modality = timed(ctx, cue, role, modality, clause, text, named)
        if role is Role.EVENT and modality is Modality.NEGATED and ruled_out(
                ctx, cue.hit, clause, in_clause, text):
            role, modality = Role.STOP, Modality.REALIS  # "will never reopen": ruled out
            if ctx.reading.kind is ClaimKind.TARGET and not ctx.late:
                role = Role.DELAY  # "ne sera pas atteint": a shortfall foretold (rule 7)
        elif (role is Role.EVENT and modality is Modality.NEGATED and ctx.late
              and ctx.reading.kind is ClaimKind.TARGET and cue.source in REACHING):
            role, modality = Role.STOP, Modality.REALIS  # "fails to reach", past the deadline
        if (ctx.reading.kind is ClaimKind.TARGET and cue.hit.pid == FIGURE_PID
                and modality in (Modality.EXPECTED, Modality.HEDGED)):
            modality = Modality.FUTURE  # "now expects €2.1bn": a forecast (rule 7)
        dating = without_effect_dates(ctx, cue.hit, text) if role is Role.DECISION else text
        if slips(ctx, role, modality, dating, sentence_text):  # "approves it from May": now
            role = Role.DELAY  # "the decision will come in the autumn", past its deadline
            modality = Modality.REALIS if modality is Modality.NEGATED else modality
        elif cue.source == EventClass.SHORTFALL.value and modality in FORECAST:
            role, modality = shortfall_ahead(ctx, clause, cues, modality)  # forecast: rule 7
            role = Role.STEP if stopped_after_the_end(ctx, role, modality, text) else role
        elif cue.source == EventClass.SHORTFALL.value and short_so_far(ctx, role, sentence_text):
            role = Role.DELAY  # "49 short of its target with ten weeks to go": rule 7
        first = any(clause[0] <= h.first_token <= clause[1] for h in parts.firsts)
        # "their first talks next month" (le mois prochain): the first round still
        later = not first and any(m.kind is Modifier.LATER_ROUND for _, m in in_clause)
        frames.append(Frame(cue.hit, cue.text, cue.source, role, modality, later, clause,
                            first))
    return frames

