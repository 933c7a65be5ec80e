""""Queues round the block" measures a queue, it blocks nothing: the opening it
reports confirms; a block on the plan still stops it (invented subjects)."""

from __future__ import annotations

import pytest
from helpers.invented import TRAM, check_verdict


@pytest.mark.parametrize(("title", "expected"), [
    ("Queues round the block as Velmora's Line 4 tram opens", "confirms"),
    ("Crowds stretch around the block as Velmora's Line 4 tram opens", "confirms"),
    ("Court ruling blocks Velmora's Line 4 tram", "contradicts"),
])
def test_round_the_block_is_no_block(title: str, expected: str) -> None:
    check_verdict([TRAM], "velmora-tram", expected, title, "", "2026-07-01", "en")
