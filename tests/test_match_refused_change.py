"""A change to a state, refused, keeps the state: "council rejects fare increase" for a
claim that the fare stays where it is confirms it (was a contradiction: "reject" read
as the state's stop). A stop of the state itself still contradicts, unless it is dated
after the claim's end (the state holds through its window). A change behind a word of
cause is the stop's reason, not what it refuses ("road closed after cliff fall"; a
claim writer of round 43). Subjects invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FARE = claim(
    "orsk-fare-kept", "Orsk will keep its single bus fare unchanged until the end of 2028.",
    [group("orsk", en=["Orsk"], fr=["Orsk"], ja=["オルスク"]),
     group("fare", en=["bus fare", "fare"], fr=["tarif du bus", "tarif"], ja=["バス運賃", "運賃"])],
    kind=ClaimKind.STATE, expected_by=date(2028, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Orsk council rejects bus fare increase", "en"),
    ("confirms", "Orsk councillors vote down fare rise", "en"),
    ("confirms", "Orsk council says no to bus fare increase", "en"),
    ("confirms", "Orsk : le conseil rejette la hausse du tarif du bus", "fr"),
    # guards: a stop of the thing itself still breaks the state
    ("contradicts", "Orsk scraps its single bus fare", "en"),
    ("contradicts", "Orsk supprime le tarif du bus", "fr"),
])
def test_a_refused_change_keeps_the_state(expected: str, title: str, language: str) -> None:
    check_verdict([FARE], "orsk-fare-kept", expected, title, "", "2027-05-04", language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # the proposal refused is no hedge of the refusal: the refusal is a fact
    ("confirms", "Orsk council rejects plan to end the single bus fare", "en"),
    ("confirms", "Orsk council rejects proposal to raise the bus fare", "en"),
    ("confirms", "オルスク市議会、バス運賃の値上げ案を否決", "ja"),
    ("confirms", "オルスク市議会、バス運賃を徴収する経費削減案を退けた", "ja"),
    # a proposal to stop it, refused, is a stop of a stop in either order
    ("confirms", "オルスク市議会、バス運賃の廃止案を否決", "ja"),
    # guards: a proposal weighed or passed is no refusal (a change, an update)
    ("updates", "Orsk council weighs proposal to scrap the single bus fare", "en"),
    ("updates", "オルスク市議会、バス運賃の値上げ案を可決", "ja"),
])
def test_a_refused_proposal_keeps_the_state(expected: str, title: str, language: str) -> None:
    check_verdict([FARE], "orsk-fare-kept", expected, title, "", "2027-05-04", language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # the state holds through its window; a plan to change it after that is a step still
    # to come, a mention (was contradicts)
    ("mentions", "Orsk will scrap its single bus fare in 2029", "en"),
    ("mentions", "Orsk supprimera le tarif du bus en 2029", "fr"),
    # guard: within the window it breaks the state
    ("contradicts", "Orsk will scrap its single bus fare in March", "en"),
])
def test_a_stop_dated_after_the_states_end_does_not_break_it(expected: str, title: str,
                                                     language: str) -> None:
    check_verdict([FARE], "orsk-fare-kept", expected, title, "", "2027-05-04", language)


ROAD = claim(
    "kessling-road-open", "The Kessling coast road will stay open until the end of 2028.",
    [group("road", en=["Kessling coast road"], fr=["route côtière de Kessling"])],
    kind=ClaimKind.STATE, expected_by=date(2028, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("contradicts", "Kessling coast road closed after cliff fall", "en"),
    ("contradicts", "La route côtière de Kessling fermée après la baisse du trafic", "fr"),
    # guard: a change refused keeps the state
    ("confirms", "Council rejects Kessling coast road closure", "en"),
])
def test_a_change_behind_a_word_of_cause_is_no_refused_change(expected: str, title: str,
                                                             language: str) -> None:
    check_verdict([ROAD], "kessling-road-open", expected, title, "", "2026-06-10", language)
