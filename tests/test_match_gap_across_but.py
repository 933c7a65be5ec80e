"""A gap never spans a clause opener: "raise ticket prices but membership stays".

A phrase with a gap ("raise … membership", "drop … plan") lets the object's own words
stand between its parts, but not a word that opens another clause ("but", « mais »,
"while"): what follows is another clause's news (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

FREEZE = claim(
    "kesterford-membership-price",
    "Kesterford cricket club will keep its membership price at £265 through 2026.",
    [group("club", en=["Kesterford cricket club", "Kesterford CCC"],
           fr=["club de cricket de Kesterford"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 1), expected_by=date(2026, 12, 31),
    cues={Verdict.CONTRADICTS: {"en": ("raise … membership",), "fr": ("augmente … adhésion",)}})
MATCHER = Matcher([FREEZE])


@pytest.mark.parametrize(("title", "language"), [
    ("Kesterford CCC raise T20 ticket prices but membership stays at £265", "en"),
    ("Le club de cricket de Kesterford augmente ses billets mais l'adhésion reste à 265 £",
     "fr"),
])
def test_the_gap_stops_at_the_next_clause(title: str, language: str) -> None:
    item = entry(title, "", "2026-03-02", language)
    assert verdict_for(MATCHER, item, "kesterford-membership-price") != "contradicts"


@pytest.mark.parametrize(("title", "language"), [
    ("Kesterford CCC raise the price of membership to £290", "en"),
    ("Le club de cricket de Kesterford augmente le prix de l'adhésion", "fr"),
])
def test_the_gap_still_spans_the_objects_words(title: str, language: str) -> None:
    item = entry(title, "", "2026-03-02", language)
    assert verdict_for(MATCHER, item, "kesterford-membership-price") == "contradicts"
