"""A vote dated today, or in Japanese the next day, with its word not in the past, is
still to come (labelling rule 2): きょう採決, 11日決定 on the 10th, "votes today".
The vote reported done confirms (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

PLAN = claim(
    "velmora-water-plan-vote", "The Velmora regional council will vote the emergency water "
    "plan in September 2026.",
    [group("plan", en=["emergency water plan"], ja=["緊急水対策"]),
     group("place", en=["Velmora"], ja=["ヴェルモラ"])],
    kind=ClaimKind.DECISION, expected_from=date(2026, 9, 1), expected_by=date(2026, 9, 30))
MATCHER = Matcher([PLAN])


@pytest.mark.parametrize("title", [
    "ヴェルモラ地域議会、緊急水対策をきょう採決",
    "ヴェルモラの緊急水対策、可否は11日決定",
])
def test_a_vote_today_or_tomorrow_is_a_preview(title: str) -> None:
    item = entry(title, "", "2026-09-10", "ja")
    assert verdict_for(MATCHER, item, "velmora-water-plan-vote") == "mentions"


def test_the_vote_done_confirms() -> None:
    item = entry("ヴェルモラ地域議会、緊急水対策を可決した", "", "2026-09-11", "ja")
    assert verdict_for(MATCHER, item, "velmora-water-plan-vote") == "confirms"
