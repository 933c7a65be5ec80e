"""A state said to hold "until" a time ahead is the state said anew, not a preview:
"Harlow Lane remains closed until June" (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

LANE = claim(
    "harlow-lane-closed", "Harlow Lane in Kessling will stay closed to traffic until "
                          "30 June 2025.",
    [group("lane", en=["Harlow Lane"], fr=["Harlow Lane"]),
     group("closure", en=["closure", "closed"], fr=["fermeture", "fermée"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 2, 18), expected_from=date(2025, 2, 18),
    expected_by=date(2025, 6, 30))
MATCHER = Matcher([LANE])


@pytest.mark.parametrize(("title", "language"), [
    ("Harlow Lane remains closed until June", "en"),
    ("Council says Harlow Lane closure stays until 30 June", "en"),
    ("La Harlow Lane reste fermée jusqu'en juin", "fr"),
])
def test_a_state_kept_until_a_time_ahead_holds(title: str, language: str) -> None:
    item = entry(title, "", "2025-04-10", language)
    assert verdict_for(MATCHER, item, "harlow-lane-closed") == "confirms"


def test_a_state_kept_only_part_of_its_period_is_an_update() -> None:
    # kept to a time well short of the claim's end: still read by kept.py
    claim_through_december = claim(
        "harlow-lane-closed-2025", "Harlow Lane in Kessling will stay closed until the end "
                                   "of 2025.",
        [group("lane", en=["Harlow Lane"]), group("closure", en=["closure", "closed"])],
        kind=ClaimKind.STATE, claimed_on=date(2025, 2, 18), expected_from=date(2025, 2, 18),
        expected_by=date(2025, 12, 31))
    item = entry("Harlow Lane remains closed until May", "", "2025-04-10", "en")
    assert verdict_for(Matcher([claim_through_december]), item,
                       "harlow-lane-closed-2025") == "updates"



NIGHT_BAN = claim(  # a state whose writer named its end words as contradicting cues
    "velmora-night-delivery-ban", "Velmora's ban on night deliveries will stay in force "
                                  "until 28 February 2026.",
    [group("ban", en=["night delivery ban", "ban on night deliveries"],
           fr=["interdiction des livraisons de nuit"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 9, 15), expected_from=date(2025, 9, 15),
    expected_by=date(2026, 2, 28),
    cues={Verdict.CONTRADICTS: {"en": ("end", "expire"), "fr": ("prendre fin",)}})


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Velmora night delivery ban will end on February 28", "en", "mentions"),
    ("Velmora night delivery ban set to expire in February", "en", "mentions"),
    ("L'interdiction des livraisons de nuit prendra fin le 28 février", "fr", "mentions"),
    # guard: an end told ahead for a month before the claimed one breaks the state
    ("Velmora night delivery ban will end on January 10", "en", "contradicts"),
], ids=["end-on-its-day", "end-in-its-month", "fin-le-jour", "guard-earlier-end"])
def test_the_end_told_for_when_it_was_claimed_is_the_claim_retold(
        title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2025-11-20", language)
    assert verdict_for(Matcher([NIGHT_BAN]), item, "velmora-night-delivery-ban") == expected


FREE_BUSES = claim(
    "velmora-free-school-buses", "Velmora's school buses will stay free for pupils until "
                                 "31 December 2026.",
    [group("buses", en=["school buses"], ja=["スクールバス"]),
     group("velmora", en=["Velmora"], ja=["ベルモラ"]),
     group("free", en=["free"], ja=["無料"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 9, 1), expected_from=date(2025, 9, 1),
    expected_by=date(2026, 12, 31))


@pytest.mark.parametrize(("title", "expected"), [
    ("ベルモラ市、スクールバス無料を来年12月まで継続", "confirms"),
    # guard: kept only to a time well short of the claim's end is a step
    ("ベルモラ市、スクールバス無料を来年3月まで継続", "updates"),
], ids=["kept-to-its-end", "guard-kept-short"])
def test_a_japanese_state_kept_until_a_time_ahead_holds(title: str, expected: str) -> None:
    """来年12月まで継続: the time before まで is how long, not when the news happens."""
    item = entry(title, "", "2025-11-20", "ja")
    assert verdict_for(Matcher([FREE_BUSES]), item, "velmora-free-school-buses") == expected
