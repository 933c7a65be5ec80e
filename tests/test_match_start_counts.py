"""A target counted when a span starts ("120 pupils at the start of the 2027 school
year") is counted at that moment: a shortfall reported in its window is the count, and
contradicts it (labelling rule 7), where a target counted over the span ("during the
2027 school year") is only short so far. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

SCHOOL = group("school", en=["Orlen school"], fr=["école d'Orlen"], ja=["オーレン校"])
PUPILS = group("pupils", en=["pupils"], fr=["élèves"], ja=["生徒"])
AT_THE_START = claim(
    "orlen-start-roll", "The Orlen school will have 120 pupils at the start of the 2027 "
    "school year.", [SCHOOL, PUPILS], kind=ClaimKind.TARGET,
    expected_from=date(2027, 9, 1), expected_by=date(2027, 9, 30),
)
OVER_THE_YEAR = claim(
    "orlen-year-roll", "The Orlen school will enrol 120 pupils during the 2027 school year.",
    [SCHOOL, PUPILS], kind=ClaimKind.TARGET,
    expected_from=date(2027, 9, 1), expected_by=date(2028, 6, 30),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Orlen school: 104 pupils, short of the 120 goal", "en"),
    ("École d'Orlen : 104 élèves, loin de l'objectif de 120", "fr"),
    ("オーレン校の新学期、生徒104人 目標の120人届かず", "ja"),
])
def test_a_count_at_a_start_short_in_its_window_misses(title: str, language: str) -> None:
    check_verdict([AT_THE_START], "orlen-start-roll", "contradicts", title, "", "2027-09-05",
                  language)
    # near miss: counted over the year, the same news is a count so far
    check_verdict([OVER_THE_YEAR], "orlen-year-roll", "updates", title, "", "2027-09-05",
                  language)
