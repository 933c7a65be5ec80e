"""Japanese clauses as news writes them: a subject set off by a comma (登録者数が、…に
達した) stays in its verb's clause, and a weekday before の names a thing (水曜日の教室),
not the day of the event (text/view.py, text/timeexpr.py). Subjects are invented; the
expected verdicts follow ../shared/labelling.md. Each case failed before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

MEMBERS = claim(  # target: 5,000 members by October 2026
    "velmora-library-members", "Velmora's new library will have 5,000 registered members by "
    "the end of October 2026.",
    [group("members", en=["library members"], ja=["図書館の登録者", "登録者"]),
     group("velmora", en=["Velmora"], ja=["ヴェルモラ"])],
    kind=ClaimKind.TARGET, expected_from=date(2026, 4, 1), expected_by=date(2026, 10, 31),
)


@pytest.mark.parametrize(("title", "summary"), [
    # the subject before 、 is the subject of 達した
    ("ヴェルモラ市の新図書館、開館半年",
     "ヴェルモラ市の新図書館の登録者数が、開館半年を前に5200人に達した。"),
    # 水曜日の: the Wednesday class, no date ahead
    ("ヴェルモラ市の新図書館、開館半年",
     "ヴェルモラ市立図書館の水曜日の読書教室の登録者数は5200人に達した。"),
])
def test_a_japanese_target_met(title: str, summary: str) -> None:
    check_verdict([MEMBERS], "velmora-library-members", "confirms", title, summary,
                  "2026-10-05", "ja")
