"""Permission given, got or secured is a decision made, like "win … permission" and
"grant"; "on appeal" is the route it took, no appeal pending (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

DECISION = claim(
    "harlow-battery-decision", "The planning inspector will decide by 31 July 2025 whether "
                               "to allow the Harlow battery appeal.",
    [group("scheme", en=["Harlow battery"])],
    kind=ClaimKind.DECISION, claimed_on=date(2025, 3, 12), expected_by=date(2025, 7, 31))
MATCHER = Matcher([DECISION])


@pytest.mark.parametrize("title", [
    "Harlow battery given planning permission",
    "Harlow battery gets permission on appeal",
    "Developer secures permission for Harlow battery",
])
def test_permission_given_is_the_decision(title: str) -> None:
    item = entry(title, "", "2025-07-20", "en")
    assert verdict_for(MATCHER, item, "harlow-battery-decision") == "confirms"


def test_permission_sought_is_no_decision() -> None:
    item = entry("Developer seeks permission for Harlow battery", "", "2025-04-20", "en")
    assert verdict_for(MATCHER, item, "harlow-battery-decision") != "confirms"
