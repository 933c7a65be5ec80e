"""A Japanese fraction is a share: 3分の1 is a third, 2分の1 a half (`numbers.toml`
`fractions`), so a state kept at 50% is broken by 補助率を3分の1に引き下げ and kept by
補助率2分の1を維持. Before, a fraction was no figure: the cut only updated the claim, as
a claim writer of round 122 reported. 0分の1 is none. Subjects are invented; the
guards passed before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.targets.amounts import amounts_in
from tracker.models import ClaimKind

SUBSIDY = claim(
    "orrin-fence-subsidy", "Orrin Falls' subsidy for electric fences will stay at 50% of "
    "their cost until March 2027.",
    [group("orrin", en=["Orrin Falls"], fr=["Orrin Falls"], ja=["オリンフォールズ"]),
     group("subsidy", en=["fence subsidy"], fr=["aide aux clôtures"], ja=["電気柵の補助率"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 6, 5), expected_from=date(2025, 6, 5),
    expected_by=date(2027, 3, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("contradicts", "オリンフォールズ市、電気柵の補助率を3分の1に引き下げ"),
    # guards: the level said kept, as a percentage or as a fraction
    ("confirms", "オリンフォールズ市、電気柵の補助率50%を維持"),
    ("confirms", "オリンフォールズ市、電気柵の補助率2分の1を維持"),
])
def test_a_fraction_is_a_share(expected: str, title: str) -> None:
    check_verdict([SUBSIDY], "orrin-fence-subsidy", expected, title, "", "2025-10-01", "ja")


def test_fractions_read_as_shares() -> None:
    assert [a[0] for a in amounts_in("補助率を3分の1に、2分の1から")] == [33.3, 50.0]
    assert amounts_in("0分の1") == []
    assert amounts_in("30分の休憩") == []
