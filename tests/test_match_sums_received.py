"""A sum received is a grant made: for a claim of a decision to grant it, "Kelso museum
wins £500,000", « le musée de Kelso obtient 500 000 livres » confirm it (labelling rule
4). Subjects are invented; the cases marked so failed before the rule
(tracker/match/deciding/sums_received.py)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

GRANT = claim(
    "kelso-museum-grant", "The Orlen Trust will decide by June 2026 whether to grant Kelso "
    "museum £500,000 for its new roof.",
    [group("museum", en=["Kelso museum"], fr=["musée de Kelso"], ja=["ケルソ博物館"]),
     group("trust", GroupRole.OPTIONAL, en=["Orlen Trust"], fr=["fondation Orlen"],
           ja=["オーレン財団"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Kelso museum wins £500,000 from the Orlen Trust", "en"),  # failed
    ("confirms", "Le musée de Kelso obtient 500 000 livres de la fondation Orlen", "fr"),  # failed
    ("confirms", "Kelso museum secures a further £500,000 for roof", "en"),  # failed
    # near misses: a sum hoped for, or a share, is no grant made
    ("mentions", "Kelso museum hopes to win £500,000 from the Orlen Trust", "en"),
    ("mentions", "Kelso museum visits: Orlen Trust report says museum gets 40% of "
     "visitors from abroad", "en"),
], ids=["wins", "obtient", "secures-a-further", "hopes-to-win", "gets-a-share"])
def test_a_sum_received_is_the_grant_decided(expected: str, title: str, language: str) -> None:
    check_verdict([GRANT], "kelso-museum-grant", expected, title, "", "2026-05-12", language)
