"""A Japanese date pushed later with 延びる (署名が4月10日に延びる, 開業が来年春に延びた):
a delay, like ずれ込む; a date kept is no delay (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

MATCHER = Matcher([claim(
    "kesmoor-clinic-opening", "The Kesmoor clinic will open in March 2026.",
    [group("clinic", en=["Kesmoor clinic"], fr=["clinique de Kesmoor"], ja=["ケスモア診療所"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 10, 1), expected_from=date(2026, 3, 1),
    expected_by=date(2026, 3, 31))])


@pytest.mark.parametrize(("title", "expected"), [
    ("ケスモア診療所の開業、延びる見通し", "updates"),
    ("ケスモア診療所、内装工事で開業が延びた", "updates"),
    # near miss: the date kept
    ("ケスモア診療所、あす開業へ", "mentions"),
])
def test_a_date_pushed_later_is_a_delay(title: str, expected: str) -> None:
    item = entry(title, "", "2026-03-10", "ja")
    assert verdict_for(MATCHER, item, "kesmoor-clinic-opening") == expected
