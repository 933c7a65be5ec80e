"""News on the way goes to the claim whose thing the item names.

Two claims of one story share a name (the Harbour lagoon): the consent, already
past due, and the works, whose turn it is. "Campaigners take the lagoon's development
consent to court" names the consent's own term and nothing of the works': it updates
the consent, not the works (labelling rules 5, 7 and 11). With no such term, the
news is the works', whose turn it is (invented subjects)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, GroupRole

LAGOON = group("lagoon", en=["Harbour lagoon"])
CONSENT = claim(
    "harbour-lagoon-consent", "The energy minister will grant development consent for the "
    "Harbour lagoon by March 2026.",
    [LAGOON, group("consent", GroupRole.OPTIONAL, en=["development consent"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31))
WORKS = claim(
    "harbour-lagoon-works", "Construction of the Harbour lagoon will begin in June 2027.",
    [LAGOON], kind=ClaimKind.EVENT, expected_from=date(2027, 6, 1),
    expected_by=date(2027, 6, 30))
MATCHER = Matcher([CONSENT, WORKS])


def test_a_challenge_to_the_consent_is_the_consents_news() -> None:
    item = entry("High Court throws out challenge to Harbour lagoon",
                 "The ruling upholds the development consent granted in March.", "2026-09-10",
                 "en")
    assert verdict_for(MATCHER, item, "harbour-lagoon-consent") == "updates"
    assert verdict_for(MATCHER, item, "harbour-lagoon-works") == "mentions"


def test_a_challenge_naming_no_ones_own_term_is_the_works_news() -> None:
    item = entry("High Court throws out challenge to Harbour lagoon", "", "2026-09-10", "en")
    assert verdict_for(MATCHER, item, "harbour-lagoon-works") == "updates"
