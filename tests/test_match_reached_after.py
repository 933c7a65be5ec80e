"""A target's figure with its participle of reaching after it: "le cap des 1 800
animaux franchi", "1,800-animal target reached".

A word of reaching before the figure ("passes 1,800") says it was reached; so does its
participle right after the figure and its unit, in the same clause. A figure said
with a word of expecting is still a preview (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, GroupRole

ANIMALS = claim(
    "sarvenne-abattoir-animals",
    "The Sarvenne mobile abattoir will process 1,800 animals in its first year, to "
    "August 2026.",
    [group("abattoir", en=["Sarvenne mobile abattoir"], fr=["abattoir mobile de Sarvenne"],
           ja=["サルヴェンヌの移動式と畜場"]),
     group("animals", GroupRole.OPTIONAL, en=["animals"], fr=["animaux", "bêtes"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 9, 1), expected_from=date(2025, 9, 1),
    expected_by=date(2026, 8, 31))
MATCHER = Matcher([ANIMALS])


@pytest.mark.parametrize(("title", "language"), [
    ("Abattoir mobile de Sarvenne : le cap des 1 800 animaux franchi avant l'été", "fr"),
    ("Sarvenne mobile abattoir: 1,800 animals reached before summer", "en"),
])
def test_a_participle_of_reaching_after_the_figure(title: str, language: str) -> None:
    item = entry(title, "", "2026-06-10", language)
    assert verdict_for(MATCHER, item, "sarvenne-abattoir-animals") == "confirms"


def test_the_figure_expected_is_no_reaching() -> None:
    item = entry("Sarvenne mobile abattoir: 1,800 animals expected by August", "",
                 "2026-06-10", "en")
    assert verdict_for(MATCHER, item, "sarvenne-abattoir-animals") != "confirms"
