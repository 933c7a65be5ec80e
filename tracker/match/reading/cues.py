"""A sentence's event words for one claim, and the role each plays for it.

A claim's own ``[cues]`` keep their verdict's role; a lexicon word takes the role its
event class has for the claim's kind (``class_role``). A general word yields to a
claim cue over the same words, and to a claim term it lies inside; for a claim named
only by names its siblings share, it counts only next to the claim's own words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.match.deciding.attendance import attended_meetings
from tracker.match.deciding.bills_announced import announces_a_bill
from tracker.match.deciding.committees import decided_by_a_committee
from tracker.match.deciding.decisions_put_off import decided_things_delayed, put_off_decisions
from tracker.match.deciding.sums_received import sums_received
from tracker.match.finding.families import (
    COMPLETIONS,
    ENDINGS,
    OTHER_EVENTS,
    WORKS_START,
    completes,
    in_family,
    its_familys,
    starts_works,
)
from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.finding.refs import ClassRef, CueRef, ModifierRef
from tracker.match.reading.anothers_delay import drop_anothers_delays
from tracker.match.reading.class_roles import class_role
from tracker.match.reading.clause_rules import building_work
from tracker.match.reading.completions import completed_steps
from tracker.match.reading.cue_filters import (
    an_extent,
    currency_name,
    denies_a_statement,
    gerund_in_compound,
    in_a_compound,
    meeting_topic,
    model_name,
    names_a_target,
    new_object,
    other_word,
    states_kept,
    thing_noun,
    time_noun,
)
from tracker.match.reading.noun_readings import noun_reading
from tracker.match.reading.report_denials import denies
from tracker.match.reading.run_ends import runs_ended
from tracker.match.reading.sentence_context import Cue, SentenceContext, own_source
from tracker.match.reading.spans_of_time import in_a_span
from tracker.match.reading.started_steps import starts_a_step
from tracker.match.states.closed_states import closings_in_force, own_stop_cue
from tracker.match.states.relocation import moved_elsewhere
from tracker.match.states.stop_terms import told_in_force
from tracker.match.states.stopped import court_rules_for_it
from tracker.match.table import Role
from tracker.match.text.spans import inside_longer, overlaps, within
from tracker.match.text.tense import written_as_a_verb
from tracker.models import ClaimKind, Verdict

_CUE_ROLES = {Verdict.CONFIRMS: Role.EVENT, Verdict.UPDATES: Role.STEP,
              Verdict.CONTRADICTS: Role.STOP}
# What any of a project's claims waits on or is threatened by: an appointment, a
# permission, a lawsuit.
_PREPARATORY = frozenset({EventClass.STEP.value, EventClass.DECIDED.value,
                          EventClass.THREAT.value})
_TURNING = frozenset({Role.STOP, Role.DELAY})
ENDING_WORDS = frozenset({ENDINGS})


def event_cues(ctx: SentenceContext, hits: Sequence[Hit], terms: Sequence[Hit],
               modifiers: Sequence[tuple[Hit, ModifierRef]]) -> list[Cue]:
    """The event words of one sentence for this claim, each with its role."""
    language = ctx.view.language
    own: list[Cue] = []
    general: list[Cue] = []
    lifted: list[Cue] = []  # a state that is a stop, ended: its term names the stop
    undoing: list[Hit] = []
    mine = [h for h in terms if h.pid in ctx.claim.term_pids]
    # a decision claim's own kind of event is a decision ("approval" as its term)
    own_kind = ((Role.EVENT, Role.DECISION) if ctx.reading.kind is ClaimKind.DECISION
                else (Role.EVENT,))
    for hit in hits:
        refs: Sequence[CueRef] = [r for r in ctx.claim.cues.get(hit.pid, ())
                                  if not r.latin or r.language == language]
        for ref in refs[:1]:  # "export", "exports": one stem, one cue
            own.append(Cue(hit, ref.text, own_source(ref.verdict),
                            _own_role(ctx, hit, ref, hits)))
        if (hit.pid in ctx.reading.own_stops
                and ctx.reading.kind in (ClaimKind.DECISION, ClaimKind.EVENT) and not refs):
            if not written_as_a_verb(ctx, hit):
                # "hit by the trawling ban", for a fund for those it hits: its topic;
                # "the ban takes effect", for the ban's start: what starts
                continue
            if ctx.reading.kind is ClaimKind.EVENT:
                # "Brindle bans diesel lorries": the ban decided, a step to its start;
                # "now bans": in force
                stops = ctx.index.classes_in(hit.pid, language)
                text = stops[0].text if stops else ""
                general.append(Cue(hit, text, EventClass.OCCURRED.value, Role.EVENT)
                               if told_in_force(ctx.view, hit)
                               else Cue(hit, text, EventClass.DECIDED.value, Role.DECISION))
                continue
        if hit.pid in ctx.reading.own_stops and ctx.reading.kind is ClaimKind.STATE:
            # "lifts the fare freeze": the state that is a stop ends; "closes the ruins to
            # visitors": it is in force; "the freeze" alone names it
            found = None if refs else own_stop_cue(ctx, hit, hits, modifiers)
            if found is not None and found[1] is not None:
                # read where the undo word is: "to be lifted", "to lift" tell its mood
                lifted.append(replace(found[0], hit=found[1]))
                undoing.append(found[1])
            elif found is not None:
                general.append(found[0])
            continue
        if refs:
            continue
        classes = ctx.index.classes_in(hit.pid, language)
        if classes:
            role = _general_role(ctx, hit, classes, own_kind[-1])
            source = classes[0].event_class
            if (source is EventClass.OCCURRED and ctx.reading.kind is ClaimKind.DECISION
                    and building_work(ctx, hit, mine)):
                continue  # works begun come after a decision, no step toward it
            if role is Role.EVENT and source is EventClass.OCCURRED and (
                    WORKS_START not in ctx.reading.families) and not (
                    COMPLETIONS in ctx.reading.families  # "works completed": its finish
                    and completes(ctx.index.lexicon, classes[:1])
            ) and building_work(ctx, hit, mine):
                source, role = EventClass.STEP, Role.STEP  # "work starts on the stadium"
            elif (source is EventClass.OCCURRED and starts_a_step(ctx, hit, hits)) or (
                    source is EventClass.ANNOUNCED and starts_a_step(ctx, hit, hits, True)):
                source, role = EventClass.STEP, Role.STEP  # "opens recruitment": a step
            elif (role is Role.DECISION and ctx.reading.kind is ClaimKind.DECISION
                  and not in_family(ctx.index.lexicon, ctx.reading.families, classes[0])
                  and decided_by_a_committee(ctx, hit)):
                # "committee backs the treaty"; one that awards makes a choice claim's choice
                source, role = EventClass.STEP, Role.STEP
            elif (source is EventClass.ANNOUNCED and ctx.reading.kind is ClaimKind.DECISION
                  and announces_a_bill(ctx.view, ctx.index.lexicon, hit)):
                source, role = EventClass.STEP, Role.STEP  # 予算案を発表: to the vote
            general.append(Cue(hit, classes[0].text, source.value, role))
    general = runs_ended(ctx, closings_in_force(ctx, states_kept(general), hits))
    if ctx.reading.kind is ClaimKind.DECISION:
        # "approves partial sale", "votes for a phased reopening": after the decision
        # word, a word of progress is what was decided, no part of it done
        decided = [g.hit for g in general if g.role is Role.DECISION]
        clause_of = ctx.view.clause_of
        general = [g for g in general if g.source != EventClass.PROGRESS.value or not any(
            d.last_token < g.hit.first_token and clause_of(d.last_token) == clause_of(
                g.hit.first_token) for d in decided)]
    # A claim's own cue decides its word; a general cue overlapping it yields, unless a
    # longer phrase around it turns it into a threat, a stop or a delay ("explore options"
    # around the cue "options"); "pass … bill" around the cue "passed" (a vote held) yields.
    general = [g for g in general
               if not any(overlaps(g.hit, o.hit) and (not inside_longer(o.hit, [g.hit])
                                                      or g.role not in _TURNING)
                          for o in own)]
    # A lexicon word inside one of the claim's longer terms names the thing, not an
    # event ("upgrade" in "command upgrade"), unless the text writes it as a verb that
    # the term only stems like ("floodlights approved" for "floodlight approval"). One
    # that is a whole term counts only as the claim's own event ("opening" for a claim
    # about an opening).
    general = [g for g in general
               if (not inside_longer(g.hit, mine) or written_as_a_verb(ctx, g.hit))
               and (g.role in own_kind or not within(g.hit, mine))
               and not any(overlaps(g.hit, u) for u in undoing)] + lifted
    own = [o for o in own if not inside_longer(o.hit, mine) or written_as_a_verb(ctx, o.hit)]
    if ctx.reading.ends:
        # "sticks to its 2027 diesel exit": a thing kept beside its ending is the plan kept
        ending = {ctx.view.clause_of(c.hit.first_token) for c in own + general
                  if c.role is Role.EVENT}
        general = [g for g in general if g.source != EventClass.PERSIST.value
                   or ctx.view.clause_of(g.hit.first_token) not in ending]
    if ctx.reading.kind is ClaimKind.EVENT:
        general = _anothers_event(ctx, general)
    markers = ctx.reading.own_markers
    if markers is not None and language in ctx.reading.marker_languages:
        # a claim named only by names its siblings share: a general word counts in a
        # clause that also holds one of its own words ("Zilverbank grid ruling pushed
        # back" is not about first power), or the claim's own kind of event ("opening
        # pushed back"). A preparatory step or a permission counts anywhere: every claim
        # of the project waits on it ("appoints a project director"). In a language the
        # claim wrote no marker in, nothing can say which event is its own: every word
        # of its kind counts there.
        clause_of = ctx.view.clause_of
        marked = {clause_of(h.first_token) for h in hits if h.pid in markers}
        marked |= {clause_of(g.hit.first_token) for g in general
                   if _names_its_event(ctx, g.hit)}
        # ... or a word of its kind of event, unless that word names another family's
        # event than the claim's own ("opening slips to November" for a works start)
        eventful = marked | {clause_of(g.hit.first_token) for g in general
                             if g.role is Role.EVENT and not _another_familys(ctx, g.hit)}
        general = [g for g in general if g.source in _PREPARATORY
                   or court_rules_for_it(ctx, g, modifiers)
                   or clause_of(g.hit.first_token) in (
                       marked if g.role is Role.EVENT else eventful)]
    cues = (_lone_talks(ctx, own + general) + attended_meetings(ctx, mine)
            + sums_received(ctx, hits[0].sentence))
    neutral = [h for h, m in modifiers if m.kind is Modifier.NEUTRAL]
    # "set to open Friday": "set" is the plan word's, no date set
    plans = [h for h, m in modifiers if m.kind in (Modifier.EXPECTED, Modifier.FUTURE)]
    cues = [c for c in cues if c.source != EventClass.SET.value or not inside_longer(c.hit, plans)]
    longer = [c.hit for c in cues] + neutral
    cues = decided_things_delayed(ctx, put_off_decisions(ctx, cues))
    cues = drop_anothers_delays(ctx, completed_steps(ctx, cues), hits)
    measures = [h for h, m in modifiers if m.kind is Modifier.MEASURE]
    cues = [c for c in cues
            if not inside_longer(c.hit, longer) and not noun_reading(ctx, c.hit, terms)
            and not names_a_target(ctx, c.hit, measures)
            and not new_object(ctx, c, mine) and not meeting_topic(ctx, c, mine)
            and not currency_name(ctx, c.hit)
            and not (c.role in _TURNING and in_a_compound(ctx, c.hit))
            and not gerund_in_compound(ctx, c.hit)
            and not model_name(ctx, c.hit, terms) and not other_word(ctx, c.hit)
            and not time_noun(ctx, c.hit) and not thing_noun(ctx, c.hit)
            and not in_a_span(ctx, c.hit)
            and not an_extent(ctx, c.hit)]
    # A denial word that denies another cue, or a statement, is about a report, not a
    # cue itself: "denies report it will scale back" is no denial of the claim.
    denials = [(h, m) for h, m in modifiers if m.kind is Modifier.DENIAL]
    return [c for c in cues
            if not any(overlaps(c.hit, d) and (any(denies(d, m, o.hit) for o in cues)
                                               or denies_a_statement(ctx, d))
                       for d, m in denials)]


def _names_its_event(ctx: SentenceContext, hit: Hit) -> bool:
    """A word of the claim's event family ("goes live", 開業 for "will launch"), unless
    it starts building work ("les travaux sont lancés"), which is the event of a claim
    whose event that is ("construction gets under way")."""
    families = ctx.reading.families
    lexicon = ctx.index.lexicon
    if not families:
        return False
    refs = ctx.index.classes_in(hit.pid, ctx.view.language)
    # "works completed" finishes them
    works = starts_works(lexicon, ctx.view, [hit]) and not completes(lexicon, refs)
    return (WORKS_START in families and works) or (not works and any(
        in_family(lexicon, families, r) for r in refs))


def _anothers_event(ctx: SentenceContext, cues: Sequence[Cue]) -> list[Cue]:
    """An event claim's ``cues`` less the events of another word family than its own:
    "opens" for a start of works is no news of it; "completed", 完成, is a step past it.
    Beside its own family's word, the other is read with it ("complete its opening")."""
    clause_of = ctx.view.clause_of
    own = {clause_of(c.hit.first_token) for c in cues
           if c.role is Role.EVENT and _names_its_event(ctx, c.hit)}
    kept = []
    for cue in cues:
        if (cue.role is Role.EVENT and clause_of(cue.hit.first_token) not in own
                and _another_familys(ctx, cue.hit)):
            refs = ctx.index.classes_in(cue.hit.pid, ctx.view.language)
            if not completes(ctx.index.lexicon, refs):
                continue
            cue = replace(cue, role=Role.STEP)
        kept.append(cue)
    return kept


