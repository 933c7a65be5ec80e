"""A contract or a tender won is its award told from the winner's side ("Kesk Civils
wins Ostrava depot contract", « remporte le marché », 受注): a step toward the works
(labelling rule 6), and the decision itself for a claim that a contractor will be
chosen. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

DEPOT = group("depot", en=["Ostrava bus depot"], fr=["dépôt de bus d'Ostrava"],
              ja=["オストラバのバス車庫"])
WORKS = claim(
    "depot-works", "Construction of the Ostrava bus depot will start in November 2026.",
    [DEPOT], kind=ClaimKind.EVENT, expected_from=date(2026, 11, 1),
    expected_by=date(2026, 11, 30),
)
CHOICE = claim(
    "depot-contractor", "Ostrava will choose the contractor for its bus depot by July 2026.",
    [DEPOT], kind=ClaimKind.DECISION,
)
WON = [
    ("Kesk Civils wins Ostrava bus depot contract", "en"),
    ("Kesk Civils wins the tender for the Ostrava bus depot", "en"),
    ("Kesk Civils lands £40m Ostrava bus depot contract", "en"),
    ("Dépôt de bus d'Ostrava : Kesk remporte le marché", "fr"),
    ("Dépôt de bus d'Ostrava : Kesk décroche le contrat", "fr"),
    ("オストラバのバス車庫、ケスク建設が受注", "ja"),
]


@pytest.mark.parametrize(("title", "language"), WON)
def test_a_contract_won_is_a_step_toward_the_works(title: str, language: str) -> None:
    item = entry(title, "", "2026-07-01", language)
    assert verdict_for(Matcher([WORKS]), item, "depot-works") == "updates"


@pytest.mark.parametrize(("title", "language"), WON)
def test_a_contract_won_is_the_choice_of_a_contractor(title: str, language: str) -> None:
    item = entry(title, "", "2026-06-20", language)
    assert verdict_for(Matcher([CHOICE]), item, "depot-contractor") == "confirms"


@pytest.mark.parametrize(("title", "language"), [
    # to win backing is no contract; a contract lost goes to another
    ("Ostrava bus depot wins backing from residents", "en"),
    ("Une course cycliste remporte un marché près du dépôt de bus d'Ostrava", "fr"),
])
def test_other_wins_are_no_step(title: str, language: str) -> None:
    item = entry(title, "", "2026-07-01", language)
    assert verdict_for(Matcher([WORKS]), item, "depot-works") in (None, "mentions")


CONTRACTOR = claim(
    "depot-kesk", "Ostrava will award its bus depot contract to Kesk by July 2026.",
    [DEPOT, group("kesk", en=["Kesk"], fr=["Kesk"], ja=["ケスク"])],
    kind=ClaimKind.DECISION,
)


@pytest.mark.parametrize(("title", "relevant"), [
    # the claim's own contractor, then its suffix (社) and が: the one who won, no
    # customer in a list, so the item is about the claim
    ("オストラバのバス車庫、ケスク社が受注", True),
    # guard: a name that is the goods ordered stays out of the claim
    ("オストラバのバス車庫、ケスク製品を受注", False),
])
def test_a_named_winner_with_its_suffix_acts(title: str, relevant: bool) -> None:
    item = entry(title, "", "2026-06-20", "ja")
    assert (verdict_for(Matcher([CONTRACTOR]), item, "depot-kesk") is not None) == relevant


@pytest.mark.parametrize(("title", "language"), [
    ("Kesk wins Ostrava bus depot contract", "en"),
    ("Dépôt de bus d'Ostrava : Kesk remporte le marché", "fr"),
    ("オストラバのバス車庫、ケスク社が受注", "ja"),
])
def test_a_contract_won_is_the_award_of_a_contract(title: str, language: str) -> None:
    """"will award its bus depot contract to Kesk" names a choice too ("award …
    contract", a gap allowed), so the contract won is the award itself."""
    item = entry(title, "", "2026-06-20", language)
    assert verdict_for(Matcher([CONTRACTOR]), item, "depot-kesk") == "confirms"
