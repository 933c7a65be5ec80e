"""A name inside the Japanese object of a verb is what is acted on, not who acts
(claim writer of round 57): in "ケルン当局、ヴィル橋の無料化を決定" the bridge, another
claim's subject, stands in the object of 決定 (…の無料化を), so the decision stays the
authority's claim. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

BRIDGE = group("bridge", GroupRole.OPTIONAL, ja=["ヴィル橋"])
VOTE = claim(
    "kern-toll-vote", "The Kern authority will decide to make the Vire bridge toll-free in "
    "March 2026.",
    [group("authority", ja=["ケルン当局"]), group("free", ja=["無料化"]), BRIDGE],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31))
FREE_FROM = claim(
    "vire-toll-free", "Crossing the Vire bridge will be free from 1 July 2026.",
    [group("free", ja=["無料化"]), BRIDGE],
    kind=ClaimKind.EVENT, expected_from=date(2026, 7, 1), expected_by=date(2026, 7, 1))
PARKING = claim(
    "vire-parking", "The Vire market car park will become free in 2026.",
    [group("parking", ja=["ヴィル市場駐車場"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31))
OPEN = claim(
    "vire-bridge-open", "The Vire bridge will stay open during its resurfacing in 2026.",
    [group("bridge", ja=["ヴィル橋"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 12), expected_by=date(2026, 10, 31))


@pytest.mark.parametrize(("title", "expected"), [
    ("ケルン当局、ヴィル橋の無料化を決定", "confirms"),
    # guard: another claim's name that this claim does not share stays its rival
    ("ケルン当局、ヴィル市場駐車場の無料化を決定", "mentions"),
], ids=["object", "guard-not-shared"])
def test_a_shared_name_in_the_object_is_acted_on(title: str, expected: str) -> None:
    check_verdict([VOTE, FREE_FROM, OPEN, PARKING], "kern-toll-vote", expected, title, "",
                  "2026-03-20", "ja")
