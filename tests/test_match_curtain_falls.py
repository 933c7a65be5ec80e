"""An idiom of ending, "brings down the curtain on" or "the curtain falls on" (歴史に幕 in
Japanese): the thing ends, no figure brought down. For a state claimed until a day,
its end on that day is the state held (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

MATCHER = Matcher([claim(
    "kesmoor-ballpark-in-use", "Kesmoor ballpark will stay in use until 27 July 2025.",
    [group("ballpark", en=["Kesmoor ballpark"], fr=["stade de Kesmoor"], ja=["ケスモア球場"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 3, 1), expected_from=date(2025, 3, 1),
    expected_by=date(2025, 7, 27))])


@pytest.mark.parametrize(("title", "published", "expected"), [
    ("Last game brings down the curtain on Kesmoor ballpark", "2025-07-28", "confirms"),
    ("Curtain falls on Kesmoor ballpark after 64 years", "2025-07-28", "confirms"),
    # near miss: the curtain down months early breaks the state
    ("Curtain falls on Kesmoor ballpark after 64 years", "2025-04-10", "contradicts"),
])
def test_the_curtain_falling_ends_the_thing(title: str, published: str, expected: str) -> None:
    item = entry(title, "", published, "en")
    assert verdict_for(MATCHER, item, "kesmoor-ballpark-in-use") == expected
