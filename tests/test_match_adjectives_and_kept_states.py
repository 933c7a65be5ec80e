"""An English -ing word before a noun is an adjective, no hedge ("Thornmouth's floating
harbour bath opens"); "smashes its target" meets it; a state kept for a time ahead
("keeps its fare for next year") is the state said anew; a plan noun after the noun
that names it is the project ("back footbridge plan"). Subjects are invented; verdicts
follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BATH = claim(
    "orlan-harbour-bath", "Orlan's harbour bath will open to the public in June 2027.",
    [group("bath", en=["harbour bath"])],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 3, 1), expected_from=date(2027, 6, 1),
    expected_by=date(2027, 6, 30))


@pytest.mark.parametrize(("title", "expected"), [
    ("Orlan's floating harbour bath opens to the public", "confirms"),
    ("Swimmers flock to floating harbour bath as Orlan opens it", "confirms"),
    # guard: the verb "float" is still a hedge
    ("Orlan council floating the idea of opening a harbour bath", "mentions"),
])
def test_an_ing_word_before_a_noun_is_no_hedge(title: str, expected: str) -> None:
    check_verdict([BATH], BATH.id, expected, title, "", "2027-06-12", "en")


APPEAL = claim(
    "orlan-bath-appeal", "The Orlan harbour bath appeal will raise 350,000 pounds by 31 July "
    "2026.",
    [group("appeal", en=["harbour bath appeal", "crowdfunder"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 3, 1), expected_by=date(2026, 7, 31))


@pytest.mark.parametrize("title", [
    "Harbour bath appeal smashes its £350,000 target",
    "Harbour bath crowdfunder tops £350,000 target",
])
def test_a_target_smashed_or_topped_is_met(title: str) -> None:
    check_verdict([APPEAL], APPEAL.id, "confirms", title, "", "2026-07-20", "en")


FARE = claim(
    "orlan-ferry-fare", "The Orlan ferry fare will remain at 3 euros until the end of 2027.",
    [group("ferry", en=["Orlan ferry"], fr=["bac d'Orlan"]), group("fare", en=["fare"],
                                                              fr=["tarif"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 3, 1), expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orlan ferry operator keeps 3-euro fare for next year", "en", "confirms"),
    ("Le bac d'Orlan maintient son tarif à 3 euros l'an prochain", "fr", "confirms"),
    # guard: a rise decided ends the level kept
    ("Orlan ferry fare to rise to 4 euros next year", "en", "contradicts"),
])
def test_a_state_kept_for_a_time_ahead_is_said_anew(title: str, language: str,
                                                    expected: str) -> None:
    check_verdict([FARE], FARE.id, expected, title, "", "2026-11-12", language)


MEETING = claim(
    "orlan-meeting", "Orlan will hold a public meeting on its new footbridge on 19 March 2026.",
    [group("orlan", en=["Orlan"]), group("meeting", en=["public meeting"])],
    kind=ClaimKind.MEETING, claimed_on=date(2026, 3, 1), expected_from=date(2026, 3, 19),
    expected_by=date(2026, 3, 19))


@pytest.mark.parametrize(("title", "expected"), [
    # a plan noun after the noun that names it is the project, no plan of the meeting
    ("Residents back footbridge plan at Orlan public meeting", "confirms"),
    # guards: a plan to hold it is still a plan, and "plans" before its object a verb
    ("Orlan plans to hold a public meeting on the footbridge", "mentions"),
    ("Orlan council plans a public meeting on the footbridge", "mentions"),
])
def test_a_named_plan_is_a_thing(title: str, expected: str) -> None:
    check_verdict([MEETING], MEETING.id, expected, title, "", "2026-03-19", "en")
