"""A move that names a place, not a date: "to move its headquarters to Castel", "the
head office move", "considers moving its head office"; not "moves the vote to March"
nor "moves to tighten the ban". For a state of place ("will keep its headquarters in
Aubry") such a move ends the state (``Role.STOP``); the claim's own event moved
elsewhere ("first meeting moved to the Civic Centre") changes a detail it states."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import Lexicon
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.text.timeexpr import has_time

OBJECT_REACH = 4  # tokens from "move" to the "to" of its place ("move 600 jobs to")
PLACE_REACH = 40  # characters from a state's word to the place it is kept in
PLACE_WORDS = 2  # words after that "to" that would name a date instead ("to March 2027")
EVENT_REACH = 6  # tokens from "moves" to the event it moves ("moves the forum's first meeting")
_VERB_ENDINGS = ("s", "ed", "ing")  # "Pellan moves": a verb; "head office move": a noun


def moved_elsewhere(ctx: SentenceContext, hit: Hit) -> bool:
    """The shift word ``hit`` ("move", "shift") moves a thing to a place, or moves the
    claim's own subject (its object, or the noun it follows)."""
    view = ctx.view
    tokens = view.tokens
    clause = view.clause_of(hit.first_token)
    lexicon = ctx.index.lexicon
    before = hit.first_token - 1
    a_noun = before >= 0 and not tokens[hit.last_token].raw.endswith(_VERB_ENDINGS) and (
        any(s.last_token == before for s in ctx.subject)
        or tokens[before].raw in lexicon.determiners.get(view.language, ()))
    after = range(hit.last_token + 1, min(len(tokens), hit.last_token + OBJECT_REACH + 2))
    for t in after:
        if view.clause_of(t) != clause:
            break
        if tokens[t].raw in lexicon.destinations.get(view.language, ()):
            if t == hit.last_token + 1 and not a_noun:
                return False  # "moves to tighten": an intent, not a move
            following = " ".join(w.raw for w in tokens[t + 1: t + 1 + PLACE_WORDS])
            return bool(following) and not has_time(following)
    # "moving its head office": the claim's subject is what moves
    objects = range(hit.last_token + 1, hit.last_token + 3)
    return a_noun or any(s.first_token in objects for s in ctx.subject)


def event_moved(ctx: SentenceContext, hit: Hit, events: Sequence[Hit]) -> bool:
    """The shift word ``hit`` moves one of the claim's ``events`` somewhere: right after
    the event's noun ("first meeting moved to the Civic Centre", « la réunion décalée à
    la mairie ») or with it as its object ("moves the hearing to the school gym"), then
    a destination in its clause. With no date there, the place is what changed."""
    view = ctx.view
    tokens = view.tokens
    if not tokens[hit.first_token].latin:
        return False
    moved = [e.last_token for e in events if e.last_token == hit.first_token - 1
             or 0 < e.first_token - hit.last_token <= EVENT_REACH]
    if not moved:
        return False
    clause = view.clause_of(hit.first_token)
    destinations = ctx.index.lexicon.destinations.get(view.language, ())
    start = max(hit.last_token, *moved) + 1
    return any(view.clause_of(t) == clause and tokens[t].raw in destinations
               for t in range(start, min(len(tokens), start + PLACE_WORDS)))


def names_a_venue(ctx: SentenceContext, cue_text: str) -> bool:
    """The shift word names the place it moves ("change of venue", « changement de
    salle », 会場を変更: ``[markers] venue_nouns``)."""
    nouns = ctx.index.lexicon.venue_nouns.get(ctx.view.language, ())
    if ctx.view.language == "ja":
        return any(noun in cue_text for noun in nouns)
    return any(noun in cue_text.split() for noun in nouns)


def states_a_place(lexicon: Lexicon, statement: str, language: str,
                   state_words: Sequence[str]) -> bool:
    """The statement keeps a thing in a named place: a state word ("keep", "stay")
    followed by a locative and a name ("will keep its headquarters in Aubry", "restera à
    Lyon"); in Japanese, a name with its locative before it (本店をオーブリーに置き続ける).
    "Its plants in Kassel will remain open" is a state of running, no place."""
    locatives = lexicon.locatives.get(language, ())
    if not locatives:
        return False
    if language == "ja":
        return bool(re.search(rf"[ァ-ヶー]{{2,}}(?:{'|'.join(map(re.escape, locatives))})",
                              statement))
    folded = statement.lower()
    place = re.compile(rf"\b(?:{'|'.join(map(re.escape, locatives))})\s+(?:\w+\s+)?[A-ZÀ-Ý]")
    for word in state_words:
        at = folded.find(word)
        if at >= 0 and place.search(statement[at: at + len(word) + PLACE_REACH]):
            return True
    return False
