"""The event reported done past its due date, with the threat that made it late beside
it (仏ケスリング車庫が着工 訴訟で3カ月遅れ: "works begin, three months late over a
lawsuit"), confirms (rule 4: completion confirms, even late; verdict._late_completion).
"Kick in" is a word of taking effect. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

WORKS = claim(
    "kessling-depot-works", "Works on the new Kessling bus depot will start in the first "
    "quarter of 2026.",
    [group("depot", en=["Kessling depot"], ja=["ケスリング車庫"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 3, 31),
    cues={Verdict.CONFIRMS: {"ja": ("着工",)}})


@pytest.mark.parametrize(("title", "day", "expected"), [
    ("ケスリング車庫が着工 訴訟で3カ月遅れ", "2026-07-01", "confirms"),
    # guard: in its window, a lawsuit beside the start is news of its own
    ("ケスリング車庫が着工 住民が訴訟", "2026-02-01", "updates"),
], ids=["late-over-a-lawsuit", "guard-in-window"])
def test_done_late_through_a_threat_confirms(title: str, day: str, expected: str) -> None:
    check_verdict([WORKS], "kessling-depot-works", expected, title, "", day, "ja")


FARES = claim(
    "velmora-new-fares", "Velmora's new bus fares will take effect on 1 April 2026.",
    [group("fares", en=["Velmora bus fares", "bus fares"]), group("velmora", en=["Velmora"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 4, 1), expected_by=date(2026, 4, 1))


@pytest.mark.parametrize(("title", "expected"), [
    ("Higher bus fares kick in across Velmora", "confirms"),
    # guard: told ahead, a preview
    ("Higher bus fares to kick in across Velmora next month", "mentions"),
], ids=["kick-in", "guard-to-kick-in"])
def test_kick_in_takes_effect(title: str, expected: str) -> None:
    check_verdict([FARES], "velmora-new-fares", expected, title, "", "2026-04-01", "en")
