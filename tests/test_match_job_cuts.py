"""Job cuts are a decrease of the workforce (docs/matching.md, "Lexicon"): "lays off 80
workers", "licencie 80 salariés", 従業員80人を解雇 shrink a job pledge's state, material
news about it (updates), no longer a bare mention. Subjects are invented; verdicts
follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

_MILL = group("mill", en=["Orby mill", "Orby"], fr=["usine d'Orby"], ja=["オービー工場"])
JOBS = claim(
    "orby-jobs", "Tarnwell Steel will keep 1,200 jobs at its Orby mill until 2028.",
    [_MILL, group("jobs", en=["jobs", "workers"], fr=["emplois", "salariés"],
                  ja=["雇用", "従業員"])],
    kind=ClaimKind.STATE, expected_by=date(2028, 12, 31),
)
_MATCHER = Matcher([JOBS])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Tarnwell lays off 80 workers at Orby mill", "en", "updates"),
    ("Tarnwell makes 80 Orby mill workers redundant", "en", "updates"),
    ("Usine d'Orby : Tarnwell licencie 80 salariés", "fr", "updates"),
    ("オービー工場、従業員80人を解雇", "ja", "updates"),
    # guard: a cut denied is no cut (rule 8)
    ("Tarnwell denies it will lay off Orby mill workers", "en", "mentions"),
])
def test_job_cuts_shrink_a_job_pledge(title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2026-10-01", language)
    assert verdict_for(_MATCHER, item, "orby-jobs") == expected
