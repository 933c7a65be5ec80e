"""A hearing held is a meeting claim's meeting (claim writer of round 57): "Corlin
holds public hearing on ferry fares" confirms a claim that the hearing will be held,
while a court holding a hearing stays a step for an event claim; and an irregular past
after the hearing's topic ("Hearing on ferry fares held in Corlin") tells what became
of the hearing, as "postponed" does. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FERRY = group("ferry", en=["Corlin ferry"], fr=["bac de Corlin"])
HEARING = claim(
    "corlin-fares-hearing", "Corlin will hold a public hearing on its ferry fares on "
    "19 March 2026.",
    [group("hearing", en=["public hearing", "hearing"]), FERRY],
    kind=ClaimKind.MEETING, expected_from=date(2026, 3, 19), expected_by=date(2026, 3, 19))
FREE_FERRY = claim(
    "corlin-free-ferry", "The Corlin ferry will become free to ride in September 2026.",
    [FERRY], kind=ClaimKind.EVENT, expected_by=date(2026, 9, 30))


@pytest.mark.parametrize(("title", "day", "expected"), [
    ("Corlin holds public hearing on Corlin ferry fares", "2026-03-19", "confirms"),
    ("Public hearing on Corlin ferry fares held in town hall", "2026-03-19", "confirms"),
    ("Hearing on Corlin ferry fares held", "2026-03-19", "confirms"),
    # guards: a hearing to come; the topic then a present verb of something else
    ("Corlin to hold public hearing on Corlin ferry fares next week", "2026-03-12", "mentions"),
    ("Hearing on Corlin ferry fares draws criticism", "2026-03-12", "mentions"),
], ids=["holds", "held-in", "held", "guard-ahead", "guard-other-verb"])
def test_a_hearing_held_is_the_meeting(title: str, day: str, expected: str) -> None:
    check_verdict([HEARING], "corlin-fares-hearing", expected, title, "", day, "en")


def test_a_court_hearing_is_still_a_step_for_an_event() -> None:
    check_verdict([FREE_FERRY], "corlin-free-ferry", "updates",
                  "Court holds hearing on Corlin ferry fares", "", "2026-05-02", "en")
