"""A word before a Japanese particle of topic, with the meeting's name after it, is
what the meeting is about (claim writer of round 76): in 閉鎖めぐり住民集会 the closure
is the meeting's topic, not a stop of the meeting. Subjects are invented; verdicts
follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

MEETING = claim(
    "dorvale-residents-meeting", "Dorvale will hold a public meeting with residents on the "
    "library closure on 12 May 2026.",
    [group("dorvale", en=["Dorvale"], fr=["Dorvale"], ja=["ドルバール"]),
     group("meeting", en=["public meeting"], fr=["réunion publique"], ja=["住民集会"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 5, 12), expected_by=date(2026, 5, 12),
)
HELD = "ドルバールで12日夜、図書館の閉鎖について話し合う住民集会が開かれた。"


@pytest.mark.parametrize(("title", "summary", "expected"), [
    ("ドルバール、図書館閉鎖めぐり住民集会 300人参加", HELD, "confirms"),
    ("ドルバール、図書館閉鎖をめぐる住民集会に300人", HELD, "confirms"),
    ("ドルバール、図書館の閉鎖に関する住民集会に300人", HELD, "confirms"),
    # the meeting itself called off: the topic's 閉鎖 no longer pairs with 中止 as a
    # stop of a stop (it gave a mention)
    ("ドルバール、図書館閉鎖めぐる住民集会を中止", "", "contradicts"),
    # guard: a stop after the meeting's name, with no particle of topic

    ("ドルバールの住民集会、閉鎖へ", "", "contradicts"),
], ids=["meguri", "wo-meguru", "ni-kansuru", "meeting-cancelled", "no-particle"])
def test_a_word_before_a_particle_of_topic_is_the_meetings_topic(
        title: str, summary: str, expected: str) -> None:
    check_verdict([MEETING], "dorvale-residents-meeting", expected, title, summary,
                  "2026-05-13", "ja")
