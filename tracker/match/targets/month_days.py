"""A figure beside a month's name is its day ("30 June", "June 30"), no count of
anything a target counts."""

from __future__ import annotations

from tracker.match.text.timeexpr import MONTH_NAMES
from tracker.match.text.view import EntryView

MONTH_DAYS = 31  # a figure up to this beside a month name is its day


def a_day_of_a_month(view: EntryView, at: int, end: int, unit: str, value: float) -> bool:
    """"30 June", "30 September" (its unit stemmed to "septemb"), "June 30": a date,
    no figure of anything."""
    after = view.raw_after(end)
    return value.is_integer() and 1 <= value <= MONTH_DAYS and (
        unit in MONTH_NAMES or after in MONTH_NAMES or _after_its_month(view, at))


def _after_its_month(view: EntryView, at: int) -> bool:
    """"June 30" (English writes the day after its month); not "In September, 23 bars
    joined", « Fin septembre, 23 établissements », where a comma parts them."""
    if at == 0 or view.language == "fr" or view.tokens[at - 1].raw not in MONTH_NAMES:
        return False
    return view.clause_of(at - 1) == view.clause_of(at)  # punctuation ends a clause
