"""A target's own verb, written as done, with the target's own figure: "has hired 58
staff", « a recruté 58 salariés », 58人を採用した. The target is met, not restated; a
figure under it is a count so far, and the verb told ahead ("will hire 58") is the
target repeated (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

STAFF = claim(
    "seiyo-staff", "Seiyokai will hire 58 staff for Seiyo no Mori by 30 September 2025.",
    [group("home", en=["Seiyo no Mori"], fr=["Seiyo no Mori"], ja=["清陽の杜"]),
     group("staff", en=["staff"], fr=["salariés", "personnel"], ja=["職員"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 4, 10), expected_by=date(2025, 9, 30))
MATCHER = Matcher([STAFF])


@pytest.mark.parametrize(("title", "language"), [
    ("Seiyo no Mori has hired 58 staff", "en"),
    ("Seiyo no Mori hired 58 staff before opening", "en"),
    ("Seiyo no Mori a recruté 58 salariés", "fr"),
    ("清陽の杜、職員58人を採用した", "ja"),
])
def test_the_own_verb_done_with_the_targets_figure_meets_it(title: str, language: str) -> None:
    item = entry(title, "", "2025-09-20", language)
    assert verdict_for(MATCHER, item, "seiyo-staff") == "confirms"


@pytest.mark.parametrize(("title", "expected"), [
    ("Seiyo no Mori has hired 40 staff", "updates"),
    ("Seiyo no Mori will hire 58 staff", "updates"),  # a step told ahead, not met
])
def test_near_misses(title: str, expected: str) -> None:
    item = entry(title, "", "2025-06-20", "en")
    assert verdict_for(MATCHER, item, "seiyo-staff") == expected
