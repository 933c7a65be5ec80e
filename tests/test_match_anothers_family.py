"""An event claim whose statement names its event's word family (a start of works) is
not confirmed by another family's event: "the hall opens" is no news that works begin,
and "completed", 完成, is a step past the start, not the start itself (invented
subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

HALL = claim(
    "brisk-hall-works", "Construction of the Brisk market hall will begin in April 2026.",
    [group("hall", en=["Brisk market hall"], fr=["halle de Brisk"], ja=["ブリスク市場棟"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 9, 1), expected_from=date(2026, 4, 1),
    expected_by=date(2026, 4, 30))


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("mentions", "Brisk market hall opens to shoppers", "en"),
    ("updates", "ブリスク市場棟が完成", "ja"),
    ("updates", "La halle de Brisk achevée", "fr"),
    # guard: its own family's event
    ("confirms", "Construction of Brisk market hall begins", "en"),
])
def test_another_familys_event_is_no_confirmation(expected: str, title: str,
                                                   language: str) -> None:
    check_verdict([HALL], "brisk-hall-works", expected, title, "", "2026-10-02", language)
