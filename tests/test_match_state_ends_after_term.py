"""A state claim's own term followed by a finite "end" ("the night bus subsidy ends",
"… ended in March") stops the state: a contradiction inside its window, the state
held as claimed on or after its last day. The last word of a sentence is read too.
"Ends the year at" is a figure's span, no stop. Before, "ends" was read only before
the term ("ends the subsidy"). Subjects are invented; the guards passed before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

SUBSIDY = claim(
    "velmora-night-bus-subsidy", "Velmora will keep its night bus subsidy from April 2026 "
    "until March 2029.",
    [group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"]),
     group("subsidy", en=["night bus subsidy"], fr=["subvention des bus de nuit"],
           ja=["夜間バス補助金"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 4, 1), expected_by=date(2029, 3, 31),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    ("contradicts", "Velmora night bus subsidy ends", "2027-06-01"),
    ("contradicts", "Velmora night bus subsidy ended in May", "2027-06-01"),
    ("confirms", "Velmora night bus subsidy ends", "2029-04-02"),
    # guards: a span after the verb; "end" as a noun (the review is a step)
    ("mentions", "Velmora night bus subsidy ends the year at £40,000", "2027-12-31"),
    ("updates", "Velmora night bus subsidy end date under review", "2027-06-01"),
])
def test_a_state_that_ends(expected: str, title: str, day: str) -> None:
    check_verdict([SUBSIDY], "velmora-night-bus-subsidy", expected, title, "", day, "en")
