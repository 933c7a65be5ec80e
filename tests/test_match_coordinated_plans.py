"""A plan word governs every verb coordinated after it: "unveils plan to cap holiday
lets and return 1,200 homes" plans the return too, no target met (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

HOMES = claim(
    "tarrow-homes", "Tarrow council will bring 1,200 homes back into long-term rent by 2027.",
    [group("tarrow", en=["Tarrow"], fr=["Tarrow"]),
     group("rent", en=["long-term rent", "local renters"], fr=["location à l'année"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 3, 1), expected_by=date(2027, 12, 31))
MATCHER = Matcher([HOMES])


@pytest.mark.parametrize(("title", "language"), [
    ("Tarrow unveils plan to cap holiday lets and return 1,200 homes to local renters", "en"),
    ("Tarrow plans to cap holiday lets and return 1,200 homes to long-term rent", "en"),
    ("Tarrow prévoit de plafonner les meublés et de remettre 1 200 logements en location "
     "à l'année", "fr"),
])
def test_a_plan_covers_the_coordinated_verb(title: str, language: str) -> None:
    item = entry(title, "", "2026-05-10", language)
    assert verdict_for(MATCHER, item, "tarrow-homes") in ("updates", "mentions")


def test_the_figure_reached_still_confirms() -> None:  # guard: nothing planned
    check_verdict([HOMES], "tarrow-homes", "confirms",
                  "Tarrow caps holiday lets and reaches 1,200 homes back in long-term rent",
                  "", "2027-06-10", "en")
