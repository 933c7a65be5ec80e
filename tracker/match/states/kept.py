"""A state kept only until a time before the claim's end (来年3月まで継続, "keeps the route
until March" for a claim through December) is kept for part of the period: an update,
not the state secured, nor a preview. A state's bound crossed by a decision ("votes to
allow three ships a day") is broken, not forecast. Also the other readings of "until":
a statement that names until when a state lasts (``names_its_end``), and an event
awaited "until the fund is voted" (``awaited``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date

from tracker.match.finding.index import Hit
from tracker.match.reading.clause_rules import clause_text
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.table import Modality, Role
from tracker.match.targets.target_outcome import written_in
from tracker.match.text.normalize import fold
from tracker.match.text.timeexpr import NEXT_YEAR, earliest_named, has_time
from tracker.models import ClaimKind

KEPT_MODALITIES = (Modality.REALIS, Modality.EXPECTED, Modality.FUTURE, Modality.INTENT)
UNTIL_REACH = 8  # tokens of a Latin time after "until" ("until the end of 2027")
UNTIL_CHARS = 10  # characters of a Japanese time before まで (2027年末まで)
SHORT_MONTHS = 3  # "until March" is short of a claim through December; "until October" not


def kept_until(ctx: SentenceContext, cue: Cue, role: Role, modality: Modality
               ) -> tuple[Role, Modality] | None:
    """For a state claim, its own event word (the state kept) in a clause that keeps it
    until a time ahead but well before the claim's end: a step. None otherwise."""
    if (ctx.reading.kind is not ClaimKind.STATE or role is not Role.EVENT
            or modality not in KEPT_MODALITIES or ctx.published is None or ctx.due is None):
        return None
    until = _nearest_time(_until_time(ctx, cue), ctx.published, ctx.view.language == "ja")
    if until is None or until <= ctx.published:
        return None
    # kept to the claim's end reads as before: a pledge said again is the claim
    # repeated ("no branch will close until 2030", the day after the claim)
    return (Role.STEP, Modality.REALIS) if _short_of(until, ctx.due) else None


def _nearest_time(named: str, published: date, japanese: bool) -> date | None:
    """The time nearest the "until" word: the shortest run of words after it that names
    one; in Japanese, the time from its first number and a next-year word before it
    (来年3月 is next March, not the start of next year; 2030年3月末 is March 2030)."""
    if japanese:  # from its first number on (2030年3月末, 27年末, 来年3月 in 無料を来年3月)
        digits = [m.start() for m in re.finditer(r"(?<!\d)\d", named)]
        first = digits[0] if digits else 0
        first -= next((len(w) for w in NEXT_YEAR if named[:first].endswith(w)), 0)
        runs: Iterator[str] = iter([named[first:], named])
    else:  # the first run that names a time, and one word more ("31 December 2032")
        words = named.split()
        first = next((size for size in range(2, len(words) + 1)
                      if earliest_named(" ".join(words[:size]), published) is not None), 0)
        runs = iter([" ".join(words[:first + 1])] if first else [])
    return next((d for run in runs if (d := earliest_named(run, published)) is not None), None)


def _short_of(until: date, due: date) -> bool:
    """Kept to a time well before the claim's end: a year before its year, or a month of
    its year at least ``SHORT_MONTHS`` before its month. A year alone reads as its first
    day and "the end of 2027" as October: neither is short of a claim through 2027."""
    if until.year != due.year:
        return until.year < due.year
    return 1 < until.month <= due.month - SHORT_MONTHS


def until_tokens(ctx: SentenceContext, cue: Cue) -> frozenset[int]:
    """For a state claim, the tokens of "until June" in the cue's clause (Latin
    scripts): how long the state is kept, not when the news happens ("remains closed
    until June" is the state said anew)."""
    view = ctx.view
    if ctx.reading.kind is not ClaimKind.STATE or view.language == "ja":
        return frozenset()
    at, last = _until_at(ctx, cue)
    return frozenset() if at is None else frozenset(range(at, min(at + UNTIL_REACH, last) + 1))


def without_its_until(ctx: SentenceContext, cue: Cue, text: str) -> str:
    """For a state claim in Japanese, ``text`` without the time before まで in the cue's
    clause (来年8月まで継続: how long the state is kept, not when the news happens)."""
    if ctx.reading.kind is not ClaimKind.STATE or ctx.view.language != "ja":
        return text
    named = _until_time(ctx, cue)
    return text.replace(named, "") if named else text


def _until_at(ctx: SentenceContext, cue: Cue) -> tuple[int | None, int]:
    """The token of "until" in the cue's clause (Latin scripts), and the clause's last."""
    view = ctx.view
    words = ctx.index.lexicon.until_words.get(view.language, ())
    first, last = view.clause_span(view.clause_of(cue.hit.first_token))
    return next((i for i in range(first, last + 1) if view.tokens[i].raw in words), None), last


def _until_time(ctx: SentenceContext, cue: Cue) -> str:
    """The words of the time after "until" (before まで) in the cue's clause, or ""."""
    view = ctx.view
    words = ctx.index.lexicon.until_words.get(view.language, ())
    first, last = view.clause_span(view.clause_of(cue.hit.first_token))
    if view.language == "ja":
        text = clause_text(view, (first, last))
        found = min((text.find(w) for w in words if w in text), default=-1)
        return text[max(0, found - UNTIL_CHARS): found] if found >= 0 else ""
    at, last = _until_at(ctx, cue)
    if at is None:
        return ""
    return " ".join(view.tokens[i].raw for i in range(at, min(at + UNTIL_REACH, last) + 1))


