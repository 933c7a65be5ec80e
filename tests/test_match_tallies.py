"""A vote's tally is no count ("voted 9-3", "par 9 voix contre 3", 賛成9、反対3): a
target claim reads none of its figures as news of what it counts. Subjects are
invented; each tally case read a figure before the rule; the ranges are near misses."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.targets.magnitudes import quantities
from tracker.match.text.normalize import Stemmer
from tracker.match.text.view import view_of_texts
from tracker.models import ClaimKind

CREW = claim(
    "tessel-crew", "The Tessel lifeboat station will train 12 new volunteer crew by the end "
    "of 2027.",
    [group("station", en=["Tessel lifeboat station"], fr=["station de sauvetage de Tessel"],
           ja=["テッセル救難所"]),
     group("crew", en=["volunteer crew", "volunteers"], fr=["bénévoles", "équipiers"],
           ja=["ボランティア隊員", "隊員"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The committee voted 9-3 on Tuesday to recommend a grant for 12 volunteers.", "en",
     [12.0]),
    ("Backed by 9 votes to 3, the grant pays for 12 volunteers.", "en", [12.0]),
    ("La commission a voté par 9 voix contre 3 une aide pour 12 bénévoles.", "fr", [12.0]),
    ("La commission a voté 9-3 une aide pour 12 bénévoles.", "fr", [12.0]),
    ("委員会は賛成9、反対3で隊員12人の補助金案を可決した", "ja", [12.0]),
    # near misses: a range in a vote's sentence goes up; a pair with no vote is no tally
    ("The committee voted to fund 8-10 volunteers.", "en", [8.0, 10.0]),
    ("The station lost 9-3 to Orvale at the regatta.", "en", [9.0, 3.0]),
])
def test_a_tally_is_no_quantity(text: str, language: str, expected: list[float]) -> None:
    view = view_of_texts(text, "", language, Stemmer())
    assert [q.value for q in quantities(view, 0, len(view.tokens) - 1)] == expected


def test_a_japanese_tally_is_no_news_of_the_count() -> None:
    check_verdict([CREW], "tessel-crew", "mentions", "テッセル救難所の隊員確保の補助金案 本会議へ",
                  "委員会は賛成9、反対3で隊員確保の補助金案を本会議に送った。", "2026-05-05", "ja")
