"""Readings found by the users of probe round fourteen, each a general rule:

- pressure on a party to act is a wish, not its act ("exporters press the bank to cut
  rates", "font pression pour une baisse"), as "urge" and "call on" are;
- a French agent noun is no verb: "exportateurs" (who export) is no "exporter", as
  "exporters" is none in English;
- for a state claim, a stop ruled out is the state kept ("rules out devaluation",
  "écarte la fermeture"): it confirms, where a lifted stop of a plan is a step;
- a hedge or plan word behind a "to" that follows the event is what the event is for
  ("meets to discuss the busway option"), not a doubt about it;
- a clause of purpose ("so that the demolition can be completed", « pour que la démolition
  soit achevée ») tells what is hoped for, not what was done (round 43).

Subjects are invented; each flagged case gave another verdict before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole, Verdict

RATE_CUT = claim(
    "ostrel-rate-cut", "The Bank of Ostrel will cut its key interest rate in December 2026.",
    [group("bank", en=["Bank of Ostrel"], fr=["Banque d'Ostrel"], ja=["オストレル中銀"]),
     group("rate", en=["interest rate", "key rate", "rates"], fr=["taux"], ja=["金利"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 12, 31),
    cues={Verdict.CONFIRMS: {"en": ("cut … rate",), "fr": ("baisse … taux",),
                             "ja": ("利下げ",)}},
)
PEG = claim(
    "ostrel-peg", "The Ostrel crown will stay pegged to the euro through 2027.",
    [group("crown", en=["Ostrel crown", "crown"], fr=["couronne d'Ostrel", "couronne"]),
     group("peg", GroupRole.OPTIONAL, en=["peg", "pegged"], fr=["parité", "arrimage"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
    cues={Verdict.CONTRADICTS: {"en": ("devalue", "devaluation"),
                                "fr": ("dévaluer", "dévaluation")}},
)
COUNCIL = claim(
    "harlow-line-council", "The Harlow line restoration council will hold its first "
    "meeting in November 2026.",
    [group("council", en=["Harlow line council", "restoration council"],
           fr=["conseil de la ligne Harlow"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 11, 30),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("mentions", "Exporters press Bank of Ostrel to cut interest rates", "en"),
    ("mentions", "Unions push for Bank of Ostrel rate cut", "en"),
    ("mentions", "Les exportateurs font pression sur la Banque d'Ostrel pour une baisse des "
                 "taux", "fr"),
    # guards: the bank's own act
    ("confirms", "Bank of Ostrel cuts key interest rate to 4%", "en"),
    ("confirms", "La Banque d'Ostrel baisse son taux directeur", "fr"),
])
def test_pressure_to_act_is_a_wish(expected: str, title: str, language: str) -> None:
    check_verdict([RATE_CUT], "ostrel-rate-cut", expected, title, "", "2026-12-10", language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Ostrel rules out devaluation of the crown", "en"),
    ("confirms", "Ostrel écarte toute dévaluation de la couronne", "fr"),
    # guard: the stop itself
    ("contradicts", "Ostrel devalues the crown, ends euro peg", "en"),
])
def test_a_stop_ruled_out_keeps_a_state(expected: str, title: str, language: str) -> None:
    check_verdict([PEG], "ostrel-peg", expected, title, "", "2026-06-10", language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Restoration council meets for the first time to discuss busway option",
     "en"),
    ("confirms", "Le conseil de la ligne Harlow se réunit pour la première fois pour "
                 "étudier une option de bus", "fr"),
    # guard: the doubt before the event
    ("mentions", "Restoration council may meet for the first time next week", "en"),
])
def test_a_hedge_the_event_is_for_is_no_doubt_about_it(expected: str, title: str,
                                                       language: str) -> None:
    check_verdict([COUNCIL], "harlow-line-council", expected, title, "", "2026-11-18",
                  language)


COACH = claim(
    "ostrel-coach", "Ostrel United will appoint a new head coach by December 2026.",
    [group("club", en=["Ostrel United"]), group("coach", en=["head coach"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
    cues={Verdict.CONFIRMS: {"en": ("appoint … head coach",)}},
)


@pytest.mark.parametrize(("expected", "title"), [
    ("mentions", "Ostrel United close in on Lindqvist as new head coach"),
    ("mentions", "Ostrel United head coach: the application window closed on Friday"),
    # guard: a closure is still a stop
    ("contradicts", "Ostrel United close head coach search without an appointment"),
])
def test_close_in_on_and_a_window_closed_are_no_closures(expected: str, title: str) -> None:
    """"Close in on" (nearly there) and "the window closed" end nothing: before, the
    'close' in them read as the claim's plan stopped (contradicts)."""
    check_verdict([COACH], "ostrel-coach", expected, title, "", "2026-11-10", "en")


DEMOLITION = claim(
    "cliff-row-demolition", "The six empty Cliff Row homes will be demolished by September "
    "2026.",
    [group("homes", en=["Cliff Row"], fr=["Cliff Row"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 9, 30),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("mentions", "Cliff Row crews work weekends so that the demolition can be completed on "
     "time", "en"),
    ("mentions", "Cliff Row : les équipes travaillent le week-end pour que la démolition soit "
     "achevée à temps", "fr"),
    # guard: the event done, and what it was done for
    ("confirms", "Cliff Row demolition completed so that the site can be sold", "en"),
])
def test_a_clause_of_purpose_is_not_done(expected: str, title: str, language: str) -> None:
    check_verdict([DEMOLITION], "cliff-row-demolition", expected, title, "", "2026-05-20",
                  language)
