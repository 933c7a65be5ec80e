"""A title that only tells a step ahead ("Old boathouse to become museum") over a
summary that reports the decision made ("trustees voted on Thursday to sell it"): the
summary's confirmation is the item's news (labelling rule 1). A summary that tells
the vote still to come leaves the title's reading (invented subjects)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

DECISION = claim(
    "harlow-boathouse-decision",
    "The Harlow lifeboat trustees will decide in October 2025 whether to sell the old "
    "boathouse.",
    [group("boathouse", en=["old Harlow boathouse", "old boathouse"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 9, 1), expected_by=date(2025, 10, 31))
MATCHER = Matcher([DECISION])
TITLE = "Old Harlow boathouse to become museum"


def test_the_summary_reports_the_decision_made() -> None:
    item = entry(TITLE, "The trustees voted on Thursday to sell the old boathouse to the "
                 "town.", "2025-10-24", "en")
    assert verdict_for(MATCHER, item, "harlow-boathouse-decision") == "confirms"


def test_a_summary_with_the_vote_to_come_is_no_confirmation() -> None:
    item = entry(TITLE, "The trustees will vote next month on the sale of the old "
                 "boathouse.", "2025-10-10", "en")
    assert verdict_for(MATCHER, item, "harlow-boathouse-decision") != "confirms"
