""""This summer", « cet été », 今夏 name the season under way when the item is
published within it (a July item's "this summer" is this June's summer, not next
year's); else its next coming. "Next summer" stays the next. Before, a season was
always its next start, so "no plans to raise prices this summer" in July read as a
time past a September deadline and the negated rise as a slip."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.match.text.timeexpr import earliest_named


@pytest.mark.parametrize(("clause", "published", "first_day"), [
    ("no plans to raise prices this summer", date(2026, 7, 23), date(2026, 6, 1)),
    ("pas de hausse cet ete", date(2026, 7, 23), date(2026, 6, 1)),
    ("今夏は値上げせず", date(2026, 7, 23), date(2026, 6, 1)),
    ("works resume this winter", date(2027, 1, 10), date(2026, 12, 1)),
    # guards: a season still to come, and "next summer"
    ("opens this summer", date(2026, 4, 2), date(2026, 6, 1)),
    ("opens this autumn", date(2026, 7, 23), date(2026, 9, 1)),
    ("opens next summer", date(2026, 7, 23), date(2027, 6, 1)),
])
def test_this_season_is_the_one_under_way(clause: str, published: date,
                                          first_day: date) -> None:
    assert earliest_named(clause, published) == first_day
