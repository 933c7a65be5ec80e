"""A difficulty met on the way to the claim's event ("struggles to recruit", « peine à
recruter »): a delay word, an update (labelling rule 6), when it governs an event word;
with none ("struggles to attract riders") it delays nothing. A delay refused ("rejects
call to delay") stops nothing either. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

GUIDES = claim(
    "orlan-guides", "The Orlan museum will hire six guides by June 2027.",
    [group("museum", en=["Orlan museum"], fr=["musée d'Orlan"]),
     group("guides", en=["guides"], fr=["guides"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 3, 1), expected_by=date(2027, 6, 30))
TOURS = claim(
    "orlan-night-tours", "The Orlan museum will start night tours in June 2026.",
    [group("museum", en=["Orlan museum"], fr=["musée d'Orlan"]),
     group("tours", en=["night tours"], fr=["visites nocturnes"])],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 3, 1), expected_by=date(2026, 6, 30))


@pytest.mark.parametrize(("title", "language"), [
    ("Orlan museum struggles to recruit guides", "en"),
    ("Le musée d'Orlan peine à recruter ses guides", "fr"),
    ("Le musée d'Orlan a du mal à recruter des guides", "fr"),
])
def test_a_difficulty_with_the_event_is_an_update(title: str, language: str) -> None:
    check_verdict([GUIDES], GUIDES.id, "updates", title, "", "2026-09-01", language)


@pytest.mark.parametrize(("title", "language"), [
    ("Orlan museum night tours struggle to attract visitors", "en"),
    ("Les visites nocturnes du musée d'Orlan peinent à séduire", "fr"),
])
def test_a_difficulty_with_no_event_word_delays_nothing(title: str, language: str) -> None:
    check_verdict([TOURS], TOURS.id, "mentions", title, "", "2026-09-01", language)


FOOTBRIDGE = claim(
    "orlan-footbridge", "Orlan's new footbridge will open in summer 2027.",
    [group("orlan", en=["Orlan"], fr=["Orlan"]), group("footbridge", en=["footbridge"],
                                                     fr=["passerelle"])],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 3, 1), expected_from=date(2027, 6, 1),
    expected_by=date(2027, 8, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    # a delay refused is no stop: the plan goes on, news of it (rule 7)
    ("Orlan council rejects call to delay footbridge", "en", "updates"),
    ("Le conseil d'Orlan rejette la demande de report de la passerelle", "fr", "updates"),
    # guards: the refusal of the thing itself stops it; a delay told as done delays it
    ("Orlan council rejects footbridge", "en", "contradicts"),
    ("Orlan delays footbridge after council rejects contract", "en", "updates"),
])
def test_a_refused_delay_stops_nothing(title: str, language: str, expected: str) -> None:
    check_verdict([FOOTBRIDGE], FOOTBRIDGE.id, expected, title, "", "2026-09-15", language)
