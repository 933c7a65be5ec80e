"""A sibling's decision made ("Calderby approves £48m council homes retrofit", for the
decision claim) is that claim's news; for a target that counts homes, a step with no
figure in it says nothing of the count (labelling rules 7 and 11). With a figure of
what it counts, it is the target's news too. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

CALDERBY = group("calderby", en=["Calderby"], fr=["Calderby"])
PLAN_VOTE = claim(
    "calderby-retrofit-vote", "Calderby council will approve the £48m funding for its "
    "council homes retrofit in February 2026.",
    [CALDERBY, group("funding", en=["£48m", "homes retrofit", "retrofit plan"],
                     fr=["48 millions", "plan de rénovation"])],
    kind=ClaimKind.DECISION, expected_from=date(2026, 2, 1), expected_by=date(2026, 2, 28))
HOMES = claim(
    "calderby-homes-retrofitted", "Calderby will retrofit 2,000 council homes by the end "
    "of 2028.",
    [CALDERBY, group("homes", en=["council homes", "homes"], fr=["logements"]),
     group("works", en=["retrofit", "retrofitted"], fr=["rénovation", "rénovés"])],
    kind=ClaimKind.TARGET, expected_by=date(2028, 12, 31))
CLAIMS = [PLAN_VOTE, HOMES]


@pytest.mark.parametrize(("claim_id", "title", "expected"), [
    ("calderby-retrofit-vote", "Calderby approves £48m council homes retrofit", "confirms"),
    ("calderby-homes-retrofitted", "Calderby approves £48m council homes retrofit",
     "mentions"),
    # guard: a count of what the target counts is its news
    ("calderby-homes-retrofitted",
     "Calderby approves £48m council homes retrofit as 600 homes are done", "updates"),
], ids=["the-decision", "the-target", "guard-with-a-count"])
def test_a_siblings_decision_is_no_count(claim_id: str, title: str, expected: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", "2026-02-25", "en")
