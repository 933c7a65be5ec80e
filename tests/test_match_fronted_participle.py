"""A participial phrase fronted before the main clause, « Fermé aux voitures, le pont
reste ouvert aux piétons », "Blocked to cars, the bridge stays open to walkers", tells
the thing's state, background to the clause's news: its stop word stops nothing. A
stop in the main clause still does (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

REOPENING = claim(
    "castelbrun-reopening",
    "The Castelbrun bridge will reopen to vehicles under 3.5 t in spring 2027.",
    [group("bridge", en=["Castelbrun bridge"], fr=["pont de Castelbrun"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 2, 20), expected_from=date(2027, 3, 20),
    expected_by=date(2027, 6, 20))
MATCHER = Matcher([REOPENING])


@pytest.mark.parametrize(("title", "language"), [
    ("Fermé aux voitures, le pont de Castelbrun reste ouvert aux piétons", "fr"),
    ("Blocked to cars, the Castelbrun bridge stays open to walkers", "en"),
])
def test_a_fronted_closure_is_the_things_state(title: str, language: str) -> None:
    item = entry(title, "", "2025-10-01", language)
    assert verdict_for(MATCHER, item, "castelbrun-reopening") != "contradicts"


def test_a_stop_in_the_main_clause_still_stops() -> None:
    item = entry("Fermé, le pont de Castelbrun ne rouvrira pas", "", "2025-10-01", "fr")
    assert verdict_for(MATCHER, item, "castelbrun-reopening") == "contradicts"
