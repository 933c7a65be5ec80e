"""A stop told as a condition or an option ("fermera la ligne à moins d'une aide",
撤退も選択肢, 補助金なければ撤退) is a threat (an update), not the stop. Subjects are
invented; each case failed before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

ROUTE = claim(
    "kerra-route", "Nolan Air will keep flying between Kerra and Osk through 2027.",
    [group("nolan", en=["Nolan Air"], fr=["Nolan Air"], ja=["ノーラン航空"]),
     group("osk", en=["Osk"], fr=["Osk"], ja=["オスク"]),
     group("route", role=GroupRole.OPTIONAL, en=["route", "flights"], fr=["ligne"],
           ja=["路線", "線"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Nolan Air fermera la ligne d'Osk à moins d'une aide de l'État", "fr"),
    ("ノーラン航空、赤字のオスク線　撤退も選択肢", "ja"),
    ("ノーラン航空社長「補助金なければオスク線撤退」", "ja"),
])
def test_a_stop_as_a_condition_or_an_option_is_a_threat(title: str, language: str) -> None:
    check_verdict([ROUTE], "kerra-route", "updates", title, "", "2026-07-15", language)



@pytest.mark.parametrize(("expected", "title", "language"), [
    # kept only until a time before the claim's end: part of the period, an update
    ("updates", "ノーラン航空、オスク線を来年3月まで継続　4月以降は未定", "ja"),
    ("updates", "Nolan Air will keep flying to Osk until March", "en"),
    # kept to the end of the claim's year or later: not short of it (2027年末 is December)
    ("confirms", "ノーラン航空、オスク線の2027年末までの運航継続を決定", "ja"),
    ("confirms", "Nolan Air will keep flying to Osk until at least 31 December 2028", "en"),
])
def test_a_state_kept_for_part_of_the_period(expected: str, title: str,
                                             language: str) -> None:
    check_verdict([ROUTE], "kerra-route", expected, title, "", "2026-10-22", language)
