"""A no inside one of a claim's own cues is that cue's word, not a no for its other
cues (claim writer of round 57): for a decision to be taken either way, with the cues
"refuse to fund" and "fund … upkeep", "refuses to fund the Vire bridge upkeep" is the
decision taken (the first cue), not the second cue negated. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

UPKEEP = claim(
    "orne-upkeep-decision", "The Orne cabinet will decide by June 2026 whether to fund the "
    "Vire bridge upkeep.",
    [group("orne", en=["Orne"]), group("bridge", en=["Vire bridge"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
    cues={Verdict.CONFIRMS: {"en": ("refuse to fund", "fund … upkeep")}})


@pytest.mark.parametrize(("title", "expected"), [
    ("Orne refuses to fund Vire bridge upkeep", "confirms"),
    ("Orne will fund Vire bridge upkeep, cabinet says", "confirms"),
    # guard: a no outside every cue still negates
    ("Orne does not fund Vire bridge upkeep yet", "updates"),
], ids=["no-inside-another-cue", "plain", "guard-no-outside"])
def test_a_no_inside_an_own_cue_is_that_cues(title: str, expected: str) -> None:
    check_verdict([UPKEEP], "orne-upkeep-decision", expected, title, "", "2026-05-02", "en")
