"""A number of days that names the thing is no date or lateness: 週4日 ("four days a
week") is not the 4th of the month, and "the four-day week postponed" is a delay, not
"four days late". Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

TRIAL = claim(  # event: a council's four-day week trial starts
    "dorran-trial-start", "Dorran council's four-day week trial will start on 2 February 2026.",
    [group("trial", en=["four-day week", "four-day week trial"], ja=["週4日勤務"]),
     group("dorran", en=["Dorran"], ja=["ドーラン"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 2, 2), expected_by=date(2026, 2, 2),
)
REPORT = claim(  # event: an evaluation report published
    "dorran-report",
    "The evaluation of Dorran's four-day week will be published by September 2026.",
    [group("report", en=["evaluation"], ja=["評価報告"]),
     group("trial", en=["four-day week"], ja=["週4日勤務"]),
     group("dorran", en=["Dorran"], ja=["ドーラン"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 9, 30),
)


@pytest.mark.parametrize(("claim_id", "title", "day", "language", "expected"), [
    ("dorran-trial-start", "ドーラン市、週4日勤務を開始", "2026-02-02", "ja", "confirms"),
    ("dorran-report", "Evaluation of Dorran four-day week postponed to November", "2026-08-01",
     "en", "updates"),
    # guards: a real date ahead; a real lateness
    ("dorran-trial-start", "ドーラン市、週4日勤務を9日に開始", "2026-02-02", "ja",
     "updates"),
    ("dorran-report", "Dorran four-day week evaluation completed, two months late",
     "2026-11-30", "en", "confirms"),
], ids=["days-a-week", "named-week", "guard-date", "guard-late"])
def test_days_that_name_the_thing(claim_id: str, title: str, day: str, language: str,
                                  expected: str) -> None:
    check_verdict([TRIAL, REPORT], claim_id, expected, title, "", day, language)
