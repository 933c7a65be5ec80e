"""A title that names none of the claim's subjects but says the claim's own words (a
cue of its file that is no general lexicon word), over a summary that names the
subject: the title is the claim's news too ("Packed boat crosses to Ardle", over "The
Kesmoor ferry carried 80 passengers on Saturday"). Invented subjects."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

MATCHER = Matcher([claim(
    "kesmoor-ferry-first-crossing", "The Kesmoor ferry will make its first crossing to "
    "Ardle on 5 July 2026.",
    [group("ferry", en=["Kesmoor ferry"], fr=["bac de Kesmoor"], ja=["ケスモアの渡し船"])],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 1, 10), expected_from=date(2026, 7, 5),
    expected_by=date(2026, 7, 5),
    cues={Verdict.CONFIRMS: {"en": ("crosses to Ardle",), "fr": ("rallie Ardle",)}})])


@pytest.mark.parametrize(("title", "summary", "language"), [
    ("Packed boat crosses to Ardle", "The Kesmoor ferry carried 80 passengers on Saturday.",
     "en"),
    ("Un bateau comble rallie Ardle", "Le bac de Kesmoor a transporté 80 passagers samedi.",
     "fr"),
])
def test_a_title_with_the_claims_own_words_is_its_news(
        title: str, summary: str, language: str) -> None:
    item = entry(title, summary, "2026-07-06", language)
    assert verdict_for(MATCHER, item, "kesmoor-ferry-first-crossing") == "confirms"


def test_near_miss_a_summary_naming_another_ferry() -> None:
    item = entry("Packed boat crosses to Ardle", "The Tarrow ferry carried 80 passengers on "
                 "Saturday.", "2026-07-06", "en")
    assert verdict_for(MATCHER, item, "kesmoor-ferry-first-crossing") is None
