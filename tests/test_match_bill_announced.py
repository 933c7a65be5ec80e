"""A bill announced is a step toward the vote that decides it (labelling rules 4 and 6):
予算案を発表 and "announces the tram Bill" update a claim that the council will pass
it; the vote itself confirms it (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

BUDGET = claim(
    "velmora-tram-budget",
    "The Velmora city council will approve the supplementary budget for the Line 4 tram "
    "in its September 2026 session.",
    [group("budget", en=["tram budget", "supplementary budget"],
           fr=["budget du tramway"], ja=["補正予算"]),
     group("city", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"])],
    kind=ClaimKind.DECISION, expected_from=date(2026, 9, 1), expected_by=date(2026, 9, 30))
MATCHER = Matcher([BUDGET])


@pytest.mark.parametrize(("title", "language"), [
    ("ヴェルモラ市、路面電車の補正予算案を発表 9月議会に提出", "ja"),
    ("Velmora announces supplementary budget Bill for the tram", "en"),
])
def test_the_bill_announced_is_a_step(title: str, language: str) -> None:
    item = entry(title, "", "2026-08-20", language)
    assert verdict_for(MATCHER, item, "velmora-tram-budget") == "updates"


@pytest.mark.parametrize(("title", "language"), [
    ("ヴェルモラ市議会、路面電車の補正予算を可決", "ja"),
    ("Velmora council approves supplementary budget for the tram", "en"),
])
def test_the_vote_confirms(title: str, language: str) -> None:
    item = entry(title, "", "2026-09-25", language)
    assert verdict_for(MATCHER, item, "velmora-tram-budget") == "confirms"


def test_the_vote_beside_a_step_of_the_works_still_confirms() -> None:
    # the decision reported done, a step of what follows in another clause (rule 4)
    item = entry("路面電車の補正予算が成立 ヴェルモラ市、工事を本格化", "", "2026-09-25", "ja")
    assert verdict_for(MATCHER, item, "velmora-tram-budget") == "confirms"
