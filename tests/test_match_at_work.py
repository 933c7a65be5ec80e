"""Work going on ("diggers at work on the slipway", « les pelleteuses sont à l'œuvre »)
tells works begun: it confirms a claim that they start, and is progress on the way
for a claim that the finished thing opens (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

WORKS = claim(
    "kesmoor-slipway-works", "Works on the Kesmoor slipway will begin in March 2026.",
    [group("slipway", en=["Kesmoor slipway"], fr=["cale de Kesmoor"], ja=["ケスモア船台"])],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 1, 10), expected_from=date(2026, 3, 1),
    expected_by=date(2026, 3, 31))
OPENING = claim(
    "kesmoor-terminal-opening", "The Kesmoor ferry terminal will open in June 2027.",
    [group("terminal", en=["Kesmoor ferry terminal"], fr=["gare maritime de Kesmoor"],
           ja=["ケスモア港ターミナル"])],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 1, 10), expected_from=date(2027, 6, 1),
    expected_by=date(2027, 6, 30))


@pytest.mark.parametrize(("title", "language"), [
    ("Diggers at work on the Kesmoor slipway", "en"),
    ("Les pelleteuses sont à l'œuvre sur la cale de Kesmoor", "fr"),
])
def test_work_going_on_confirms_the_start(title: str, language: str) -> None:
    item = entry(title, "", "2026-03-20", language)
    assert verdict_for(Matcher([WORKS]), item, "kesmoor-slipway-works") == "confirms"


@pytest.mark.parametrize(("title", "language"), [
    ("Crews at work on the Kesmoor ferry terminal", "en"),
    ("Les ouvriers sont à l'œuvre à la gare maritime de Kesmoor", "fr"),
])
def test_near_miss_work_going_on_is_no_opening(title: str, language: str) -> None:
    item = entry(title, "", "2026-03-20", language)
    assert verdict_for(Matcher([OPENING]), item, "kesmoor-terminal-opening") == "updates"
