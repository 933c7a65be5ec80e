"""A target counted in things ended ("will close 137 branches", "will retire 12
aircraft"): its ending words count it ("closes 41 branches" is progress, "has closed
137" meets it), while a stop of the plan itself ("scraps the closure plan") still
contradicts it. Subjects are invented; verdicts follow ../shared/labelling.md (rule 7)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

CLOSURES = claim(  # target: branches closed by a date
    "orsa-closures", "Orsa Bank will close 137 branches by the end of 2027.",
    [group("orsa", en=["Orsa Bank", "Orsa"], fr=["Orsa"], ja=["オルサ銀行"]),
     group("branches", GroupRole.OPTIONAL, en=["branches"], fr=["agences", "d'agences"],
           ja=["店舗"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orsa Bank closes 41 branches", "en", "updates"),
    ("Orsa : 41 agences fermées", "fr", "updates"),
    ("オルサ銀行、41店舗を閉鎖", "ja", "updates"),
    ("Orsa has closed 137 branches", "en", "confirms"),
    # guard: the plan restated by its noun meets nothing
    ("Orsa : 137 fermetures d'agences confirmées", "fr", "mentions"),
    # guard: the plan itself stopped
    ("Orsa scraps branch closure plan", "en", "contradicts"),
], ids=["closes-41", "fermees", "heisa", "closed-137", "noun-restated", "guard-plan-scrapped"])
def test_a_count_of_closures_is_counted_by_closures(title: str, language: str,
                                                    expected: str) -> None:
    check_verdict([CLOSURES], "orsa-closures", expected, title, "", "2027-06-19", language)