def stopped_after_the_end(ctx: SentenceContext, role: Role, modality: Modality,
                          text: str) -> bool:
    """For a state claim, a stop dated after the claim's end ("the fare will rise from
    January 2028" for a fare kept through 2027): the state holds through its window, so
    the change after it is a step, no contradiction. ``text`` is the stop's clause."""
    if (ctx.reading.kind is not ClaimKind.STATE or role is not Role.STOP
            or modality is Modality.NEGATED  # "none will close before 2030": kept
            or ctx.published is None or ctx.due is None):
        return False
    when = earliest_named(text, ctx.published)
    return when is not None and when > ctx.due


def ends_when_claimed(ctx: SentenceContext, role: Role, modality: Modality,
                      text: str) -> bool:
    """For a state claim, its stop told ahead for the month the claim ends ("the ban
    will end on February 28", "set to expire in February", for a ban until 28
    February): the claim's own end retold, no news that it is broken. ``text`` is
    the stop's clause."""
    if (ctx.reading.kind is not ClaimKind.STATE or role is not Role.STOP
            or modality not in (Modality.FUTURE, Modality.INTENT, Modality.EXPECTED)
            or ctx.published is None or ctx.due is None or ctx.published >= ctx.due):
        return False
    when = earliest_named(text, ctx.published)
    return when is not None and (when.year, when.month) == (ctx.due.year, ctx.due.month)


def shortfall_ahead(ctx: SentenceContext, clause: tuple[int, int], cues: Sequence[Cue],
                    modality: Modality) -> tuple[Role, Modality]:
    """A figure across the bound, said as a forecast: a delay (rule 7), unless the bound
    is a state's and a decision in its clause sets the figure ("votes to allow three
    ships a day", "votes to lift the levy to £61") or a price or kept level's change is
    told ahead ("fare to rise to €5.10 next year", « passera à 61 livres »): the state
    broken now. A figure only asked for ("asked the city to approve a rise to 250 yen"),
    one that may come ("could rise") or a count told ahead stays a forecast."""
    target = ctx.reading.target
    # a price or a kept level is set by a party: its change told ahead is decided; a
    # count told ahead ("la population passera sous les 12 000") is a forecast
    announced = modality in (Modality.FUTURE, Modality.INTENT) and target is not None and (
        target.exact or target.sum_or_share)
    if target is not None and target.holds and modality is not Modality.HEDGED and (
            announced or any(
                c.role is Role.DECISION and clause[0] <= c.hit.first_token <= clause[1]
                for c in cues)):
        return Role.STOP, Modality.REALIS
    return Role.DELAY, modality


def short_so_far(ctx: SentenceContext, role: Role | None, sentence: str) -> bool:
    """A target's shortfall told as the count so far ("49 short of its target with ten
    weeks to go", 2月末時点で): an interim figure before the deadline (rule 7), no end."""
    if role is not Role.STOP or ctx.reading.kind is not ClaimKind.TARGET or ctx.late:
        return False
    begun = ctx.start or ctx.claimed_on
    if (ctx.reading.over_span and ctx.published is not None and ctx.due is not None
            and begun is not None and begun <= ctx.published < ctx.due
            and not ctx.reading.counted_at_start):
        return True  # "draws fewer visitors than expected" within its year: so far
    if ctx.start is not None and ctx.published is not None and ctx.published < ctx.start:
        return True  # told before the run begins: a forecast ("expects 3,800, short of")
    words = ctx.index.lexicon.interim_words.get(ctx.view.language, ())
    return written_in(words, sentence, ctx.view.language)


AWAITED_REACH = 5  # tokens from "until" to the event word it awaits ("until the fund is voted")


def awaited(ctx: SentenceContext, hit: Hit) -> bool:
    """An event word a few words after "until", "unless", "before" (« jusqu'à ce que »,
    « avant que »), with no time between: it has not happened yet ("will not take their
    seats until the compensation fund is voted", "before the new tanks can be
    installed"). "Closed until June" awaits a time."""
    view = ctx.view
    words = ctx.index.lexicon.awaiting_words.get(view.language, ())
    if not words or not view.tokens[hit.first_token].latin:
        return False
    # the phrase opens the event's clause (« que » may cut one of its own)
    start = max(view.sentence_span(hit.sentence)[0], hit.first_token - AWAITED_REACH - 4)
    raw = [t.raw for t in view.tokens[start: hit.first_token]]
    for at in range(len(raw) - 1, -1, -1):  # the nearest first
        for word in words:
            size = len(word.split())
            if " ".join(raw[at: at + size]) == word:
                return (len(raw) - at - size <= AWAITED_REACH
                        and not has_time(" ".join(raw[at + size:])))
    return False


def names_its_end(ctx: SentenceContext) -> bool:
    """The state claim's statement says until when it lasts ("until the new market
    opens", « jusqu'en 2027 », 3月まで), not only that it will hold."""
    statement = fold(ctx.claim.claim.statement)
    words = set(statement.split())
    return any((w in statement) if not w.isascii() else (w in words)
               for ws in ctx.index.lexicon.until_words.values() for w in ws)
