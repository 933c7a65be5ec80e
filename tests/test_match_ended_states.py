"""A state ended in words: "votes to end free parking" breaks a state claim that
parking stays free (../shared/labelling.md, rule 7: a decision that stops it). "End" is
no cancel word of its own: after a determiner it is a noun ("until the end of 2028"),
most often a time (states/ended_states.py). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

PARKING = claim(  # state: parking at the station stays free until the end of 2028
    "orsk-free-parking", "Parking at Orsk station will remain free until the end of 2028.",
    [group("orsk", en=["Orsk"], fr=["Orsk"], ja=["オルスク"]),
     group("parking", en=["free parking"], fr=["stationnement gratuit"], ja=["無料駐車"])],
    kind=ClaimKind.STATE, expected_by=date(2028, 12, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("contradicts", "Orsk votes to end free parking at its station"),
    ("contradicts", "Orsk ends free parking at the station from June"),
    ("contradicts", "Orsk council to end free parking at station"),
    # ended after the state's window: no break of it (a plan still to come)
    ("mentions", "Orsk will end free parking in 2029"),
    # "the end" is a noun, here a time: the state kept, no stop
    ("confirms", "Orsk station: free parking guaranteed until the end of the works"),
])
def test_a_state_ended_in_words_is_stopped(expected: str, title: str) -> None:
    check_verdict([PARKING], "orsk-free-parking", expected, title, "", "2027-05-04", "en")
