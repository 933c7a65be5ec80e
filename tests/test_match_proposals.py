"""What a bill or a plan would do is not done (round 77): "a bill that would raise the
bus fare to €2" puts a held fare in doubt, an update; the fare raised breaks it. "Said
it would" reports a decision, and stays one. Subjects are invented; verdicts follow
../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FARE = claim(
    "dorvale-fare-freeze", "Dorvale's single bus fare will stay at €1.50 until the end of "
    "2028.",
    [group("dorvale", en=["Dorvale"], fr=["Dorvale"], ja=["ドルバール"]),
     group("fare", en=["bus fare", "fare"], fr=["ticket de bus"], ja=["運賃"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 1), expected_by=date(2028, 12, 31),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("Dorvale council debates a bill that would raise the bus fare to €2", "updates"),
    ("Dorvale mayor tables an amendment which would raise the fare to €2", "updates"),
    # guards: the fare raised, and a decision reported ("said it would")
    ("Dorvale raises the bus fare to €2", "contradicts"),
    ("Dorvale said it would raise the bus fare to €2 from May", "contradicts"),
], ids=["that-would", "which-would", "guard-raised", "guard-said-it-would"])
def test_what_a_bill_would_do_is_not_done(title: str, expected: str) -> None:
    check_verdict([FARE], "dorvale-fare-freeze", expected, title, "", "2027-05-10", "en")
