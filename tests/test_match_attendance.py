"""A Japanese headline may report a meeting by its headcount, with no verb (説明会に260人,
参加80人): for a meeting claim, its meeting's name followed at once by a count of people
reports the meeting held (claim writers of rounds 31, 36 and 38). Subjects are
invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BRIEFING = claim(  # meeting: a briefing for residents
    "tarumi-briefing", "Tarumi will hold a briefing for residents on the new city hall on "
    "13 December 2025.",
    [group("briefing", en=["briefing"], ja=["説明会"]),
     group("tarumi", en=["Tarumi"], ja=["垂水野"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 11, 1), expected_from=date(2025, 12, 13),
    expected_by=date(2025, 12, 13),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("垂水野市の説明会に260人 質問相次ぐ", "confirms"),
    ("垂水野市の新庁舎説明会 参加80人", "confirms"),
    # guards: a count of something else; no count
    ("垂水野市の説明会に資料300部", "mentions"),
    ("垂水野市の説明会 質問相次ぐ", "mentions"),
], ids=["headcount", "participants", "guard-other-count", "guard-no-count"])
def test_a_meeting_reported_by_its_headcount(title: str, expected: str) -> None:
    check_verdict([BRIEFING], "tarumi-briefing", expected, title, "", "2025-12-14", "ja")
