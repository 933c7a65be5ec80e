"""Past participles that describe a noun rather than report an event: "the delayed
network", "long-frozen dam" (attributive), and a participial phrase fronted before the
main clause, « Fermé aux voitures, le pont reste ouvert aux piétons », "Delayed by two
years, the road opens" (the thing's state, background to the clause's news)."""

from __future__ import annotations

import re

from tracker.match.index import Hit
from tracker.match.participles import past_participle
from tracker.match.sentence_context import SentenceContext

_FIRST_BREAK = re.compile(r",(?!\d)|[;:—–()]")  # not the comma of "5,2"

_PAST_STATE = ("long", "once")  # "long-frozen", "once-shelved": a state it was in


def a_past_state(ctx: SentenceContext, hit: Hit) -> bool:
    """"long-frozen", "once-shelved": a stop the thing was in, over now."""
    at = hit.first_token
    return at > 0 and ctx.view.tokens[at - 1].raw in _PAST_STATE


def attributive_participle(ctx: SentenceContext, hit: Hit) -> bool:
    """"the delayed network", "Brightwell's long-delayed launch", "Long-frozen dam":
    an English past participle right after a determiner or a possessive, or after
    "long" or "once" opening the sentence, describes the noun after it."""
    view = ctx.view
    if view.language != "en" or hit.first_token != hit.last_token or hit.first_token == 0:
        return False
    determiners = ctx.index.lexicon.determiners.get("en", ())
    before = [t.raw for t in view.tokens[max(0, hit.first_token - 2): hit.first_token]]
    word = view.tokens[hit.first_token].raw
    participle = past_participle(ctx.index.lexicon, word, "en")
    if before[-1] in _PAST_STATE:  # "long-frozen", "once-shelved": irregular ones too
        return (participle or word.endswith("en")) and (
            before[0] in determiners
            or hit.first_token - 1 == view.sentence_span(hit.sentence)[0])
    return participle and (before[-1] in determiners or before[-1] == "s")


def fronted_participle(ctx: SentenceContext, hit: Hit, clause: tuple[int, int]) -> bool:
    """The hit is a past participle opening its sentence, in a clause of its own that a
    comma ends before the main clause: « Fermé aux voitures, le pont … »."""
    view = ctx.view
    first, last = view.sentence_span(hit.sentence)
    if (view.language not in ("en", "fr") or hit.first_token != first
            or clause[0] != first or clause[1] >= last):
        return False
    word = view.tokens[hit.last_token].raw
    mark = _FIRST_BREAK.search(view.sentences[hit.sentence])  # the clause ends at a comma
    return (past_participle(ctx.index.lexicon, word, view.language)
            and mark is not None and mark.group() == ",")
