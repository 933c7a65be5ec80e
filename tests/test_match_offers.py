"""A bid for something is an offer to buy it, the plan itself: "Court rejects Corvane
bid for Talbrek plant" stops the takeover, where "court rejects union's bid to halt
the takeover" throws out a challenge to it (round 80's claim writer: the first read as
a challenge turned down, confirms). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

TAKEOVER = claim(
    "talbrek-takeover-ruling", "The Velmora commercial court will approve Corvane's "
    "takeover of the Talbrek plant on 20 October 2026.",
    [group("talbrek", en=["Talbrek plant", "Talbrek"], fr=["usine Talbrek"]),
     group("corvane", en=["Corvane"], fr=["Corvane"])],
    kind=ClaimKind.DECISION, expected_from=date(2026, 10, 20),
    expected_by=date(2026, 10, 20))


@pytest.mark.parametrize(("title", "expected"), [
    ("Court rejects Corvane bid for Talbrek plant", "contradicts"),
    # guard: a bid to stop it is a challenge, thrown out: a ruling for the plan
    ("Court rejects union's bid to halt Corvane's Talbrek takeover", "updates"),
], ids=["bid-for", "guard-bid-to-halt"])
def test_a_bid_for_a_thing_is_an_offer(title: str, expected: str) -> None:
    check_verdict([TAKEOVER], "talbrek-takeover-ruling", expected, title, "", "2026-10-20",
                  "en")
