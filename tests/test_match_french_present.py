"""A French verb in the singular present with a weekday ahead tells of the day to come
(« le complexe ouvre samedi », published on Thursday), as "opens Saturday" does;
« a ouvert samedi » is past, « la rencontre de samedi » a noun, and « lancé samedi »
(which folds to « lance ») a participle. Subjects are invented; verdicts follow
../shared/labelling.md (rule 2: a preview is related)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

RESORT = claim(  # event: a resort opens in a year
    "velmora-resort", "The Velmora resort will open in 2032.",
    [group("resort", en=["Velmora resort"], fr=["complexe de Velmora"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 1, 1), expected_from=date(2032, 1, 1),
    expected_by=date(2032, 12, 31),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("Le complexe de Velmora ouvre samedi", "mentions"),
    # guards: the compound past; the present with no day ahead
    ("Le complexe de Velmora a ouvert samedi", "confirms"),
    ("Le complexe de Velmora ouvre ses portes", "confirms"),
], ids=["present-day-ahead", "guard-past", "guard-no-day"])
def test_a_french_present_with_a_day_ahead(title: str, expected: str) -> None:
    # published on Thursday 18 March 2032: Saturday is two days ahead
    check_verdict([RESORT], "velmora-resort", expected, title, "", "2032-03-18", "fr")
