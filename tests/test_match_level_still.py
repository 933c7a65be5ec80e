"""A state's level said still held ("fare still at €1.50", « toujours à 1,50 euro »,
依然1.5ユーロ) keeps the state while its window runs, as "remains at" does
(targets/target_outcome.py). Subjects are invented; the expected verdicts follow
../shared/labelling.md. Each "still" case failed before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FARE = claim(  # state: the fare stays at €1.50 through 2026
    "velmora-bus-fare", "Velmora's single bus fare will remain at €1.50 until the end of 2026.",
    [group("fare", en=["Velmora bus fare", "bus fare"], fr=["ticket de bus de Velmora",
                                                          "ticket de bus"],
           ja=["ヴェルモラ市バスの運賃", "バス運賃"])],
    kind=ClaimKind.STATE, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Velmora bus fare still at €1.50 as new timetable starts", "en"),
    ("confirms", "Le ticket de bus de Velmora toujours à 1,50 euro à la rentrée", "fr"),
    ("confirms", "ヴェルモラ市バスの運賃、依然1.5ユーロ", "ja"),
    # near misses: another level breaks it; the level named without "still" is no news
    ("contradicts", "Velmora bus fare rises to €1.70", "en"),
    ("mentions", "Velmora bus fare of €1.50 explained", "en"),
])
def test_a_level_still_held(expected: str, title: str, language: str) -> None:
    check_verdict([FARE], "velmora-bus-fare", expected, title, "", "2026-06-15", language)
