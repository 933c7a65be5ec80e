"""A move from one figure to another ("from 3.8% to 4.5%", « de 3,8 % à 4,5 % »,
3.8%から4.5%に): the first figure is the level left, neither the target met nor
missed (targets/level_moves.py). Subjects are invented; the expected verdicts follow
../shared/labelling.md (rule 7). The French and Japanese confirmations failed before
the rule; the English one and the near misses guard it."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

TAX = claim(  # target: the rate raised to 4.5% on 1 January 2027
    "velmora-lodging-tax", "Velmora's lodging tax rate will be raised to 4.5% (from 3.8%) on "
    "1 January 2027.",
    [group("tax", en=["Velmora lodging tax", "lodging tax"], fr=["taxe de séjour de Velmora",
                                                                  "taxe de séjour"],
           ja=["ヴェルモラ市の宿泊税", "宿泊税"]),
     group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 1, 1),
)
CLAIMS = [TAX]


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Velmora : la taxe de séjour passe de 3,8 % à 4,5 %", "fr"),
    ("confirms", "ヴェルモラ、宿泊税率を3.8%から4.5%に引き上げ", "ja"),
    # a decimal level before に: 4.5%に is the target set, not repeated
    ("confirms", "ヴェルモラ、宿泊税率を4.5%に引き上げ", "ja"),
    ("confirms", "Velmora lodging tax rises from 3.8% to 4.5%", "en"),
    # near misses: the level reached still falls short
    ("contradicts", "Velmora : la taxe de séjour passe de 3,8 % à 4,2 %", "fr"),
    ("contradicts", "ヴェルモラ、宿泊税率を3.8%から4.2%に引き上げ", "ja"),
])
def test_the_level_left_is_not_the_level_reached(expected: str, title: str,
                                                 language: str) -> None:
    check_verdict(CLAIMS, "velmora-lodging-tax", expected, title, "", "2027-01-05", language)
