"""A plan put in doubt ("thrown into doubt", « remise en cause ») is a threat to it:
an update, not a stop (labelling rule 7; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

FREE = claim(
    "tarrow-buses-stay-free", "Tarrow's buses will stay free of charge until 2030.",
    [group("town", en=["Tarrow"], fr=["Tarrow"]),
     group("free", en=["free buses"], fr=["gratuité des bus"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 5, 20), expected_from=date(2025, 9, 1),
    expected_by=date(2030, 12, 31))
MATCHER = Matcher([FREE])


@pytest.mark.parametrize(("title", "language"), [
    ("Tarrow free buses thrown into doubt", "en"),
    ("Budget gap casts doubt on Tarrow free buses", "en"),
    ("Tarrow : la gratuité des bus remise en cause", "fr"),
])
def test_put_in_doubt_is_a_threat(title: str, language: str) -> None:
    item = entry(title, "", "2026-09-20", language)
    assert verdict_for(MATCHER, item, "tarrow-buses-stay-free") == "updates"


def test_not_put_in_doubt_is_the_plan_kept() -> None:
    item = entry("Tarrow : la gratuité des bus pas remise en cause", "", "2026-09-20", "fr")
    assert verdict_for(MATCHER, item, "tarrow-buses-stay-free") != "updates"
