"""A state claimed until a day, stopped in its last days ("the pop-up surgery closed
its doors" the Friday before 31 August): the planned end, the state held; stopped
weeks before, it is broken (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

MATCHER = Matcher([claim(
    "kesmoor-popup-surgery", "The Kesmoor pop-up surgery will stay open until 31 August 2025.",
    [group("surgery", en=["Kesmoor pop-up surgery"], fr=["cabinet éphémère de Kesmoor"],
           ja=["ケスモア仮設診療所"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 1, 10), expected_from=date(2025, 1, 10),
    expected_by=date(2025, 8, 31))])


@pytest.mark.parametrize(("title", "language", "published", "expected"), [
    ("Kesmoor pop-up surgery has closed its doors", "en", "2025-08-29", "confirms"),
    ("Le cabinet éphémère de Kesmoor a fermé ses portes", "fr", "2025-08-30", "confirms"),
    # near miss: closed weeks before its end, the state is broken
    ("Kesmoor pop-up surgery has closed its doors", "en", "2025-08-05", "contradicts"),
])
def test_a_stop_in_the_last_days_is_the_planned_end(
        title: str, language: str, published: str, expected: str) -> None:
    item = entry(title, "", published, language)
    assert verdict_for(MATCHER, item, "kesmoor-popup-surgery") == expected
