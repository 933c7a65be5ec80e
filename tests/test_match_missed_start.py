"""A planned start missed is a delay ("the gondola will miss its December start",
found in the sixteenth probe round, where it read as a preview of the start). Guard:
the start itself. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

GONDOLA = claim(
    "tarsk-gondola", "The Tarsk gondola will carry its first skiers in December 2027.",
    [group("gondola", en=["Tarsk gondola"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("updates", "Tarsk gondola will miss its December start"),
    ("updates", "Tarsk gondola to miss opening date after cable fault"),
    # guard: the start itself
    ("confirms", "Tarsk gondola opens to skiers"),
])
def test_a_missed_start_is_a_delay(expected: str, title: str) -> None:
    check_verdict([GONDOLA], "tarsk-gondola", expected, title, "", "2027-10-20", "en")
