"""Words of a work pattern hold a shift word but move nothing: "shift workers",
"night-shift nurses", « parents en horaires décalés » are who a service is for, not a
date moved; "opening shifted to October" still is (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

CRECHE = claim(
    "velmora-creche", "Velmora's new crèche will open in September 2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"]),
     group("creche", en=["crèche"], fr=["crèche"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 9, 1), expected_by=date(2026, 9, 30),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Velmora crèche for shift workers to take children from 5am in September", "en",
     "mentions"),
    ("Velmora's night-shift nurses get a crèche in September", "en", "mentions"),
    ("Velmora : une crèche pour les parents en horaires décalés", "fr", "mentions"),
    ("Velmora crèche opening shifted to October", "en", "updates"),
    ("Velmora : l'ouverture de la crèche décalée à octobre", "fr", "updates"),
])
def test_a_work_pattern_moves_nothing(title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2026-05-01", language)
    assert verdict_for(Matcher([CRECHE]), item, "velmora-creche") == expected
