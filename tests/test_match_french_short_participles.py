"""A French -er verb's participle is told by its accent however short the word
(« voté », « fixé »): folded, « vote » is also the noun. A vote done with a date ahead
in its clause decided now what comes then (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

CLOSURE = claim(
    "orsen-pass-closure", "The Orsen pass road will be closed to cars for the first time on "
                          "Sunday 6 July 2025.",
    [group("pass", en=["Orsen pass"], fr=["col d'Orsen"]),
     group("car-free", en=["car-free Sunday"], fr=["fermeture aux voitures"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 4, 16), expected_from=date(2025, 7, 6),
    expected_by=date(2025, 7, 6))
MATCHER = Matcher([CLOSURE])


@pytest.mark.parametrize("title", [
    "Le Département a voté la fermeture aux voitures du col d'Orsen cet été",
    "Col d'Orsen : l'assemblée a voté la fermeture aux voitures cet été",
])
def test_a_vote_done_is_a_step_whatever_it_dates(title: str) -> None:
    item = entry(title, "", "2025-05-27", "fr")
    assert verdict_for(MATCHER, item, "orsen-pass-closure") == "updates"


@pytest.mark.parametrize("title", [
    "Le Département votera la fermeture aux voitures du col d'Orsen cet été",
    "Col d'Orsen : le vote sur la fermeture aux voitures cet été",
])
def test_a_vote_to_come_or_a_noun_is_a_preview(title: str) -> None:
    item = entry(title, "", "2025-05-20", "fr")
    assert verdict_for(MATCHER, item, "orsen-pass-closure") == "mentions"
