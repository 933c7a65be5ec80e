""""On hold" is a plan stopped for now, as "put on hold" is, not a meeting held: "Pell
consultation on hold after developer rethink" read as the meeting held before. Subjects
are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

CONSULTATION = claim(
    "pell-consultation", "The Pell quay consultation event will be held on 10 May 2027.",
    [group("quay", en=["Pell quay"], fr=["quai de Pell"], ja=["ペル埠頭"]),
     group("consultation", en=["consultation"], fr=["concertation"], ja=["説明会"])],
    kind=ClaimKind.MEETING, expected_from=date(2027, 5, 10), expected_by=date(2027, 5, 10),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("Pell quay consultation on hold after developer rethink", "contradicts"),
    ("Pell quay consultation put on hold", "contradicts"),
    # guard: the meeting held
    ("Pell quay consultation held at the library", "confirms"),
], ids=["on-hold", "put-on-hold", "guard-held"])
def test_on_hold_is_no_meeting_held(title: str, expected: str) -> None:
    check_verdict([CONSULTATION], "pell-consultation", expected, title, "", "2027-05-10",
                  "en")
