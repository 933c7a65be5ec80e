"""When a frame's event happens, read from the dates of its clause.

A report of an event dated ahead of the item's publication is a preview ("opens
Saturday"), one dated well before it is background ("the command set up in
March"); a state kept "until 2028" is secured; a stop with a new date elsewhere in
its sentence is a pause ("glitch halts the launch; agency targets Dec. 9"); a state
claimed "until" a day, stopped on or after that day, held as claimed (a stop to come
or a decision then is later news); its end told ahead for the month it was claimed
to end, the claim retold; a stop that never came, told once its span is over, the
state kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from tracker.match.deciding.decisions_ahead import decision_in_time, without_effect_dates
from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import REACHING, EventClass
from tracker.match.reading.clause_rules import clause_text
from tracker.match.reading.participle_phrases import lasting_tokens
from tracker.match.reading.previewed import previewed_tokens
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.states.kept import (
    ends_when_claimed,
    kept_until,
    names_its_end,
    stopped_after_the_end,
    until_tokens,
    without_its_until,
)
from tracker.match.states.stopped import MOVES
from tracker.match.table import Modality, Role
from tracker.match.targets.figure_dates import figure_of_its_period
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.text.normalize import fold
from tracker.match.text.past_years import names_a_past_year
from tracker.match.text.tense import past_form, present_tense
from tracker.match.text.timeexpr import points_ahead, points_back
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind

JA_YEAR_REACH = 12  # characters from a Japanese year to the cue it dates (2019年にパン屋が閉店)
LAST_DAYS = 7  # days before a state's claimed end in which its stop is the planned end


def timed(ctx: SentenceContext, cue: Cue, role: Role, modality: Modality,
          clause: tuple[int, int], text: str, named: frozenset[int],
          terms: Sequence[Hit] = ()) -> tuple[Cue, Role, Modality]:
    """The cue, role and modality once the clause's dates are read (``text`` is the
    clause's text; ``named`` the tokens of names, whose days date nothing; ``terms``
    the claim's terms found, whose days date nothing either: 土曜配達 names no Saturday)."""
    until_a_day = (role in (Role.STOP, Role.DECISION) and ctx.reading.kind is ClaimKind.STATE
                   and names_its_end(ctx))  # a state claimed until a day
    if (role is Role.STOP and modality is Modality.REALIS and until_a_day
            and ctx.published is not None and ctx.due is not None
            and ctx.published >= ctx.due - timedelta(days=LAST_DAYS)):
        # "lifts the detour ban" on or after the day the ban was to last until, or in
        # its last days ("the pop-up surgery closed its doors" the Friday before): it held
        return replace(cue, role=Role.EVENT), Role.EVENT, modality
    if (role is Role.STOP and modality is Modality.NEGATED
            and ctx.reading.kind is ClaimKind.STATE and ctx.published is not None
            and ctx.due is not None and ctx.published >= ctx.due):
        # "the pledge expired with no one made redundant": told once its span is over,
        # the stop that never came is the state kept to its end (before it, a promise)
        return replace(cue, role=Role.EVENT), Role.EVENT, Modality.REALIS
    kept = kept_until(ctx, cue, role, modality)
    if kept is not None:  # "guaranteeing its flights until 2028": the state secured
        role, modality = kept
        cue = replace(cue, role=role)
    elif until_a_day and modality is not Modality.NEGATED and ctx.late:
        # "the review will be repealed", "council agrees fewer homes" long after that
        # day: later news, no break
        modality = Modality.BACKGROUND
    elif stopped_after_the_end(ctx, role, modality, text):
        role = Role.STEP  # "the fare will rise from 2028": kept through 2027
        cue = replace(cue, role=role)
    elif ends_when_claimed(ctx, role, modality, text):
        modality = Modality.BACKGROUND  # "the ban will end on February 28": as claimed
    elif modality is Modality.REALIS and role is Role.EVENT:
        # a day inside the claim's own name dates nothing ("the Sunday market")
        # "remains closed until June": kept; "ahead of December reopening": another's
        dateless = (named | until_tokens(ctx, cue) | previewed_tokens(ctx, cue)
                    | lasting_tokens(ctx, cue.hit, clause))
        if ctx.reading.kind is ClaimKind.DECISION:
            # what is decided takes effect then ("makes it permanent starting May")
            text = without_effect_dates(ctx, cue.hit, text)
        if dateless and ctx.view.language != "ja":
            # a Latin clause's text is its tokens joined by spaces: the cut text keeps
            # as many of them
            last = min(clause[1], clause[0] + len(text.split()) - 1)
            unnamed = " ".join(ctx.view.tokens[i].raw
                               for i in range(clause[0], last + 1) if i not in dateless)
        else:
            unnamed = without_its_until(ctx, cue, text)  # 来年8月まで継続: kept
            if ctx.view.language == "ja":
                for term in terms:
                    unnamed = unnamed.replace(ctx.view.text[term.start: term.end], " ")
        # a state kept for a time ahead ("keeps its fare for next year") is said anew
        said_anew = (ctx.reading.kind is ClaimKind.STATE
                     and cue.source == EventClass.PERSIST.value)
        if not said_anew and points_ahead(
                unnamed, ctx.published, present_tense(ctx.index, ctx.view, cue.hit),
                years=ctx.reading.kind is not ClaimKind.STATE,
                not_past=not past_form(ctx.index, ctx.view, cue.hit)):
            # "opens Saturday", "reaching EUR 1,400 only in 2027": a preview (a state
            # kept "until 2027" is the state said anew)
            modality = Modality.EXPECTED
        elif points_back(text, ctx.published) and not figure_of_its_period(ctx, cue.hit,
                                                                            text):
            modality = Modality.BACKGROUND  # "the command set up in March": context
    elif modality is Modality.REALIS and role is Role.DECISION:
        modality = decision_in_time(ctx, cue.hit, text)  # "votes tomorrow": a preview
    elif (modality is Modality.REALIS and role in (Role.STOP, Role.DELAY)
          and cue.hit.pid != FIGURE_PID and _past_year(ctx, cue, text, ctx.published)
          and not _the_targets_year(ctx, cue, text)):
        modality = Modality.BACKGROUND  # "a link suspended since 2021": context
    elif (modality is Modality.REALIS and role is Role.STEP and ctx.claimed_on is not None
          and _past_year(ctx, cue, text, ctx.claimed_on)):
        modality = Modality.BACKGROUND  # "the bridge, which opened in 2009": context
    if role is Role.STOP and modality is Modality.REALIS and _after_a_fault(ctx, cue.hit):
        role = Role.DELAY  # "boiler failure shuts the pool": halted a while, not called off
    if (role is Role.STOP and modality in (Modality.REALIS, Modality.FUTURE)
            and cue.source not in MOVES
            # past a target's deadline a shortfall is final, whatever day the item names
            and not (ctx.late and ctx.reading.kind is ClaimKind.TARGET)
            and points_ahead(_other_clauses(ctx.view, cue.hit, clause), ctx.published,
                             True)):
        role = Role.DELAY  # "glitch halts the launch; agency targets Dec. 9": a pause
    return cue, role, modality


