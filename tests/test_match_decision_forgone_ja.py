"""A Japanese word of forgoing right after a decision noun (採決を見送った, 判断の見送り)
puts the decision off for now: an update of a decision claim, not the plan dropped
(../shared/labelling.md, rule 7). Forgoing the plan itself (計画を見送り) still stops it.
Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

GRANT_VOTE = claim(
    "orna-grant-vote", "Orna city council will approve a ¥50m grant for the Velmora "
    "ferry on 17 February 2026.",
    [group("orna", en=["Orna"], fr=["Orna"], ja=["オルナ市"]),
     group("grant", en=["ferry grant"], fr=["subvention au ferry"], ja=["フェリー補助金"])],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 1, 12), expected_from=date(2026, 2, 17),
    expected_by=date(2026, 2, 17),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("オルナ市議会、フェリー補助金の採決を見送った", "updates"),
    ("オルナ市、フェリー補助金の判断の見送りを決める", "updates"),
    # a near miss: the plan itself forgone
    ("オルナ市、フェリー補助金の計画を見送り", "contradicts"),
], ids=["saiketsu-wo-miokutta", "handan-no-miokuri", "keikaku-wo-miokuri"])
def test_a_decision_forgone_is_put_off(title: str, expected: str) -> None:
    check_verdict([GRANT_VOTE], "orna-grant-vote", expected, title, "", "2026-02-17", "ja")
