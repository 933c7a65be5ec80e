"""A plural cue word read as a noun, not a verb: "signs of", "plans for", "road signs
installed at", "with 60 new signs"."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.text.participles import past_participle
from tracker.match.text.time_words import starts_a_time
from tracker.match.text.written_words import spaced_only


def noun_reading(ctx: SentenceContext, hit: Hit, terms: Sequence[Hit] = ()) -> bool:
    """"signs of", "plans for": a plural noun, not the verb."""
    followers = ctx.index.lexicon.noun_followers.get(ctx.view.language, ())
    nxt = hit.last_token + 1
    if not followers or nxt >= len(ctx.view.tokens) or hit.first_token != hit.last_token:
        return False
    raw = ctx.view.tokens[hit.last_token].raw
    names = [n for n in (*ctx.subject, *ctx.rivals, *terms) if n.last_token < hit.first_token]
    if any(name.last_token == hit.first_token - 1 for name in names):
        return False  # right after a name it is the name's verb: "the committee meets for"
    if not raw.endswith("s") or raw.endswith("ss"):
        return False
    if _counted(ctx, hit, names):
        return True
    # "meets for the first time": a time told of a verb, no noun's complement
    first_time = ctx.index.lexicon.first_time.get(ctx.view.language, ())
    return not any(ctx.view.written_at(nxt, phrase.split()) is not None
                   for phrase in first_time) and (
        ctx.view.tokens[nxt].raw in followers or _passive_after(ctx, nxt))


def _counted(ctx: SentenceContext, hit: Hit, names: Sequence[Hit] = ()) -> bool:
    """"with 60 new signs", "60 new warning signs", "3 200 signatures": a figure (no
    year) right before the plural, or before up to ``QUALIFIERS`` words that qualify it
    (no function word nor time word: "elections of 4 October closes", "54,8 % des
    votants"), counts a noun: a verb in -s takes no counted subject. A figure inside a
    name ("Line 4 tram finally opens") counts nothing, nor does an adverb qualify."""
    view, lexicon = ctx.view, ctx.index.lexicon
    at = hit.first_token
    function_words = (*lexicon.determiners.get(view.language, ()),
                      *lexicon.prepositions.get(view.language, ()))
    for before in range(at - 1, max(-1, at - QUALIFIERS - 2), -1):
        word = view.tokens[before].raw
        if view.clause_of(before) != view.clause_of(at):
            return False
        if _a_count(word):
            return not any(n.first_token <= before <= n.last_token for n in names) and (
                before == at - 1 or spaced_only(view, before, at))
        if (not word.isalpha() or word in function_words or starts_a_time(word)
                or word.endswith("ly")):
            return False
    return False


QUALIFIERS = 2  # words at most between a figure and the plural it counts


def _a_count(word: str) -> bool:
    """Digits that are no year (2026)."""
    return word.isdigit() and not (len(word) == 4 and word[:2] in ("19", "20"))


def _passive_after(ctx: SentenceContext, at: int) -> bool:
    """"road signs installed at 42 points", "plans approved": a past participle, then a
    preposition or the clause's end, makes the plural before it its subject (not
    "tables improved pay offer": an adjective before a noun)."""
    view, lexicon = ctx.view, ctx.index.lexicon
    if view.language != "en" or not past_participle(lexicon, view.tokens[at].raw, "en"):
        return False
    after = at + 1
    return (after >= len(view.tokens) or view.clause_of(after) != view.clause_of(at)
            or view.tokens[after].raw in lexicon.prepositions.get("en", ()))
