"""How a cue's clause changes its frame: a lifted stop, a partial event, a date
moved, a plan dated past the deadline, a plan word that only qualifies a noun or
states a purpose, an event word that is another word's object, a stop of a stop
(docs/matching.md, "Clauses and frames")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from tracker.match.deciding.decisions_put_off import a_decision_forgone
from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import MOVES, REACHING, EventClass, Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.cue_filters import joined_to_next
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own
from tracker.match.states.frozen_levels import freeze_named, frozen_level
from tracker.match.states.relocation import event_moved, names_a_venue
from tracker.match.table import Modality, Role
from tracker.match.targets.amounts import amount_quantities
from tracker.match.targets.caps import cap_word
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.targets.magnitudes import PERCENT
from tracker.match.targets.moves import (
    market_move,
    names_a_price_near,
    price_after,
    price_move,
    raised_to_value,
)
from tracker.match.text.durations import for_a_span, forgone_for_a_time
from tracker.match.text.japanese import before_its_day
from tracker.match.text.number_words import is_a_number, number_words
from tracker.match.text.time_words import weekday_ahead
from tracker.match.text.timeexpr import earliest_named, exact_day, has_time
from tracker.match.text.view import EntryView
from tracker.models import ClaimKind

_DIGIT = re.compile(r"\d")
OBJECT_REACH = 4  # tokens from a decision to the deal it governs ("clears Haldor Foods' purchase")
OBJECT_REACH_JA = 8  # characters from the deal to the decision (買収を条件付きで承認)
PARTIAL_WINDOW = 2  # tokens before a Latin cue ("nearly complete", "40% complete")
PARTIAL_REACH_JA = 3  # characters from a Japanese partial word to its cue (第1工区が開通)
WORKS_BEFORE, WORKS_AFTER = 4, 3  # tokens from an event word to its "construction"
WORKS_CHARS = 4  # characters before a Japanese event word (工事が始ま)
DAY_CHARS = 16  # ... or before the day that stands before it (工事が来月10日に始まる)
NOUN_REACH = 4  # tokens from a determiner to its noun ("the 24.6 km extension")


def governor(cue: Cue, clause: tuple[int, int],
             governors: Sequence[tuple[Cue, tuple[int, int]]], language: str) -> Cue | None:
    """The word whose object a general event word is, in its clause: "authorises the
    takeover", "approves the opening", 買収の完了がずれ込む. The clause reports that
    decision or delay about the event, not the event itself. ``governors``: the
    sentence's non-event cues, each with its clause."""
    if cue.role is not Role.EVENT:
        return None
    own = is_own(cue.source)
    for other, other_clause in governors:
        if own and other.role is not Role.STOP:
            continue  # a claim's own word is its event, unless stopped ("3G停波も取りやめ")
        if other_clause == clause and governs(other.hit, cue.hit, language):
            return other
    return None


def governs(word: Hit, governed: Hit, language: str, reach: int | None = None) -> bool:
    """``word`` stands where a verb stands to its object: before it (after it in
    Japanese, where the object comes first), within ``reach`` tokens (characters in
    Japanese) when one is given."""
    if language == "ja":
        gap = word.start - governed.end
        return gap >= 0 and (reach is None or gap <= reach)
    if reach is None:
        return word.end <= governed.start
    return 0 < governed.first_token - word.last_token <= reach


FORECAST = (Modality.EXPECTED, Modality.INTENT, Modality.FUTURE, Modality.HEDGED)


def slips(ctx: SentenceContext, role: Role, modality: Modality, text: str,
          sentence: str = "") -> bool:
    """A plan or forecast of the event that dates it after the claim's deadline, or
    fixes its day where the claim knew only a month or a span ("to open on March 16"
    for a claim due in March: a date fixed, rule 6); or a negated event that a time
    past the deadline in its ``sentence`` limits ("not before summer 2027")."""
    if ctx.due is None or ctx.published is None or ctx.late:
        return False  # once the deadline has passed, a new date previews the event
    if modality is Modality.NEGATED and role in (Role.EVENT, Role.DECISION, Role.STEP):
        # "will not be delivered before summer 2027": not before a time past the deadline
        named = earliest_named(sentence, ctx.published)
        return named is not None and named > ctx.due
    if role not in (Role.EVENT, Role.DECISION) or modality not in FORECAST:
        return False
    if role is Role.EVENT and ctx.reading.kind is ClaimKind.STATE:
        return False  # "to keep the route until 2028": kept longer, not later
    named = earliest_named(text, ctx.published)
    if named is None:
        return False
    if named > ctx.due:
        return True
    if ctx.reading.kind is not ClaimKind.EVENT or modality is Modality.HEDGED:
        return False
    day = exact_day(text, ctx.published)
    return day is not None and day <= ctx.due and not _knows_the_day(ctx, day)


