"""A breakdown in a stop's sentence halts the thing for a while, it does not call it
off ("Boiler failure shuts Velmora's Harbour Baths", « fermée par une panne de
chaudière », ウインチ故障で中断): the stop is a pause, an update (round 81's items:
labelling rule 7, a block is a decision that stops the plan). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BATHS = claim(
    "velmora-baths-open", "Velmora's Harbour Baths will stay open to the public until "
    "31 March 2027.",
    [group("baths", en=["Harbour Baths"], fr=["bains du Port"], ja=["ハーバー浴場"]),
     group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ベルモラ"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 12), expected_by=date(2027, 3, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Boiler failure shuts Velmora's Harbour Baths", "en", "updates"),
    ("Velmora : les bains du Port fermés par une panne de chaudière", "fr", "updates"),
    ("ベルモラのハーバー浴場、ボイラー故障で閉鎖", "ja", "updates"),
    # guard: a closure decided, with no breakdown, breaks the state
    ("Velmora shuts Harbour Baths for good", "en", "contradicts"),
], ids=["en", "fr", "ja", "guard-no-fault"])
def test_a_fault_makes_a_stop_a_pause(title: str, language: str, expected: str) -> None:
    check_verdict([BATHS], "velmora-baths-open", expected, title, "", "2026-10-14", language)
