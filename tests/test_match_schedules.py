"""A meeting's schedule, read as news writes it.

"The date of the first summit was agreed" arranges the summit, as "agreed a date for
the summit" does: a preview, not the meeting held. A day written without a year ("to
meet on Feb. 12", published in November) is the next such day, so a plan that puts
the meeting past the claim's deadline is a delay. Subjects are invented; each case
failed before its rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

SUMMIT = claim(
    "orvel-sarn-summit", "The leaders of Orvel and Sarn will hold their first summit in 2026.",
    [group("orvel", en=["Orvel"]), group("sarn", en=["Sarn"]),
     group("summit", en=["summit", "meeting"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "summary", "day"), [
    ("mentions", "Orvel and Sarn prepare first summit",
     "A spokesman said the date of the first Orvel-Sarn summit was agreed on Wednesday.",
     "2026-09-10"),
    ("updates", "Orvel and Sarn leaders to meet on Feb. 12 for first summit", "",
     "2026-11-19"),
])
def test_a_meetings_schedule(expected: str, title: str, summary: str, day: str) -> None:
    check_verdict([SUMMIT], "orvel-sarn-summit", expected, title, summary, day, "en")


SESSION = claim(
    "velmora-fares-session", "Velmora's council will meet on 26 June 2026 to set bus fares.",
    [group("council", en=["council"], fr=["conseil municipal"], ja=["市議会"]),
     group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ベルモラ"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 6, 26), expected_by=date(2026, 6, 26),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # later on the day it is published: a preview (rule 2)
    ("mentions", "Velmora council meets tonight on bus fares", "en"),
    ("mentions", "Velmora : le conseil municipal se réunit ce soir", "fr"),
    ("mentions", "ベルモラ市議会、今夜開会", "ja"),
    # guards: told in the past, or with no time
    ("confirms", "Velmora council met this evening on bus fares", "en"),
    ("confirms", "Velmora council meets on bus fares", "en"),
], ids=["tonight", "ce-soir", "konya", "guard-met", "guard-no-time"])
def test_a_meeting_later_the_same_day_is_a_preview(expected: str, title: str,
                                                   language: str) -> None:
    check_verdict([SESSION], "velmora-fares-session", expected, title, "", "2026-06-26",
                  language)

