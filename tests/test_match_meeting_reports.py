"""A meeting reported by what happened at it: "residents raise parking fears at public
meeting", 説明会で懸念相次ぐ (in a headline), or by how it went: "stormy public
meeting", « réunion publique houleuse », 説明会が紛糾. The meeting was held; a plan
told ahead of it ("to unveil plans at the meeting") is still a preview (invented
subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

MEETING = claim(
    "wrayle-lifeboat-meeting",
    "The Wrayle lifeboat trust will hold a public meeting on the station's move on "
    "2 October 2025.",
    [group("meeting", en=["public meeting"], fr=["réunion publique"], ja=["住民説明会"]),
     group("place", en=["Wrayle"], fr=["Wrayle"], ja=["ウレイル"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 9, 1), expected_from=date(2025, 10, 2),
    expected_by=date(2025, 10, 2))
MATCHER = Matcher([MEETING])


@pytest.mark.parametrize(("title", "language"), [
    ("Wrayle residents raise parking fears at lifeboat public meeting", "en"),
    ("Stormy public meeting in Wrayle over lifeboat move", "en"),
    ("Hundreds pack Wrayle public meeting over lifeboat move", "en"),
    ("Wrayle : réunion publique houleuse sur le déménagement du canot", "fr"),
    ("Déménagement du canot : une réunion publique sous tension à Wrayle", "fr"),
    ("ウレイルの住民説明会で駐車場に懸念相次ぐ", "ja"),
    ("ウレイルの住民説明会が紛糾", "ja"),
])
def test_a_meeting_reported_by_what_happened_at_it(title: str, language: str) -> None:
    item = entry(title, "", "2025-10-03", language)
    assert verdict_for(MATCHER, item, "wrayle-lifeboat-meeting") == "confirms"


def test_a_plan_told_ahead_of_the_meeting_is_a_preview() -> None:
    item = entry("Wrayle trust to unveil plans at public meeting", "", "2025-09-20", "en")
    assert verdict_for(MATCHER, item, "wrayle-lifeboat-meeting") != "confirms"


def test_the_meeting_as_the_setting_of_another_story_is_background() -> None:
    """Below the headline, "told residents at the public meeting" attributes other
    news; the headline is about the boathouse."""
    item = entry("Wrayle lifeboat picks harbour site for boathouse",
                 "The trust told residents at the public meeting that it prefers the "
                 "harbour site.", "2025-10-03", "en")
    assert verdict_for(MATCHER, item, "wrayle-lifeboat-meeting") != "confirms"


TOWN_HALL = claim(
    "harlow-mall-town-hall",
    "Harlow's council will hold a town hall on the mall's future on 4 March 2026.",
    [group("meeting", en=["town hall"]), group("place", en=["Harlow"])],
    kind=ClaimKind.MEETING, claimed_on=date(2026, 2, 1), expected_from=date(2026, 3, 4),
    expected_by=date(2026, 3, 4))


@pytest.mark.parametrize(("title", "expected"), [
    # a meeting noun of two words ("town hall") tells how the meeting went too
    ("Residents pack Harlow town hall on mall plan", "confirms"),
    ("Stormy Harlow town hall on the mall's future", "confirms"),
    ("Harlow town hall on the mall set for Wednesday", "mentions"),
])
def test_a_town_hall_told_by_how_it_went(title: str, expected: str) -> None:
    item = entry(title, "", "2026-03-05" if expected == "confirms" else "2026-03-01", "en")
    assert verdict_for(Matcher([TOWN_HALL]), item, "harlow-mall-town-hall") == expected


OPEN_HOUSE = claim(
    "tamsel-depot-open-house",
    "Tamsel's transit agency will hold an open house on the bus depot plan on 9 April 2026.",
    [group("meeting", en=["open house"], fr=["réunion publique"]),
     group("place", en=["Tamsel"], fr=["Tamsel"])],
    kind=ClaimKind.MEETING, claimed_on=date(2026, 3, 1), expected_from=date(2026, 4, 9),
    expected_by=date(2026, 4, 9))


@pytest.mark.parametrize(("title", "language", "expected"), [
    # an open house is a meeting; what dominated it tells it was held
    ("Noise, not buses, dominates Tamsel open house", "en", "confirms"),
    ("Packed Tamsel open house on the depot", "en", "confirms"),
    ("Tamsel : le bruit domine la réunion publique sur le dépôt", "fr", "confirms"),
    # who turned out for it: it was held
    ("Dozens turn out for Tamsel open house on the depot", "en", "confirms"),
    ("Tamsel : les riverains ont répondu présent à la réunion publique", "fr", "confirms"),
    ("Residents urged to turn out for Tamsel open house", "en", "mentions"),
    # guard: the open house announced is still a preview
    ("Tamsel open house on the depot set for Thursday", "en", "mentions"),
])
def test_an_open_house_told_by_what_happened_at_it(title: str, language: str,
                                                 expected: str) -> None:
    published = "2026-04-10" if expected == "confirms" else "2026-04-01"
    item = entry(title, "", published, language)
    assert verdict_for(Matcher([OPEN_HOUSE]), item, "tamsel-depot-open-house") == expected
