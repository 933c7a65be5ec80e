"""For a state kept at a sum ("the bus fare will stay at $2"), a freeze word with the
level itself in its sentence keeps the state: "fare frozen at $2", « gelé à 2 dollars »,
2ドルで凍結 (frozen_levels.py); at another figure it changes it. Before, the freeze word
was a stop and contradicted the very state it reports kept, and at another figure it
stopped the figure's shortfall as a stop of a stop: kept. A freeze with no figure,
written as a verb ("freezes bus fare", « gèle le ticket »), keeps the level too; its
noun ("scraps the fare freeze") is read as before. Subjects are invented; the guards
passed before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FARE = claim(
    "velmora-fare-level", "Velmora's bus fare will stay at $2 until March 2028.",
    [group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"]),
     group("fare", en=["bus fare"], fr=["ticket de bus"], ja=["バス運賃"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 2, 18), expected_from=date(2025, 2, 18),
    expected_by=date(2028, 3, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Velmora bus fare frozen at $2", "en"),
    ("confirms", "Velmora freezes bus fare at $2", "en"),
    ("confirms", "Velmora : le ticket de bus gelé à 2 dollars", "fr"),
    ("confirms", "ヴェルモラ市、バス運賃を2ドルで凍結", "ja"),
    # a new level frozen: changed (the figure short of the level is no stop that the
    # freeze stops)
    ("contradicts", "Velmora bus fare frozen at $2.50", "en"),
    # with no figure, a freeze written as a verb keeps the level as it is
    ("confirms", "Velmora freezes bus fare", "en"),
    ("confirms", "Velmora gèle le ticket de bus", "fr"),
])
def test_a_level_frozen_is_kept(expected: str, title: str, language: str) -> None:
    check_verdict([FARE], "velmora-fare-level", expected, title, "", "2026-03-06", language)


@pytest.mark.parametrize(("expected", "title"), [
    ("contradicts", "Velmora scraps bus fare freeze"),
    # guard: the bid to end the freeze rejected keeps the level
    ("confirms", "Velmora rejects bid to scrap bus fare freeze"),
])
def test_a_freeze_stopped_ends_the_level_kept(expected: str, title: str) -> None:
    """For a state kept at a level, the freeze is the state: scrapping it ends the level
    kept. Before, a cancel word whose object is a freeze was a stop of a stop: kept."""
    check_verdict([FARE], "velmora-fare-level", expected, title, "", "2026-03-06", "en")


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("contradicts", "Velmora ends bus fare freeze six months early", "en"),
    ("contradicts", "Velmora lifts bus fare freeze", "en"),
    ("contradicts", "Velmora lève le gel du ticket de bus", "fr"),
    ("contradicts", "ヴェルモラ市、バス運賃の凍結を解除", "ja"),
    # guard: two undo words undo each other ("rules out ending"): the level kept
    ("confirms", "Velmora rules out ending bus fare freeze", "en"),
])
def test_a_freeze_ended_or_lifted_ends_the_level_kept(expected: str, title: str,
                                                      language: str) -> None:
    """An undo word ("end … freeze", "lift", « lever ») before a freeze that is not the
    claim's own stop word kept the state as a lifted stop does. For a level kept the
    freeze is the state itself: ended, the level is no longer kept."""
    check_verdict([FARE], "velmora-fare-level", expected, title, "", "2026-03-06", language)