# Words that move a figure: with a target or forecast in their clause, a target's news.
_FIGURE_MOVES = MOVES | REACHING
DAYS_ALREADY_KNOWN = 7  # a window this short already names the day, near enough




def role_in_clause(ctx: SentenceContext, cue: Cue,
                    in_clause: Sequence[tuple[Hit, ModifierRef]], text: str,
                    events: Sequence[Hit] = ()) -> Role | None:
    """The cue's role, changed by its clause: a lifted stop, a partial event, a shift
    (of a date, or of one of the claim's ``events`` to another place)."""
    kinds = {m.kind for _, m in in_clause}
    if cue.source == EventClass.SHIFT.value and cue.role is not Role.STOP:
        # (a stop: a state of place moved elsewhere, cues.py)
        return Role.DELAY if has_time(text) or event_moved(ctx, cue.hit, events) or (
            names_a_venue(ctx, cue.text)) else None
    if cue.role is Role.STOP and (frozen := frozen_level(ctx, cue)) is not None:
        return frozen  # "fare frozen at $2": the level kept, or a new one
    if cue.source == EventClass.SET.value:  # a date fixed moves it; a figure fixed is decided
        if price_after(ctx, cue.hit):
            return Role.DECISION  # "set fares for the ride-share on Thursday": a price fixed
        if has_time(_from_the_cue(ctx, cue, text)):
            return None if _as_claimed(ctx, text) else Role.DELAY
        return Role.DECISION if _DIGIT.search(text) else None
    if (cue.source == EventClass.PERSIST.value and Modifier.LEGAL in kinds
            and ctx.reading.kind is not ClaimKind.STATE):
        return Role.STEP  # "court upholds the charge": a ruling for the plan (rule 6)
    if (cue.role is Role.STOP and Modifier.UNDO in kinds
            and ctx.reading.kind is ClaimKind.STATE):
        undoing = sum(m.kind is Modifier.UNDO for _, m in in_clause)
        if cue.hit.pid in ctx.reading.own_stops or (freeze_named(ctx, text) and undoing % 2 == 1):
            return Role.STOP  # "lifts the fare freeze": the state that is a stop ends
        return Role.EVENT  # "rules out devaluation", "revokes the closure": the state kept
    if cue.role is Role.STOP and ctx.view.language == "ja" and (
            forgone_for_a_time(text) or a_decision_forgone(ctx.view, ctx.index, cue.hit)):
        return Role.DELAY  # 6月中の公布見送り, 採決を見送った: put off, not dropped
    paused = Modifier.TEMPORARY in kinds or for_a_span(text)
    if cue.role is Role.STOP and (Modifier.UNDO in kinds
                                  or (paused and not ctx.reading.unbroken)):
        return Role.STEP  # "lifts the stop order", "closed for three weeks"
    if (cue.role is Role.EVENT and ctx.reading.ends
            and (Modifier.TEMPORARY in kinds or for_a_span(text))):
        return Role.STEP  # "temporarily halts the furnace": a pause, not the closure
    if (cue.source in MOVES and ctx.reading.kind is ClaimKind.STATE
            and ctx.reading.target is not None and ctx.reading.target.exact
            and names_a_price_near(ctx, cue.hit.first_token, cue.hit.last_token)):
        # "raises the fare", 値上げを検討: the price to stay as it is moves; "rules out a
        # fare rise": it stays
        return Role.EVENT if Modifier.UNDO in kinds else Role.STOP
    if cue.source in MOVES and (
            market_move(ctx, text) or price_move(ctx, cue.hit.first_token, cue.hit.last_token)):
        return None  # "shares jump 18%", "fares to rise 8%": a price, not the claim's figure
    if cue.source in REACHING and market_move(ctx, text):
        return None  # 初値は公開価格を上回る: the share price passed, not the claim's figure
    if (cue.source in REACHING and cue.hit.pid != FIGURE_PID and ctx.reading.target is not None
            and ctx.reading.target.ceiling):
        return cap_word(ctx, cue, text)
    if (cue.source == EventClass.INCREASE.value and cue.role is Role.STEP
            and ctx.reading.kind in (ClaimKind.EVENT, ClaimKind.MEETING)
            and not raised_to_value(ctx, text)):
        return None  # "raises the budget": only a figure raised to a value is news of an event
    if cue.role is Role.EVENT and _partial(ctx, cue.hit, in_clause):
        return Role.STEP  # "nearly complete", "40% complete": part of the way
    if (cue.source == EventClass.SHORTFALL.value and cue.role is Role.STEP
            and ctx.reading.kind not in (ClaimKind.TARGET, ClaimKind.STATE)
            and not has_time(text)):
        # "misses its 85% return target": a target's news; "misses June target" is late
        return None
    if (cue.source in _FIGURE_MOVES and Modifier.MEASURE in kinds
            and ctx.reading.kind is not ClaimKind.TARGET and cue.role is not Role.EVENT):
        return None  # "lowered its passenger goal": a target's news, not this claim's
    return cue.role


