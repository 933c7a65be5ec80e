"""A wish is not yet an act: "wants to", "wishes to", « veut », « souhaite »
are hedges, like "asks" (lexicon `hedge`), not intents. For a state kept at a level, an
intent to change the level told ahead is the level broken (a party that sets a price
announces it), but a wish to change it is a change in view (rule 7: updates).
Subjects are invented; the guards passed before."""

from __future__ import annotations

import pytest
from helpers.invented import FERRY_FARE, check_verdict


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "Ferry operator wants to raise Orrin Falls ferry fare to $5", "en"),
    ("updates", "Orrin Falls : l'exploitant veut porter le tarif du ferry à 5 dollars", "fr"),
    # guards: a change announced by an intent word, or made, breaks the level
    ("contradicts", "Orrin Falls to raise ferry fare to $5 from June", "en"),
    ("contradicts", "Orrin Falls raises ferry fare to $5", "en"),
])
def test_a_wish_to_change_a_level_is_an_update(expected: str, title: str,
                                               language: str) -> None:
    check_verdict([FERRY_FARE], "orrin-fare-level", expected, title, "", "2026-03-06", language)
