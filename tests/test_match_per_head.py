"""住民1人当たり, 住民一人: a third-party word (住民) followed at once by "one
person" counts a fee or a figure per head; it is nobody commenting. A fee kept at
¥3,000 per resident confirms the state kept (labelling rule 2); residents who speak
still make an opinion (rule 8). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FEE = claim(
    "brindle-water-fee", "Brindle's water connection fee will stay at ¥3,000 until March 2028.",
    [group("town", en=["Brindle"], ja=["ブリンドル"]),
     group("fee", en=["water connection fee"], ja=["水道加入金", "加入金"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 4, 1), expected_by=date(2028, 3, 31),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("ブリンドル市、水道加入金を住民1人3000円に据え置き", "confirms"),
    ("ブリンドル市、水道加入金を住民一人当たり3000円で据え置き", "confirms"),
    # guard: residents who say it should be kept are commenting
    ("ブリンドル市の水道加入金、住民が据え置きを要望", "mentions"),
], ids=["digit", "kanji", "guard-residents-speak"])
def test_a_fee_per_head_is_no_speaker(title: str, expected: str) -> None:
    check_verdict([FEE], FEE.id, expected, title, "", "2027-03-20", "ja")
