"""A word that moves a figure ("lifts", "cuts", « fait grimper ») is about its object,
not its subject: in "evening opening lifts Tarrow visits", the visits rose, so the
visitor target's news; the evening opening is the cause (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, GroupRole

TOWN = group("town", GroupRole.OPTIONAL, en=["Tarrow"], fr=["Tarrow"], ja=["タロウ"])
VISITS = claim(
    "tarrow-visits", "The Tarrow library will draw 600,000 visits in 2027.",
    [group("visits", en=["visits", "visitors"]), group("library", en=["Tarrow library"]), TOWN],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 1, 10), expected_from=date(2027, 1, 1),
    expected_by=date(2027, 12, 31))
EVENINGS = claim(
    "tarrow-evenings", "The Tarrow library will open in the evenings from July 2025.",
    [group("evenings", en=["evening opening", "evening hours"]),
     group("library", en=["Tarrow library"]), TOWN],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 1, 10), expected_from=date(2025, 7, 1),
    expected_by=date(2025, 7, 31))
MATCHER = Matcher([VISITS, EVENINGS])


SUMMARY = "The Tarrow library counted its visits from April to August."


@pytest.mark.parametrize("title", [
    "Evening opening lifts Tarrow visits",
    "Evening hours cut Tarrow visits",
])
def test_the_object_of_a_rise_is_what_moved(title: str) -> None:
    item = entry(title, SUMMARY, "2026-09-08", "en")
    assert verdict_for(MATCHER, item, "tarrow-visits") == "updates"


def test_near_miss_the_cause_is_not_the_figure() -> None:
    # the visits as the subject: the cue is still theirs; the evening claim gains nothing
    item = entry("Tarrow visits climb after evening opening", SUMMARY, "2026-09-08", "en")
    assert verdict_for(MATCHER, item, "tarrow-visits") == "updates"
    assert verdict_for(MATCHER, item, "tarrow-evenings") != "confirms"
