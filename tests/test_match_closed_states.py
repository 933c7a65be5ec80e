"""A state that is itself a stop (a ban on entry, a closure) is put in force by a word
that closes a thing: "Dornvale closes the quarry ruins to visitors" confirms a claim
that the ban on visitors stays in force. A state that only names a stop it is free of
("will stay free of compulsory redundancies") is broken by it (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

RUINS = group("ruins", en=["quarry ruins"], fr=["ruines de la carrière"], ja=["石切場跡"])
DORNVALE = group("dornvale", en=["Dornvale"], fr=["Dornvale"], ja=["ドーンベール"])
BAN = claim(
    "dornvale-ruins-ban",
    "Dornvale's ban on visitors at the quarry ruins will take effect on 1 October 2026 "
    "and stay in force until the works end in March 2028.",
    [RUINS, DORNVALE], kind=ClaimKind.STATE, claimed_on=date(2026, 9, 1),
    expected_from=date(2026, 10, 1), expected_by=date(2028, 3, 31))
CLOSED = claim(
    "dornvale-ruins-closed",
    "The quarry ruins at Dornvale will stay closed to visitors until March 2028.",
    [RUINS, DORNVALE], kind=ClaimKind.STATE, claimed_on=date(2026, 9, 1),
    expected_from=date(2026, 10, 1), expected_by=date(2028, 3, 31))
NO_LAYOFFS = claim(
    "dornvale-no-layoffs",
    "Dornvale Stone will stay free of compulsory redundancies at the quarry until it closes.",
    [group("firm", en=["Dornvale Stone"], fr=["Dornvale Stone"], ja=["ドーンベール石材"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 9, 1), expected_by=date(2028, 3, 31))


@pytest.mark.parametrize(("title", "language"), [
    ("Dornvale closes quarry ruins to visitors for the works", "en"),
    ("Dornvale ferme les ruines de la carrière au public pendant les travaux", "fr"),
    ("ドーンベール、石切場跡を閉鎖", "ja"),
])
@pytest.mark.parametrize("state", [BAN, CLOSED])
def test_closing_the_place_puts_a_ban_in_force(title: str, language: str,
                                                state: object) -> None:
    assert state is BAN or state is CLOSED
    item = entry(title, "", "2026-10-02", language)
    assert verdict_for(Matcher([state]), item, state.id) == "confirms"


@pytest.mark.parametrize(("title", "language"), [
    ("Dornvale halts quarry ruins ban on visitors", "en"),
    ("Dornvale lifts ban on visitors at quarry ruins", "en"),
])
def test_ending_the_ban_itself_still_breaks_it(title: str, language: str) -> None:
    item = entry(title, "", "2027-05-02", language)
    assert verdict_for(Matcher([BAN]), item, BAN.id) == "contradicts"


@pytest.mark.parametrize(("title", "language"), [
    ("Dornvale Stone closes quarry, lays off 23 workers", "en"),
    ("Dornvale Stone ferme la carrière et licencie 23 salariés", "fr"),
])
def test_a_state_free_of_a_stop_is_no_stop_state(title: str, language: str) -> None:
    item = entry(title, "", "2027-05-02", language)
    assert verdict_for(Matcher([NO_LAYOFFS]), item, NO_LAYOFFS.id) != "confirms"


@pytest.mark.parametrize(("expected", "day"), [
    ("contradicts", "2027-05-02"),  # in its window: the ban broken
    ("confirms", "2028-06-02"),  # after its window: it held as claimed, then ended
])
def test_a_states_end_after_its_window_confirms_it(expected: str, day: str) -> None:
    item = entry("Dornvale lifts ban on visitors at quarry ruins", "", day, "en")
    assert verdict_for(Matcher([BAN]), item, BAN.id) == expected


def test_an_open_ended_state_broken_after_its_window_is_contradicted() -> None:
    # "will hold" names no end: its first weeks are its window, a collapse later breaks it
    truce = claim("dornvale-truce", "The truce between Dornvale and Ostry will hold.",
                  [DORNVALE, group("ostry", en=["Ostry"])], kind=ClaimKind.STATE,
                  claimed_on=date(2026, 4, 1), expected_by=date(2026, 6, 1))
    item = entry("Dornvale scraps truce with Ostry", "", "2027-02-03", "en")
    assert verdict_for(Matcher([truce]), item, truce.id) == "contradicts"


@pytest.mark.parametrize(("title", "language"), [
    ("Court rejects final challenge to Dornvale quarry ruins ban", "en"),
    ("Le tribunal rejette le recours contre l'interdiction aux ruines de la carrière de Dornvale",
     "fr"),
    ("Court rejects bid to annul Dornvale quarry ruins ban", "en"),
    # a dismissal is a ruling with no court named; the annulment sought is the challenge's
    ("ドーンベール石切場跡の立ち入り禁止の取り消し請求を棄却", "ja"),
    ("ドーンベール石切場跡の立ち入り禁止めぐる上告棄却", "ja"),
])
def test_a_challenge_to_a_state_thrown_out_keeps_it(title: str, language: str) -> None:
    item = entry(title, "", "2027-05-02", language)
    assert verdict_for(Matcher([BAN]), item, BAN.id) == "confirms"
