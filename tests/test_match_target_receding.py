"""A target said out of reach before its deadline ("target out of reach", « l'objectif
s'éloigne », 目標達成は困難) is a shortfall foretold: an update, not a figure met or
missed (rule 7; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

RIDERS = claim(
    "harlow-ferry-riders", "The Harlow ferry will carry 900,000 passengers in 2027.",
    [group("ferry", en=["Harlow ferry"], fr=["navette de Harlow"], ja=["ハーロウ渡船"]),
     group("riders", en=["passengers"], fr=["voyageurs"], ja=["利用者"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 1, 12), expected_from=date(2027, 1, 1),
    expected_by=date(2027, 12, 31))
MATCHER = Matcher([RIDERS])


@pytest.mark.parametrize(("title", "language"), [
    ("Harlow ferry concedes 900,000 passengers target out of reach", "en"),
    ("Navette de Harlow : l'objectif des 900 000 voyageurs s'éloigne", "fr"),
    ("ハーロウ渡船、利用者90万人の目標達成は困難に", "ja"),
])
def test_a_target_said_out_of_reach_is_an_update(title: str, language: str) -> None:
    item = entry(title, "", "2027-09-02", language)
    assert verdict_for(MATCHER, item, "harlow-ferry-riders") == "updates"
