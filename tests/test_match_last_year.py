"""Within a year of a target's deadline, "last year" (昨年度) names the run just
ended, a fiscal one too: its figure is the final one, no background
(figure_dates.figure_of_its_period; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

FISCAL = claim(  # a target over a fiscal year, April to March
    "velaura-heli-fiscal", "Velaura's air ambulance will fly 400 missions in fiscal 2026 "
                           "(April 2026 to March 2027).",
    [group("place", en=["Velaura"], ja=["ベラウラ"]),
     group("heli", en=["air ambulance"], ja=["ドクターヘリ"]),
     group("missions", GroupRole.OPTIONAL, en=["missions"], ja=["出動"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 6, 2), expected_from=date(2026, 4, 1),
    expected_by=date(2027, 3, 31))


@pytest.mark.parametrize(("title", "day", "language", "expected"), [
    ("Velaura air ambulance flew 412 missions last year", "2027-04-20", "en", "confirms"),
    ("ベラウラ県ドクターヘリ、昨年度の出動は412件", "2027-04-20", "ja", "confirms"),
    # guard: "last year" two years on names another year: background
    ("Velaura air ambulance flew 412 missions last year", "2028-09-20", "en", "mentions"),
], ids=["last-year", "sakunendo", "guard-two-years-on"])
def test_last_year_is_the_run_just_ended(title: str, day: str, language: str,
                                         expected: str) -> None:
    """Within a year of the deadline, "last year" (昨年度) names the run just ended,
    a fiscal one too."""
    check_verdict([FISCAL], "velaura-heli-fiscal", expected, title, "", day, language)


SALMON = claim(
    "orla-salmon-output", "The Orla salmon farm will reach 2,500 tonnes of salmon a year by "
                          "fiscal 2031.",
    [group("place", en=["Orla"], ja=["オルラ"]), group("salmon", en=["salmon"], ja=["サーモン"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 1, 12), expected_from=date(2026, 1, 12),
    expected_by=date(2032, 3, 31))


@pytest.mark.parametrize(("title", "day", "expected"), [
    ("Orla salmon farm produced 1,200 tonnes of salmon last year", "2030-04-10", "updates"),
    # guard: "last year" before the claim was made names no year of its run
    ("Orla salmon farm produced 300 tonnes of salmon last year", "2026-02-10", "mentions"),
], ids=["within-the-run", "guard-before-the-claim"])
def test_last_year_in_the_run_is_a_figure_on_the_way(title: str, day: str,
                                                      expected: str) -> None:
    """"Last year" in a year of the claim's run: its figure is one on the way to the
    target (labelling rule 7), no background."""
    check_verdict([SALMON], "orla-salmon-output", expected, title, "", day, "en")


CALENDAR = claim(  # a target over a calendar year
    "velaura-recycling", "Velaura will recycle 60% of its household waste in 2027.",
    [group("place", en=["Velaura"], fr=["Velaura"]),
     group("recycling", en=["recycling", "recycling rate"], fr=["recyclage"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 3, 2), expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("title", "expected"), [
    # the target missed "in 2027", its own year, read once that year is over: final
    ("Velaura fell short of its 60% recycling target in 2027", "contradicts"),
    # guard: another year gone by is context
    ("Velaura fell short of its recycling target in 2024, council recalls", "mentions"),
], ids=["its-year", "guard-another-year"])
def test_a_target_missed_in_its_own_year_is_final(title: str, expected: str) -> None:
    check_verdict([CALENDAR], "velaura-recycling", expected, title, "", "2028-01-08", "en")
