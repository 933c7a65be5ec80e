"""A claim's own proper name that holds an event word ("Wickham Falls", "Cold
Springs"): read in the statement, its words name a place, not the claim's event, so a
town called Wickham Falls makes no claim about a fall (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind


def _opening(kind: ClaimKind | None) -> Matcher:
    return Matcher([claim(
        "wickham-centre", "The Wickham Falls day centre will open in November 2025.",
        [group("town", en=["Wickham Falls"], fr=["Wickham Falls"], ja=["ウィッカム・フォールズ"]),
         group("centre", en=["day centre"], fr=["centre de jour"], ja=["デイセンター"])],
        kind=kind, claimed_on=date(2025, 3, 1), expected_from=date(2025, 11, 1),
        expected_by=date(2025, 11, 30))])


@pytest.mark.parametrize("kind", [None, ClaimKind.EVENT])
@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Wickham Falls day centre opens its doors", "en", "confirms"),
    ("Le centre de jour de Wickham Falls ouvre ses portes", "fr", "confirms"),
    # near misses: the opening put off, or told ahead
    ("Wickham Falls day centre opening delayed to December", "en", "updates"),
    ("Wickham Falls day centre will open next week", "en", "mentions"),
])
def test_a_proper_name_in_the_statement_holds_no_event(
        kind: ClaimKind | None, title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2025-11-20", language)
    assert verdict_for(_opening(kind), item, "wickham-centre") == expected


def test_the_event_beside_the_name_is_still_read() -> None:
    # only the name's own words are skipped: "close" is still the claim's event
    matcher = Matcher([claim(
        "wickham-closure", "Wickham Falls will close its day centre in June 2026.",
        [group("town", en=["Wickham Falls"]), group("centre", en=["day centre"])],
        kind=None, claimed_on=date(2025, 3, 1), expected_from=date(2026, 6, 1),
        expected_by=date(2026, 6, 30))])
    item = entry("Wickham Falls closes its day centre", "", "2026-06-10", "en")
    assert verdict_for(matcher, item, "wickham-closure") == "confirms"
