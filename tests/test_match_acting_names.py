"""A name two claims share, standing right before a verb as its subject, is who acts,
not what the verb is about: "Marlow County approves animal shelter bond" is the bond's
approval, though the county and the shelter are the only names of the claims on the
shelter's building and opening (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

COUNTY = group("county", en=["Marlow County"], fr=["comté de Marlow"])
SHELTER = group("shelter", en=["animal shelter"], fr=["refuge pour animaux"])
BOND = claim(
    "marlow-bond-vote", "The Marlow County commission will approve $12M in bonds for a new "
                        "animal shelter on 11 February 2025.",
    [COUNTY, SHELTER, group("bond", en=["bond", "bonds"], fr=["emprunt"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 1, 20), expected_from=date(2025, 2, 11),
    expected_by=date(2025, 2, 11))
BUILD = claim(
    "marlow-shelter-works", "Construction of Marlow County's new animal shelter will begin "
                            "in June 2025.",
    [COUNTY, SHELTER], kind=ClaimKind.EVENT, claimed_on=date(2025, 1, 20),
    expected_from=date(2025, 6, 1), expected_by=date(2025, 6, 30))
OPENING = claim(
    "marlow-shelter-opening", "Marlow County's new animal shelter will open in autumn 2026.",
    [COUNTY, SHELTER], kind=ClaimKind.EVENT, claimed_on=date(2025, 1, 20),
    expected_from=date(2026, 9, 1), expected_by=date(2026, 11, 30))
MATCHER = Matcher([BOND, BUILD, OPENING])


@pytest.mark.parametrize("title", [
    "Marlow County approves animal shelter bond",
    "Marlow County approved animal shelter bond on Tuesday",
])
def test_the_name_before_the_verb_acts(title: str) -> None:
    item = entry(title, "", "2025-02-12", "en")
    assert verdict_for(MATCHER, item, "marlow-bond-vote") == "confirms"


def test_a_name_before_a_passive_verb_is_what_it_is_about() -> None:
    # the shelter's bond approved: the same news, told from the thing approved
    item = entry("Animal shelter bond approved by Marlow County", "", "2025-02-12", "en")
    assert verdict_for(MATCHER, item, "marlow-bond-vote") == "confirms"


LAGOON = group("lagoon", en=["Orsen lagoon", "Orsen tidal lagoon"])
FIRST_POWER = claim(
    "orsen-lagoon-power", "The Orsen tidal lagoon will send its first power to the grid "
                          "in 2026.",
    [LAGOON], kind=ClaimKind.EVENT, claimed_on=date(2025, 1, 20),
    expected_from=date(2026, 1, 1), expected_by=date(2026, 12, 31))
TURBINES = claim(
    "orsen-lagoon-turbines", "All sixteen turbines of the Orsen lagoon will be delivered by "
                             "March 2026.",
    [LAGOON, group("turbines", en=["turbines"])], kind=ClaimKind.EVENT,
    claimed_on=date(2025, 1, 20), expected_from=date(2025, 6, 1),
    expected_by=date(2026, 3, 31))
LAGOON_MATCHER = Matcher([FIRST_POWER, TURBINES])


def test_a_name_that_acts_on_something_else_keeps_its_verb() -> None:
    # the lagoon exports power: the turbines are no object of the verb
    item = entry("Orsen lagoon exports first power as four turbines run", "", "2026-05-02",
                 "en")
    assert verdict_for(LAGOON_MATCHER, item, "orsen-lagoon-turbines") == "mentions"
