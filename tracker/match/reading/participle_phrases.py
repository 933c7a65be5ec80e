"""Past participles that describe a noun rather than report an event: "the delayed
network", "long-frozen dam" (attributive), and a participial phrase fronted before the
main clause, « Fermé aux voitures, le pont reste ouvert aux piétons », "Delayed by two
years, the road opens" (the thing's state, background to the clause's news)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.table import Modality
from tracker.match.text.participles import past_participle, strong_participle
from tracker.match.text.tense import verb_form
from tracker.match.text.time_words import SPAN_COUNTS, TIME_UNITS, starts_a_time

_FIRST_BREAK = re.compile(r",(?!\d)|[;:—–()]")  # not the comma of "5,2"

# a participle describing a noun is background whatever the clause says of its verb
DESCRIBED = (Modality.REALIS, Modality.FUTURE, Modality.INTENT, Modality.EXPECTED)
_PAST_STATE = ("long", "once")  # "long-frozen", "once-shelved": a state it was in
# What may stand between a Japanese stop word and the noun it describes: nothing (休止リフト,
# "the idle lift"), 中の ("closed at present"), or a state's ている form (運休しているリフト)
_JA_BEFORE_ITS_NOUN = re.compile(r"^(?:中の|(?:し|され)て(?:い|おり)?(?:る|た)? ?)?$")


def attributive_participle(ctx: SentenceContext, hit: Hit, cues: Sequence[Hit] = ()) -> bool:
    """"the delayed network", "Brightwell's long-delayed launch", "Long-frozen dam",
    "opens in closed school", "passes trimmed budget": an English past participle right
    after a determiner, a possessive, a preposition (``attributive_after``) or another of
    ``cues`` (the clause's verb) with a word after it, or after
    "long" or "once" opening the sentence, describes the noun after it. In French it
    follows its noun inside a prepositional phrase after the clause's verb, one of
    ``cues``: « ouvre dans l'école fermée » (a headline's « la réunion du comité
    reportée » has no other verb: the participle is its news)."""
    view, lexicon = ctx.view, ctx.index.lexicon
    if view.language == "ja":
        return _before_its_subject(ctx, hit)
    if hit.first_token != hit.last_token or hit.first_token == 0:
        return False
    if view.language == "fr":
        return _after_its_noun(ctx, hit) and _verb_before(ctx, hit, cues)
    if view.language != "en":
        return False
    determiners = lexicon.determiners.get("en", ())
    before = [t.raw for t in view.tokens[max(0, hit.first_token - 2): hit.first_token]]
    word = view.tokens[hit.first_token].raw
    participle = past_participle(lexicon, word, "en")
    if before[-1] in _PAST_STATE:  # "long-frozen", "once-shelved": irregular ones too
        return (participle or word.endswith("en")) and (
            before[0] in determiners
            or hit.first_token - 1 == view.sentence_span(hit.sentence)[0])
    followed = hit.last_token < view.sentence_span(hit.sentence)[1] and view.tokens[
        hit.last_token + 1].raw not in lexicon.prepositions.get("en", ())
    after_preposition = before[-1] in lexicon.attributive_after.get("en", ()) and followed
    # "to turn closed Orrin school into offices": the object of an infinitive, unless
    # the verb links it ("to stay closed", "to be closed")
    after_infinitive = (len(before) == 2 and before[0] in lexicon.purpose_words.get("en", ())
                        and before[1] not in lexicon.linking_verbs.get("en", ()) and followed)
    # "passes trimmed clinic budget": right after the clause's verb, one of ``cues``
    # written as a verb ("reopening scrapped" is the noun's verb)
    after_verb = followed and any(c.last_token == hit.first_token - 1
                                  and verb_form(ctx.index, view, c) for c in cues)
    return participle and (before[-1] in determiners or before[-1] == "s" or after_preposition
                           or after_infinitive or after_verb)


def _before_its_subject(ctx: SentenceContext, hit: Hit) -> bool:
    """A Japanese word right before the claim's own subject describes it: 休止リフト ("the
    idle lift"), 運休しているTバーリフト ("the T-bar out of service")."""
    text = ctx.view.text
    return any(s.sentence == hit.sentence and s.start >= hit.end
               and _JA_BEFORE_ITS_NOUN.match(text[hit.end: s.start]) is not None
               for s in ctx.subject)


