"""A month said gone by ("last June", « en juin dernier ») dates nothing ahead: a
target's final shortfall whose sentence recalls a late opening "last June" is still
final (labelling rule 7: contradicts), not a pause. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.text.timeexpr import points_ahead
from tracker.models import ClaimKind

VISITORS = claim(
    "velmar-museum-visitors", "The Velmar maritime museum will welcome 500,000 visitors "
    "in its first year, to March 2027.",
    [group("museum", en=["Velmar maritime museum"], fr=["musée maritime de Velmar"],
           ja=["ベルマール海洋博物館"]),
     group("visitors", en=["visitors"], fr=["visiteurs"], ja=["来館者"])],
    kind=ClaimKind.TARGET, expected_from=date(2026, 4, 1), expected_by=date(2027, 3, 31),
)


@pytest.mark.parametrize(("summary", "language"), [
    ("The Velmar maritime museum drew 412,000 visitors in its first year, short of its "
     "500,000 target, which the board blamed on opening two months late last June.", "en"),
    ("Le musée maritime de Velmar a reçu 412 000 visiteurs en un an, loin de son objectif "
     "de 500 000, après une ouverture retardée en juin dernier.", "fr"),
], ids=["en", "fr"])
def test_a_final_shortfall_recalling_last_june_is_final(summary: str, language: str) -> None:
    title = summary.split(", ")[0]  # the first clause ("412,000" keeps its comma)
    check_verdict([VISITORS], "velmar-museum-visitors", "contradicts", title, summary,
                  "2027-04-20", language)


@pytest.mark.parametrize(("clause", "ahead"), [
    ("its opening two months late last june", False),
    ("ouverte en juin dernier", False),
    # guards: a month with no such word, in April, is still this year's June
    ("opens in june", True),
    ("ouvre en juin", True),
])
def test_a_month_said_past_points_nowhere_ahead(clause: str, ahead: bool) -> None:
    assert points_ahead(clause, date(2027, 4, 20), True) is ahead


@pytest.mark.parametrize(("clause", "ahead"), [
    # a present verb and the next day's date: still to come
    ("the committee decides on april 21 on the loan", True),
    # guard: a past verb, or a Japanese clause, keeps the day's margin for time zones
    ("the committee decided on april 21 on the loan", False),
    ("委員会は21日に融資を決定", False),
])
def test_the_next_day_with_a_present_verb_is_ahead(clause: str, ahead: bool) -> None:
    present = "decides" in clause
    assert points_ahead(clause, date(2027, 4, 20), present) is ahead


@pytest.mark.parametrize(("expected", "title", "language"), [
    # "already": a count so far (a claim writer of round 125)
    ("updates", "The Velmar maritime museum has already received 210,000 visitors", "en"),
    ("updates", "Le musée maritime de Velmar a déjà reçu 210 000 visiteurs", "fr"),
    # guard: a count with no span nor "already" may be one day's crowd
    ("mentions", "The Velmar maritime museum received 2,100 visitors", "en"),
], ids=["already", "deja", "guard-no-span"])
def test_a_count_said_already_reached_is_progress(expected: str, title: str,
                                                  language: str) -> None:
    check_verdict([VISITORS], "velmar-museum-visitors", expected, title, "", "2026-10-20",
                  language)
