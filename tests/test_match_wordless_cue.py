"""A claim built in code (the loader rejects it in files) whose cue has a part with no
word ("by … %") matches nothing with that cue, and never stops the matcher."""

from __future__ import annotations

from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

BALLOT = claim(
    "orvel-ballot", "Orvel union members will back a strike in the ballot.",
    [group("union", en=["Orvel union"])], kind=ClaimKind.EVENT,
    cues={Verdict.CONFIRMS: {"en": ("by … %", "%", "back … strike")}},
)


def test_a_wordless_cue_matches_nothing_and_stops_nothing() -> None:
    check_verdict([BALLOT], "orvel-ballot", "confirms",
                  "Orvel union members back strike by 82%", "", "2026-09-20", "en")
