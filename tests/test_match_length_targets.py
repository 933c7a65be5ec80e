"""A target counted in a length: "250 km of electric fences".

A figure followed by a unit of size is a dimension ("300 mm wafers"), no count, for
most claims; for a claim whose statement counts in that unit, it is the count so far
("200 km installed so far": an update, labelling rule 7). Invented subjects."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

FENCES = claim(
    "harrowfell-fences-250km",
    "Harrowfell will have 250 km of electric fences by March 2026.",
    [group("fences", en=["electric fences", "electric fencing"], fr=["clôtures électriques"],
           ja=["電気柵"]),
     group("town", en=["Harrowfell"], fr=["Harrowfell"], ja=["ハロウフェル"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 6, 1), expected_from=date(2025, 6, 1),
    expected_by=date(2026, 3, 31))
HOMES = claim(
    "harrowfell-heat-homes",
    "Harrowfell's heat network will connect 2,000 homes by March 2026.",
    [group("network", en=["Harrowfell heat network"], fr=["réseau de chaleur de Harrowfell"],
           ja=["ハロウフェルの熱供給網"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 6, 1), expected_from=date(2025, 6, 1),
    expected_by=date(2026, 3, 31))
MATCHER = Matcher([FENCES, HOMES])


@pytest.mark.parametrize(("title", "language"), [
    ("Harrowfell has installed 200 km of electric fencing so far", "en"),
    ("Harrowfell : 200 km de clôtures électriques installés à ce jour", "fr"),
])
def test_a_length_so_far_is_an_update(title: str, language: str) -> None:
    item = entry(title, "", "2025-11-10", language)
    assert verdict_for(MATCHER, item, "harrowfell-fences-250km") == "updates"


def test_a_length_is_no_count_of_homes() -> None:
    item = entry("Harrowfell heat network lays 12 km of pipes", "", "2025-11-10", "en")
    assert verdict_for(MATCHER, item, "harrowfell-heat-homes") != "updates"
