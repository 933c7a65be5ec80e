"""What a decision goes to is no one who decides (claim writer of round 57): in
"Orne council gives green light to Vire greenway" the greenway, which the opening
claim names as its subject and the vote claim names too, stands behind "to" after the
decision word; the decision stays the council's claim. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

TRAIL = group("trail", en=["Vire greenway"], fr=["voie verte de la Vire"])
VOTE = claim(
    "orne-trail-vote", "The Orne council will approve the Vire greenway in October 2025.",
    [group("council", en=["Orne council"], fr=["conseil de l'Orne"]),
     group("trail", GroupRole.OPTIONAL, en=["Vire greenway"], fr=["voie verte de la Vire"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 9, 15), expected_by=date(2025, 10, 31))
OPENING = claim(
    "vire-trail-opening", "The Vire greenway will open in June 2027.",
    [TRAIL], kind=ClaimKind.EVENT, claimed_on=date(2025, 9, 15),
    expected_from=date(2027, 6, 1), expected_by=date(2027, 6, 30))


@pytest.mark.parametrize(("title", "expected"), [
    ("Orne council gives green light to Vire greenway", "confirms"),
    # guard: the greenway as the subject of another verb after the decision
    ("Orne council meets as Vire greenway gets green light from the state", "mentions"),
], ids=["to", "guard-subject"])
def test_what_a_decision_goes_to_does_not_decide(title: str, expected: str) -> None:
    check_verdict([VOTE, OPENING], "orne-trail-vote", expected, title, "", "2025-10-20", "en")
