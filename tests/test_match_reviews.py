"""A review announced is news already (rule 7: a review is updates): "to review the
quota", "va réexaminer", 見直しへ report the decision to review, not a preview of a
step. Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

QUOTA = claim(
    "dorn-fishing-ban", "The Dorn Bank fishing ban will stay in force until 2030.",
    [group("ban", en=["Dorn Bank fishing ban", "Dorn Bank"], fr=["banc de Dorn"],
           ja=["ドーン堆"])],
    kind=ClaimKind.STATE, expected_by=date(2030, 12, 31),
)
_MATCHER = Matcher([QUOTA])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Ministry to review Dorn Bank fishing ban", "en", "updates"),
    ("Ministry plans to review the Dorn Bank fishing ban", "en", "updates"),
    # guard: a review asked for by a third party is its opinion (rule 8)
    ("Fishermen urge ministry to review Dorn Bank fishing ban", "en", "mentions"),
])
def test_a_review_announced_is_news(title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2026-10-01", language)
    assert verdict_for(_MATCHER, item, "dorn-fishing-ban") == expected
