"""A Japanese third party that the act is for (住民への開放, 住民に説明) is no one who
speaks; one that speaks (住民が要望, 住民には不安) still comments (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

GYM = claim(
    "orrin-gym-open", "The Orrin school gym will stay open to residents until March 2027.",
    [group("gym", ja=["オリン小体育館"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 2, 18), expected_from=date(2025, 2, 18),
    expected_by=date(2027, 3, 31))
MATCHER = Matcher([GYM])


@pytest.mark.parametrize("title", [
    "オリン小体育館、住民への開放を来春で取りやめ",
    "オリン小体育館、住民に開放せず取りやめ",
])
def test_a_recipient_does_not_speak(title: str) -> None:
    item = entry(title, "", "2025-09-02", "ja")
    assert verdict_for(MATCHER, item, "orrin-gym-open") == "contradicts"


@pytest.mark.parametrize("title", [
    "オリン小体育館の開放取りやめを住民が要望",
    "オリン小体育館、住民には開放取りやめ求める声",
])
def test_a_third_party_that_speaks_still_comments(title: str) -> None:
    item = entry(title, "", "2025-09-02", "ja")
    assert verdict_for(MATCHER, item, "orrin-gym-open") == "mentions"


@pytest.mark.parametrize("title", [
    "オリン小体育館の開放、住民の反対で取りやめ",
    "オリン小体育館の開放、住民の反対により取りやめ",
])
def test_an_opposition_that_is_the_cause_does_not_speak(title: str) -> None:
    """Claim writer of round 57: 反対で, 反対により give the act's cause, no view of it."""
    item = entry(title, "", "2025-09-02", "ja")
    assert verdict_for(MATCHER, item, "orrin-gym-open") == "contradicts"


def test_an_opposition_voiced_still_comments() -> None:
    item = entry("オリン小体育館の開放取りやめに住民が反対", "", "2025-09-02", "ja")
    assert verdict_for(MATCHER, item, "orrin-gym-open") == "mentions"
