"""A third-party word inside the claim's own cue is its event's actor, not someone who
comments: the cue "first residents" in "Seiyo no Mori opens; first residents move in"
(invented subjects). Outside the cue, residents still comment."""

from __future__ import annotations

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

OPENING = claim(
    "seiyo-opening", "Seiyokai will open the Seiyo no Mori care home in Kirihara.",
    [group("home", en=["Seiyo no Mori"])], kind=ClaimKind.EVENT,
    cues={Verdict.CONFIRMS: {"en": ("opens its doors", "first residents")}})
MATCHER = Matcher([OPENING])


def test_a_third_party_in_the_own_cue_acts() -> None:
    item = entry("Seiyo no Mori opens; first residents move in", "", "2026-05-01", "en")
    assert verdict_for(MATCHER, item, "seiyo-opening") == "confirms"


def test_residents_outside_the_cue_still_comment() -> None:
    item = entry("Residents say Seiyo no Mori should open its doors", "", "2026-05-01", "en")
    assert verdict_for(MATCHER, item, "seiyo-opening") != "confirms"
