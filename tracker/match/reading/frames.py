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

Each cue passes three stages, which share a ``cue_reading.CueReading``: here its place
(the clause, the word that governs it) and its role; then its modality
(``frame_modality.py``); then its dates and the claim's deadline (``frame_deadline.py``).

A cue goes to the claim whose subject is nearest: when a sentence names two
claims' subjects, "X was launched while Y was delayed" gives the launch to X
and the delay to Y.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.match.deciding.attendance import a_report_at_it
from tracker.match.finding.families import takes_effect_now
from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.reading.attribution import belongs
from tracker.match.reading.clause_rules import (
    after_determiner,
    clause_around,
    clause_text,
    governor,
    role_in_clause,
)
from tracker.match.reading.cue_reading import Clause, CueReading, SentenceReading
from tracker.match.reading.frame_deadline import settle_timing
from tracker.match.reading.frame_modality import settle_modality
from tracker.match.reading.governed_decisions import (
    decided_stop,
    decided_thing,
    own_event_object,
    signed_thing,
)
from tracker.match.reading.modifier_filters import (
    attributive,
    counted_so_far,
    decided_object,
    part_of,
    plan_in_meetings_topic,
    purpose,
    said_at_the_meeting,
    said_twice,
)
from tracker.match.reading.other_news import named_in_background, told_elsewhere
from tracker.match.reading.participle_phrases import (
    attributive_participle,
    lasting_state,
    lasting_tokens,
)
from tracker.match.reading.sentence_context import Cue, Frame, SentenceContext, is_own
from tracker.match.reading.sentence_cues import sentence_cues
from tracker.match.reading.subject_nouns import subject_of
from tracker.match.states.stopped import (
    court_decides,
    court_ruling,
    moved_under,
    the_challenge,
)
from tracker.match.table import Role
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.text.spans import inside_longer
from tracker.models import ClaimKind

_PROGRESS = EventClass.PROGRESS.value
# a target's figure moving, or its date: news of the count whatever the clause says
_FIGURE_MOVES = frozenset(c.value for c in (EventClass.INCREASE, EventClass.DECREASE,
                                            EventClass.ACHIEVED, EventClass.SHORTFALL,
                                            EventClass.CHANGE, EventClass.DELAY))
_CHALLENGING = frozenset({EventClass.THREAT.value, EventClass.CANCEL.value})


def read_frames(ctx: SentenceContext, hits: Sequence[Hit]) -> list[Frame]:
    """The frames of one sentence for one claim (see the module docstring)."""
    s = _sentence_reading(ctx, hits)
    rulings = [c for c in s.parts.cues if c.source == EventClass.CANCEL.value
               and court_ruling(ctx, c, s.parts.modifiers, s.parts.terms)]
    frames: list[Frame] = []
    for cue in s.parts.cues:
        if cue.source in _CHALLENGING and any(
                r is not cue and the_challenge(ctx, r, cue.hit) for r in rulings):
            continue  # 上告棄却, "rejects bid to annul": the challenge thrown out
        placed = _placed(ctx, s, cue)
        reading = _role_read(ctx, s, *placed) if placed is not None else None
        if reading is None or not settle_modality(ctx, s, reading):
            continue
        settle_timing(ctx, s, reading)
        if _a_projects_step(ctx, reading):
            continue
        frames.append(_frame(s, reading))
    return frames


def _a_projects_step(ctx: SentenceContext, r: CueReading) -> bool:
    """For a target, a step of the project told with no figure in its clause ("opens
    bidding for the cars", "picks platform provider"): news of the project, not of the
    count the target measures (rule 7: its news is figures). A figure moved, a delay
    and the claim's own words still count."""
    return (ctx.reading.kind is ClaimKind.TARGET and r.role is Role.STEP
            and not is_own(r.cue.source) and r.cue.hit.pid != FIGURE_PID
            and r.cue.source not in _FIGURE_MOVES and not any(ch.isdigit() for ch in r.text))


def _sentence_reading(ctx: SentenceContext, hits: Sequence[Hit]) -> SentenceReading:
    """The sentence's cues, and which of them may govern another."""
    parts = sentence_cues(ctx, hits)
    term_tokens = frozenset(i for h in parts.terms
                            for i in range(h.first_token, h.last_token + 1))
    # "the delayed road finally opens": a participle describing the noun governs nothing
    governors = [(c, clause_around(ctx.view, c.hit, parts.openers)) for c in parts.cues
                 if c.role is not None and c.role is not Role.EVENT
                 and not (c.role is Role.DELAY and attributive_participle(ctx, c.hit))
                 and not lasting_state(ctx, c.hit, [d.hit for d in parts.cues])]
    events = [(c, clause_around(ctx.view, c.hit, parts.openers))
              for c in parts.cues if c.role is Role.EVENT]
    phrases = [c.hit for c in parts.cues if c.role is Role.DELAY]
    return SentenceReading(parts, hits, term_tokens, governors, events,
                           [c.hit for c in parts.cues], phrases, [*phrases, *parts.own_cues])


