"""A rate word far from a target's figure says how often something else happens
("weekly collections will gather 9,000 tonnes in their first year"): the figure is
counted over its year, and the final one past it meets the target (rule 7). Beside
the figure ("200 tonnes a week") it is the figure's span. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

GROUPS = [group("velmora", en=["Velmora"]), group("food-waste", en=["food waste"])]
YEAR = claim(
    "velmora-food-waste-year",
    "Velmora's new weekly collections will gather 9,000 tonnes of food waste in their "
    "first year, by 30 September 2026.",
    GROUPS, kind=ClaimKind.TARGET, claimed_on=date(2025, 5, 1),
    expected_from=date(2025, 10, 1), expected_by=date(2026, 9, 30),
)
WEEK = claim(
    "velmora-food-waste-week",
    "Velmora will collect 200 tonnes of food waste a week by September 2026.",
    GROUPS, kind=ClaimKind.TARGET, claimed_on=date(2025, 5, 1),
    expected_by=date(2026, 9, 30),
)


def test_a_rate_word_far_from_the_figure_is_not_its_span() -> None:
    item = entry("Velmora collected 9,400 tonnes of food waste in its first year", "",
                 "2026-10-20", "en")
    assert verdict_for(Matcher([YEAR]), item, "velmora-food-waste-year") == "confirms"


@pytest.mark.parametrize(("title", "expected"), [
    ("Velmora now collects 230 tonnes of food waste a week", "confirms"),
    ("Velmora collects only 150 tonnes of food waste a week", "contradicts"),
])
def test_a_rate_word_beside_the_figure_is_its_span(title: str, expected: str) -> None:
    item = entry(title, "", "2026-10-20", "en")
    assert verdict_for(Matcher([WEEK]), item, "velmora-food-waste-week") == expected