def _another_familys(ctx: SentenceContext, hit: Hit) -> bool:
    """A word of a word family the claim's statement does not use, when it uses one:
    "opening" for a claim that construction will begin."""
    families = ctx.reading.families
    if not families:
        return False
    lexicon = ctx.index.lexicon
    refs = ctx.index.classes_in(hit.pid, ctx.view.language)
    return any(in_family(lexicon, OTHER_EVENTS, r) for r in refs) and not _names_its_event(
        ctx, hit)


def _lone_talks(ctx: SentenceContext, cues: Sequence[Cue]) -> list[Cue]:
    """Talks are a step only in a clause with no other event word: "agree to discuss it
    in a working group" is an agreement, "visits Hawaii for talks" a visit."""
    clause_of = ctx.view.clause_of
    language = ctx.view.language

    def talks(cue: Cue) -> bool:
        return cue.role is Role.STEP and any(
            r.event_class is EventClass.NEGOTIATE
            for r in ctx.index.classes_in(cue.hit.pid, language))

    return [c for c in cues if not talks(c) or not any(
        o is not c and not overlaps(o.hit, c.hit)
        and clause_of(o.hit.first_token) == clause_of(c.hit.first_token) for o in cues)]


def _own_role(ctx: SentenceContext, hit: Hit, ref: CueRef, hits: Sequence[Hit]) -> Role | None:
    """A claim's own cue keeps its verdict; an ``updates`` word that the lexicon
    knows as a delay or a date moved (itself, or a word inside it: ずれ込 in ずれ込む)
    reads as one (a delay updates even when planned), and one it knows as a threat
    reads as a threat."""
    role = _CUE_ROLES.get(ref.verdict)
    if role is Role.STEP:
        classes = {r.event_class for h in hits if within(h, [hit])
                   for r in ctx.index.classes_in(h.pid, ctx.view.language)}
        if classes & {EventClass.DELAY, EventClass.SHIFT, EventClass.SET}:
            return Role.DELAY
        if EventClass.THREAT in classes:
            return Role.STOP  # a threat ("will boycott"): news even as a vow (rule 7)
    return role


def _general_role(ctx: SentenceContext, hit: Hit, classes: Sequence[ClassRef],
                  claim_role: Role) -> Role | None:
    """A lexicon word's role: the claim's own event word ("signs" for "will sign the
    contract"), a word of its event's family ("switches off" for a shutdown: the
    claim's own kind of role), else the role of its class."""
    if hit.pid in ctx.reading.event_words:
        return Role.EVENT
    if its_familys(ctx.index.lexicon, ctx.reading.families, classes[0], ctx.view, hit):
        return claim_role
    if ctx.reading.counts_endings and in_family(ctx.index.lexicon, ENDING_WORDS, classes[0]):
        return Role.STEP  # "closes 41 branches" toward "will close 137": a count so far
    if (classes[0].event_class is EventClass.SHIFT and ctx.reading.of_place
            and moved_elsewhere(ctx, hit)):
        return Role.STOP  # "to move its headquarters to Castel": the state ends
    return class_role(ctx.reading, classes)
