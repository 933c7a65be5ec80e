"""A meeting told something in a headline was held: "residents tell inquiry of fire
fears", "inquiry hears of fire fears"; what was said there hedges nothing (invented
subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

INQUIRY = claim(
    "harlow-battery-inquiry", "The public inquiry into the Harlow battery scheme will open "
                              "on 8 April 2025.",
    [group("scheme", en=["Harlow battery"]), group("inquiry", en=["public inquiry", "inquiry"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 2, 18), expected_from=date(2025, 4, 8),
    expected_by=date(2025, 4, 8))
MATCHER = Matcher([INQUIRY])


@pytest.mark.parametrize("title", [
    "Residents tell Harlow battery inquiry of fire fears",
    "Harlow battery inquiry hears of fire fears",
    "Harlow battery public inquiry told of fire risk",
])
def test_a_meeting_told_something_was_held(title: str) -> None:
    item = entry(title, "", "2025-04-10", "en")
    assert verdict_for(MATCHER, item, "harlow-battery-inquiry") == "confirms"


def test_a_meeting_to_be_told_is_a_preview() -> None:
    item = entry("Council to tell Harlow battery inquiry of fire plan next week", "",
                 "2025-04-03", "en")
    assert verdict_for(MATCHER, item, "harlow-battery-inquiry") == "mentions"
