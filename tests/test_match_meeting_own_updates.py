"""A meeting claim's own update words take their verdict on the day and after it:
"inquiry adjourned", listed by the user under [cues.updates], updates the claim
once the meeting's window has opened; before it, a step is still a preview
(labelling rules 2 and 5; invented subjects)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

INQUIRY = claim(
    "velmora-path-inquiry", "An inspector will hold a public inquiry session on the Velmora "
    "coast path on 18 November 2026.",
    [group("inquiry", en=["coast path inquiry"]), group("place", en=["Velmora"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 11, 18), expected_by=date(2026, 11, 18),
    cues={Verdict.UPDATES: {"en": ("adjourned",)}})
MATCHER = Matcher([INQUIRY])


def test_your_update_word_on_the_day_updates() -> None:
    item = entry("Velmora coast path inquiry adjourned", "", "2026-11-18", "en")
    assert verdict_for(MATCHER, item, "velmora-path-inquiry") == "updates"


def test_before_the_day_a_step_is_a_preview() -> None:
    item = entry("Velmora coast path inquiry agenda published", "", "2026-11-02", "en")
    assert verdict_for(MATCHER, item, "velmora-path-inquiry") == "mentions"
