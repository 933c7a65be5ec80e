"""A level kept, frozen by a verb with no figure beside it: "Brindle freezes waste tax
rate", « le taux de TEOM gelé », 税率を凍結. For a state kept at a level ("the rate will
stay at 10.4%") the freeze is the level as it is (labelling rule 2), not a stop; the
noun of a freeze that ends ("as the freeze ends") is still read as before. Subjects
are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

RATE = claim(
    "brindle-waste-tax", "Brindle's household waste tax rate will stay at 10.4% until the end "
    "of 2027.",
    [group("town", en=["Brindle"], fr=["Brindle"], ja=["ブリンドル"]),
     group("tax", en=["waste tax"], fr=["taxe d'ordures ménagères", "TEOM"], ja=["ごみ税"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 10, 1), expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Brindle freezes waste tax rate for 2027", "en", "confirms"),
    ("Brindle : le taux de TEOM gelé en 2027", "fr", "confirms"),
    ("ブリンドル市、ごみ税の税率を凍結", "ja", "confirms"),
    # guard: the freeze that ends
    ("Brindle waste tax rate to rise in 2028 as freeze ends", "en", "contradicts"),
], ids=["en", "fr", "ja", "guard-freeze-ends"])
def test_a_level_frozen_by_a_verb_is_kept(title: str, language: str, expected: str) -> None:
    check_verdict([RATE], RATE.id, expected, title, "", "2027-02-01", language)
