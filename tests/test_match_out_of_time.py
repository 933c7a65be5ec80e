"""News outside the span it could bear on (docs/matching.md, the verdict table): a stop
or a delay published before the claim was made is what the claim's source already knew
and dated anew (labelling rule 9), except for a target, whose figures may have slipped
since; a state's news before its window opens, but its end foretold, is a mention.
Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BRIDGE = group("bridge", en=["Tavel bridge"], fr=["pont de Tavel"], ja=["タベル橋"])
OPENING = claim(
    "tavel-bridge-opening", "The Tavel bridge will open in June 2026.", [BRIDGE],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 1, 12), expected_from=date(2026, 6, 1),
    expected_by=date(2026, 6, 30),
)
CROSSINGS = claim(
    "tavel-bridge-crossings", "The Tavel bridge will carry 8,000 vehicles a day by 2027.",
    [BRIDGE, group("vehicles", en=["vehicles"], fr=["véhicules"], ja=["台"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 1, 12), expected_by=date(2027, 12, 31),
)
FREE = claim(
    "tavel-bridge-free", "Crossing the Tavel bridge will stay free from its opening in June "
    "2026 until 2030.",
    [BRIDGE, group("free", en=["toll-free", "free"], fr=["gratuit"], ja=["無料"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 1, 12), expected_from=date(2026, 6, 1),
    expected_by=date(2030, 12, 31),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Tavel bridge opening delayed to June", "en"),
    ("L'ouverture du pont de Tavel repoussée à juin", "fr"),
    ("タベル橋の開通、6月に延期", "ja"),
], ids=["en", "fr", "ja"])
def test_a_delay_older_than_the_claim_is_what_its_source_knew(title: str,
                                                               language: str) -> None:
    check_verdict([OPENING], "tavel-bridge-opening", "mentions", title, "", "2025-11-20",
                  language)
    # guard: the same delay after the claim is news (rule 4)
    check_verdict([OPENING], "tavel-bridge-opening", "updates", title, "", "2026-02-20",
                  language)


def test_a_targets_slip_older_than_the_claim_still_counts() -> None:
    check_verdict([CROSSINGS], "tavel-bridge-crossings", "updates",
                  "Tavel bridge's 8,000-vehicle goal delayed by shortage", "", "2025-11-20", "en")


@pytest.mark.parametrize(("title", "expected"), [
    ("Tavel bridge to stay toll-free, council confirms", "mentions"),
    # its end foretold is news at any time
    ("Council scraps plan for a toll-free Tavel bridge", "contradicts"),
], ids=["kept-ahead", "guard-end-foretold"])
def test_a_state_before_its_window(title: str, expected: str) -> None:
    check_verdict([FREE], "tavel-bridge-free", expected, title, "", "2026-03-10", "en")


def test_no_final_figure_comes_before_the_targets_run() -> None:
    """Last season's count, older than the claim, is no final figure of its target."""
    check_verdict([CROSSINGS], "tavel-bridge-crossings", "mentions",
                  "Tavel bridge ends 2025 with 6,100 vehicles a day, short of 8,000", "",
                  "2025-12-20", "en")
