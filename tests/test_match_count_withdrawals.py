"""Some of a target's count withdrawing ("three tenants pull out", 3社が辞退) is a
setback, an update; the target itself dropped still contradicts (rule 7; invented
subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

TENANTS = claim(
    "orrin-base-tenants", "Orrin Base in Kessling will have 10 tenant companies by March 2027.",
    [group("base", en=["Orrin Base"], ja=["オリンベース"]),
     group("tenants", en=["tenant companies", "tenants"], ja=["入居企業", "社"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 2, 18), expected_from=date(2026, 4, 1),
    expected_by=date(2027, 3, 31))
MATCHER = Matcher([TENANTS])


@pytest.mark.parametrize(("title", "language"), [
    ("Three tenant companies pull out of Orrin Base", "en"),
    ("オリンベース開所に暗雲 入居予定の3社が辞退", "ja"),
])
def test_some_of_the_count_withdrawing_is_a_setback(title: str, language: str) -> None:
    item = entry(title, "", "2026-03-10", language)
    assert verdict_for(MATCHER, item, "orrin-base-tenants") == "updates"


def test_the_target_dropped_still_contradicts() -> None:
    item = entry("Orrin Base scraps its tenant companies goal", "", "2026-03-10", "en")
    assert verdict_for(MATCHER, item, "orrin-base-tenants") == "contradicts"
