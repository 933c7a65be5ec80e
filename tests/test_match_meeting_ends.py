"""A meeting claim's meeting told by its end is a meeting held: "inquiry closes after six
days", « l'enquête publique s'est achevée », 公聴会が終了 (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

INQUIRY = claim(
    "harlow-battery-inquiry", "The public inquiry into the Harlow battery scheme will open "
                              "on 8 April 2025.",
    [group("scheme", en=["Harlow battery"], fr=["batterie de Harlow"], ja=["ハーロウ蓄電池"]),
     group("inquiry", en=["public inquiry", "inquiry"], fr=["enquête publique"],
           ja=["公聴会"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 2, 18), expected_from=date(2025, 4, 8),
    expected_by=date(2025, 4, 8))
MATCHER = Matcher([INQUIRY])


@pytest.mark.parametrize(("title", "language"), [
    ("Harlow battery inquiry closes after six days of evidence", "en"),
    ("Harlow battery public inquiry ends", "en"),
    ("L'enquête publique sur la batterie de Harlow s'est achevée", "fr"),
    ("ハーロウ蓄電池の公聴会が終了", "ja"),
])
def test_a_meeting_told_ended_was_held(title: str, language: str) -> None:
    item = entry(title, "", "2025-04-16", language)
    assert verdict_for(MATCHER, item, "harlow-battery-inquiry") == "confirms"


def test_an_end_word_before_the_meeting_is_no_report_of_it() -> None:
    # the council ending the scheme, not the inquiry ending its sittings
    item = entry("Council ends Harlow battery scheme before public inquiry", "", "2025-03-20",
                 "en")
    assert verdict_for(MATCHER, item, "harlow-battery-inquiry") != "confirms"
