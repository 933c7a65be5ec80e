"""A state that is itself a stop (a ban, a closure, a moratorium) is put in force by a
word that closes or refuses a thing: "Asanagi closes the stone walls to visitors",
閉鎖 of the area under a ban on entry, "turns down 27 licence bids under the freeze",
"drops plan for night flights". Such a cancel word reports the state, not its end,
unless its clause names a stop: the statement's own stop word ("halts the
moratorium") or another stop word it acts on (« annule l'interdiction »).

The state is a stop when its statement's stop word is what lasts: before the word of
lasting ("the ban … will stay in force", 禁止が続く) or right after it ("will stay
closed"). "will stay free of redundancies", "open … without closing any sector" and
"until the station closes" name stops the state is not.

A state claim's own stop word in the news is read here too: lifted, it ends the state
("lifts the fare freeze"); written as a verb, it puts a stop state in force; alone, or
any stop word written as a noun (« le recours contre l'interdiction », 禁止の), it
names the state."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from tracker.match.finding.families import ENDINGS, in_family
from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.finding.refs import ModifierRef
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.states.stopped import a_cancel_word
from tracker.match.table import Role
from tracker.match.text.japanese import SUBJECT_PARTICLES
from tracker.match.text.spans import overlaps
from tracker.match.text.tense import past_form, verb_form
from tracker.match.text.view import EntryView

_ENDINGS = frozenset({ENDINGS})
_NOUN_PARTICLES_JA = ("の", "を", *SUBJECT_PARTICLES)  # 禁止の, 禁止を: the ban as a noun
_RIGHT_AFTER = 1  # tokens from a word of lasting to the stop it keeps ("stay closed")


def a_stop_state(statement: EntryView, word_classes: Mapping[int, Collection[EventClass]],
                 hits: Sequence[Hit]) -> bool:
    """The statement's state is one of its stop words (see the module docstring);
    ``word_classes`` gives each statement hit's event classes by pattern id."""
    lasting = [h for h in hits if EventClass.PERSIST in word_classes.get(h.pid, ())]
    if not lasting:
        return False
    stops = [h for h in hits if EventClass.CANCEL in word_classes.get(h.pid, ())]
    if statement.language == "ja":
        kept_from = min(h.start for h in lasting)
        return any(stop.end <= kept_from for stop in stops)
    first = min(h.first_token for h in lasting)
    return any(h.last_token < first or 0 < h.first_token - first <= _RIGHT_AFTER
               for h in stops)


def closings_in_force(ctx: SentenceContext, cues: Sequence[Cue],
                      hits: Sequence[Hit]) -> list[Cue]:
    """``cues`` for a state that is a stop: a cancel word acting on no stop read as the
    state, a stop word written as a noun left out (it names the state)."""
    reading = ctx.reading
    if not reading.stop_state:
        return list(cues)
    clause_of = ctx.view.clause_of
    # a stop word in the clause names the stop: the statement's, or another the cancel
    # word acts on (« annule l'interdiction », 禁止は違憲 for a ban claimed in English)
    stops = [h for h in hits if h.pid in reading.own_stops or a_cancel_word(ctx, h)]
    kept: list[Cue] = []
    for cue in cues:
        if _names_the_stop(ctx, cue):
            continue
        if (cue.role is Role.STOP and cue.source == EventClass.CANCEL.value
                and not any(clause_of(h.first_token) == clause_of(cue.hit.first_token)
                            and not overlaps(h, cue.hit) for h in stops)):
            cue = replace(cue, role=Role.EVENT)
        kept.append(cue)
    return kept


def _names_the_stop(ctx: SentenceContext, cue: Cue) -> bool:
    """A stop word written as a noun (« le recours contre l'interdiction », 禁止の取り消し)
    names the state that is a stop, in any language: no stop of it by itself."""
    if cue.role is not Role.STOP or cue.source != EventClass.CANCEL.value or a_closing(ctx, cue):
        return False  # (a closing word puts the state in force: closings_in_force)
    view = ctx.view
    if view.language == "ja":
        return view.text[cue.hit.end: cue.hit.end + 1] in _NOUN_PARTICLES_JA
    at = cue.hit.first_token
    determiners = ctx.index.lexicon.determiners.get(view.language, ())
    return view.raw_before(at) in determiners


