""""to" before one of the claim's names, with a finite verb after them, leads a place,
no headline future: "Free shuttle to Lantern Lake begins running" reports the start
(claim writer of round 64; modality._a_preposition). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

SHUTTLE = claim(
    "velmora-shuttle", "A free shuttle from Velmora to the Lantern Lake trailhead will "
    "start running by 14 June 2025.",
    [group("shuttle", en=["shuttle"]), group("place", en=["Velmora", "Lantern Lake"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 3, 14), expected_by=date(2025, 6, 14))


@pytest.mark.parametrize(("title", "expected"), [
    ("Free shuttle to Lantern Lake begins running", "confirms"),
    ("Shuttle to Velmora trailheads started on Saturday", "confirms"),
    # guards: the "to" of a verb is still the future
    ("Velmora shuttle to begin running next week", "mentions"),
    ("Velmora shuttle to formally begin running next week", "mentions"),
], ids=["begins", "started", "guard-to-begin", "guard-to-formally-begin"])
def test_to_before_a_name_is_a_place(title: str, expected: str) -> None:
    check_verdict([SHUTTLE], "velmora-shuttle", expected, title, "", "2025-06-14", "en")
