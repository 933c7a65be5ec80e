"""A request refused ("refuses Velmora's request", « refuse la demande de Velmora ») is
the decision going against the claim (rule 7), as "refuses the application" was.
Subjects are invented; the refusals failed before their lexicon phrases."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

WEEK = claim(
    "velmora-school-week", "The education director will approve Velmora's request for a "
    "four-day school week by 28 February 2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"]),
     group("director", en=["education director"], fr=["directrice académique"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 2, 28),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("contradicts", "Education director refuses Velmora's school-week request", "en"),
    ("contradicts", "La directrice académique refuse la demande de Velmora", "fr"),
    ("confirms", "La directrice académique approuve la demande de Velmora", "fr"),
])
def test_a_request_refused(expected: str, title: str, language: str) -> None:
    check_verdict([WEEK], "velmora-school-week", expected, title, "", "2026-02-20", language)
