"""Which figures a target word labels: "a collection target of 85%", 目標80万人 name a
target, not a figure reached; 目標に届かず, 目標達成の850万円 are what a verb does to
the target, and label nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import REACHING, Modifier
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.text.number_words import number_words
from tracker.match.text.view import EntryView

_VERB_PARTICLES = ("に", "を")  # after a Japanese target word: the object of a verb
# 目標を 150 万人に (the view spaces its figures): the level a verb sets the target to
_SET_TO = re.compile(r"\s*を\s*(?:約\s*)?(\d)[\d,.\s]*[万億千]?[^\s\d、。をに]{0,3}\s*に")


def levels_of_named_targets(ctx: SentenceContext, hits: Sequence[Hit]) -> frozenset[int]:
    """The first tokens of figures that a target word inside one of the claim's terms
    sets: right after the term, or after a level or link word ("raises the return
    target to 90%", "a collection target of 85%", "objectif de recyclage à 70 %"). A
    term holds its target word, so it is no measure modifier; the figure it sets is
    still no figure reached. "misses the return target with 82.4%" sets none."""
    view = ctx.view
    if view.language == "ja":
        return _set_in_japanese(ctx, hits)
    table = number_words(view.language)
    joins = (*table.levels, *table.links)
    terms = [h for h in hits if h.pid in ctx.index.term_pids]
    levels: set[int] = set()
    for hit in hits:
        if not any(m.kind is Modifier.MEASURE and (not m.latin or m.language == view.language)
                   for m in ctx.index.modifiers.get(hit.pid, ())):
            continue
        # past the term that holds it ("objectif de recyclage à 70 %")
        after = max([h.last_token for h in terms
                     if h.first_token <= hit.first_token and hit.last_token <= h.last_token],
                    default=hit.last_token) + 1
        if after < len(view.tokens) and view.tokens[after].raw in joins:
            after += 1
        levels.add(after)
    return frozenset(levels)


def _set_in_japanese(ctx: SentenceContext, hits: Sequence[Hit]) -> frozenset[int]:
    """来園者目標を150万人に上方修正, 目標を8割に引き上げ: the figure a target word's
    を…に sets is the target's new level, whatever verb sets it."""
    view = ctx.view
    return frozenset(
        view.token_at(found.start(1)) for hit in hits
        if any(m.kind is Modifier.MEASURE and not m.latin
               for m in ctx.index.modifiers.get(hit.pid, ()))
        and (found := _SET_TO.match(view.text, hit.end)) is not None)


def object_of_a_verb(view: EntryView, hit: Hit, cues: Sequence[Cue]) -> bool:
    """目標に届かず, 目標を下回る: a Japanese target word before に or を is what a verb
    does to the target, no label on the figure after it (目標80万人 is one); so is one
    right before a word of reaching or missing, as headlines drop を (目標達成の850万円,
    850万円で目標上回る)."""
    return view.language == "ja" and (
        view.text[hit.end: hit.end + 1] in _VERB_PARTICLES
        or any(c.hit.start == hit.end and c.source in REACHING for c in cues))
