"""A target's run said ended with its figure ("the appeal closes £13,600 short of
target", « la collecte s'achève sur … », 募集を終了): the figure is the last count (rule
7), met or short, and the word of ending stops no plan. A hedge word that names the
claim's own thing ("the appeal") hedges nothing (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

APPEAL = claim(
    "harlow-boat-appeal",
    "The Harlow lifeboat appeal will raise £450,000 by 31 March 2026.",
    [group("appeal", en=["Harlow lifeboat appeal", "Save Our Boat"],
           fr=["canot de Harlow"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 9, 1), expected_from=date(2025, 9, 1),
    expected_by=date(2026, 3, 31))
BACKERS = claim(
    "mirasaki-backers",
    "The Mirasaki crowdfunding will gather 2,000 backers by 31 March 2026.",
    [group("fund", en=["Mirasaki crowdfunding"], ja=["ミラサキのクラウドファンディング"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 9, 1), expected_from=date(2025, 9, 1),
    expected_by=date(2026, 3, 31))
MATCHER = Matcher([APPEAL, BACKERS])


@pytest.mark.parametrize(("title", "language"), [
    ("Save Our Boat appeal closes £13,600 short of target", "en"),
    ("Save Our Boat appeal closed with £436,400 raised", "en"),
    ("Canot de Harlow : la collecte s'est achevée sur 436 400 livres", "fr"),
])
def test_a_run_ended_short_of_the_target_misses_it(title: str, language: str) -> None:
    item = entry(title, "", "2026-01-06", language)
    assert verdict_for(MATCHER, item, "harlow-boat-appeal") == "contradicts"


def test_a_run_ended_short_in_japanese() -> None:
    item = entry("ミラサキのクラウドファンディング、支援者1500人で募集を終了", "",
                 "2026-01-06", "ja")
    assert verdict_for(MATCHER, item, "mirasaki-backers") == "contradicts"


def test_a_run_ended_past_the_target_meets_it() -> None:
    item = entry("Save Our Boat appeal closes with £470,000 raised", "", "2026-03-02", "en")
    assert verdict_for(MATCHER, item, "harlow-boat-appeal") == "confirms"


@pytest.mark.parametrize("title", [
    "Save Our Boat appeal ends 2025 with £300,000 raised",  # a year's count
    "Save Our Boat appeal passes £300,000",  # a count so far
])
def test_a_count_with_the_run_still_open_is_interim(title: str) -> None:
    item = entry(title, "", "2026-01-06", "en")
    assert verdict_for(MATCHER, item, "harlow-boat-appeal") == "updates"


def test_the_claims_own_noun_is_no_hedge() -> None:
    """One of the claim's names ends with "appeal": the word names that appeal."""
    item = entry("Save Our Boat appeal reaches £450,000", "", "2026-03-02", "en")
    assert verdict_for(MATCHER, item, "harlow-boat-appeal") == "confirms"


def test_a_hedge_the_claims_names_do_not_end_with_still_hedges() -> None:
    item = entry("Mirasaki crowdfunding may reach 2,000 backers", "", "2026-01-06", "en")
    assert verdict_for(MATCHER, item, "mirasaki-backers") != "confirms"


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("£450,000 raised for Save Our Boat", "en", "confirms"),
    ("Save Our Boat: £300,000 raised so far", "en", "updates"),
    ("Canot de Harlow : 450 000 livres récoltés", "fr", "confirms"),
])
def test_a_sum_said_raised_after_its_figure(title: str, language: str, expected: str) -> None:
    """"£450,000 raised": the participle after the figure says the sum was reached."""
    item = entry(title, "", "2026-03-02", language)
    assert verdict_for(MATCHER, item, "harlow-boat-appeal") == expected
