"""A Japanese weekday written onto a noun (日曜マイカー規制, 土曜営業) names a kind of
thing, not the day of the news: a headline's 可決 beside it is done, not a preview
(invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

VOTE = claim(
    "velmora-pass-vote", "Velmora's prefectural assembly will approve the Sunday car ban on "
                         "the Orsen pass on 26 May 2025.",
    [group("pass", en=["Orsen pass"], ja=["オルセン峠"]),
     group("assembly", en=["prefectural assembly"], ja=["県議会"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 4, 16), expected_from=date(2025, 5, 26),
    expected_by=date(2025, 5, 26))
MATCHER = Matcher([VOTE])


@pytest.mark.parametrize("title", [
    "オルセン峠の日曜マイカー規制、県議会が可決",
    "オルセン峠の土曜日通行規制、県議会が可決",
])
def test_a_weekday_on_a_noun_dates_nothing(title: str) -> None:
    item = entry(title, "", "2025-05-27", "ja")
    assert verdict_for(MATCHER, item, "velmora-pass-vote") == "confirms"


@pytest.mark.parametrize("title", [
    "オルセン峠のマイカー規制、県議会が金曜に採決",
    "オルセン峠のマイカー規制、県議会が月曜午前に採決",
])
def test_a_weekday_of_its_own_still_dates_the_vote(title: str) -> None:
    # published on a Tuesday: Friday, and Monday morning, are still ahead
    item = entry(title, "", "2025-05-20", "ja")
    assert verdict_for(MATCHER, item, "velmora-pass-vote") == "mentions"
