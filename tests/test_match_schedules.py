"""A meeting's schedule, read as news writes it.

"The date of the first summit was agreed" arranges the summit, as "agreed a date for
the summit" does: a preview, not the meeting held. A day written without a year ("to
meet on Feb. 12", published in November) is the next such day, so a plan that puts
the meeting past the claim's deadline is a delay. Subjects are invented; each case
failed before its rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

SUMMIT = claim(
    "orvel-sarn-summit", "The leaders of Orvel and Sarn will hold their first summit in 2026.",
    [group("orvel", en=["Orvel"]), group("sarn", en=["Sarn"]),
     group("summit", en=["summit", "meeting"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "summary", "day"), [
    ("mentions", "Orvel and Sarn prepare first summit",
     "A spokesman said the date of the first Orvel-Sarn summit was agreed on Wednesday.",
     "2026-09-10"),
    ("updates", "Orvel and Sarn leaders to meet on Feb. 12 for first summit", "",
     "2026-11-19"),
])
def test_a_meetings_schedule(expected: str, title: str, summary: str, day: str) -> None:
    check_verdict([SUMMIT], "orvel-sarn-summit", expected, title, summary, day, "en")
