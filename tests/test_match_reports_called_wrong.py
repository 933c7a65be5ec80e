"""A report called wrong ("reports of a move are inaccurate", « informations
inexactes », 報道は「不正確だ」) is a denial (rule 8: a denial is not the event it
denies). Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

LINE = claim(  # state: a production line stays in its town
    "brenna-valve-line", "Orvik Castings will keep its valve line in Brenna until 2030.",
    [group("line", en=["valve line", "valve production"], fr=["ligne de vannes"],
           ja=["バルブ生産"]),
     group("brenna", en=["Brenna"], fr=["Brenna"], ja=["ブレンナ"])],
    kind=ClaimKind.STATE, expected_by=date(2030, 12, 31),
)


@pytest.mark.parametrize(("title", "summary", "language", "expected"), [
    ("Statement on valve production in Brenna",
     "Orvik Castings says press reports that it will move its valve production from Brenna "
     "to Tarsk are inaccurate.", "en", "mentions"),
    ("Ligne de vannes : Orvik dément",
     "Orvik qualifie d'inexactes les informations selon lesquelles la ligne de vannes "
     "quitterait Brenna pour Tarsk.", "fr", "mentions"),
    ("オルヴィク、バルブ生産の移管報道を否定",
     "オルヴィクは、ブレンナのバルブ生産をタルスク工場へ移すとの報道は「不正確だ」とする声明を出した。",
     "ja", "mentions"),
    # guard: the move itself
    ("Orvik to move valve production from Brenna to Tarsk", "", "en", "contradicts"),
], ids=["en", "fr", "ja", "guard-move"])
def test_a_report_called_wrong_is_a_denial(title: str, summary: str, language: str,
                                           expected: str) -> None:
    check_verdict([LINE], "brenna-valve-line", expected, title, summary, "2027-09-17", language)
