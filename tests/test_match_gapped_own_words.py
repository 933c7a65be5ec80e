"""A gapped lexicon phrase's own words are no modifiers of it: the "to" of "off to …
start" is no infinitive, while a future word inside the gap still tells the future
("deal … to close"). Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

TOURS = claim(
    "orlan-night-tours", "The Orlan museum will start night tours in June 2026.",
    [group("museum", en=["Orlan museum"]), group("tours", en=["night tours"])],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 3, 1), expected_by=date(2026, 6, 30))


@pytest.mark.parametrize(("title", "expected"), [
    ("Orlan museum night tours off to slow start as 40 visitors sign up", "confirms"),
    ("Orlan museum night tours get off to a flying start", "confirms"),
    # guard: "to" right before the verb is its future
    ("Orlan museum night tours to start on Friday", "mentions"),
])
def test_the_to_of_off_to_a_start_is_no_future(title: str, expected: str) -> None:
    check_verdict([TOURS], TOURS.id, expected, title, "", "2026-06-15", "en")
