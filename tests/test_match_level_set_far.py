"""A level kept ("the fine will remain at $110") is changed by any other level set for
it, however far: "raises the fine to $250" (more than twice it) changes it as "to
$200" does; a level refused ("rejects bid to raise the fine to $250") keeps it, and a
bound ("fines of up to $250") sets no level (rule 7; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

FINE = claim(
    "velmora-cat-fine",
    "The fine for a wandering cat in Velmora will remain at $110 until at least "
    "31 December 2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ベルモラ"]),
     group("fine", en=["fine"], fr=["amende"], ja=["罰金"])],
    kind=ClaimKind.STATE, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Velmora raises cat fine to $250", "en", "contradicts"),
    ("Velmora raises cat fine from $110 to $250", "en", "contradicts"),
    ("Velmora cuts cat fine to $50", "en", "contradicts"),
    ("Velmora porte l'amende pour les chats à 250 dollars", "fr", "contradicts"),
    ("ベルモラ、猫の罰金を250ドルに引き上げ", "ja", "contradicts"),
    # the level itself kept, a level refused, and a bound that sets nothing
    ("Velmora keeps cat fine at $110", "en", "confirms"),
    ("Velmora councillors reject bid to raise cat fine to $250", "en", "confirms"),
    ("Velmora council rejects plan to raise cat fine to $150", "en", "confirms"),
    ("Velmora : amende jusqu'à 250 dollars", "fr", "mentions"),
])
def test_a_level_set_far_from_the_one_kept_changes_it(title: str, language: str,
                                                      expected: str) -> None:
    item = entry(title, "", "2026-05-01", language)
    assert verdict_for(Matcher([FINE]), item, "velmora-cat-fine") == expected