def _after_a_fault(ctx: SentenceContext, hit: Hit) -> bool:
    """The stop's sentence names a breakdown (``[markers] fault_words``)."""
    words = ctx.index.lexicon.fault_words.get(ctx.view.language, ())
    view = ctx.view
    if view.language == "ja":
        return any(w in view.sentences[hit.sentence] for w in words)
    first, last = view.sentence_span(hit.sentence)
    return any(view.tokens[t].raw in words for t in range(first, last + 1))


def _other_clauses(view: EntryView, hit: Hit, clause: tuple[int, int]) -> str:
    """The text of the hit's sentence outside ``clause`` (a date there is not the
    stop's own: "ends free rides from January" stops, "halts it; targets May" pauses)."""
    first, last = view.sentence_span(hit.sentence)
    return " ".join((clause_text(view, (first, clause[0] - 1)),
                     clause_text(view, (clause[1] + 1, last))))



def _the_targets_year(ctx: SentenceContext, cue: Cue, text: str) -> bool:
    """A target missed "in 2027", the year it was due: the run it measured, not a past
    that is context."""
    return (ctx.reading.kind is ClaimKind.TARGET and cue.source in REACHING
            and ctx.due is not None and f" {ctx.due.year}" in f" {text}")


def _past_year(ctx: SentenceContext, cue: Cue, text: str, day: date | None) -> bool:
    """The cue dated in a year over by ``day`` ("suspended since 2021"); in Japanese, by a
    year just before it (2019年に閉店), not one of a noun on the way (1994年から使われて
    きた身分証を…無効)."""
    if ctx.view.language == "ja":
        text = fold(ctx.view.text[max(0, cue.hit.start - JA_YEAR_REACH): cue.hit.start])
    return names_a_past_year(text, day)
