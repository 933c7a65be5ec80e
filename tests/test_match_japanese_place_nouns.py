"""A Japanese event word followed by 地 ("place") names a place, not the event: 開催地
is "the host venue", 建設地 "the building site", 開幕地 "the place of the opening".
The event has not happened because its place is named (a round-61 items writer's
開幕地予算を可決, where 開幕 read as the opening done). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

SUMMIT = claim(  # meeting: a regional water summit, held on 10 July 2025
    "orvel-water-summit", "Orvel will host the regional water summit on 10 July 2025.",
    [group("orvel", en=["Orvel"], ja=["オルヴェル"]),
     group("summit", en=["water summit"], ja=["水サミット"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 5, 1), expected_from=date(2025, 7, 10),
    expected_by=date(2025, 7, 10),
)


BUDGET = claim(  # decision: the council votes the host town's budget for the summit
    "orvel-summit-budget", "Orvel's council will vote the €2 million budget for hosting the "
    "water summit on 20 March 2025.",
    [group("orvel", en=["Orvel"], ja=["オルヴェル"]),
     group("budget", en=["summit budget"], ja=["予算"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 2, 1), expected_from=date(2025, 3, 20),
    expected_by=date(2025, 3, 20),
)


def test_a_budget_for_the_place_of_the_opening_is_voted_not_the_opening_begun() -> None:
    # 開幕地予算: "the budget of the place of the opening"; the vote is the claim's own news
    check_verdict([BUDGET], "orvel-summit-budget", "confirms", "オルヴェル、大会開幕地予算を可決",
                  "", "2025-03-20", "ja")


@pytest.mark.parametrize(("title", "expected"), [
    ("水サミット開催地のオルヴェル、準備急ぐ", "mentions"),  # the host town gets ready
    ("オルヴェルで水サミット開催 3カ国が参加", "confirms"),  # held: the event itself
], ids=["place-noun", "held"])
def test_an_event_word_before_its_place_noun_names_the_place(title: str,
                                                               expected: str) -> None:
    check_verdict([SUMMIT], "orvel-water-summit", expected, title, "", "2025-07-10", "ja")
