"""A word of cutting back is no news of a meeting (round 76): a meeting has nothing to
cut, so "rent bill £11m lower" after the creditors' meeting tells of the cuts the
meeting voted, another claim's news. Subjects are invented; verdicts follow
../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

MEETING = claim(
    "harlow-creditors-meeting", "Harlow Stores' creditors will meet on 28 April 2026 to vote "
    "on its rent cuts.",
    [group("harlow", en=["Harlow Stores"], fr=["Harlow Stores"], ja=["ハーロウ"]),
     group("creditors", en=["creditors", "landlords"], fr=["créanciers", "bailleurs"],
           ja=["債権者", "家主"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 4, 28), expected_by=date(2026, 4, 28),
)


@pytest.mark.parametrize(("title", "summary", "language", "expected"), [
    ("Harlow Stores misses its rent goal",
     "Its annual rent bill stood at £276m, £34m lower than before the deal with landlords.",
     "en", "mentions"),
    ("ハーロウの賃料負担、家主との合意後に3400万ポンド減少", "", "ja", "mentions"),
    # guard: a meeting put off stays its news
    ("Harlow Stores postpones its creditors' meeting to July", "", "en", "updates"),
], ids=["en", "ja", "guard-cancelled"])
def test_a_cutback_is_no_news_of_a_meeting(title: str, summary: str, language: str,
                                           expected: str) -> None:
    check_verdict([MEETING], "harlow-creditors-meeting", expected, title, summary,
                  "2026-06-17", language)
