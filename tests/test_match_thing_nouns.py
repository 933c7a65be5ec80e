"""A word that as a noun names a thing is no event word right after a preposition no
verb follows: "pulled from shelves" cancels nothing, while "shelves the plan" still
does (cue_filters.thing_noun; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

RULING = claim(
    "tavel-toy-ruling", "Ostra's product safety board will rule by December 2026 on whether "
                        "Tavel's glowing kite broke the toy safety code.",
    [group("tavel", en=["Tavel"]), group("kite", en=["glowing kite", "kite"])],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 5, 4), expected_by=date(2026, 12, 31))


@pytest.mark.parametrize(("title", "expected"), [
    ("Shops clear Tavel's glowing kite from shelves in Ostra", "mentions"),
    ("Tavel kite back on shelves in Ostra", "mentions"),
    # guard: the verb still cancels
    ("Ostra safety board shelves Tavel glowing kite ruling", "contradicts"),
], ids=["from-shelves", "on-shelves", "guard-verb"])
def test_shelves_after_a_preposition_is_a_thing(title: str, expected: str) -> None:
    check_verdict([RULING], "tavel-toy-ruling", expected, title, "", "2026-07-01", "en")


@pytest.mark.parametrize(("title", "expected"), [
    # "reaches" is a step for a decision; "shelves" stops nothing
    ("Tavel glowing kite ruling reaches supermarket shelves", "updates"),
    ("Tavel glowing kite ruling: tenants move into two blocks in Ostra", "mentions"),
    # guard: the verb with its object still stops
    ("Ostra court blocks Tavel glowing kite ruling", "contradicts"),
], ids=["clause-end", "number-blocks", "guard-verb"])
def test_a_thing_noun_at_the_end_or_after_a_number(title: str, expected: str) -> None:
    """An English thing noun ending its clause has no object: no verb ("reaches
    supermarket shelves"); "two blocks" are buildings or lots, no block."""
    check_verdict([RULING], "tavel-toy-ruling", expected, title, "", "2026-07-01", "en")
