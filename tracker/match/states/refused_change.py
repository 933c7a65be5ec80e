"""A change to a state, refused, keeps the state: "growers reject yield increase",
"rejects the fare rise", 引き上げ案を否決. For a state claim, a stop word whose object is
a rise, a fall or a change is the state kept (its event), and the change it refused is
no news of its own. So is a refusal whose object is someone's request ("turns down the
request to charge", "declined a request", « rejette la demande », 要望を拒否)."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import MOVES, EventClass, Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.sentence_context import Cue, SentenceContext, is_own
from tracker.match.states.stopped import a_cancel_word
from tracker.match.table import Role
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.text.normalize import first_words
from tracker.models import ClaimKind

OBJECT_REACH = 2  # tokens, besides the thing's name, from a Latin stop word to its change
OBJECT_CHARS = 4  # characters from a Japanese change to the stop after it (引き上げ案を否決)
_CHANGES = MOVES | {EventClass.CHANGE.value}
REQUEST_REACH = 3  # words from a refusal to the request it refuses ("turns down Dutch request")
REQUEST_CHARS = 3  # characters from a Japanese request to its refusal (要望を拒否)
NAME_REACH = 5  # words of a requester's name before its possessive ("Brenlow Air's")
_PROPOSED = (Modifier.HEDGE, Modifier.EXPECTED, Modifier.INTENT)


def refused_changes(ctx: SentenceContext, cues: Sequence[Cue], hits: Sequence[Hit]) -> list[Cue]:
    """The cues with each refused change or request read as the state kept."""
    if ctx.reading.kind is not ClaimKind.STATE:
        return list(cues)
    refusals = [c for c in cues if _refuses_a_request(ctx, c, hits, cues)]
    # the change asked for is refused with the request ("turns down the request to
    # raise the fare"): no news of its own
    clause_of = ctx.view.clause_of
    asked = {c.hit for c in cues if c.source in _CHANGES and any(
        (0 <= r.hit.start - c.hit.end <= OBJECT_CHARS if ctx.view.language == "ja"
         else r.hit.last_token < c.hit.first_token)  # 経費削減案を退け
        and clause_of(r.hit.first_token) == clause_of(c.hit.first_token) for r in refusals)}
    cues = [replace(c, source=EventClass.PERSIST.value, role=Role.EVENT)
            if c in refusals else c for c in cues if c.hit not in asked]
    refusing = [c.hit for c in refusals]
    changes = [c for c in cues if c.source in _CHANGES]
    if not changes:
        return _without_refused_figures(ctx, cues, refusing)
    # the thing's own name may stand between: "rejects bus fare increase"
    named = {i for h in ctx.subject for i in range(h.first_token, h.last_token + 1)}
    kept: dict[int, Cue] = {}  # a stop's place in ``cues`` -> the change it refuses
    for place, cue in enumerate(cues):
        if cue.role is Role.STOP and not is_own(cue.source):
            refused = next((c for c in changes if _object_of(ctx, cue, c, named)), None)
            if refused is not None:
                kept[place] = refused
    if not kept:
        return _without_refused_figures(ctx, cues, refusing)
    refused_hits = {c.hit for c in kept.values()}
    refusing += [cues[place].hit for place in kept]
    return _without_refused_figures(ctx, [
        replace(cue, role=Role.EVENT) if place in kept else cue
        for place, cue in enumerate(cues) if place in kept or cue.hit not in refused_hits],
        refusing)


def _without_refused_figures(ctx: SentenceContext, cues: Sequence[Cue],
                             refusing: Sequence[Hit]) -> list[Cue]:
    """The cues less the figures of a change refused in their clause ("rejects the bid
    to raise the fine to $250", 250ドルへの引き上げ案を否決): the level asked for, none
    set."""
    clause_of = ctx.view.clause_of
    japanese = ctx.view.language == "ja"

    def refused(hit: Hit) -> bool:
        return any(clause_of(r.first_token) == clause_of(hit.first_token) and (
            hit.end <= r.start if japanese else r.last_token < hit.first_token)
            for r in refusing)

    return [c for c in cues if c.hit.pid != FIGURE_PID or not refused(c.hit)]


def refused_requests(ctx: SentenceContext, cues: Sequence[Cue],
                     modifiers: Sequence[tuple[Hit, ModifierRef]],
                     ) -> list[tuple[Hit, ModifierRef]]:
    """The modifiers less the request nouns a refusal refuses: "rejects the proposal to
    charge", 緩和案を否決 is a fact; the proposal is what did not pass, no hedge of it."""
    if ctx.reading.kind is not ClaimKind.STATE:
        return list(modifiers)
    view = ctx.view
    nouns = ctx.index.lexicon.request_nouns.get(view.language, ())
    # a refusal reads as the state kept: a stop word with the state's own role
    refusals = [c.hit for c in cues if c.role is Role.EVENT and a_cancel_word(ctx, c.hit)]

    def refused(h: Hit) -> bool:
        if view.language == "ja":
            return view.text[h.start: h.end] in nouns and any(
                0 <= r.start - h.end <= REQUEST_CHARS for r in refusals)
        return view.tokens[h.first_token].raw in nouns and any(
            0 < h.first_token - r.last_token <= REQUEST_REACH for r in refusals)

    return [(h, m) for h, m in modifiers if m.kind not in _PROPOSED or not refused(h)]


def _object_of(ctx: SentenceContext, stop: Cue, change: Cue, named: AbstractSet[int]) -> bool:
    """``change`` is what ``stop`` refuses: its object in its clause, with at most
    ``OBJECT_REACH`` words besides the thing's name (``named`` tokens) between."""
    view = ctx.view
    if view.clause_of(stop.hit.first_token) != view.clause_of(change.hit.first_token):
        return False
    if view.language == "ja":  # the object comes first: 引き上げ案を否決
        return 0 <= stop.hit.start - change.hit.end <= OBJECT_CHARS
    between = range(stop.hit.last_token + 1, change.hit.first_token)
    # "road closed after cliff fall": a change behind a word of cause is the reason
    causes = first_words(tuple(ctx.index.lexicon.cause_openers.get(view.language, ())))
    return (change.hit.first_token > stop.hit.last_token
            and sum(i not in named for i in between) <= OBJECT_REACH
            and not any(view.tokens[i].raw in causes for i in between))


def _refuses_a_request(ctx: SentenceContext, cue: Cue, hits: Sequence[Hit],
                       cues: Sequence[Cue]) -> bool:
    """A lexicon stop or delay word whose object is someone's request: after it in
    Latin, before it in Japanese. A request to stop something ("rejects the bid to
    annul the ban") is a stop of a stop, read as such (``stopped.stop_of_a_stop``)."""
    if cue.role not in (Role.STOP, Role.DELAY) or is_own(cue.source):
        return False
    view, hit = ctx.view, cue.hit
    clause = view.clause_of(hit.first_token)
    if any((h.end <= hit.start if view.language == "ja" else h.start > hit.end)
           and view.clause_of(h.first_token) == clause
           and a_cancel_word(ctx, h) for h in hits):  # 廃止案を否決: a stop of a stop
        return False
    nouns = ctx.index.lexicon.request_nouns.get(view.language, ())
    if view.language == "ja":
        return any(n in view.text[max(0, hit.start - len(n) - REQUEST_CHARS): hit.start]
                   for n in nouns)
    if view.tokens[hit.last_token].raw in nouns and _asks_a_change(ctx, hit, hits, cues):
        return True  # "drops plan to end the exemption": the phrase holds the request
    # a possessive's name does not count ("turns down Brenlow Air's request")
    after = hit.last_token + 1
    possessive = next((i for i in range(after, min(len(view.tokens), after + NAME_REACH))
                       if view.tokens[i].raw in ctx.index.lexicon.possessives.get(
                           view.language, ())), None)
    first = after if possessive is None else possessive + 1
    return any(view.tokens[i].raw in nouns and view.clause_of(i) == clause
               for i in range(first, min(len(view.tokens), first + REQUEST_REACH)))


def _asks_a_change(ctx: SentenceContext, hit: Hit, hits: Sequence[Hit],
                   cues: Sequence[Cue]) -> bool:
    """A Latin stop phrase ending in a request noun ("drop … plans") is followed in its
    clause by the change or the stop the plan asked for ("to raise the fee", "to end
    the exemption"). A stop word there ("drops plan to cut the grant", the claim's own)
    is a stop of a stop (``stopped.stop_of_a_stop``); "end" is read here, before the
    state's term or not (``ended_states``)."""
    view = ctx.view
    clause = view.clause_of(hit.last_token)
    if any(c.role is Role.STOP and c.hit.pid != FIGURE_PID and c.hit.first_token > hit.last_token
           and view.clause_of(c.hit.first_token) == clause for c in cues):
        return False
    ends = ctx.index.lexicon.end_verbs.get(view.language, ())
    reach = range(hit.last_token + 1, min(len(view.tokens), hit.last_token + 1 + REQUEST_REACH))
    if any(view.tokens[i].raw in ends and view.clause_of(i) == clause for i in reach):
        return True  # "to end the exemption" ("end" is a stop only before the state's term)
    return any(0 < h.first_token - hit.last_token <= REQUEST_REACH
               and view.clause_of(h.first_token) == clause
               and any(c.event_class.value in _CHANGES
                       for c in ctx.index.classes_in(h.pid, view.language)) for h in hits)
