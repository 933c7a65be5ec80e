"""Seasons as times, extents as sizes, steps named as the subject, cost overruns and
cuts, threats of closure and petitions. Subjects are invented; verdicts follow
../shared/labelling.md.
Each case failed before its rule, except the guards marked so."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.text.timeexpr import has_time, points_back
from tracker.models import ClaimKind

VIADUCT = claim(  # event: the viaduct is completed by the end of 2026
    "morvan-viaduct", "The Morvan viaduct will be completed by the end of 2026.",
    [group("viaduct", en=["Morvan viaduct"], fr=["viaduc de Morvan"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)
CHIEF = claim(  # event: a new chief takes office by July 2026
    "pell-chief", "Ada Pell will become head of the Corla Institute by July 2026.",
    [group("pell", en=["Ada Pell"], fr=["Ada Pell"]),
     group("corla", en=["Corla Institute"], fr=["Institut Corla"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 7, 31),
)
LINK = claim(  # state: the bus link keeps running through 2027
    "sella-bus", "The Sella valley bus link will keep running through 2027.",
    [group("bus", en=["Sella bus link"], fr=["ligne de bus de la Sella"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)
CLAIMS = [VIADUCT, CHIEF, LINK]


@pytest.mark.parametrize(("claim_id", "expected", "title", "day", "language"), [
    # a season is a time: not before spring is a slip, not a cancellation
    ("morvan-viaduct", "updates", "Morvan viaduct will not open before spring, city admits",
     "2026-08-25", "en"),
    ("pell-chief", "updates", "L'arrivée d'Ada Pell à l'Institut Corla repoussée à l'automne",
     "2026-06-18", "fr"),
    # « la rentrée », the return in September, is a time too
    ("pell-chief", "updates", "L'arrivée d'Ada Pell à l'Institut Corla repoussée à la rentrée",
     "2026-06-18", "fr"),
    # a step as the subject of a start word: the step began, not the event
    ("morvan-viaduct", "updates", "Viaduc de Morvan : les essais de charge ont commencé",
     "2026-09-22", "fr"),
    ("morvan-viaduct", "updates", "Surcoût de 48 millions d'euros pour le viaduc de Morvan",
     "2026-02-24", "fr"),
    ("morvan-viaduct", "updates", "Morvan viaduct hit by cost overrun of 40 million",
     "2026-02-24", "en"),
    ("sella-bus", "updates", "Coup de rabot sur la ligne de bus de la Sella", "2027-01-13", "fr"),
    ("sella-bus", "updates", "La ligne de bus de la Sella menacée de fermeture", "2026-06-30",
     "fr"),
    ("sella-bus", "updates", "Sella bus link threatened with closure", "2026-06-30", "en"),
    ("sella-bus", "updates", "Sella bus link faces closure", "2026-06-30", "en"),  # guard
    ("sella-bus", "updates", "Sella bus link faces scrapping", "2026-06-30", "en"),
    # a petition signed is no decision
    ("sella-bus", "mentions", "Villagers signed a petition to keep the Sella bus link",
     "2026-02-25", "en"),
])
def test_seasons_steps_and_threats(claim_id: str, expected: str, title: str, day: str,
                                   language: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", day, language)


def test_a_season_is_a_time_and_a_past_one_is_background() -> None:
    assert has_time("will not open before spring")
    assert has_time("repoussee a l automne") and has_time("reportee a la rentree")
    assert not has_time("the spring collection")  # guard: a season word alone
    assert points_back("the link launched in the spring", date(2027, 8, 12))
    assert not points_back("the link launched in the spring", date(2027, 4, 12))


ROUTE = claim(  # event: a new direct route opens by March 2027
    "solna-route", "Solna Air will launch direct flights between Tarrow and Quill by March 2027.",
    [group("solna", en=["Solna Air"], fr=["Solna Air"], ja=["ソルナ航空"]),
     group("tarrow", en=["Tarrow"], fr=["Tarrow"], ja=["タロウ"]),
     group("quill", en=["Quill"], fr=["Quill"], ja=["キル"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Solna Air's Tarrow-Quill route takes off with maiden flight", "en"),
    ("confirms", "Solna Air réussit le vol inaugural de sa ligne Tarrow-Quill", "fr"),
    ("confirms", "ソルナ航空のタロウ―キル線、初便が到着", "ja"),
])
def test_a_maiden_flight_launches_the_route(expected: str, title: str, language: str) -> None:
    check_verdict([ROUTE], "solna-route", expected, title, "", "2027-03-15", language)


def test_take_over_as_a_post_is_no_takeover() -> None:
    from tracker.match import Matcher
    from tracker.match.finding.lexicon import EventClass
    post = claim("pell-post", "Ada Pell will take over as head of the Corla Institute by July.",
                 [group("pell", en=["Ada Pell"])], kind=ClaimKind.EVENT)
    buyout = claim("corla-buyout", "Varo Group will take over the Corla Institute in 2026.",
                   [group("corla", en=["Corla Institute"])], kind=ClaimKind.EVENT)
    readings = Matcher([post, buyout]).readings()
    assert EventClass.TRANSFER not in readings["pell-post"].events
    assert EventClass.TRANSFER in readings["corla-buyout"].events  # guard: a takeover


@pytest.mark.parametrize(("expected", "title", "language"), [
    # a word of progress with an extent and a figure after it tells a size
    ("mentions", "The Morvan viaduct extends over 1,200 metres", "en"),
    ("mentions", "Le viaduc de Morvan s'étend sur 1 200 mètres", "fr"),
    # guard: progress made
    ("updates", "Morvan viaduct works extended to the second span", "en"),
])
def test_an_extent_is_no_progress(expected: str, title: str, language: str) -> None:
    check_verdict(CLAIMS, "morvan-viaduct", expected, title, "", "2026-05-20", language)
