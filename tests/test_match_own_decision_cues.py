"""A decision claim's own confirming cue is its decision, as a general deciding word
is: a plan or proposal word before it names what was decided (改修案を可決, "approves
the renovation plan"), no plan for it (a claim writer's report, round thirty-nine).
Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

VOTE = claim(
    "dorvale-hall-vote", "Dorvale town council will approve the renovation of its market "
    "hall on 5 March 2026.",
    [group("hall", en=["market hall"], fr=["halles"], ja=["市場棟"]),
     group("dorvale", en=["Dorvale"], fr=["Dorvale"], ja=["ドルバール"])],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 2, 1), expected_from=date(2026, 3, 5),
    expected_by=date(2026, 3, 5),
    cues={Verdict.CONFIRMS: {"en": ("approves",), "fr": ("adopte",), "ja": ("可決",)}},
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("ドルバール町議会、市場棟の改修案を可決", "ja", "confirms"),
    ("ドルバール町議会、市場棟の改修案を賛成多数で可決", "ja", "confirms"),
    ("Dorvale council approves market hall renovation plan", "en", "confirms"),
    # guard: a plan to decide is still a plan
    ("Dorvale council plans to approve market hall renovation", "en", "mentions"),
], ids=["ja-an-wo", "ja-an-wo-majority", "en-plan-approved", "guard-plans-to"])
def test_a_decision_claims_own_cue_decides_the_plan(title: str, language: str,
                                                     expected: str) -> None:
    check_verdict([VOTE], "dorvale-hall-vote", expected, title, "", "2026-03-05", language)
