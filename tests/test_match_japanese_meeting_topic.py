"""For a meeting claim, a Japanese draft or plan word joined to the meeting's word by
を or a particle of topic (計画案を協議, 計画案について協議) is what the meeting
discussed, not a hedge of it. Before, 案 hedged the meeting into a mention. Subjects
are invented; the guards passed before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

COUNCIL = claim(
    "velmora-transport-council", "Velmora's transport council will meet on 3 June 2026 to "
    "discuss the night bus plan.",
    [group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"]),
     group("council", en=["transport council"], fr=["conseil des transports"],
           ja=["交通会議"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 6, 3), expected_by=date(2026, 6, 3),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "ヴェルモラ市の交通会議、夜間バス計画案を協議"),
    ("confirms", "ヴェルモラ市の交通会議、計画案について協議"),
    # guards: the plan without 案; a proposal floated, with no meeting word
    ("confirms", "ヴェルモラ市の交通会議、夜間バス計画を協議"),
    ("updates", "ヴェルモラ市の交通会議、夜間バス廃止案が浮上"),
])
def test_a_draft_discussed_is_the_meetings_topic(expected: str, title: str) -> None:
    check_verdict([COUNCIL], "velmora-transport-council", expected, title, "", "2026-06-03",
                  "ja")
