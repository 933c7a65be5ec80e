"""A Japanese headline's event noun, then only the day it is set for (開業、10月に, 選定、
10月中旬に): the event is scheduled, not done. The day is read with it (a day past the
claim's due date is a delay, an update; one within its window a preview). Subjects are
invented; the expected verdicts follow ../shared/labelling.md."""

from __future__ import annotations

import pytest
from helpers.invented import TRAM, check_verdict


@pytest.mark.parametrize(("expected", "title", "day"), [
    ("updates", "ベルモラ市の路面電車4号線の開業、10月に", "2026-06-10"),
    ("mentions", "ベルモラ市の路面電車4号線の開業、2026年9月下旬に", "2026-06-10"),
    # guards: a delay after the day; the event reported done
    ("updates", "ベルモラ市の路面電車4号線の開業、10月に延期", "2026-06-10"),
    ("confirms", "ベルモラ市の路面電車4号線が開業", "2026-09-20"),
])
def test_an_event_set_for_a_day_is_scheduled(expected: str, title: str, day: str) -> None:
    check_verdict([TRAM], "velmora-tram", expected, title, "", day, "ja")
