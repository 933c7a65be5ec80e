"""A term that names the thing by its event noun, and news that writes the verb.

A claim writer lists "floodlight approval" or "library reopening" as names; a headline
writes "floodlights approved", "library reopens". The term matches through its stems,
but the text's verb is the event, not part of the name. A term that writes the verb
form itself ("merged school") keeps it as its name (invented subjects)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

LIGHTS = claim(
    "kesterford-floodlights", "Kesterford council will approve the ground's floodlights in "
    "June 2026.",
    [group("lights", en=["Kesterford floodlights", "floodlight approval"])],
    kind=ClaimKind.DECISION, expected_from=date(2026, 6, 1), expected_by=date(2026, 6, 30))
LIBRARY = claim(
    "kesterford-library", "The Kesterford library will reopen in June 2026.",
    [group("library", en=["Kesterford library", "library reopening"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 6, 1), expected_by=date(2026, 6, 30))
SCHOOL = claim(
    "kesterford-school", "Kesterford's merged school will open in September 2026.",
    [group("school", en=["Kesterford merged school", "merged school"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 9, 1), expected_by=date(2026, 9, 30))
MATCHER = Matcher([LIGHTS, LIBRARY, SCHOOL])


def test_the_verb_the_term_only_stems_like_is_the_decision() -> None:
    item = entry("Kesterford floodlights approved", "", "2026-06-10", "en")
    assert verdict_for(MATCHER, item, "kesterford-floodlights") == "confirms"


def test_the_verb_the_term_only_stems_like_is_the_event() -> None:
    item = entry("Kesterford library reopens", "", "2026-06-10", "en")
    assert verdict_for(MATCHER, item, "kesterford-library") == "confirms"


def test_the_noun_the_term_writes_stays_its_name() -> None:
    item = entry("Kesterford library reopening: what readers can expect", "", "2026-05-10",
                 "en")
    assert verdict_for(MATCHER, item, "kesterford-library") == "mentions"


def test_a_participle_the_term_writes_stays_its_name() -> None:
    item = entry("Kesterford merged school names its first head", "", "2026-05-10", "en")
    assert verdict_for(MATCHER, item, "kesterford-school") not in ("confirms", "contradicts")
