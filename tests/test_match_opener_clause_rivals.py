"""Whose word is it, when another claim's subject stands behind a clause opener?

"Entry to Harbour Park remains free after the Harbour Café opening": "remains" is the
free entry's verb; the café, named in the clause "after" opens, is no nearer subject
for it. A rival in the cue's own clause still wins when it is nearer (invented
subjects; labelling rule 11)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

PARK = group("park", en=["Harbour Park"])
FREE = claim(
    "harbour-park-free-entry", "Entry to Velmora's Harbour Park will remain free of charge "
    "until the end of 2027.",
    [group("entry", en=["entry", "free entry", "admission"]), PARK],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 12), expected_by=date(2027, 12, 31))
CAFE = claim(
    "harbour-cafe-opening", "The Harbour Café in Velmora's Harbour Park will open in "
    "May 2026.",
    [group("cafe", en=["Harbour Café", "Harbour Cafe"]), PARK],
    kind=ClaimKind.EVENT, expected_from=date(2026, 5, 1), expected_by=date(2026, 5, 31))
MATCHER = Matcher([FREE, CAFE])


def test_a_rival_behind_an_opener_does_not_take_the_verb() -> None:
    item = entry("Entry to Harbour Park remains free after Harbour Café opening", "",
                 "2026-06-02", "en")
    assert verdict_for(MATCHER, item, "harbour-park-free-entry") == "confirms"
    assert verdict_for(MATCHER, item, "harbour-cafe-opening") != "confirms"


def test_the_rivals_own_clause_keeps_its_verb() -> None:
    item = entry("Harbour Café opens as entry to Harbour Park remains free", "",
                 "2026-05-15", "en")
    assert verdict_for(MATCHER, item, "harbour-cafe-opening") == "confirms"
