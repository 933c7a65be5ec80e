"""A word of reaching or missing that reaches a figure ("passes the 55,000 mark",
20万人を突破) or a target by name ("exceeds its target"): only a claim that reads
figures reads it, so a sibling that shares a name does not take it (``attribution``)."""

from __future__ import annotations

import re

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import REACHING, Modifier
from tracker.match.reading.sentence_context import Cue, SentenceContext
from tracker.match.text.time_words import a_calendar_name
from tracker.models import ClaimKind

FIGURE_REACH = 3  # tokens from a word of reaching to its figure ("dépassent les 55 000")
# a Japanese figure with its scale and counter, then its particle, right before the word
# of reaching: 20万人を突破, 目標の18に届かず
_JAPANESE_FIGURE_BEFORE = re.compile(r"[\d０-９][\d,.０-９]*[万億千百]?[^\d、。\s]{0,3}[をにへ]?$")


def reaches_a_figure(ctx: SentenceContext, found: Cue) -> bool:
    """A word of reaching or missing with a figure right after it in its clause
    ("passes the 55,000 mark"), or in Japanese right before it (20万人を突破); "reached
    the grid" reaches none. The word's own class tells, whatever the cue was read as
    (a reaching short of the target is progress: ``target_cues._short_of``)."""
    view, hit = ctx.view, found.hit
    if found.source not in REACHING and not any(
            r.event_class.value in REACHING for r in ctx.index.classes_in(hit.pid, view.language)):
        return False
    if view.language == "ja":
        before = view.text[max(0, hit.start - 12): hit.start]
        return _JAPANESE_FIGURE_BEFORE.search(before) is not None or _reaches_its_goal(ctx, hit)
    end = min(hit.last_token + FIGURE_REACH, len(view.tokens) - 1)
    clause = view.clause_of(hit.last_token)
    return any(view.tokens[i].raw[:1].isdigit() and view.clause_of(i) == clause
               for i in range(hit.last_token + 1, end + 1)) or _reaches_its_goal(ctx, hit)


def _reaches_its_goal(ctx: SentenceContext, hit: Hit) -> bool:
    """For a target claim, a word of reaching whose object is a target's own noun: the
    figure by name ("exceeds its target", « n'atteint pas son objectif », 目標を達成).
    Not a dated goal, which is a deadline ("misses its end-of-May target")."""
    view = ctx.view
    if ctx.reading.kind is not ClaimKind.TARGET:
        return False
    goals = ctx.index.lexicon.modifiers[Modifier.MEASURE].get(view.language, ())
    if view.language == "ja":
        before = view.text[max(0, hit.start - 4): hit.start]
        return any(before.endswith((g, g + "を")) for g in goals)
    end = min(hit.last_token + FIGURE_REACH, len(view.tokens) - 1)
    clause = view.clause_of(hit.first_token)
    for i in range(hit.first_token + 1, end + 1):
        raw = view.tokens[i].raw
        if view.clause_of(i) != clause or a_calendar_name(raw):
            return False
        if raw.removesuffix("s") in goals:
            return True
    return False
