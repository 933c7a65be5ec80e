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


VAN = group("van", en=["Orla library van"], fr=["bibliobus d'Orla"])
VILLAGES = claim(  # target: a count out of a whole, the whole written after a possessive
    "orla-van-villages",
    "The Orla library van will serve at least 24 of the valley's 31 villages by the end "
    "of 2026.",
    [VAN, group("villages", en=["villages"], fr=["villages", "communes"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "summary", "language"), [
    ("confirms", "Orla library van now serves 25 villages", "", "en"),
    # the whole told again is no count reached (guards: they held when the whole was
    # misread as the target, restated)
    ("mentions", "Orla library van makes its first tour", "The valley counts 31 villages.",
     "en"),
    ("mentions", "Le bibliobus d'Orla fait sa première tournée",
     "La vallée regroupe 31 communes.", "fr"),
], ids=["25-villages", "the-whole-again", "le-tout-redit"])
def test_the_count_of_a_whole_is_the_target(expected: str, title: str, summary: str,
                                            language: str) -> None:
    """"24 of the valley's 31 villages": the target is 24 villages, not the 31."""
    check_verdict([VILLAGES], "orla-van-villages", expected, title, summary, "2026-06-10",
                  language)


def test_a_count_out_of_a_whole_counts_what_the_whole_counts() -> None:
    """"ten of twelve clubs": "ten" has no noun of its own; it counts clubs."""
    check_verdict([CLUBS], "velmora-league-cap", "confirms",
                  "Velmora League: ten of twelve clubs within salary cap", "", "2026-07-30",
                  "en")
