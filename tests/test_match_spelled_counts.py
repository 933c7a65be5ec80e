"""A number word right before a name of what a target counts is an interim count:
"seven tenant companies", « sept entreprises »; the target's own count as it now
stands meets it: "now has 10 tenant companies" (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

TENANTS = claim(
    "orrin-hub-tenants", "The Orrin Hub in Kessling will have 10 tenant companies by "
                         "March 2027.",
    [group("hub", en=["Orrin Hub"], fr=["Orrin Hub"]),
     group("tenants", en=["tenant companies", "tenants"], fr=["entreprises"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 2, 18), expected_from=date(2026, 4, 1),
    expected_by=date(2027, 3, 31))
MATCHER = Matcher([TENANTS])


@pytest.mark.parametrize(("title", "language"), [
    ("Orrin Hub now has seven tenant companies", "en"),
    ("L'Orrin Hub compte désormais sept entreprises", "fr"),
])
def test_a_count_in_words_is_progress(title: str, language: str) -> None:
    item = entry(title, "", "2026-09-02", language)
    assert verdict_for(MATCHER, item, "orrin-hub-tenants") == "updates"


@pytest.mark.parametrize("title", [
    "Orrin Hub tenants share seven kitchens",  # another count
    "Orrin Hub caps tenant space under new seven-tenants rule",  # an adjective
])
def test_a_number_word_before_other_words_counts_nothing(title: str) -> None:
    item = entry(title, "", "2026-09-02", "en")
    assert verdict_for(MATCHER, item, "orrin-hub-tenants") == "mentions"


@pytest.mark.parametrize(("title", "language"), [
    ("Orrin Hub now has 10 tenant companies", "en"),
    ("L'Orrin Hub compte désormais 10 entreprises", "fr"),
])
def test_the_targets_own_count_as_it_now_stands_meets_it(title: str, language: str) -> None:
    item = entry(title, "", "2026-09-02", language)
    assert verdict_for(MATCHER, item, "orrin-hub-tenants") == "confirms"


@pytest.mark.parametrize("title", [
    "Orrin Hub has 10 tenant companies in its plan",  # no word of now: the target repeated
    "Orrin Hub now aims for 10 tenant companies",
])
def test_the_targets_own_count_repeated_meets_nothing(title: str) -> None:
    item = entry(title, "", "2026-09-02", "en")
    assert verdict_for(MATCHER, item, "orrin-hub-tenants") != "confirms"
