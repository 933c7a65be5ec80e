"""A headline's short last clause that names a teller with a word of doubt ("…, mayor
hints", « …, suggère le maire ») makes what comes before it only hinted: news, not the
event done. "…, mayor says" hedges nothing (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

PIER = claim(
    "quenby-pier", "Quenby's pier will stay open to the public until the end of 2027.",
    [group("pier", en=["Quenby pier"], fr=["jetée de Quenby"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 3, 1), expected_by=date(2027, 12, 31))
CLAIMS = [PIER]


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "Quenby pier to close next month, mayor hints", "en"),
    ("updates", "Quenby pier to shut in the winter, council leader warns", "en"),
    ("updates", "La jetée de Quenby fermera le mois prochain, suggère le maire", "fr"),
    # guard: a teller who only says it leaves the news as it is
    ("contradicts", "Quenby pier to close next month, mayor says", "en"),
])
def test_a_doubting_teller_hedges_the_headline(expected: str, title: str,
                                               language: str) -> None:
    check_verdict(CLAIMS, "quenby-pier", expected, title, "", "2026-09-10", language)


@pytest.mark.parametrize("title", [
    # a long last clause is more than a teller; an event word there is its own news
    "Quenby pier to close next month, the chair of the harbour trust and its treasurer warn",
    "Quenby pier to close next month, jobs at risk as traders fear the worst",
])
def test_only_a_short_last_clause_with_no_event_word_is_a_teller(title: str) -> None:
    check_verdict(CLAIMS, "quenby-pier", "contradicts", title, "", "2026-09-10", "en")
