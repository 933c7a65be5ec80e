"""A target's figure led by its noun as the subject of a negated verb (« la baisse de
10 % … n'a pas eu lieu »): the target was not met, a contradiction after the deadline
and no confirmation before it. Before, the figure equal to the target confirmed it after
the deadline: the negation after the noun was read only for a cue opening its clause.
Subjects are invented; only the contradiction after the deadline failed before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FARES = claim(
    "velmora-fares-fall", "Velmora's bus fares will fall by 10% by the end of 2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"]),
     group("fares", en=["bus fares"], fr=["tarifs des bus"], ja=["バス運賃"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    ("contradicts", "Velmora : la baisse de 10 % des tarifs des bus n'a pas eu lieu",
     "2027-02-01"),
    ("mentions", "Velmora : la baisse de 10 % des tarifs des bus n'a pas eu lieu",
     "2026-06-01"),
    # guard: the same figure, not negated
    ("confirms", "Velmora : la baisse de 10 % des tarifs des bus a bien eu lieu",
     "2027-02-01"),
])
def test_a_negated_figure_is_no_target_met(expected: str, title: str, day: str) -> None:
    check_verdict([FARES], "velmora-fares-fall", expected, title, "", day, "fr")
