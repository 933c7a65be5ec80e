"""A process reported complete is the claim's event done, not a step toward it
(labelling rule 4: "delivery of the grain completed", 引き渡し完了); a phase finished
is still a step (rule 6). Subjects are invented; each flagged case was read as a step
before the rule; the phase is a guard."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

RELEASE = claim(
    "ost-release", "Ostland's ministry will release 100,000 tonnes of reserve grain onto the "
    "market by the end of June 2026.",
    [group("ost", en=["Ostland"], fr=["Ostland"], ja=["オストランド"]),
     group("grain", en=["reserve grain"], fr=["céréales de réserve"], ja=["備蓄穀物"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Ostland: delivery of 100,000 tonnes of reserve grain completed", "en"),
    ("confirms", "Ostland completes delivery of reserve grain", "en"),
    ("confirms", "オストランドの備蓄穀物10万トン、引き渡し完了", "ja"),
    ("confirms", "Ostland : la livraison des céréales de réserve est achevée", "fr"),
    # near miss: a first phase finished is partial progress
    ("updates", "Ostland completes first phase of reserve grain delivery", "en"),
])
def test_a_process_completed_is_the_event(expected: str, title: str, language: str) -> None:
    check_verdict([RELEASE], "ost-release", expected, title, "", "2026-07-10", language)
