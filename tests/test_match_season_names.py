"""A season's name used as a time ("this fall", "the fall of 2026", "fall 2027") is no
verb of falling: not a decrease in an item, nor the event of a claim whose statement
dates it so (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

SHELTER = group("shelter", en=["Marlow animal shelter"], fr=["refuge de Marlow"])


def _opening(statement: str) -> Matcher:
    return Matcher([claim(
        "marlow-shelter-opening", statement, [SHELTER], kind=ClaimKind.EVENT,
        claimed_on=date(2025, 1, 20), expected_from=date(2026, 9, 1),
        expected_by=date(2026, 11, 30))])


FALL = _opening("The new Marlow animal shelter will open in the fall of 2026.")
AUTUMN = _opening("The new Marlow animal shelter will open in the autumn of 2026.")


@pytest.mark.parametrize("title", [
    "Marlow animal shelter to open this fall",
    "Marlow animal shelter on track for fall opening",
])
def test_a_season_in_an_item_is_no_decrease(title: str) -> None:
    item = entry(title, "", "2026-06-01", "en")
    assert verdict_for(AUTUMN, item, "marlow-shelter-opening") == "mentions"


def test_a_season_in_the_statement_makes_no_fall_its_event() -> None:
    # the statement's "fall" once made every figure that falls the claim's own event
    item = entry("Marlow animal shelter intake falls 20% in a year", "", "2026-10-01", "en")
    assert verdict_for(FALL, item, "marlow-shelter-opening") != "confirms"


@pytest.mark.parametrize(("title", "expected"), [
    ("Marlow animal shelter opening pushed to fall 2027", "updates"),  # a delay
    ("Marlow animal shelter opening expected to fall behind schedule", "updates"),
])
def test_the_verb_and_a_delay_still_read(title: str, expected: str) -> None:
    item = entry(title, "", "2026-06-01", "en")
    assert verdict_for(AUTUMN, item, "marlow-shelter-opening") == expected
