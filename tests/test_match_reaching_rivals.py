"""A word of reaching or missing a figure ("falls short of", "tops") is read only by a
claim that reads figures, so a sibling whose name stands nearer ("air route", the first
flight's subject) does not take it: "Velmora air route falls short of 12,000-passenger
target" is the target missed (round 65 item; attribution.belongs). Subjects are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

VELMORA = group("velmora", en=["Velmora"])
FLIGHT = claim(
    "velmora-first-flight", "The first flight on the Velmora air route will take off on "
    "2 June 2025.",
    [group("route", en=["air route", "air link"]), VELMORA],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 4, 8), expected_from=date(2025, 6, 2),
    expected_by=date(2025, 6, 2))
PASSENGERS = claim(
    "velmora-passengers", "The Velmora air link will carry 12,000 passengers in its first "
    "year.",
    [group("passengers", en=["passengers", "passenger"]), VELMORA],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 4, 8), expected_from=date(2025, 6, 2),
    expected_by=date(2026, 6, 1))


@pytest.mark.parametrize(("title", "expected"), [
    ("Velmora air route falls short of 12,000-passenger target", "contradicts"),
    # guard: a final figure short of the target, read so before this rule too
    ("Velmora air route: 9,400 passengers in first year", "contradicts"),
], ids=["falls-short", "guard-figure"])
def test_a_word_of_reaching_is_a_figure_readers(title: str, expected: str) -> None:
    check_verdict([FLIGHT, PASSENGERS], "velmora-passengers", expected, title, "",
                  "2026-06-10", "en")
