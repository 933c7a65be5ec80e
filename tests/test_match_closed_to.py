""""close to" (near) is a neutral phrase only as written: "closed to pedestrians" is a
closure that breaks a state of staying open; "close to the school" still stops
nothing (invented subjects)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

WALKERS = claim(
    "castelbrun-walkers",
    "The Castelbrun bridge will stay open to pedestrians throughout the works, to June "
    "2027.",
    [group("bridge", en=["Castelbrun bridge"])], kind=ClaimKind.STATE,
    claimed_on=date(2025, 2, 20), expected_by=date(2027, 6, 20))
MATCHER = Matcher([WALKERS])


def test_closed_to_is_a_closure() -> None:
    item = entry("Castelbrun bridge closed to pedestrians for twelve days", "", "2026-02-10",
                 "en")
    assert verdict_for(MATCHER, item, "castelbrun-walkers") == "contradicts"


def test_close_to_is_near() -> None:
    item = entry("Castelbrun bridge stays open, close to the village school", "",
                 "2026-02-10", "en")
    assert verdict_for(MATCHER, item, "castelbrun-walkers") == "confirms"
