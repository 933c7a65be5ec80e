"""Works "under way" have begun. Subjects are invented; each case read as a mention
before its word, except the guard."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BYPASS = claim(
    "pell-bypass-works", "Work on the Pell bypass will begin in March 2027.",
    [group("bypass", en=["Pell bypass"], fr=["contournement de Pell"], ja=["ペル・バイパス"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 3, 1), expected_by=date(2027, 3, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Work on Pell bypass finally under way", "en", "confirms"),
    ("Pell bypass: construction underway after years of delay", "en", "confirms"),
    # guard: still to come
    ("Pell bypass works to get under way next month", "en", "mentions"),
], ids=["under-way", "underway", "guard-ahead"])
def test_works_under_way(title: str, language: str, expected: str) -> None:
    check_verdict([BYPASS], "pell-bypass-works", expected, title, "", "2027-03-10", language)
