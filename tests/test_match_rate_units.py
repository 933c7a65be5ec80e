"""The unit of a Japanese rate is no count: in 1学年2学級 ("two classes a year group")
and 1日3便 ("three sailings a day") the 1 counts nothing (round 110's claim writer: a
school kept at two classes per year group read as cut to one). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

CLASSES = claim(
    "hamase-two-classes", "Hamase High will remain at two classes per year group until "
    "March 2028.",
    [group("school", en=["Hamase High"], ja=["浜瀬高"]),
     group("classes", en=["classes"], ja=["学級"])],
    kind=ClaimKind.STATE, expected_from=date(2025, 4, 1), expected_by=date(2028, 3, 31),
    cues={Verdict.CONTRADICTS: {"ja": ("1学級に",)}},
)


@pytest.mark.parametrize(("title", "expected"), [
    ("浜瀬高、1学年2学級を維持", "confirms"),
    ("浜瀬高、2学級を維持", "confirms"),
    # guard: a cut to one class, written with the same unit, still breaks the state
    ("浜瀬高、1学年1学級に削減", "contradicts"),
], ids=["rate", "plain", "guard-cut"])
def test_the_unit_of_a_rate_counts_nothing(title: str, expected: str) -> None:
    check_verdict([CLASSES], "hamase-two-classes", expected, title, "", "2026-02-10", "ja")
