"""A state held, said as an activity carried on: "carries on at its site", « poursuit
son activité » (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

CENTRE = claim(
    "hazel-centre-stays", "The Hazel day centre will stay at its Kamijo site until March 2027.",
    [group("centre", en=["Hazel day centre"], fr=["accueil de jour Hazel"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 4, 10), expected_by=date(2027, 3, 31))
MATCHER = Matcher([CENTRE])


@pytest.mark.parametrize(("title", "language"), [
    ("Hazel day centre carries on at Kamijo site into new fiscal year", "en"),
    ("L'accueil de jour Hazel poursuit son activité à Kamijo", "fr"),
])
def test_an_activity_carried_on_holds_the_state(title: str, language: str) -> None:
    item = entry(title, "", "2026-04-02", language)
    assert verdict_for(MATCHER, item, "hazel-centre-stays") == "confirms"