def after_determiner(ctx: SentenceContext, hit: Hit) -> bool:
    """"the 24.6 km extension": a determiner a few words before makes the word a noun."""
    view = ctx.view
    determiners = ctx.index.lexicon.determiners.get(view.language, ())
    start = view.sentence_span(hit.sentence)[0]
    return any(view.tokens[t].raw in determiners
               for t in range(max(start, hit.first_token - NOUN_REACH), hit.first_token))


def _as_claimed(ctx: SentenceContext, text: str) -> bool:
    """"Sets March 2026 opening" for a claim due in March 2026: the time set is the
    claim's own window, with no day fixed in it; nothing has moved."""
    if ctx.published is None or ctx.due is None or ctx.start is None:
        return False
    # "set for Wednesday": the day its weekday names, the first from the item's on
    day = exact_day(text, ctx.published) or weekday_ahead(text, ctx.published)
    named = day or earliest_named(text, ctx.published)  # "April 15" is no "April" 1st
    return (named is not None and ctx.start <= named <= ctx.due
            and (day is None or _knows_the_day(ctx, day)))


def _knows_the_day(ctx: SentenceContext, day: date) -> bool:
    """The claim's window is a few days ("14-15 October"), or its statement or source
    names that very day ("will open on 28 April 2028"): a day fixed in it adds nothing
    the claim did not say."""
    return day in ctx.reading.own_days or (
        ctx.start is not None and ctx.due is not None
        and (ctx.due - ctx.start).days <= DAYS_ALREADY_KNOWN)


