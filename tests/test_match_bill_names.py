"""A bill's name also finds the act it becomes ("Vapes Bill" → "Vapes Act", « projet de
loi » → « loi », 法案 → 法). Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.finding.bill_names import enacted_forms
from tracker.match.finding.lexicon import load_lexicon
from tracker.models import ClaimKind


@pytest.mark.parametrize(("term", "language", "forms"), [
    ("Coastal Fishing Bill", "en", ("Coastal Fishing Act",)),
    ("coastal fishing bill", "en", ()),  # not a named bill
    ("Billings Harbour", "en", ()),  # a word that starts like it
    ("projet de loi sur la pêche côtière", "fr", ("loi sur la pêche côtière",)),
    ("沿岸漁業法案", "ja", ("沿岸漁業法",)),
    ("法案提出", "ja", ()),  # the bill word not at the name's end
])
def test_a_bill_name_gives_the_act_name(term: str, language: str,
                                         forms: tuple[str, ...]) -> None:
    assert enacted_forms(term, language, load_lexicon()) == forms


VOTE = claim(  # decision: a parliament passes a named bill
    "velsund-fishing-bill", "Velsund's parliament will pass the Coastal Fishing Bill by June 2026.",
    [group("bill", en=["Coastal Fishing Bill"], fr=["projet de loi sur la pêche côtière"],
           ja=["沿岸漁業法案"]),
     group("velsund", en=["Velsund"], fr=["Velsund"], ja=["ヴェルスント"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Velsund parliament adopts Coastal Fishing Act", "en", "confirms"),
    ("Velsund : le Parlement adopte la loi sur la pêche côtière", "fr", "confirms"),
    ("ヴェルスント議会、沿岸漁業法を可決", "ja", "confirms"),
    # guard: another act of the same parliament
    ("Velsund parliament adopts Inland Fishing Act", "en", None),
], ids=["en", "fr", "ja", "guard-other-act"])
def test_the_act_names_the_bill_claim(title: str, language: str, expected: str | None) -> None:
    check_verdict([VOTE], "velsund-fishing-bill", expected, title, "", "2026-05-20", language)
