"""A holiday is a time, as a season is ("put off until Easter", « reportés à la
Toussaint », お盆明けにずれ込み): a date moved to one is a delay; a holiday named as no
time moves nothing (a claim writer of round 118). Subjects are invented; verdicts follow
../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

WORKS = claim(  # event: works on a school yard start on a set day
    "orlac-yard-works", "Works to depave the Orlac school yard will begin on 7 July 2025.",
    [group("works", en=["yard works"], fr=["travaux de la cour"], ja=["校庭の工事"]),
     group("orlac", en=["Orlac"], fr=["Orlac"], ja=["オルラック"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 3, 1), expected_from=date(2025, 7, 7),
    expected_by=date(2025, 7, 7),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orlac : les travaux de la cour reportés à la Toussaint", "fr", "updates"),
    ("Orlac : les travaux de la cour repoussés après Noël", "fr", "updates"),
    ("Orlac yard works put off until Christmas", "en", "updates"),
    ("Orlac yard works moved to Easter break", "en", "updates"),
    ("オルラックの校庭の工事、お盆明けにずれ込み", "ja", "updates"),
    # guard: a holiday named, no date moved ("moved" of something else, no time)
    ("Orlac yard works: pupils moved to the gym", "en", "mentions"),
], ids=["toussaint", "noel", "christmas", "easter", "obon", "guard-no-time"])
def test_a_date_moved_to_a_holiday_is_a_delay(title: str, language: str,
                                              expected: str) -> None:
    check_verdict([WORKS], "orlac-yard-works", expected, title, "", "2025-06-20", language)