def _partial(ctx: SentenceContext, hit: Hit, in_clause: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    tokens = ctx.view.tokens
    genitives = ctx.index.lexicon.genitives.get(ctx.view.language, ())
    prepositions = ctx.index.lexicon.prepositions.get(ctx.view.language, ())
    # "opens near the springs": "near" shares the stem of "nearly" but is a place
    if any(m.kind is Modifier.PARTIAL and not _before_a_figure(ctx, h, m)
           and not (m.latin and tokens[h.first_token].raw in prepositions) and (
            0 < hit.first_token - h.last_token <= PARTIAL_WINDOW
            or (m.latin and h.first_token == hit.last_token + 1)  # "rouvre partiellement"
            # "the northern half of the bypass opens": a part of it is the subject
            or (m.latin and h.last_token < hit.first_token
                and tokens[h.last_token + 1].raw in genitives)
            or (not m.latin and 0 <= hit.start - h.end <= PARTIAL_REACH_JA))  # 第1工区が開通
           for h, m in in_clause):
        return True
    before = hit.first_token - 1
    # "40% complete"; not a date before the word ("March 2027 restart", "May 4 opening"),
    # nor a share of votes ("53% voted", "70% approve"): meetings and decisions are
    # never part done
    if ctx.reading.kind in (ClaimKind.MEETING, ClaimKind.DECISION):
        return False
    # a share right before it ("40% complete"), not a name's number ("Kestra-2 lifts off"),
    # nor a rise's share before a phrase ("rise 4% on their debut")
    return (ctx.index.is_latin(hit.pid) and before >= 0 and tokens[before].raw.isdigit()
            and ctx.view.clause_of(before) == ctx.view.clause_of(hit.first_token)
            and tokens[hit.first_token].raw not in prepositions
            and any(q.unit == PERCENT and q.last == before
                    for q in amount_quantities(ctx.view, hit.sentence)))


def _before_a_figure(ctx: SentenceContext, hit: Hit, modifier: ModifierRef) -> bool:
    """"rise nearly 4%", "almost 2,000 jobs", "nearly three years after": the word
    tells the figure's size, not how much of the event is done."""
    after = hit.last_token + 1
    tokens = ctx.view.tokens
    return modifier.latin and after < len(tokens) and (
        tokens[after].raw[:1].isdigit()
        or (is_a_number(tokens[after].raw, ctx.view.language)  # not « partiellement une »
            and tokens[after].raw not in number_words(ctx.view.language).articles))


def clause_text(view: EntryView, clause: tuple[int, int]) -> str:
    tokens = [t.raw for t in view.tokens[clause[0]: clause[1] + 1]]
    if view.language != "ja":
        return " ".join(tokens)
    # Japanese is written without spaces, but two numbers stay apart: 7～9月 is "7 9月"
    # (the wave dash is no token), never "79月"
    return "".join(f" {raw}" if i and raw[:1].isdigit() and tokens[i - 1][-1:].isdigit()
                   else raw for i, raw in enumerate(tokens))


def building_work(ctx: SentenceContext, hit: Hit, mine: Sequence[Hit]) -> bool:
    """"Work starts on the stadium", "construction of the line began", 工事が始まる:
    an event word whose doer or object is building work tells a step toward the
    project, not its event. The claim's own names between them do not count toward
    the distance; a works word inside them ("the start of construction" as the claim's
    event) is the claim's event."""
    view = ctx.view
    words = ctx.index.lexicon.works_words.get(view.language, ())
    if not words:
        return False
    if not ctx.index.is_latin(hit.pid):
        lead = max(0, hit.start - DAY_CHARS)
        end = lead + len(before_its_day(view.text[lead: hit.start]))  # 工事が9日、始ま
        start = max(lead, end - WORKS_CHARS)
        before = view.text[start: end]
        found = [start + before.index(w) for w in words if w in before]
        return any(not any(m.start <= at < m.end for m in mine) for at in found)
    clause = view.clause_of(hit.first_token)
    first, last = view.sentence_span(view.sentence_at(hit.start))

    def named(token: int) -> bool:
        return any(m.first_token <= token <= m.last_token for m in mine)

    def reach(tokens: range, limit: int) -> list[int]:
        kept = [t for t in tokens if view.clause_of(t) == clause and not named(t)]
        return kept[:limit]

    near = reach(range(hit.first_token - 1, first - 1, -1), WORKS_BEFORE) + reach(
        range(hit.last_token + 1, last + 1), WORKS_AFTER)
    tokens = view.tokens
    return any(tokens[t].raw in words or (  # "gros oeuvre": two words
        t + 1 < len(tokens) and f"{tokens[t].raw} {tokens[t + 1].raw}" in words) for t in near)


def modality_in_gap(view: EntryView, cue: Cue,
                    modifiers: Sequence[tuple[Hit, ModifierRef]]) -> Modality | None:
    """What the words inside a gapped cue's span say of its verb:
    - a negation, in any cue: "la tournée n'a toujours pas commencé" for
      "tournée … commence" (the gap's words are no part of the cue);
    - a future word, in a lexicon cue: "Brightwater deal to close by year-end" for
      "deal … to close". (A claim's own cue keeps its words: "ship … to Tanegashima"
      holds a preposition.)"""
    if "…" not in cue.text:
        return None
    # past the phrase's head ("to" of "off to … start" opens no infinitive; the "to"
    # right before the tail's verb in "deal … to close" does)
    first = cue.hit.first_token + len(cue.text.split("…", 1)[0].split())
    inside = [(h, m) for h, m in modifiers if cue.hit.start < h.start and h.end < cue.hit.end
              and first <= h.first_token]
    if any(m.kind is Modifier.NEGATION and m.latin and not joined_to_next(view, h)
           for h, m in inside):
        return Modality.NEGATED
    if not is_own(cue.source) and any(m.kind is Modifier.FUTURE for _, m in inside):
        return Modality.FUTURE
    return None


def clause_around(view: EntryView, hit: Hit, openers: Sequence[int]) -> tuple[int, int]:
    """First and last token of the clause holding ``hit``, cut at the ``openers``
    (the first tokens of clause openers: "while", "after", "alors que")."""
    first, last = view.clause_span(view.clause_of(hit.first_token))
    for token in openers:
        if first < token <= hit.first_token:
            first = token
        elif hit.last_token < token <= last:
            last = token - 1
    return first, last


def _from_the_cue(ctx: SentenceContext, cue: Cue, text: str) -> str:
    """The clause from a Latin cue on: what it sets follows it ("a approuvé mardi le
    plafonnement à 6,5 millions" sets no day); a Japanese one follows what it sets."""
    view = ctx.view
    if view.language == "ja" or not ctx.index.is_latin(cue.hit.pid):
        return text
    return clause_text(view, (cue.hit.first_token,
                              view.clause_span(view.clause_of(cue.hit.first_token))[1]))
