"""A Japanese third-party word that a claim's name follows at once says whose thing it
is: 住民説明会 is the residents' briefing, and "住民説明会を延期" is the briefing
postponed, no residents' opinion (round 36's claim writers). Subjects are invented;
verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BRIEFING = claim(  # meeting: a city's briefing on its new city hall
    "sagino-briefing", "Sagino will hold a briefing on its new city hall on 13 December 2025.",
    [group("briefing", en=["briefing"], ja=["説明会"]),
     group("hall", en=["new city hall"], ja=["新庁舎"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 11, 20), expected_from=date(2025, 12, 13),
    expected_by=date(2025, 12, 13),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("新庁舎の住民説明会を延期", "updates"),
    # guard: the residents speaking of the briefing
    ("新庁舎の説明会延期に住民が反対", "mentions"),
], ids=["whose-briefing", "guard-residents-speak"])
def test_a_third_party_before_the_claims_name(title: str, expected: str) -> None:
    check_verdict([BRIEFING], "sagino-briefing", expected, title, "", "2025-12-10", "ja")
