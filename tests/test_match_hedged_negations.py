"""A hedge right before a negation ("may not be kept", « pourrait ne pas être
maintenue ») makes it a possibility: a threat to the plan or the state (labelling rule
7, updates), not its end (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

FREE = claim(
    "orsen-free-buses", "Buses in Orsen will remain free of charge until 31 December 2026.",
    [group("free", en=["Orsen free buses", "free buses in Orsen"],
           fr=["gratuité des bus d'Orsen", "bus gratuits d'Orsen"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 1, 20), expected_from=date(2025, 2, 1),
    expected_by=date(2026, 12, 31))
POOL = claim(
    "orsen-pool-reopening", "Orsen's lido will reopen in June 2026.",
    [group("lido", en=["Orsen lido"], fr=["piscine d'Orsen"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 1, 20), expected_from=date(2026, 6, 1),
    expected_by=date(2026, 6, 30))
MATCHER = Matcher([FREE, POOL])


@pytest.mark.parametrize(("claim_id", "title", "language"), [
    ("orsen-free-buses", "Orsen free buses may not be kept", "en"),
    ("orsen-free-buses", "La gratuité des bus d'Orsen pourrait ne pas être maintenue", "fr"),
    ("orsen-pool-reopening", "Orsen lido may never reopen", "en"),
])
def test_a_hedged_negation_is_a_threat(claim_id: str, title: str, language: str) -> None:
    item = entry(title, "", "2026-03-01", language)
    assert verdict_for(MATCHER, item, claim_id) == "updates"


@pytest.mark.parametrize(("claim_id", "title", "expected"), [
    ("orsen-free-buses", "Orsen free buses will not be kept", "contradicts"),
    ("orsen-pool-reopening", "Orsen lido will never reopen", "contradicts"),
    # a time after it: only later, a delay
    ("orsen-pool-reopening", "Orsen lido may not reopen before 2027", "updates"),
])
def test_without_a_hedge_it_ends_it(claim_id: str, title: str, expected: str) -> None:
    item = entry(title, "", "2026-03-01", "en")
    assert verdict_for(MATCHER, item, claim_id) == expected
