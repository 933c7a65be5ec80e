"""A place's daily hours ("opening hours", « horaires d'ouverture », 開館時間) hold no
opening or closing of the place: a museum that changes its hours has not reopened
(invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

MATCHER = Matcher([claim(
    "tarrow-museum", "The Tarrow museum will reopen in May 2026.",
    [group("museum", en=["Tarrow museum"], fr=["musée de Tarrow"], ja=["タロウ美術館"])],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 1, 10), expected_from=date(2026, 5, 1),
    expected_by=date(2026, 5, 31))])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Tarrow museum changes its opening hours", "en", "mentions"),
    ("Tarrow museum sets new closing time", "en", "mentions"),
    # "closing" as the last of a run: nothing closed, the budget a step (a round 119 item)
    ("Council approves Tarrow museum budget at its closing plenary", "en", "updates"),
    ("Le musée de Tarrow change ses horaires d'ouverture", "fr", "mentions"),
    ("タロウ美術館、開館時間を変更", "ja", "mentions"),
    # near misses: the reopening itself
    ("Tarrow museum reopens", "en", "confirms"),
    ("Le musée de Tarrow rouvre ses portes", "fr", "confirms"),
    ("タロウ美術館が再開館", "ja", "confirms"),
])
def test_daily_hours_are_no_opening(title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2026-05-20", language)
    assert verdict_for(MATCHER, item, "tarrow-museum") == expected
