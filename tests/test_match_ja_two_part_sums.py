"""A Japanese sum written with a scale and the units after it (1万5000円, 1万8000円) is
one sum, 15,000 and 18,000 yen, as 1万5千円 and 1.5万円 are; not 5,000 yen (invented
subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.targets.amounts import amounts_in
from tracker.models import ClaimKind


@pytest.mark.parametrize(("text", "value"), [
    ("火葬料1万5000円に据え置き", 15000.0),
    ("1万8000円に値上げ", 18000.0),
    ("1万5千円", 15000.0),
    ("9億5000万ユーロ", 950_000_000.0),
])
def test_a_scale_and_its_units_are_one_sum(text: str, value: float) -> None:
    assert [v for v, _, _, _ in amounts_in(text)] == [value]


MATCHER = Matcher([claim(
    "kesmoor-cremation-fee", "Kesmoor's cremation fee will stay at 15,000 yen until "
    "March 2030.",
    [group("fee", en=["cremation fee"], fr=["tarif de crémation"], ja=["火葬料"]),
     group("city", en=["Kesmoor"], fr=["Kesmoor"], ja=["ケスモア市"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 2, 10), expected_from=date(2025, 2, 10),
    expected_by=date(2030, 3, 31))])


@pytest.mark.parametrize(("title", "expected"), [
    ("ケスモア市、火葬料1万5000円に据え置き", "confirms"),
    # near miss: a rise to another sum breaks the state
    ("ケスモア市、火葬料を1万8000円に値上げ", "contradicts"),
])
def test_the_sum_kept_or_raised(title: str, expected: str) -> None:
    item = entry(title, "", "2026-03-20", "ja")
    assert verdict_for(MATCHER, item, "kesmoor-cremation-fee") == expected
