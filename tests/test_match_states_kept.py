"""An event word right after a word of lasting names a state kept ("stays open",
« reste ouvert »), not the event (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

WORKS = claim(
    "harlow-depot-works", "Works on the Harlow depot will start in the first quarter of 2026.",
    [group("depot", en=["Harlow depot"], fr=["dépôt de Harlow"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 3, 12), expected_from=date(2026, 1, 1),
    expected_by=date(2026, 3, 31))
PATH_OPEN = claim(
    "harlow-path-open", "The Harlow depot path will stay open to walkers until 2027.",
    [group("path", en=["Harlow depot path"], fr=["chemin du dépôt de Harlow"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 3, 12), expected_from=date(2025, 3, 12),
    expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("title", "language"), [
    ("Harlow depot site stays open to walkers", "en"),
    ("Le site du dépôt de Harlow reste ouvert aux promeneurs", "fr"),
])
def test_a_state_kept_is_no_event(title: str, language: str) -> None:
    item = entry(title, "", "2026-02-02", language)
    assert verdict_for(Matcher([WORKS]), item, "harlow-depot-works") != "confirms"


def test_the_state_kept_is_a_state_claims_news() -> None:
    item = entry("Harlow depot path stays open to walkers", "", "2026-02-02", "en")
    assert verdict_for(Matcher([PATH_OPEN]), item, "harlow-path-open") == "confirms"
