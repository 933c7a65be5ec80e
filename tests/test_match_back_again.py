"""A service or a thing reported back ("the ferry is back", « le bac est de retour »)
has returned: the event of a claim that it resumes or reopens (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

MATCHER = Matcher([claim(
    "kesmoor-ferry-return", "The Kesmoor river ferry will resume crossings in July 2026.",
    [group("ferry", en=["Kesmoor ferry"], fr=["bac de Kesmoor"], ja=["ケスモアの渡し船"])],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 1, 10), expected_from=date(2026, 7, 1),
    expected_by=date(2026, 7, 31))])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Six minutes across the river: the Kesmoor ferry is back", "en", "confirms"),
    ("Le bac de Kesmoor est de retour", "fr", "confirms"),
    # near miss: a return told ahead is a preview
    ("The Kesmoor ferry will be back next summer", "en", "mentions"),
])
def test_a_thing_back_has_returned(title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2026-07-06", language)
    assert verdict_for(MATCHER, item, "kesmoor-ferry-return") == expected