def _placed(ctx: SentenceContext, s: SentenceReading,
            cue: Cue) -> tuple[Cue, Clause, Cue | None] | None:
    """The cue in its clause, with the role of the word that governs it; None when it
    is not this claim's, or is read with another cue."""
    language = ctx.view.language
    parts = s.parts
    clause = clause_around(ctx.view, cue.hit, parts.openers)
    if (not belongs(ctx, cue, clause if language != "ja" else None)
            or told_elsewhere(ctx, cue, parts.cues, parts.terms)
            or named_in_background(ctx, cue, parts.openers, parts.modifiers)):
        return None
    as_object = (replace(cue, role=Role.EVENT)
                 if cue.source == _PROGRESS and after_determiner(ctx, cue.hit) else cue)
    if governor(as_object, clause, s.events, language) is not None:
        return None  # "complete its purchase", "open the extension": read with the event
    deciders = [*s.governors, *s.events]  # the claim's own confirming word decides too
    if ctx.reading.kind is ClaimKind.DECISION and (
            decided_thing(ctx, cue, clause, deciders)
            or decided_stop(ctx, cue, clause, deciders)):
        return None  # "clears the purchase": the decision is the news, not the purchase
    if own_event_object(ctx, cue, clause, s.events):
        return None  # "work begins on converting the school": read with "work begins"
    if signed_thing(ctx, cue, clause, s.governors):
        return None  # "before it signs the fare agreement": read with "signs"
    if moved_under(cue, clause, s.governors, language):
        return None  # "shortlists sites for the move": the step is the news
    # "raise fears at the meeting": what was done there governs no meeting
    ruling = None if a_report_at_it(ctx, cue) else governor(cue, clause, s.governors, language)
    if ruling is not None and subject_of(ctx, ruling, cue):
        ruling = None  # « l'essai a franchi la barre »: the trial did it
    if (ruling is not None and ruling.role is Role.DECISION and cue.role is Role.EVENT
            and ctx.reading.kind is ClaimKind.STATE):
        ruling = None  # "存続決まる", "decides the plant stays": the state kept
    if ruling is not None and court_ruling(ctx, ruling, parts.modifiers, parts.terms, s.hits):
        return None  # "won't halt the law on the eve of its start": read with the ruling
    if ruling is not None:  # what the clause says happened to the event
        # (a Japanese stop or delay read where it ends: 再開断念も, "may be dropped")
        own_ending = language == "ja" and ruling.role in (Role.STOP, Role.DELAY)
        cue = replace(cue, text=ruling.text, source=ruling.source, role=ruling.role,
                      hit=ruling.hit if own_ending else cue.hit)
    return cue, clause, ruling


def _role_read(ctx: SentenceContext, s: SentenceReading, cue: Cue, clause: Clause,
               ruling: Cue | None) -> CueReading | None:
    """The cue's role for the claim, read with the modifiers of its clause."""
    text = clause_text(ctx.view, clause)
    lasting = lasting_tokens(ctx, cue.hit, clause)  # "closed since 2022": the state's
    in_clause = [(h, m) for h, m in s.parts.modifiers
                 if clause[0] <= h.first_token <= clause[1] and not part_of(h, m, cue)
                 and h.first_token not in lasting
                 and not inside_longer(h, s.negation_shields if m.kind is Modifier.NEGATION
                                       else s.phrases)
                 and not attributive(ctx, h, m, cue.hit) and not purpose(ctx, h, m, cue.hit)
                 and not decided_object(ctx, h, m, cue)
                 and not said_at_the_meeting(ctx, h, m, cue)
                 and not plan_in_meetings_topic(ctx, h, m, cue)
                 and not counted_so_far(ctx, h, m, text)
                 and not said_twice(h, m, cue, s.parts.modifiers)]
    ruled = court_ruling(ctx, cue, s.parts.modifiers, s.parts.terms, s.hits)  # "court rejects …"
    role = ruled or role_in_clause(ctx, cue, in_clause, text, [e.hit for e, _ in s.events])
    if ruled:
        in_clause = [(h, m) for h, m in in_clause if not the_challenge(ctx, cue, h)]
    if role is None:
        return None
    if (role is Role.STEP and cue.source == EventClass.PERSIST.value
            and court_decides(ctx, in_clause, s.parts.terms)):
        role = Role.DECISION  # "the court upholds the service", for the court's ruling
    sentence_text = clause_text(ctx.view, ctx.view.sentence_span(cue.hit.sentence))
    if (role is Role.STEP and ctx.reading.kind is ClaimKind.EVENT
            and takes_effect_now(ctx.index.lexicon, ctx.view.language, cue.text,
                                 sentence_text)):
        role = Role.EVENT  # "names Tenner CEO with immediate effect": she takes over
    return CueReading(replace(cue, role=role), clause, text, sentence_text, in_clause, role,
                      ruling, bool(ruled))


def _frame(s: SentenceReading, r: CueReading) -> Frame:
    """The frame of a cue read to the end."""
    clause = r.clause
    first = any(clause[0] <= h.first_token <= clause[1] for h in s.parts.firsts)
    # "their first talks next month" (le mois prochain): the first round still
    later = not first and any(m.kind is Modifier.LATER_ROUND for _, m in r.in_clause)
    return Frame(r.cue.hit, r.cue.text, r.cue.source, r.role, r.modality, later, clause,
                 first)
