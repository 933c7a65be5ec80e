"""A name in a list of customers is not the subject ("its customers include Corvane"),
but a company's own customers named with it are news of the company ("customers of
Talvane", "last customers served as 41 Talvane branches shut"). Subjects are
invented; verdicts follow ../shared/labelling.md (rule 10)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

CLOSURES = claim(  # event: a bank's first wave of branch closures
    "talvane-first-wave", "Talvane Bank will close 41 branches on 19 June 2026.",
    [group("talvane", en=["Talvane"], fr=["Talvane"]),
     group("branches", en=["branches", "branch"], fr=["agences"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 6, 19), expected_by=date(2026, 6, 19),
)
PLANT = claim(  # event: a carmaker's plant opens
    "corvane-plant-opening", "Corvane's Halden battery plant will open in 2026.",
    [group("corvane", en=["Corvane"]), group("plant", en=["battery plant"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("claim_id", "title", "expected"), [
    ("talvane-first-wave", "Last customers served as 41 Talvane branches shut their doors",
     "confirms"),
    ("talvane-first-wave", "Customers of Talvane queue as 41 branches close", "confirms"),
    ("talvane-first-wave", "Les clients de Talvane devant 41 agences fermées", "confirms"),
    # guard: a list of customers names no subject
    ("corvane-plant-opening",
     "Halden opens a battery plant; its customers include Corvane, Ostra and Vinmark", None),
], ids=["customers-before-the-name", "customers-of", "les-clients-de", "guard-customer-list"])
def test_customers_open_a_list_only_as_a_list(claim_id: str, title: str,
                                              expected: str | None) -> None:
    language = "fr" if title.startswith("Les ") else "en"
    check_verdict([CLOSURES, PLANT], claim_id, expected, title, "", "2026-06-19", language)


ORDER = claim(  # decision: a city orders boats from a shipyard
    "velmora-boat-order", "Velmora will sign an order for five electric catamarans with the "
    "Keridec shipyard by May 2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"]),
     group("boats", en=["catamarans"], fr=["catamarans"]),
     group("keridec", en=["Keridec"], fr=["Keridec"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 5, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    # a quantity after « commande de » is the goods ordered, no list of customers, and the
    # counted thing is the object signed for, nothing new
    ("Velmora signe une commande de cinq catamarans avec Keridec", "fr", "confirms"),
    ("Velmora signs an order for five catamarans with Keridec", "en", "confirms"),
    # guards: a list of customers, and something new signed
    ("Nordal yard books orders from Velmora and Keridec for catamarans", "en", None),
    ("Velmora signs an addendum on catamarans with Keridec", "en", "mentions"),
], ids=["commande-de-cinq", "order-for-five", "guard-orders-from", "guard-addendum"])
def test_an_order_for_a_quantity(title: str, language: str, expected: str | None) -> None:
    check_verdict([ORDER], "velmora-boat-order", expected, title, "", "2026-05-10", language)
