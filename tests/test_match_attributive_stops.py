"""A past participle that describes a noun is no news of a stop: "opens in closed
Kessling school", "the shuttered depot", "bridge closed for two years reopens"
(invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import BRIDGE, TRAM, check_verdict, claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

HUB = claim(
    "orrin-hub-opens", "The Orrin Hub, an office centre in a former school in Kessling, "
                       "will open in April 2026.",
    [group("hub", en=["Orrin Hub"], fr=["Orrin Hub"]),
     group("town", en=["Kessling"], fr=["Kessling"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 2, 18), expected_from=date(2026, 4, 1),
    expected_by=date(2026, 4, 30))
MATCHER = Matcher([HUB])


@pytest.mark.parametrize("title", [
    "Orrin Hub opens in closed Kessling school",
    "Orrin Hub opens in the closed Kessling school",
    "Orrin Hub opens at shuttered Kessling depot",
    "Kessling's Orrin Hub opens with scrapped tram line still missed",
])
def test_a_describing_participle_stops_nothing(title: str) -> None:
    item = entry(title, "", "2026-04-02", "en")
    assert verdict_for(MATCHER, item, "orrin-hub-opens") == "confirms"


@pytest.mark.parametrize("title", [
    "Kessling council closed Orrin Hub after one week",  # a verb after its subject
    "Orrin Hub in Kessling closed",  # a participle with no noun after it
])
def test_a_participle_as_the_verb_still_stops(title: str) -> None:
    item = entry(title, "", "2026-04-20", "en")
    assert verdict_for(MATCHER, item, "orrin-hub-opens") == "contradicts"


@pytest.mark.parametrize(("title", "verdict"), [
    ("Kessling : l'Orrin Hub ouvre dans l'école fermée du village", "confirms"),
    ("Kessling : l'Orrin Hub s'installe au dépôt fermé depuis 2019", "confirms"),
    # no verb before it: the participle is the headline's news
    ("Kessling : l'ouverture de l'Orrin Hub reportée en juin", "updates"),
    # ... an event noun after « de » is no verb before it
    ("Le projet d'ouverture de l'Orrin Hub de Kessling abandonné", "contradicts"),
])
def test_a_french_participle_after_its_noun(title: str, verdict: str) -> None:
    item = entry(title, "", "2026-04-02", "fr")
    assert verdict_for(MATCHER, item, "orrin-hub-opens") == verdict


BUDGET = claim(
    "kessling-hub-budget", "Kessling council will approve the budget to convert its former "
                           "school into the Orrin Hub in March 2025.",
    [group("town", en=["Kessling"]), group("budget", en=["budget"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 2, 18), expected_from=date(2025, 3, 1),
    expected_by=date(2025, 3, 31))


def test_a_participle_as_an_infinitives_object_stops_nothing() -> None:
    item = entry("Kessling council approves budget to turn closed school into offices", "",
                 "2025-03-18", "en")
    assert verdict_for(Matcher([BUDGET]), item, "kessling-hub-budget") == "confirms"


def test_a_participle_after_a_linking_verb_is_the_state() -> None:
    item = entry("Orrin Hub in Kessling to stay closed after flood", "", "2026-04-20", "en")
    assert verdict_for(MATCHER, item, "orrin-hub-opens") != "confirms"


@pytest.mark.parametrize(("title", "expected"), [
    ("Kessling council passes trimmed budget at second attempt", "confirms"),
    ("Kessling council approves delayed budget", "confirms"),
    # guard: the participle as the clause's own verb
    ("Kessling council budget trimmed", "updates"),
])
def test_a_participle_right_after_the_verb_describes_its_object(title: str,
                                                                 expected: str) -> None:
    # "passes trimmed budget": what was passed, not a cut reported (round 70's items)
    item = entry(title, "", "2025-03-18", "en")
    assert verdict_for(Matcher([BUDGET]), item, "kessling-hub-budget") == expected


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Velmora Harbour Bridge closed for two years reopens to traffic", "en", "confirms"),
    ("Velmora Harbour Bridge closed since 2024 reopens to traffic", "en", "confirms"),
    ("Le pont du Port de Velmora fermé depuis 2024 rouvre à la circulation", "fr",
     "confirms"),
    # alone, the participle and how long are the news (guard)
    ("Velmora Harbour Bridge closed for nine hours after crash", "en", "contradicts"),
], ids=["for-two-years", "since-2024", "depuis-2024", "guard-alone"])
def test_how_long_a_state_lasted_describes_the_thing(title: str, language: str,
                                                     expected: str) -> None:
    """"closed for two years", then the clause's verb: the participle and how long it
    lasted describe the bridge; they neither govern "reopens" nor date it."""
    check_verdict([BRIDGE], "velmora-bridge", expected, title, "", "2026-09-10", language)


@pytest.mark.parametrize("title", [
    "Velmora : la ligne 4 du tramway aura douze points d'arrêt",
    "Velmora : un arrêt de bus déplacé pour la ligne 4 du tramway",
])
def test_a_stopping_place_stops_nothing(title: str) -> None:
    """« points d'arrêt », « arrêt de bus »: where a vehicle stops, no stop of the line."""
    check_verdict([TRAM], "velmora-tram", "mentions", title, "", "2026-05-10", "fr")
