"""A budget vote read as news writes it: "heads for" a vote is a preview, a cap approved
"for 2027 season" is decided now (and the day it was approved is no day it sets), and money
stripped from the budget (予算から削除) is the decision going against the claim
(rule 7). Subjects are invented; each preview and stop case failed before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

BUDGET = claim(
    "orvel-library-budget", "Orvel's council will vote the library budget on 19 March 2026.",
    [group("council", en=["Orvel council"]), group("budget", en=["library budget",
                                                                 "library funding"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 19),
)


@pytest.mark.parametrize(("expected", "title"), [
    # "heads for" a vote: the vote is ahead (a preview, rule 2)
    ("mentions", "Library funding heads for knife-edge Orvel council vote"),
    ("confirms", "Orvel council votes library funding by one vote"),
])
def test_a_decision_headed_for(expected: str, title: str) -> None:
    check_verdict([BUDGET], "orvel-library-budget", expected, title, "", "2026-03-17", "en")


@pytest.mark.parametrize(("expected", "title", "language"), [
    # the money taken out of the budget: the decision went against the claim (rule 7)
    ("contradicts", "Orvel council strips library funding from the budget", "en"),
    ("contradicts", "オーベル市議会、図書館予算を予算案から削除", "ja"),
    ("confirms", "オーベル市議会、図書館予算を可決", "ja"),
    # passed "as drafted" (原案通り): 案 in 原案 is no proposal hedging it (round 101)
    ("confirms", "オーベル市議会、図書館予算を原案通り可決", "ja"),
])
def test_money_taken_out_of_the_budget(expected: str, title: str, language: str) -> None:
    budget = claim(
        "orvel-library-budget", "Orvel's council will vote the library budget on 19 March 2026.",
        [group("council", en=["Orvel council"], ja=["オーベル市議会"]),
         group("budget", en=["library funding"], ja=["図書館予算"])],
        kind=ClaimKind.DECISION, expected_by=date(2026, 3, 19),
    )
    check_verdict([budget], "orvel-library-budget", expected, title, "", "2026-03-19", language)


CAP = claim(
    "velmora-fare-cap", "Velmora's council will approve a cap on bus fares on 12 May 2026.",
    [group("council", en=["Velmora council"], fr=["conseil de Velmora"]),
     group("cap", en=["fare cap"], fr=["plafonnement des tarifs"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 5, 12),
    # the writer's own words for the decision, read as its event
    cues={Verdict.CONFIRMS: {"en": ("approve … cap",), "fr": ("adopte … plafonnement",)}},
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # the year is what the decided cap is for, not a vote put off to it
    ("confirms", "Velmora council approves fare cap for 2027 season", "en"),
    ("confirms", "Le conseil de Velmora adopte le plafonnement des tarifs pour 2027", "fr"),
    # near miss: a vote set for a later year is a delay
    ("updates", "Velmora council vote on fare cap set for 2027", "en"),
])
def test_a_decision_for_a_later_year(expected: str, title: str, language: str) -> None:
    check_verdict([CAP], "velmora-fare-cap", expected, title, "", "2026-05-12", language)


def test_the_day_of_the_decision_is_no_day_it_sets() -> None:
    # « mardi » dates the approval; the cap sets a figure, not a day
    fares = claim(
        "velmora-fares", "Velmora's council will approve a cap on bus fares on 12 May 2026.",
        [group("council", fr=["conseil de Velmora"]), group("fares", fr=["tarifs de bus"])],
        kind=ClaimKind.DECISION, expected_by=date(2026, 5, 12),
    )
    check_verdict([fares], "velmora-fares", "confirms", "Tarifs de bus à Velmora",
                  "Le conseil de Velmora a approuvé mardi le plafonnement des tarifs de bus à "
                  "2 euros.", "2026-05-13", "fr")


@pytest.mark.parametrize(("expected", "title", "summary"), [
    # a passive: what a house passes is a bill or a budget (eval-bag-ban's Bill 42)
    ("confirms", "Long night at the town hall",
     "Library funding was passed by Orvel council on Thursday by 19 votes to 12."),
    ("confirms", "Library funding was passed by Orvel council", ""),
    # the passive of another verb, and a time that passed, are no vote
    ("mentions", "Library funding was discussed by Orvel council", ""),
    ("mentions", "Orvel council: library funding still pending as deadline passed", ""),
])
def test_a_budget_passed_in_the_passive(expected: str, title: str, summary: str) -> None:
    check_verdict([BUDGET], "orvel-library-budget", expected, title, summary, "2026-03-19",
                  "en")
