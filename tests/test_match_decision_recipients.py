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


# A third claim's subject after a preposition that is no genitive ("despite") heads a
# phrase of its own: "councillors despite landowners' concerns" is no one noun phrase
# whose head is the landowners (claim writer of round 99)
LAND = claim(
    "vire-land-deals", "The Orne council will sign land deals with all 40 landowners along "
    "the Vire greenway by March 2026.",
    [TRAIL, group("landowners", en=["landowners"], fr=["propriétaires"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 9, 15), expected_by=date(2026, 3, 31))


@pytest.mark.parametrize(("title", "language"), [
    ("Vire greenway gets green light from Orne council despite landowners' concerns", "en"),
    ("Vire greenway gets green light from Orne council amid landowners' protests", "en"),
], ids=["despite", "amid"])
def test_a_concessive_preposition_ends_the_deciders_phrase(title: str, language: str) -> None:
    check_verdict([VOTE, OPENING, LAND], "orne-trail-vote", "confirms", title, "", "2025-10-20",
                  language)


# What a decision is done to, right after its verb, is this claim's thing too when the
# claim names it (shared with the opening claim): "confie la piscine de Brenne à
# Vertalis" (claim writer of round 99)
POOL = group("pool", en=["Brenne pool"], fr=["piscine de Brenne"])
OPERATOR = claim(
    "brenne-pool-operator", "The Brenne council will pick Vertalis to run the Brenne pool in "
    "June 2026.",
    [POOL, group("operator", en=["Vertalis"], fr=["Vertalis"])],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 3, 2), expected_by=date(2026, 6, 30))
POOL_OPENING = claim(
    "brenne-pool-opening", "The Brenne pool will reopen in September 2026.",
    [POOL], kind=ClaimKind.EVENT, claimed_on=date(2026, 3, 2),
    expected_from=date(2026, 9, 1), expected_by=date(2026, 9, 30))


@pytest.mark.parametrize(("title", "language"), [
    ("La ville confie la piscine de Brenne à Vertalis", "fr"),
    ("Council approves the Brenne pool deal with Vertalis", "en"),
], ids=["fr-confier", "en-approve"])
def test_what_a_decision_is_done_to_is_no_rival(title: str, language: str) -> None:
    check_verdict([OPERATOR, POOL_OPENING], "brenne-pool-operator", "confirms", title, "",
                  "2026-06-20", language)


# A name both claims share right before a compound past ("Velmora a choisi", "has
# picked") is who decides, as right before a present verb (claim writer of round 101)
TOWN = group("town", en=["Velmora"], fr=["Velmora"])
SHUTTLE = group("shuttle", en=["night shuttle"], fr=["navette de nuit"])
PICK = claim(
    "velmora-shuttle-operator", "Velmora will choose an operator for its night shuttle in "
    "January 2027.",
    [TOWN, group("operator", en=["operator"], fr=["opérateur"]), SHUTTLE],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 10, 5), expected_by=date(2027, 1, 31))
LAUNCH = claim(
    "velmora-shuttle-launch", "Velmora's night shuttle will start running in April 2027.",
    [TOWN, SHUTTLE],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 10, 5), expected_by=date(2027, 4, 30))


@pytest.mark.parametrize(("title", "language"), [
    ("Velmora a choisi son opérateur pour la navette de nuit", "fr"),
    ("Velmora has picked an operator for the night shuttle", "en"),
    # an -ir verb's present (« choisit ») is a present verb too
    ("Velmora choisit son opérateur pour la navette de nuit", "fr"),
], ids=["fr-a-choisi", "en-has-picked", "fr-choisit"])
def test_a_shared_name_before_a_compound_past_decides(title: str, language: str) -> None:
    check_verdict([PICK, LAUNCH], "velmora-shuttle-operator", "confirms", title, "",
                  "2027-01-20", language)
