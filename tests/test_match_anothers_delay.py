"""A delay whose clause names another event than the claim's (an opening, a start of
works) is that event's news: "Kessling food hall opening pushed back" updates a claim
that the hall opens, not a target of stalls let, nor a claim that works begin
(invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, GroupRole

HALL = group("hall", en=["Kessling food hall"], fr=["halle gourmande de Kessling"],
             ja=["ケスリング・フードホール"])
STALLS = claim(
    "kessling-hall-stalls", "The Kessling food hall will let 40 stalls by March 2027.",
    [HALL, group("stalls", en=["stalls"], fr=["stands"], ja=["店舗"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 1, 12), expected_from=date(2026, 6, 1),
    expected_by=date(2027, 3, 31))
WORKS = claim(
    "kessling-hall-works", "Construction of the Kessling food hall will begin in April 2026.",
    [HALL, group("works", GroupRole.OPTIONAL, en=["construction", "works"],
                 fr=["travaux"], ja=["工事"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 4, 30))
OPENING = claim(
    "kessling-hall-opening", "The Kessling food hall will open in September 2026.",
    [HALL], kind=ClaimKind.EVENT)
MATCHER = Matcher([STALLS, WORKS, OPENING])


@pytest.mark.parametrize(("title", "language"), [
    ("Kessling food hall opening pushed back to November", "en"),
    ("L'ouverture de la halle gourmande de Kessling repoussée à novembre", "fr"),
    ("ケスリング・フードホールの開業、11月に延期", "ja"),
])
def test_an_openings_delay_is_no_news_of_a_target_or_a_works_start(
        title: str, language: str) -> None:
    item = entry(title, "", "2026-07-02", language)
    assert verdict_for(MATCHER, item, "kessling-hall-opening") == "updates"
    assert verdict_for(MATCHER, item, "kessling-hall-stalls") != "updates"
    assert verdict_for(MATCHER, item, "kessling-hall-works") != "updates"


@pytest.mark.parametrize(("title", "language"), [
    ("Kessling food hall construction pushed back to June", "en"),
    ("Les travaux de la halle gourmande de Kessling repoussés à juin", "fr"),
])
def test_the_claims_own_event_delayed_is_its_news(title: str, language: str) -> None:
    item = entry(title, "", "2026-03-02", language)
    assert verdict_for(MATCHER, item, "kessling-hall-works") == "updates"


def test_a_delay_with_no_event_named_stays_news_of_the_target() -> None:
    item = entry("Kessling food hall stall lettings pushed back to May", "", "2026-07-02",
                 "en")
    assert verdict_for(MATCHER, item, "kessling-hall-stalls") == "updates"


def test_with_no_claim_of_the_event_its_delay_stays_news_of_the_target() -> None:
    item = entry("Kessling food hall's stalls: opening pushed back to November", "",
                 "2026-07-02", "en")
    assert verdict_for(Matcher([STALLS]), item, "kessling-hall-stalls") == "updates"
    assert verdict_for(MATCHER, item, "kessling-hall-stalls") == "mentions"
