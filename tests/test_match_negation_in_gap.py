"""A negation inside a gapped cue: "la tournée n'a toujours pas commencé".

A cue with a gap ("tour … begin", « tournée … commence ») spans the words between its
parts; a negation among them negates its verb, as one before the cue does (labelling
rule 2: nothing happened). A word joined by a hyphen ("no-strike pledge") is part of a
compound adjective and negates nothing (invented subjects; Latin languages: Japanese
negation is read in the verb's ending)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

TOUR = claim(
    "orvelle-bus-tour",
    "The Orvelle mobile library bus will begin its first tour of the villages in "
    "September 2026.",
    [group("bus", en=["Orvelle library bus"], fr=["bibliobus d'Orvelle"],
           ja=["オルヴェル移動図書館"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 9, 1), expected_by=date(2026, 9, 30),
    cues={Verdict.CONFIRMS: {"en": ("tour … begin",), "fr": ("tournée … commence",)}})
PLEDGE = claim(
    "orvelle-no-strike",
    "The Orvelle drivers' union will not strike before the end of 2026.",
    [group("union", en=["Orvelle drivers' union"], fr=["syndicat des chauffeurs d'Orvelle"],
           ja=["オルヴェル運転士組合"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 1), expected_by=date(2026, 12, 31),
    cues={Verdict.CONTRADICTS: {"en": ("break … pledge",)}})
MATCHER = Matcher([TOUR, PLEDGE])


@pytest.mark.parametrize(("title", "language"), [
    ("Orvelle library bus: first tour has still not begun", "en"),
    ("Bibliobus d'Orvelle : la première tournée n'a toujours pas commencé", "fr"),
])
def test_a_negation_in_the_gap_says_it_has_not_happened(title: str, language: str) -> None:
    item = entry(title, "", "2026-10-02", language)
    assert verdict_for(MATCHER, item, "orvelle-bus-tour") not in ("confirms", "contradicts")


@pytest.mark.parametrize(("title", "language"), [
    ("Orvelle library bus: first tour has begun", "en"),
    ("Bibliobus d'Orvelle : la première tournée a commencé", "fr"),
])
def test_the_same_cue_without_negation_confirms(title: str, language: str) -> None:
    item = entry(title, "", "2026-09-15", language)
    assert verdict_for(MATCHER, item, "orvelle-bus-tour") == "confirms"


def test_a_hyphened_no_names_the_pledge() -> None:
    item = entry("Orvelle drivers' union breaks no-strike pledge", "", "2026-05-04", "en")
    assert verdict_for(MATCHER, item, "orvelle-no-strike") == "contradicts"
