"""A title that writes a target's own figure beside a word of the goal is about that
target, though it leaves out a word of what the target measures (round 78): "Yukihara
narrowly misses ¥30m naming-rights goal" for naming-rights revenue. Only a group of
things may be left out so, never the place: another town's goal of the same figure is
not this one's. Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BRENVALE = group("brenvale", en=["Brenvale"], fr=["Brenvale"], ja=["ブレンベール"])
REVENUE = claim(
    "brenvale-parking-revenue", "Brenvale will raise its parking revenue to £2 million a "
    "year by March 2028.",
    [BRENVALE,
     group("revenue", en=["parking revenue", "parking income"],
           fr=["recettes du stationnement"], ja=["駐車場収入"])],
    kind=ClaimKind.TARGET, expected_by=date(2028, 3, 31),
)
# a sibling that shares the town's name, so that the revenue is the target's own subject
HEARING = claim(
    "brenvale-hearing", "Brenvale will hold a public hearing on parking charges in May "
    "2026.",
    [BRENVALE, group("hearing", en=["public hearing"], fr=["réunion publique"],
                     ja=["公聴会"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 5, 1), expected_by=date(2026, 5, 31),
)
CLAIMS = [REVENUE, HEARING]


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Brenvale narrowly misses £2m car park goal", "en", "contradicts"),
    ("Brenvale manque son objectif de 2 millions de livres", "fr", "contradicts"),
    ("ブレンベール、目標の200万ポンドに届かず", "ja", "contradicts"),
], ids=["en", "fr", "ja"])
def test_the_goal_figure_stands_for_what_it_measures(title: str, language: str,
                                                     expected: str) -> None:
    check_verdict(CLAIMS, "brenvale-parking-revenue", expected, title, "", "2028-05-10",
                  language)


@pytest.mark.parametrize(("title", "language"), [
    # the same figure with no word of the goal: any sum of the town's
    ("Brenvale spends £2m on car park lighting", "en"),
    # the goal word too far from the figure to be its goal
    ("Brenvale sets a goal for library visits as a sponsor gives £2m", "en"),
    # another town's goal of the same figure: the place is never left out
    ("Kestow narrowly misses £2m car park goal", "en"),
    ("ケストー、目標の200万ポンドに届かず", "ja"),
], ids=["no-goal-word", "goal-word-far", "another-town", "another-town-ja"])
def test_guards(title: str, language: str) -> None:
    check_verdict(CLAIMS, "brenvale-parking-revenue", None, title, "", "2028-05-10", language)
