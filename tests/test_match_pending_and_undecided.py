"""Two readings of what has not happened yet: an event someone "faces" is ahead of them
("lawmakers face a final vote": a preview, while "faces delays" is still a delay), and
a Japanese "has not decided" denies the decision it names (廃止は決めていない: no stop).
Subjects are invented; each flagged case read as done before its words were added;
the guards are marked."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

VOTE = claim(
    "sarn-rail-bill-vote", "Sarn's parliament will hold its final vote on the rail bill by "
    "December 2026.",
    [group("sarn", en=["Sarn"], ja=["サーン"]), group("bill", en=["rail bill"], ja=["鉄道法案"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)
SUBSIDY = claim(
    "sarn-rail-subsidy-kept", "Sarn will keep its rail subsidy through 2027.",
    [group("sarn", en=["Sarn"], ja=["サーン"]),
     group("subsidy", en=["rail subsidy"], ja=["鉄道補助金"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("mentions", "Sarn parliament faces final vote on rail bill"),
    ("updates", "Sarn rail bill faces delays as committee stalls"),  # guard: still a delay
    ("confirms", "Sarn parliament holds final vote on rail bill"),  # guard
])
def test_an_event_faced_is_ahead(expected: str, title: str) -> None:
    check_verdict([VOTE], "sarn-rail-bill-vote", expected, title, "", "2026-11-20", "en")


@pytest.mark.parametrize(("expected", "title"), [
    ("mentions", "サーン政府「鉄道補助金の廃止は決めていない」"),
    ("contradicts", "サーン政府、鉄道補助金の廃止を決定"),  # guard
])
def test_a_decision_not_taken_is_no_stop(expected: str, title: str) -> None:
    check_verdict([SUBSIDY], "sarn-rail-subsidy-kept", expected, title, "", "2026-09-16", "ja")
