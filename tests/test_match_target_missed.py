"""A target said missed once its deadline has passed contradicts it (labelling rule
7): "rebate target missed", « objectif raté », the noun first as in "objectif manqué".
Before the deadline the same words foretell a shortfall. A negated "reach" whose clause
counts nothing ("applicants who could not be reached") is no shortfall. Subjects are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, entry, group, verdict_for

from tracker.match import Matcher
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


SEASON = claim(  # target over a season that has not begun when the claim is made
    "brindle-lido-swimmers", "Brindle lido will welcome 40,000 swimmers in its 2026 season, "
    "from May to September.",
    [group("lido", en=["Brindle lido"], fr=["piscine de Brindle"], ja=["ブリンドルのプール"]),
     group("swimmers", en=["swimmers"], fr=["baigneurs"], ja=["利用者"])],
    kind=ClaimKind.TARGET, expected_from=date(2026, 5, 1), expected_by=date(2026, 9, 30),
)


@pytest.mark.parametrize(("expected", "title", "summary", "day"), [
    # told before the season opens, a shortfall is a forecast (rule 7)
    ("updates", "Brindle lido trims its forecast",
     "The operator now expects 35,000 swimmers, short of the 40,000 it promised.",
     "2026-04-10"),
    ("updates", "Brindle lido expects 35,000 swimmers, short of its 40,000 goal", "",
     "2026-04-10"),
    # guard: after the season, the same shortfall is final
    ("contradicts", "Brindle lido ends its season with 35,000 swimmers, short of its goal",
     "", "2026-10-05"),
])
def test_a_shortfall_told_before_the_run_begins_is_a_forecast(
        expected: str, title: str, summary: str, day: str) -> None:
    check_verdict([SEASON], "brindle-lido-swimmers", expected, title, summary, day, "en")


@pytest.mark.parametrize(("summary", "missed"), [
    # "reached" as contacted: its clause counts nothing, no shortfall
    ("Brindle has issued its 1,200 heat-pump rebates, after officials replaced applicants "
     "who could not be reached.", False),
    ("Brindle failed to reach its goal of 1,200 heat-pump rebates.", True),  # guard
    ("Brindle did not reach 1,200 heat-pump rebates.", True),  # guard
], ids=["contacted", "goal", "figure"])
def test_a_negated_reach_is_a_shortfall_only_when_it_counts(summary: str,
                                                            missed: bool) -> None:
    found = verdict_for(Matcher([REBATES]), entry("Brindle rebates: the final tally", summary,
                                                  "2027-01-15", "en"), "brindle-rebates")
    assert (found == "contradicts") is missed
