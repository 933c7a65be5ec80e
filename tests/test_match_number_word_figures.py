"""A number word with its scale is a figure ("one million people enrolled", "deux
millions d'inscrits"): only digits were read as interim figures, so "1 million" was news
of a target and "one million" was not. Reported by a claim writer of round seventeen;
subjects are invented; each flagged case failed before, the last is a guard."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

PASS = group("pass", en=["Harlow transit pass"], fr=["passe Harlow"], ja=["ハーロウ乗車券"])
HOLDERS = group("holders", en=["holders", "people"], fr=["inscrits", "titulaires"],
                ja=["利用者"])
TARGET = [claim("harlow-pass-holders", "The Harlow transit pass will have 3 million holders "
                "by the end of 2027.", [PASS, HOLDERS], kind=ClaimKind.TARGET,
                expected_by=date(2027, 12, 31))]


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "Harlow transit pass: one million holders so far", "en"),  # flagged
    ("updates", "Harlow transit pass: two million people signed up", "en"),
    ("updates", "Passe Harlow : deux millions d'inscrits", "fr"),  # flagged
    ("updates", "Harlow transit pass: 1 million holders so far", "en"),
    # guard: a number word alone counts nothing
    ("mentions", "Harlow transit pass: one of the holders speaks", "en"),
])
def test_a_number_word_with_its_scale_is_a_figure(expected: str, title: str,
                                                  language: str) -> None:
    check_verdict(TARGET, "harlow-pass-holders", expected, title, "", "2026-06-10", language)


STOPS = group("stops", en=["tram stops"], fr=["arrêts de tram"])
BUILT = [claim("harlow-tram-stops", "Harlow will build 9 new tram stops by the end of 2026.",
               [STOPS, group("harlow", en=["Harlow"], fr=["Harlow"])], kind=ClaimKind.TARGET,
               expected_by=date(2026, 12, 31))]


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "Harlow: four of nine new tram stops now in place", "en"),
    ("updates", "Harlow : quatre sur neuf arrêts de tram déjà construits", "fr"),
    ("updates", "Harlow: four out of nine tram stops built", "en"),
    # guard: a number word with no total is no count
    ("mentions", "Harlow: two councillors visit the tram stops", "en"),
], ids=["four-of-nine", "quatre-sur-neuf", "out-of", "guard-no-total"])
def test_a_number_word_out_of_a_total_is_a_figure(expected: str, title: str,
                                                  language: str) -> None:
    """A number word before "of" and a total ("four of nine", « quatre sur neuf »): a
    count so far (a claim writer of round 46)."""
    check_verdict(BUILT, "harlow-tram-stops", expected, title, "", "2026-06-10", language)


# Digits joined by a hyphen to the noun after them describe a thing ("a 12-seat bus",
# "the 4,000-seat stand"): no count of what a target counts, as "three-ship" is none.
RIDERS = [claim("harlow-shuttle-riders", "The Harlow airport shuttle will carry 50,000 "
                "passengers in 2027.",
                [group("shuttle", en=["Harlow airport shuttle"], fr=["navette de Harlow"]),
                 group("riders", en=["passengers", "riders"], fr=["passagers", "voyageurs"])],
                kind=ClaimKind.TARGET, expected_from=date(2027, 1, 1),
                expected_by=date(2027, 12, 31))]


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("mentions", "Harlow airport shuttle: a 12-seat bus for night passengers", "en"),
    ("mentions", "Harlow airport shuttle adds a 1,200-litre luggage van for passengers", "en"),
    # near misses: figures that count
    ("updates", "Harlow airport shuttle: 12,000 passengers so far", "en"),
    ("updates", "Navette de Harlow : 12 000 passagers depuis janvier", "fr"),
])
def test_digits_hyphened_to_a_noun_describe_it(expected: str, title: str,
                                               language: str) -> None:
    check_verdict(RIDERS, "harlow-shuttle-riders", expected, title, "", "2027-05-10", language)
