"""A meeting "set for April 15" when the claim said April 15 restates the claim: the
month of "April 15" is no first of April, so nothing moved (labelling rules 2 and 9).
A day set elsewhere is a change (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

HEARING = claim(
    "orsen-park-hearing", "Orsen's parks department will hold a public hearing on the "
                          "Orsen park master plan on April 15, 2025.",
    [group("park", en=["Orsen park"], fr=["parc d'Orsen"]),
     group("hearing", en=["public hearing"], fr=["audience publique"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 3, 11), expected_from=date(2025, 4, 15),
    expected_by=date(2025, 4, 15))
MATCHER = Matcher([HEARING])


@pytest.mark.parametrize(("title", "language"), [
    ("Public hearing on Orsen park master plan set for April 15", "en"),
    ("Parc d'Orsen : l'audience publique fixée au 15 avril", "fr"),
])
def test_the_claimed_day_set_again_is_a_preview(title: str, language: str) -> None:
    item = entry(title, "", "2025-04-08", language)
    assert verdict_for(MATCHER, item, "orsen-park-hearing") == "mentions"


@pytest.mark.parametrize(("title", "language"), [
    ("Public hearing on Orsen park master plan set for April 29", "en"),
    ("Parc d'Orsen : l'audience publique fixée au 29 avril", "fr"),
])
def test_another_day_set_is_a_change(title: str, language: str) -> None:
    item = entry(title, "", "2025-04-08", language)
    assert verdict_for(MATCHER, item, "orsen-park-hearing") == "updates"


@pytest.mark.parametrize(("title", "language", "expected"), [
    # published on Thursday 10 April: "Tuesday" is the 15th, the claimed day
    ("Public hearing on Orsen park master plan set for Tuesday", "en", "mentions"),
    ("Parc d'Orsen : l'audience publique fixée à mardi", "fr", "mentions"),
    # guard: another weekday is another day
    ("Public hearing on Orsen park master plan set for Wednesday", "en", "updates"),
])
def test_a_day_set_by_its_weekday_is_read_from_the_item(title: str, language: str,
                                                        expected: str) -> None:
    item = entry(title, "", "2025-04-10", language)
    assert verdict_for(MATCHER, item, "orsen-park-hearing") == expected
