"""A state's level said still held ("fare still at €1.50", « toujours à 1,50 euro »,
依然1.5ユーロ) keeps the state while its window runs, as "remains at" does
(targets/target_outcome.py). Subjects are invented; the expected verdicts follow
../shared/labelling.md. Each "still" case failed before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match import Matcher
from tracker.models import ClaimKind

FARE = claim(  # state: the fare stays at €1.50 through 2026
    "velmora-bus-fare", "Velmora's single bus fare will remain at €1.50 until the end of 2026.",
    [group("fare", en=["Velmora bus fare", "bus fare"], fr=["ticket de bus de Velmora",
                                                          "ticket de bus"],
           ja=["ヴェルモラ市バスの運賃", "バス運賃"])],
    kind=ClaimKind.STATE, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Velmora bus fare still at €1.50 as new timetable starts", "en"),
    ("confirms", "Le ticket de bus de Velmora toujours à 1,50 euro à la rentrée", "fr"),
    ("confirms", "ヴェルモラ市バスの運賃、依然1.5ユーロ", "ja"),
    # near misses: another level breaks it; the level named without "still" is no news
    ("contradicts", "Velmora bus fare rises to €1.70", "en"),
    ("mentions", "Velmora bus fare of €1.50 explained", "en"),
])
def test_a_level_still_held(expected: str, title: str, language: str) -> None:
    check_verdict([FARE], "velmora-bus-fare", expected, title, "", "2026-06-15", language)


MEETING = claim(  # meeting: the fare board meets at the depot
    "velmora-fare-board", "Velmora's fare board will hold its first meeting at the Kessling "
    "depot in June 2026.",
    [group("board", en=["fare board"], fr=["comité tarifaire"], ja=["運賃審議会"]),
     group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"])],
    kind=None, expected_from=date(2026, 6, 1), expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "Budget holds Velmora bus fare at €1.50"),
    ("confirms", "Velmora bus fare held at €1.50 for another year"),
    # a level held is no "hold" of another figure, nor a place
    ("contradicts", "Velmora bus fare rises to €1.70, held there until 2027"),
])
def test_a_level_held_at_a_figure_keeps_the_state(expected: str, title: str) -> None:
    check_verdict([FARE], "velmora-bus-fare", expected, title, "", "2026-06-15", "en")


@pytest.mark.parametrize("title", [
    "Velmora holds its bus fares for another year",
    "Velmora holds bus fare steady despite fuel costs",
    "Velmora bus fare held unchanged",
])
def test_a_price_held_without_a_figure_keeps_the_state(title: str) -> None:
    # "hold" with a price word or "steady"/"unchanged": the level kept, no figure needed
    check_verdict([FARE], "velmora-bus-fare", "confirms", title, "", "2026-06-15", "en")


def test_held_at_a_place_is_a_meeting_held_not_a_level_kept() -> None:
    """"Hold its first meeting at the depot" is a meeting (its kind read from the
    statement), and a meeting held somewhere is the meeting held."""
    assert Matcher([MEETING]).kinds() == {"velmora-fare-board": ClaimKind.MEETING}
    check_verdict([MEETING], "velmora-fare-board", "confirms",
                  "Velmora fare board holds its first meeting at the Kessling depot", "",
                  "2026-06-10", "en")


TWO_PRICES = claim(  # state: the residents' price stays at €7 through 2029
    "orvane-pool-resident-price",
    "Entry to the Orvane pool will remain at €7 for residents until the end of 2029.",
    [group("pool", en=["Orvane pool"], fr=["piscine d'Orvane"], ja=["オルヴァーヌのプール"]),
     group("price", en=["price", "rate"], fr=["tarif", "prix"], ja=["料金"])],
    kind=ClaimKind.STATE, expected_by=date(2029, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # the level itself kept in another clause: the other figure prices something else
    ("confirms", "Orvane pool: the public price goes to €16; the local rate stays at €7", "en"),
    ("confirms", "Piscine d'Orvane : le tarif public passe à 16 euros, les habitants "
                 "restent à 7 euros", "fr"),
    # near misses: the level left for another ("from €7 to €8") still breaks it, and
    # so does a rise beside the level ended ("ending a freeze at €7")
    ("contradicts", "Orvane pool local rate rises to €8, ending a freeze at €7", "en"),
    ("contradicts", "Orvane pool local rate goes from €7 to €8", "en"),
    ("contradicts", "Piscine d'Orvane : le tarif des habitants passe de 7 à 8 euros", "fr"),
])
def test_the_level_kept_beside_another_price(expected: str, title: str, language: str
                                             ) -> None:
    check_verdict([TWO_PRICES], "orvane-pool-resident-price", expected, title, "",
                  "2026-11-10", language)
