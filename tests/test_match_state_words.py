"""The state an event leaves reports the event: "the tourist tax is now in force", "la
télécabine enfin en service" (found in the sixteenth probe round: such headlines were
mentions). Guards: the state announced for later, and "hors service". Subjects are
invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

TAX = claim(
    "orlan-tourist-tax", "Orlan will introduce a tourist tax on 1 July 2027.",
    [group("orlan", en=["Orlan"], fr=["Orlan"]),
     group("tax", en=["tourist tax"], fr=["taxe de séjour"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 7, 31),
)
GONDOLA = claim(
    "orlan-gondola", "The Orlan gondola will carry its first skiers in December 2027.",
    [group("gondola", en=["Orlan gondola"], fr=["télécabine d'Orlan"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 12, 31),
)
CLAIMS = [TAX, GONDOLA]


@pytest.mark.parametrize(("claim_id", "expected", "title", "day", "language"), [
    ("orlan-tourist-tax", "confirms", "Orlan's tourist tax now in force", "2027-07-02", "en"),
    ("orlan-tourist-tax", "confirms", "Orlan : la taxe de séjour en vigueur depuis lundi",
     "2027-07-02", "fr"),
    ("orlan-gondola", "confirms", "La télécabine d'Orlan enfin en service", "2027-12-15",
     "fr"),
    ("orlan-gondola", "confirms", "Orlan gondola in service at last", "2027-12-15", "en"),
    # guards: the state announced for later; out of service
    ("orlan-tourist-tax", "mentions", "Orlan's tourist tax to be in force from July",
     "2027-05-02", "en"),
    ("orlan-gondola", "mentions", "La télécabine d'Orlan hors service tout le week-end",
     "2027-12-15", "fr"),
])
def test_the_state_an_event_leaves(claim_id: str, expected: str, title: str, day: str,
                                   language: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", day, language)


ADOPTION = claim(
    "orlan-tax-vote", "Orlan's council will adopt the tourist tax by June 2027.",
    [group("orlan", en=["Orlan"]), group("tax", en=["tourist tax"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 6, 30),
)


@pytest.mark.parametrize("title", [
    "Orlan council adopts tourist tax, in force from January",
    "Orlan council adopts tourist tax, taking effect from January",
])
def test_a_decision_with_the_date_it_takes_effect_is_the_decision(title: str) -> None:
    """Rule 4: the decision is the event; the date its change takes effect does not make
    the item an update (before, the step outranked the decision in the sentence)."""
    check_verdict([ADOPTION], "orlan-tax-vote", "confirms", title, "", "2027-03-10", "en")


TRUST = claim(
    "orlan-trust-vote", "Orlan's council will vote on the ordinance for the museum trust.",
    [group("orlan", en=["Orlan"], fr=["Orlan"]),
     group("trust", en=["museum trust"], fr=["fondation du musée"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 9, 30),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Orlan council approves ordinance creating museum trust", "en"),
    ("Le conseil d'Orlan adopte le règlement créant la fondation du musée", "fr"),
])
def test_the_change_a_decision_sets_is_no_step(title: str, language: str) -> None:
    """"Creating the trust" describes what the vote decided: before, it was read as a
    step of its own, which outranked the vote in the sentence."""
    check_verdict([TRUST], "orlan-trust-vote", "confirms", title, "", "2027-09-20", language)


BUS = claim(
    "tarsk-bus", "Tarsk will keep its school bus running after the merger.",
    [group("bus", en=["Tarsk school bus"], fr=["bus scolaire de Tarsk"],
           ja=["タルスク町のスクールバス"])],
    kind=ClaimKind.STATE, expected_by=date(2030, 3, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # a stop the weather causes lasts a day or two: no end of the state (found in the
    # sixteenth round, where a snow day contradicted a school bus kept)
    ("updates", "大雪でタルスク町のスクールバス運休", "ja"),
    ("mentions", "Tarsk school bus suspended due to heavy snow", "en"),
    ("updates", "Le bus scolaire de Tarsk suspendu en raison de la neige", "fr"),
    # guards: the same stops without a cause end the state
    ("contradicts", "タルスク町のスクールバス運休", "ja"),
    ("contradicts", "Tarsk school bus suspended", "en"),
])
def test_a_stop_for_the_weather_is_temporary(expected: str, title: str,
                                             language: str) -> None:
    check_verdict([BUS], "tarsk-bus", expected, title, "", "2028-01-20", language)


FARES = claim(
    "orlan-fares", "Orlan will raise its lift-pass prices by 8% this winter.",
    [group("orlan", en=["Orlan"]), group("passes", en=["lift passes", "lift-pass prices"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 12, 13),
)


@pytest.mark.parametrize(("expected", "title"), [
    # rule 4: the change a decision sets, announced with its date, is the decision
    ("confirms", "Orlan lift passes to rise 8% this winter"),
    # guard: the decision act itself scheduled is a preview
    ("mentions", "Orlan to decide on lift passes next week"),
])
def test_the_change_a_decision_sets_announced_with_its_date(expected: str,
                                                            title: str) -> None:
    check_verdict([FARES], "orlan-fares", expected, title, "", "2027-10-20", "en")


FARE_FREEZE = claim(  # state: a price kept frozen, the state itself a stop
    "velm-season-freeze",
    "Velmouth's adult season tickets will stay frozen at €310 until May 2029.",
    [group("tickets", en=["season tickets", "season-ticket"]), group("velmouth", en=["Velmouth"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 11, 18), expected_by=date(2029, 5, 31),
)


@pytest.mark.parametrize(("title", "expected"), [
    # a lifted freeze ends a state that is the freeze (round 38's claim writers)
    ("Velmouth lifts season-ticket price freeze", "contradicts"),
    ("Velmouth scraps season-ticket price freeze", "contradicts"),
    # guard: the freeze kept
    ("Velmouth keeps season-ticket freeze", "confirms"),
], ids=["lifted", "scrapped", "guard-kept"])
def test_a_state_that_is_a_stop_ends_when_lifted(title: str, expected: str) -> None:
    check_verdict([FARE_FREEZE], "velm-season-freeze", expected, title, "", "2026-06-01", "en")


FARE_FREEZE_JA = replace(claim(  # the same, stated in Japanese
    "miho-fare-freeze", "澪浜市の路面電車の運賃は2030年3月まで180円に凍結する。",
    [group("fare", en=["tram fare"], ja=["運賃"]), group("miohama", en=["Miohama"], ja=["澪浜"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 11, 5), expected_by=date(2030, 3, 31),
), source_language="ja")


@pytest.mark.parametrize(("title", "expected"), [
    ("澪浜市、路面電車の運賃凍結を解除", "contradicts"),
    ("澪浜市、路面電車の運賃凍結を継続", "confirms"),  # guard: kept
], ids=["lifted", "guard-kept"])
def test_a_japanese_freeze_lifted(title: str, expected: str) -> None:
    check_verdict([FARE_FREEZE_JA], "miho-fare-freeze", expected, title, "", "2027-06-01", "ja")
