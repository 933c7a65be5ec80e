"""The clauses of a sentence that report a target met by its own figure beside a word
of completion ("completes all 180 homes", 完成), or, for a target counted in things
ended, beside an ending verb or participle ("has closed 137", « fermées »)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import EventClass
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.targets.magnitudes import Target
from tracker.match.targets.quantity import Quantity
from tracker.match.text.japanese import past_after
from tracker.match.text.lemmas import english_forms
from tracker.match.text.participles import irregular_past, past_participle
from tracker.match.text.tense import present_tense

_ENDS_HEADLINE = re.compile(r"^(?:$|[\s、。])")  # the end, or a break in the headline


def completed_clauses(ctx: SentenceContext, hits: Sequence[Hit], target: Target | None,
                       in_sentence: Sequence[Quantity]) -> frozenset[int]:
    """The clauses with a word of completion ("completes", "finished", "arrachés", 完成)
    and no figure but the target's: the target's own figure there is done, not repeated
    ("completes all 180 homes"; in "only 156 of its 180 homes were finished" the done
    figure is the other one)."""
    if target is None:
        return frozenset()
    view = ctx.view
    others = {view.clause_of(q.first) for q in in_sentence if q.value != target.value}
    # for a count of things ended ("will close 137 branches"), its ending word as a past
    # participle ("has closed 137", « 23 classes fermées »), not a noun ("23 closures")
    # ... and the target's own verb as a past form ("has hired 58 staff", 58人を採用した)
    done = frozenset(view.clause_of(h.first_token) for h in hits if any(
        r.event_class is EventClass.OCCURRED or (
            ((r.event_class is EventClass.CANCEL and ctx.reading.counts_endings)
             or r.event_class.value in ctx.reading.count_classes)
            and _participle(ctx, h))
        for r in ctx.index.classes_in(h.pid, view.language)))
    told_done = {view.clause_of(q.first) for q in in_sentence
                 if q.value == target.value and _perfect_before(ctx, q.first)}
    return (done | told_done) - others


def _perfect_before(ctx: SentenceContext, first: int) -> bool:
    """A perfect tense right before the figure ("has loaned 120 works", "has lent 120
    works", « a prêté 120 œuvres »): the count is done, whatever the verb."""
    view = ctx.view
    if view.language == "ja" or first < 2:
        return False
    lexicon = ctx.index.lexicon
    auxiliary, verb = view.tokens[first - 2], view.tokens[first - 1]
    auxiliaries = lexicon.subject_auxiliaries.get(view.language, ())
    # "has had 120 works" and "has been 120" hold a count, they do not tell it done
    held = verb.raw in auxiliaries or verb.raw in lexicon.passive_auxiliaries.get(
        view.language, ())
    return (auxiliary.raw in auxiliaries and not held
            and (past_participle(lexicon, verb.raw, view.language)
                 or irregular_past(verb.raw, verb.norm, view.language)
                 or _listed_past(verb.raw, view.language)))


def _listed_past(word: str, language: str) -> bool:
    """An irregular English form the lemma table knows ("lent"), though no pattern uses
    its lemma."""
    return language == "en" and word.isalpha() and word in english_forms()


def _participle(ctx: SentenceContext, hit: Hit) -> bool:
    """The hit's word is a past participle ("closed", « fermées », 閉鎖した), not a noun
    ("closures", « fermetures »), or a headline's present verb: a headline tells in the
    present what was done ("museum hires three guides", 職員7人を採用)."""
    view = ctx.view
    if view.language == "ja":
        after = view.text[hit.end: hit.end + 4]
        return past_after(after) or (hit.sentence == 0
                                     and _ENDS_HEADLINE.match(after) is not None)
    return past_participle(ctx.index.lexicon, view.tokens[hit.last_token].raw,
                           view.language) or (hit.sentence == 0
                                              and present_tense(ctx.index, view, hit))
