"""A Japanese claim cue that opens with digits (40人を確保) is Japanese: it is read with
the endings after it, so 40人を確保へ is a plan, not the target met. Before, the digits
made the whole pattern Latin and the ending was not read. Subjects are invented; the
guard passed before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

DRIVERS = claim(
    "velmora-night-drivers", "Velmora will recruit 40 night bus drivers by March 2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"]),
     group("drivers", en=["night bus drivers"], fr=["chauffeurs de bus de nuit"],
           ja=["夜間バス運転手"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 3, 31),
    cues={Verdict.CONFIRMS: {"ja": ("40人を確保",)}},
)


@pytest.mark.parametrize(("expected", "title"), [
    ("updates", "ヴェルモラ市、夜間バス運転手40人を確保へ"),
    # guard: done
    ("confirms", "ヴェルモラ市、夜間バス運転手40人を確保"),
])
def test_a_cue_opening_with_digits_reads_its_ending(expected: str, title: str) -> None:
    check_verdict([DRIVERS], "velmora-night-drivers", expected, title, "", "2026-02-10", "ja")
