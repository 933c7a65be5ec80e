"""A decision claim's decision told more than a year after its day is another decision
on the same subject (a renewal, a second rise): context, not the one claimed. Within
the year it is the claimed decision, come late (labelling rule 4). Invented subjects."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

FREE_BUSES = claim(
    "orsen-free-buses-vote", "Orsen's council will vote on 26 June 2025 to make its buses "
                             "free of charge.",
    [group("orsen", en=["Orsen"], fr=["Orsen"], ja=["オルセン"]),
     group("buses", en=["buses", "bus network"], fr=["bus", "réseau de bus"], ja=["バス"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 3, 2), expected_from=date(2025, 6, 26),
    expected_by=date(2025, 6, 26))
MATCHER = Matcher([FREE_BUSES])


@pytest.mark.parametrize(("title", "language"), [
    ("Orsen council votes to keep buses free until 2035", "en"),
    ("Orsen : le conseil a voté la gratuité des bus jusqu'en 2035", "fr"),
    ("オルセン市議会、バス無料化の条例を可決", "ja"),
])
def test_a_decision_years_later_is_another(title: str, language: str) -> None:
    item = entry(title, "", "2027-12-11", language)
    assert verdict_for(MATCHER, item, "orsen-free-buses-vote") == "mentions"


@pytest.mark.parametrize(("title", "language"), [
    ("Orsen council votes to make buses free", "en"),
    ("Orsen : le conseil a voté la gratuité des bus", "fr"),
])
def test_a_decision_months_late_is_the_one_claimed(title: str, language: str) -> None:
    item = entry(title, "", "2026-03-11", language)
    assert verdict_for(MATCHER, item, "orsen-free-buses-vote") == "confirms"
