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


FLEET = claim(
    "castelbrun-school-coaches",
    "Castelbrun will run 14 school coaches by June 2026.",
    [group("castelbrun", en=["Castelbrun"]), group("coaches", en=["school coaches", "coaches"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 2, 20), expected_by=date(2026, 6, 30))


def test_closing_a_gap_shuts_nothing() -> None:
    matcher = Matcher([FLEET])
    item = entry("Castelbrun hires a second firm to close its gap of 4 school coaches", "",
                 "2026-04-10", "en")
    assert verdict_for(matcher, item, "castelbrun-school-coaches") == "updates"
    # guard: closing the coaches themselves is still a stop
    item = entry("Castelbrun to close its school coaches service", "", "2026-04-10", "en")
    assert verdict_for(matcher, item, "castelbrun-school-coaches") == "contradicts"


CAR_FREE = claim(
    "castelbrun-car-free", "The Castelbrun pass road will close to motor vehicles for the "
                           "first time on Sunday 6 July 2025.",
    [group("pass", en=["Castelbrun pass road", "Castelbrun pass"])], kind=ClaimKind.EVENT,
    claimed_on=date(2025, 4, 16), expected_from=date(2025, 7, 6), expected_by=date(2025, 7, 6))


def test_a_verb_before_close_to_makes_it_a_closure() -> None:
    # "will close to motor vehicles" in the statement: the closure is the claim's event
    matcher = Matcher([CAR_FREE])
    item = entry("Castelbrun pass road closed to cars for the first time", "", "2025-07-06",
                 "en")
    assert verdict_for(matcher, item, "castelbrun-car-free") == "confirms"
    # guard: "is close to" after a verb of being is still near
    item = entry("Castelbrun pass road is close to 3,000 riders a day", "", "2025-07-06", "en")
    assert verdict_for(matcher, item, "castelbrun-car-free") == "mentions"
