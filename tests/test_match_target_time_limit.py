"""A time limit inside a target is no cap on its figure: "answer 90% of calls within
20 seconds", 20秒以内に90%. The figure (90%) is to be reached; a final 84% falls short
(labelling rule 7) and 93% meets it. A cap on the figure itself ("within ¥5.2bn")
stays a cap. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

ANSWER = claim(
    "brindle-answer-time", "The Brindle call centre will answer 90% of calls within 20 seconds "
    "in 2027.",
    [group("centre", en=["Brindle call centre"], ja=["ブリンドル市コールセンター"]),
     group("calls", en=["calls"], ja=["通報"])],
    kind=ClaimKind.TARGET, expected_from=date(2027, 1, 1), expected_by=date(2027, 12, 31),
)
ANSWER_JA = claim(
    "brindle-answer-time-ja", "ブリンドル市コールセンターは2027年、通報の90%に20秒以内で応答する。",
    [group("centre", en=["Brindle call centre"], ja=["ブリンドル市コールセンター"]),
     group("calls", en=["calls"], ja=["通報"])],
    kind=ClaimKind.TARGET, expected_from=date(2027, 1, 1), expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("Brindle call centre falls short, answering 84% of calls within 20 seconds in 2027",
     "contradicts"),
    ("Brindle call centre meets goal, answering 93% of calls within 20 seconds", "confirms"),
], ids=["short", "met"])
def test_a_time_limit_is_no_cap(title: str, expected: str) -> None:
    check_verdict([ANSWER], ANSWER.id, expected, title, "", "2028-02-01", "en")


def test_a_japanese_time_limit_is_no_cap() -> None:
    check_verdict([ANSWER_JA], ANSWER_JA.id, "confirms",
                  "ブリンドル市コールセンター、通報の93%に20秒以内で応答 目標達成", "",
                  "2028-02-01", "ja")


COST = claim(
    "brindle-centre-cost", "The Brindle call centre's refit will cost within ¥520 million.",
    [group("centre", en=["Brindle call centre"]), group("refit", en=["refit"])],
    kind=ClaimKind.TARGET, expected_from=date(2027, 1, 1), expected_by=date(2027, 12, 31),
)


def test_a_cap_on_the_figure_stays_a_cap() -> None:
    check_verdict([COST], COST.id, "confirms",
                  "Brindle call centre refit completed at ¥480 million", "", "2028-01-15", "en")
