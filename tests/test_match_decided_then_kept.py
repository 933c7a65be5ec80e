"""For a state claim, a title that tells only a decision ("Orrin Falls signs ferry
contract", an update) over a summary that says the state lasts ("the fare remains
$4") is the decision that keeps it: confirms, as "decides the fare stays at $4" does
in one sentence (sentence_upgrades.decided_then_kept). Before, the title's update was
the verdict. Subjects are invented; the guard passed before."""

from __future__ import annotations

import pytest
from helpers.invented import FERRY_FARE, check_verdict


@pytest.mark.parametrize(("expected", "title", "summary"), [
    ("confirms", "Orrin Falls signs ferry operating contract for 2026",
     "Under the new contract the Orrin Falls ferry fare remains $4."),
    # guard: the decision alone is an update
    ("updates", "Orrin Falls signs ferry operating contract for 2026",
     "The contract covers the Orrin Falls ferry fare and the timetable."),
])
def test_a_decision_over_the_state_kept_confirms(expected: str, title: str,
                                                 summary: str) -> None:
    check_verdict([FERRY_FARE], "orrin-fare-level", expected, title, summary, "2026-03-06", "en")
