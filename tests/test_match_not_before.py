""""Will not fly before 2028", "ne produira pas avant 2028", "no vote before autumn": a
negation, then "before" and a time ahead, puts the claim's thing off (an update), even
when its verb is no event word. Subjects are invented. The route's cases were read as
mentions before the rule; a decision's ("no vote before autumn") were already read, from
its decision word, and must stay so; the others are guards."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

ROUTE = claim(
    "pellis-route", "Skarn Air will launch direct flights between Pellis and Orda by 2027.",
    [group("skarn", en=["Skarn Air", "Skarn"], fr=["Skarn Air", "Skarn"]),
     group("route", en=["Pellis-Orda", "Pellis"], fr=["Pellis-Orda", "Pellis"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 12, 31),
)
VOTE = claim(
    "varn-vote", "Varn's parliament will vote on the Tessel water treaty by June 2026.",
    [group("varn", en=["Varn"], fr=["Varn"]),
     group("treaty", en=["Tessel treaty", "water treaty"], fr=["traité de Tessel"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)
JOBS = claim(
    "orla-jobs", "Orla Glass will keep all 900 jobs at its Venn works through 2027.",
    [group("orla", en=["Orla Glass", "Orla"], fr=["Orla"]),
     group("venn", en=["Venn"], fr=["Venn"]),
     group("jobs", en=["jobs", "job cuts"], fr=["emplois", "postes"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Skarn Air will not fly Pellis-Orda before 2028, CEO says", "en"),
    ("Skarn won't serve Pellis until next spring", "en"),
    ("Skarn Air ne desservira pas Pellis avant 2028", "fr"),
])
def test_a_thing_not_before_a_time_ahead_is_put_off(title: str, language: str) -> None:
    check_verdict([ROUTE], "pellis-route", "updates", title, "", "2026-09-14", language)


@pytest.mark.parametrize(("title", "language"), [
    ("No vote on Tessel treaty in Varn before autumn", "en"),
    ("Varn : pas de vote sur le traité de Tessel avant l'automne", "fr"),
])
def test_a_decision_not_before_a_time_is_put_off(title: str, language: str) -> None:
    check_verdict([VOTE], "varn-vote", "updates", title, "", "2026-04-02", language)


@pytest.mark.parametrize(("expected", "claim_id", "title"), [
    # a time already past says nothing about when it comes
    ("mentions", "pellis-route", "Skarn Air had not flown to Pellis before 2019"),
    # no time after "before": no date it was put off to
    ("mentions", "pellis-route", "Skarn Air will not fly to Pellis before the elections"),
])
def test_guards(expected: str, claim_id: str, title: str) -> None:
    check_verdict([ROUTE], claim_id, expected, title, "", "2026-09-14", "en")


def test_a_state_is_not_put_off() -> None:
    # "no cuts before 2028" keeps the state at least that long: no delay of anything
    got = verdict_for(Matcher([JOBS]), entry("Orla Glass will not cut jobs at Venn before 2028",
                                             "", "2026-09-14", "en"), "orla-jobs")
    assert got != "updates"
