"""When a target's figure is dated: a month's figure of a target counted over a year
is interim ("the return rate hit 87% in March"); a figure of a past month or of the
claim's own year is the period it measures, no background ("slowed to 2.9% in
September", "915 million euros in 2026")."""

from __future__ import annotations

import re

from tracker.match.finding.index import Hit
from tracker.match.reading.clause_rules import clause_text
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.targets.figures import FIGURE_PID
from tracker.match.targets.magnitudes import Target
from tracker.match.targets.quantity import Quantity


def read_at_a_date(target: Target) -> bool:
    """A target that a month's figure may read: a stock (300 stores), a level (inflation
    below 3%, a cap, a floor, a state's bound or level), or a count by the month. One
    counted over a longer span (a year's rate, a share of the year's sales) may not."""
    spans = target.spans | target.period
    return (not spans or "month" in spans or target.below or target.at_level
            or target.ceiling or target.floor or target.holds or target.exact)


def dated_by_a_month(ctx: SentenceContext, quantity: Quantity) -> bool:
    """The figure's clause dates it by a month ("in March", « en mars », 3月は; not a
    fiscal year 3月期)."""
    view = ctx.view
    text = clause_text(view, view.clause_span(view.clause_of(quantity.first)))
    return _names_a_month(ctx, text, _JA_MONTH_FIGURE)


DAYS_A_YEAR = 366  # at most this after a deadline, "last year" is the run just ended
_JA_MONTH_FIGURE = re.compile(r"\d{1,2}\s?月(?!\s?期)")


def figure_of_its_period(ctx: SentenceContext, hit: Hit, text: str) -> bool:
    """A target's figure for a past month ("slowed to 2.9% in September", 12月は2.6%)
    or for the claim's own year ("915 million euros in 2026", "last year" in the year
    after it, or in a year of its run): the period it measures, no background."""
    if hit.pid != FIGURE_PID:
        return False
    lexicon, language = ctx.index.lexicon, ctx.view.language
    if ctx.due is not None and ctx.published is not None and (
            str(ctx.due.year) in text or (
                # the year before the item is the run just ended (a fiscal one too), or
                # a year of the claim's run ("produced 1,200 tonnes last year")
                (0 < (ctx.published - ctx.due).days <= DAYS_A_YEAR or (
                    ctx.claimed_on is not None
                    and ctx.claimed_on.year < ctx.published.year <= ctx.due.year))
                and any(w in text for w in lexicon.last_year.get(language, ())))):
        return True
    return _names_a_month(ctx, text, _JA_MONTH)


_JA_MONTH = re.compile(r"\d{1,2}月")


def _names_a_month(ctx: SentenceContext, text: str, japanese: re.Pattern[str]) -> bool:
    """The text names a month: a lexicon month word ("in March"), or in Japanese a
    month written as ``japanese`` reads it."""
    if ctx.view.language == "ja":
        return bool(japanese.search(text))
    months = ctx.index.lexicon.month_words.get(ctx.view.language, ())
    return any(f" {w} " in f" {text} " for w in months)