def _verb_before(ctx: SentenceContext, hit: Hit, cues: Sequence[Hit]) -> bool:
    """One of ``cues`` stands before the participle's phrase in its clause with no
    article or preposition before it: the clause's verb (« ouvre », not « la réunion »
    nor « le projet de réouverture »)."""
    view, lexicon = ctx.view, ctx.index.lexicon
    clause = view.clause_of(hit.first_token)
    nouns_after = (*lexicon.determiners.get(view.language, ()),
                   *lexicon.prepositions.get(view.language, ()))
    return any(c.first_token > 0 and c.last_token < hit.first_token - 2
               and view.clause_of(c.first_token) == clause
               and view.tokens[c.first_token - 1].raw not in nouns_after for c in cues)


def _after_its_noun(ctx: SentenceContext, hit: Hit) -> bool:
    """« dans l'école fermée », « au pont fermé »: a French participle after the noun
    of a prepositional phrase (the preposition, its article, the noun)."""
    lexicon, view = ctx.index.lexicon, ctx.view
    at = hit.first_token
    if at < 2 or view.sentence_span(hit.sentence)[0] > at - 2:
        return False
    prepositions = lexicon.attributive_after.get("fr", ())
    determiners = lexicon.determiners.get("fr", ())
    noun, article = view.tokens[at - 1].raw, view.tokens[at - 2].raw
    if noun in prepositions or noun in determiners or not past_participle(
            lexicon, view.tokens[at].raw, "fr"):
        return False
    return article in prepositions or (
        article in determiners and at >= 3 and view.tokens[at - 3].raw in prepositions)


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


_SPAN_REACH = 3  # tokens from "for" to its unit of time ("for five years")


def lasting_state(ctx: SentenceContext, hit: Hit, cues: Sequence[Hit]) -> bool:
    """"Pier closed for five years reopens", « la jetée fermée depuis 2022 rouvre »: a
    participle followed by how long the state has lasted, then another of ``cues`` (the
    clause's verb), describes the thing; it governs no event word after it. Alone it
    is the news ("tolls suspended for nine hours")."""
    span = _how_long(ctx, hit.last_token)
    clause = ctx.view.clause_of(hit.last_token)
    return bool(span) and any(c.first_token >= span.stop and ctx.view.clause_of(
        c.first_token) == clause for c in cues)


def lasting_tokens(ctx: SentenceContext, cue: Hit, clause: tuple[int, int]) -> set[int]:
    """The tokens of how long a described state has lasted, before another event word
    in its clause ("since 2022" in "pier closed since 2022 reopens"): they date the
    state, not the event."""
    return {t for at in range(clause[0], cue.first_token) for t in _how_long(ctx, at)
            if t < cue.first_token}


def _how_long(ctx: SentenceContext, at: int) -> range:
    """The tokens after the participle at token ``at`` that say how long its state has
    lasted ("since 2022", "for five years"), or none."""
    view = ctx.view
    words = ctx.index.lexicon.lasting_words.get(view.language, ())
    nxt = at + 1
    if not words or nxt + 1 >= len(view.tokens) or view.tokens[nxt].raw not in words:
        return range(0)
    written = view.tokens[at]
    if not (past_participle(ctx.index.lexicon, written.raw, view.language)
            or strong_participle(written.raw, written.norm, view.language)):
        return range(0)
    after = [t.raw for t in view.tokens[nxt + 1: nxt + 1 + _SPAN_REACH]]
    if starts_a_time(after[0]):  # "since 2022", « depuis février »
        return range(nxt, nxt + 2)
    # "for five years", « depuis trois mois »: a count, then its unit
    counted = after[0] in SPAN_COUNTS or after[0].isdigit()
    units = [i for i, w in enumerate(after[1:], 1) if w in TIME_UNITS]
    return range(nxt, nxt + 2 + units[0]) if counted and units else range(0)
