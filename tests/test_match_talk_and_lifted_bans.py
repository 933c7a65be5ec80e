""""rejects talk of delay" denies the delay (rule 8: a denial is not the event it
denies), and "ends its two-year ban" lifts a stop rather than making one. Subjects are
invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

ZONE = claim(  # event: a permanent car-free zone in force
    "vessa-car-free", "Vessa's car-free zone will become permanent on 1 January 2027.",
    [group("zone", en=["Vessa car-free zone", "car-free zone"]), group("vessa", en=["Vessa"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 1, 1), expected_by=date(2027, 1, 1),
)
READMIT = claim(  # decision: a ministry re-admits a town, either way
    "tella-readmit",
    "The ministry will decide by September 2026 whether to readmit Tella to the "
    "hometown-tax scheme.",
    [group("tella", en=["Tella"]), group("scheme", en=["hometown-tax scheme"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 9, 30),
)


@pytest.mark.parametrize(("claim_id", "title", "expected"), [
    ("vessa-car-free", "Vessa rejects talk of delay to permanent car-free zone", "mentions"),
    ("vessa-car-free", "Vessa plays down talk of delay to car-free zone", "mentions"),
    ("tella-readmit", "Tella back in hometown-tax scheme as ministry ends two-year ban",
     "updates"),
    # guard: the delay itself
    ("vessa-car-free", "Vessa delays permanent car-free zone", "updates"),
], ids=["rejects-talk", "plays-down-talk", "ends-ban", "guard-delay"])
def test_denied_talk_and_a_ban_ended(claim_id: str, title: str, expected: str) -> None:
    check_verdict([ZONE, READMIT], claim_id, expected, title, "", "2026-09-11", "en")
