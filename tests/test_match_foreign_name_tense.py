"""A claim's French name in English news has no English tense: "des" in « salle des
fêtes » is no present verb, so "crowded into the salle des fêtes on Thursday night"
tells a meeting held, not one to come (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

MEETING = claim(
    "brevanne-meeting",
    "Brévanne will hold a public meeting on its quarry on Thursday 5 June 2025 in the "
    "village hall.",
    [group("meeting", en=["public meeting"], fr=["réunion publique"], ja=["住民説明会"]),
     group("place", en=["Brévanne"], fr=["Brévanne"], ja=["ブレバンヌ"]),
     group("hall", GroupRole.OPTIONAL, en=["village hall"], fr=["salle des fêtes"],
           ja=["公民館"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 5, 2), expected_from=date(2025, 6, 5),
    expected_by=date(2025, 6, 5))


@pytest.mark.parametrize("hall", ["salle des fêtes", "village hall"])
def test_a_french_venue_in_english_news_is_no_present_verb(hall: str) -> None:
    summary = (f"More than 150 people crowded into the {hall} on Thursday night for the "
               "public meeting on the Brévanne quarry.")
    check_verdict([MEETING], "brevanne-meeting", "confirms", "Quarry plans draw a crowd",
                  summary, "2025-06-06", "en")
