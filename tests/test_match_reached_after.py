"""A target's figure with its participle of reaching after it: "le cap des 1 800
animaux franchi", "1,800-animal target reached".

A word of reaching before the figure ("passes 1,800") says it was reached; so does its
participle right after the figure and its unit, in the same clause (in Japanese, its
word after the figure: 1800頭に達する). A figure said with a word of expecting is still a
preview.

Below the target, a figure said reached is a running count, progress toward it, even
for a target counted over a span when the sentence names no span ("passes 1,000
animals"); a bare count with no word of reaching counts one day or one visit (invented
subjects)."""

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
    ("サルヴェンヌの移動式と畜場、処理頭数が1800頭に達する", "ja"),
])
def test_a_participle_of_reaching_after_the_figure(title: str, language: str) -> None:
    item = entry(title, "", "2026-06-10", language)
    assert verdict_for(MATCHER, item, "sarvenne-abattoir-animals") == "confirms"


def test_the_figure_expected_is_no_reaching() -> None:
    item = entry("Sarvenne mobile abattoir: 1,800 animals expected by August", "",
                 "2026-06-10", "en")
    assert verdict_for(MATCHER, item, "sarvenne-abattoir-animals") != "confirms"


@pytest.mark.parametrize(("title", "language"), [
    ("Sarvenne mobile abattoir passes 1,000 animals", "en"),
    ("Sarvenne mobile abattoir tops 1,000 animals", "en"),
    ("Sarvenne mobile abattoir reaches 1,000 animals", "en"),
    ("L'abattoir mobile de Sarvenne dépasse 1 000 animaux", "fr"),
    ("サルヴェンヌの移動式と畜場、処理頭数が1000頭超え", "ja"),
])
def test_a_running_count_said_reached_is_progress(title: str, language: str) -> None:
    item = entry(title, "", "2026-04-20", language)
    assert verdict_for(MATCHER, item, "sarvenne-abattoir-animals") == "updates"


@pytest.mark.parametrize(("title", "language"), [
    ("Sarvenne mobile abattoir slaughters 40 animals at Puy farm", "en"),
    ("L'abattoir mobile de Sarvenne abat 40 animaux à la ferme du Puy", "fr"),
])
def test_a_bare_count_is_no_running_count(title: str, language: str) -> None:
    item = entry(title, "", "2026-04-20", language)
    assert verdict_for(MATCHER, item, "sarvenne-abattoir-animals") != "updates"



# Two claims on one abattoir, each naming it and its place: the sentence names the
# other claim's subject too
COUNT = claim(
    "varonne-abattoir-animals",
    "The Varonne mobile abattoir will process 1,800 animals in its first year, to "
    "August 2026.",
    [group("animals", en=["animals"]), group("abattoir", en=["mobile abattoir"]),
     group("place", en=["Varonne"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 9, 1), expected_from=date(2025, 9, 1),
    expected_by=date(2026, 8, 31))
FIRST_TOUR = claim(
    "varonne-abattoir-first-tour",
    "The Varonne mobile abattoir will make its first farm tour in September 2025.",
    [group("abattoir", en=["mobile abattoir"]), group("place", en=["Varonne"]),
     group("tour", GroupRole.OPTIONAL, en=["first tour"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 2, 1), expected_from=date(2025, 9, 1),
    expected_by=date(2025, 9, 30))
SHARED = Matcher([COUNT, FIRST_TOUR])


def test_a_reaching_short_of_the_target_stays_the_target_claims() -> None:
    """"reaches 1,000 animals", read as progress, belongs to the claim that counts
    them, though the sentence names the other claim's subject too."""
    item = entry("Varonne mobile abattoir reaches 1,000 animals", "", "2026-04-20", "en")
    assert verdict_for(SHARED, item, "varonne-abattoir-animals") == "updates"
