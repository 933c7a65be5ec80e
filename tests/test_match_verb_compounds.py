"""Two words that look like a claim's verbs and are not (claim writer of round 57): a
French verb joined by a hyphen to a noun is a compound noun (« un garde-corps neuf »
keeps nothing; « restera-t-il ouvert » is still the verb, its subject inverted), and a
refusal of a green light stops a decision as a refused permission does (« refuse son
feu vert », "refuses green light"). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BRIDGE_OPEN = claim(
    "vire-bridge-open", "The Vire footbridge will stay open to walkers throughout the works "
    "until June 2027.",
    [group("bridge", en=["Vire footbridge"], fr=["passerelle de la Vire"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 9, 15), expected_from=date(2025, 9, 15),
    expected_by=date(2027, 6, 30))
VOTE = claim(
    "vire-trail-vote", "The Orne council will approve the Vire greenway in October 2025.",
    [group("council", en=["Orne council"], fr=["conseil départemental de l'Orne"]),
     group("trail", en=["Vire greenway"], fr=["voie verte de la Vire"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 9, 15), expected_by=date(2025, 10, 31))


@pytest.mark.parametrize(("title", "expected"), [
    ("Un garde-corps neuf pour la passerelle de la Vire", "mentions"),
    ("La passerelle de la Vire gardée ouverte pendant les travaux", "confirms"),  # the verb
], ids=["compound-noun", "guard-verb"])
def test_a_verb_joined_to_a_noun_is_a_noun(title: str, expected: str) -> None:
    check_verdict([BRIDGE_OPEN], "vire-bridge-open", expected, title, "", "2026-05-02", "fr")


@pytest.mark.parametrize(("title", "language"), [
    ("Le conseil départemental de l'Orne refuse son feu vert à la voie verte de la Vire",
     "fr"),
    ("Orne council refuses green light to Vire greenway", "en"),
], ids=["fr", "en"])
def test_a_green_light_refused_stops_the_decision(title: str, language: str) -> None:
    check_verdict([VOTE], "vire-trail-vote", "contradicts", title, "", "2025-10-20", language)
