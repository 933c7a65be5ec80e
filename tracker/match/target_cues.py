"""A target claim's figures as cues: interim figures are steps, a figure past the
target is its event, and one short of it after the deadline a stop (rule 7)."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.figures import (
    FIGURE_PID,
    figure_hits,
    milestone_hits,
    names_a_period,
    quantity_clauses,
)
from tracker.match.index import Hit, ModifierRef
from tracker.match.lexicon import EventClass, Modifier
from tracker.match.magnitudes import against_target
from tracker.match.sentence_context import Cue, SentenceContext
from tracker.match.table import Role
from tracker.match.view import EntryView

FIGURE = "figure"  # the source of an interim figure's cue


def target_cues(ctx: SentenceContext, hits: Sequence[Hit],
                modifiers: Sequence[tuple[Hit, ModifierRef]]) -> list[Cue]:
    """The figures of one sentence for a target claim. A figure against the target is
    read in any sentence; as progress, only where it can be progress."""
    sentence = hits[0].sentence
    view = ctx.view
    counted = quantity_clauses(ctx.claim, view, hits)
    figures = [Cue(h, figure_text(view, h), FIGURE, Role.STEP)
               for h in figure_hits(view, sentence, ctx.reading.figures,
                                    ctx.reading.percent, ctx.reading.money)
               if view.clause_of(h.first_token) in counted]
    cues = _against_target(ctx, sentence, modifiers, counted,
                           figures if _counts_progress(ctx, hits, modifiers) else [])
    # "its 800,000th visitor": the target reached
    return cues + [Cue(h, figure_text(view, h), EventClass.ACHIEVED.value, Role.EVENT)
                   for h in milestone_hits(view, sentence, ctx.reading.figures)]


def _against_target(ctx: SentenceContext, sentence: int,
                    modifiers: Sequence[tuple[Hit, ModifierRef]], counted: set[int],
                    figures: list[Cue]) -> list[Cue]:
    """A figure that meets the target is its event; after the deadline, one below it is
    a shortfall (a stop, rule 7); otherwise the figures are interim (steps)."""
    target, view, reading = ctx.reading.target, ctx.view, ctx.reading
    if target is None or reading.percent or reading.money:
        return figures  # a share or an amount is read as an interim figure only
    first, last = view.sentence_span(sentence)
    measures = [(h.first_token, h.last_token) for h, m in modifiers
                if m.kind is Modifier.MEASURE]
    late = ctx.published is not None and ctx.due is not None and ctx.published > ctx.due
    found = against_target(view, first, last, target, late, measures)
    if found is None or view.clause_of(found[0].first) not in counted:
        return figures
    quantity, outcome = found
    end = view.token_starts[quantity.last] + len(view.tokens[quantity.last].norm)
    hit = Hit(FIGURE_PID, view.token_starts[quantity.first], end, quantity.first,
              quantity.last, sentence)
    role = Role.EVENT if outcome == EventClass.ACHIEVED.value else Role.STOP
    return [Cue(hit, figure_text(view, hit), outcome, role)]


def _counts_progress(ctx: SentenceContext, hits: Sequence[Hit],
                     modifiers: Sequence[tuple[Hit, ModifierRef]]) -> bool:
    """Can a figure in this sentence be progress toward the target? For a target counted
    over a span of time, only when the sentence names a span too, or a target or
    forecast ("31,400 passengers in the first quarter", "goal raised to 900,000"):
    "212 passengers aboard the first train" counts one trip."""
    if not ctx.reading.over_span or any(m.kind is Modifier.MEASURE for _, m in modifiers):
        return True
    language = ctx.view.language
    lexicon = ctx.index.lexicon
    return names_a_period(ctx.view.sentences[hits[0].sentence], language,
                          lexicon.period_words.get(language, ()),
                          lexicon.lateness_words.get(language, ()))


def figure_text(view: EntryView, hit: Hit) -> str:
    """The figure's tokens, joined for the evidence."""
    return "".join(t.raw for t in view.tokens[hit.first_token: hit.last_token + 1])
