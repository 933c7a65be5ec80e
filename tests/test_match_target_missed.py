"""A target said missed once its deadline has passed contradicts it (labelling rule
7): "rebate target missed", « objectif raté », the noun first as in "objectif manqué".
Before the deadline the same words foretell a shortfall. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

REBATES = claim(
    "brindle-rebates", "Brindle will issue 1,200 heat-pump rebates by December 31, 2026.",
    [group("town", en=["Brindle"], fr=["Brindle"], ja=["ブリンドル"]),
     group("rebates", en=["heat-pump rebates", "rebates"], fr=["primes", "aides"],
           ja=["補助金"])],
    kind=ClaimKind.TARGET, expected_from=date(2026, 3, 1), expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Brindle heat-pump rebate target missed", "en", "contradicts"),
    ("Brindle's rebates target narrowly missed", "en", "contradicts"),
    ("Objectif raté pour les primes de Brindle", "fr", "contradicts"),
    ("Brindle : l'objectif des primes largement raté", "fr", "contradicts"),
], ids=["en", "en-gap", "fr", "fr-gap"])
def test_a_target_missed_after_its_deadline(title: str, language: str, expected: str) -> None:
    check_verdict([REBATES], "brindle-rebates", expected, title, "", "2027-01-15", language)


@pytest.mark.parametrize(("title", "language"), [
    ("Brindle heat-pump rebate target missed, city warns", "en"),
    ("Objectif raté pour les primes de Brindle, prévient la mairie", "fr"),
], ids=["en", "fr"])
def test_the_same_words_before_the_deadline_are_no_final_miss(title: str,
                                                               language: str) -> None:
    check_verdict([REBATES], "brindle-rebates", "updates", title, "", "2026-10-15", language)