def own_stop_cue(ctx: SentenceContext, hit: Hit, hits: Sequence[Hit],
                 modifiers: Sequence[tuple[Hit, ModifierRef]]) -> tuple[Cue, Hit | None] | None:
    """A state claim's own stop word in a sentence: lifted, a stop, with the undo word
    ("lifts the fare freeze"); for a state that is a stop, written as a verb, the state
    in force ("Dornvale closes the ruins to visitors"); else None (it names the stop)."""
    words = ctx.index.classes_in(hit.pid, ctx.view.language)
    text = words[0].text if words else ""
    undo = _lifted(ctx, hit, hits, modifiers)
    if undo is not None:
        return Cue(hit, text, EventClass.CANCEL.value, Role.STOP), undo
    view = ctx.view
    if ctx.reading.stop_state and view.tokens[hit.first_token].latin and (
            verb_form(ctx.index, view, hit)):
        return Cue(hit, text, EventClass.CANCEL.value, Role.EVENT), None
    return None


_UNDO_REACH = 4  # tokens from an undo word to the stop it lifts ("lifts the fare freeze")
_UNDO_AFTER = 2  # tokens from a stop to its undo participle ("trail closure lifted")


def _lifted(ctx: SentenceContext, hit: Hit, hits: Sequence[Hit],
            modifiers: Sequence[tuple[Hit, ModifierRef]]) -> Hit | None:
    """An undo word just before the stop in its clause ("lifts the season-ticket
    freeze"), its participle just after it ("trail closure lifted") or after a passive
    auxiliary later in the clause ("the ban on … was lifted"), or, in Japanese,
    just after it (凍結を解除); None when there is none, or when a refusal governs the
    undo ("rejects calls to lift the closure", 閉鎖解除を見送り: the stop stays).
    The stop may be the claim's own term ("the moratorium stays in force"): the undo
    word, no rise, ends it."""
    view = ctx.view
    clause_of = view.clause_of
    for mod_hit, mod in modifiers:
        if mod.kind is not Modifier.UNDO or clause_of(mod_hit.first_token) != clause_of(
                hit.first_token):
            continue
        if (0 < hit.first_token - mod_hit.last_token <= _UNDO_REACH if mod.latin
                else 0 <= mod_hit.start - hit.end <= _UNDO_REACH) or (
                mod_hit.first_token < hit.first_token <= mod_hit.last_token) or (  # "end … ban"
                mod.latin and mod_hit.first_token > hit.last_token and (
                    (mod_hit.first_token - hit.last_token <= _UNDO_AFTER
                     and past_form(ctx.index, view, mod_hit))  # "closure lifted"
                    or _after_passive(ctx, mod_hit))):  # « le moratoire … a été levé »
            return None if _refused(ctx, hit, mod_hit, hits, modifiers) else mod_hit
    return None


def _after_passive(ctx: SentenceContext, hit: Hit) -> bool:
    """Right after a passive auxiliary of the present or past ("is", "has been", « est »,
    « a été »): the participle's subject, however far, is what it happened to."""
    words = ctx.index.lexicon.passive_auxiliaries.get(ctx.view.language, ())
    return hit.first_token > 0 and ctx.view.tokens[hit.first_token - 1].raw in words


def _refused(ctx: SentenceContext, stop: Hit, undo: Hit, hits: Sequence[Hit],
             modifiers: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """A negation or a word of stopping other than the ``stop`` itself governs the undo
    word: before it in Latin ("refuses to lift", "rejects calls to lift"), after it in
    Japanese (解除を見送り)."""
    view = ctx.view
    latin = view.tokens[undo.first_token].latin
    near = [h for h in hits if not overlaps(h, stop) and a_cancel_word(ctx, h)]
    near += [h for h, m in modifiers if m.kind is Modifier.NEGATION]
    clause = view.clause_of(undo.first_token)
    return any(view.clause_of(h.first_token) == clause and (
        0 < undo.first_token - h.last_token <= _UNDO_REACH if latin
        else 0 <= h.start - undo.end <= _UNDO_REACH) for h in near)


def a_closing(ctx: SentenceContext, cue: Cue) -> bool:
    """A lexicon stop word that ends a running thing ("close", "shut": the endings family)."""
    return cue.role is Role.STOP and cue.source == EventClass.CANCEL.value and any(
        in_family(ctx.index.lexicon, _ENDINGS, ref)
        for ref in ctx.index.classes_in(cue.hit.pid, ctx.view.language))
