"""A count out of a whole (12クラブ中10クラブ, "10 of the 12 clubs"): the whole is no
count, and the count is measured, so one equal to a floor to reach meets it
(targets/out_of_totals.py). Subjects are invented; the expected verdicts follow
../shared/labelling.md (rule 7). The Japanese confirmation failed before the rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

CLUBS = claim(  # target: at least 10 of 12 clubs within the cap by 31 July 2026
    "velmora-league-cap", "At least 10 clubs (of the Velmora League's 12) will be within the "
    "salary cap by 31 July 2026.",
    [group("clubs", en=["clubs"], ja=["クラブ"]),
     group("cap", en=["salary cap"], ja=["上限内", "年俸上限"]),
     group("league", en=["Velmora League"], ja=["ヴェルモラ・リーグ"])],
    kind=ClaimKind.TARGET, expected_from=date(2026, 3, 1), expected_by=date(2026, 7, 31),
)


@pytest.mark.parametrize(("expected", "title", "day"), [
    ("confirms", "ヴェルモラ・リーグ、12クラブ中10クラブが上限内", "2026-07-30"),
    ("confirms", "ヴェルモラ・リーグ、12クラブ中11クラブが上限内", "2026-07-30"),
    # near miss: short of the floor after the deadline
    ("contradicts", "ヴェルモラ・リーグ、12クラブ中9クラブが上限内", "2026-08-05"),
])
def test_a_count_out_of_a_whole(expected: str, title: str, day: str) -> None:
    check_verdict([CLUBS], "velmora-league-cap", expected, title, "", day, "ja")
