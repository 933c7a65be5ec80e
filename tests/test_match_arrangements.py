"""A decision that arranges a meeting (its holding, date or venue) previews it; one
taken at the meeting says it was held (tracker/match/deciding/arrangements.py). Subjects are
invented; the verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

SUMMIT = claim(  # meeting: the first summit of two invented states, in 2026
    "varno-keld-summit", "The leaders of Varno and Keld will hold their first summit in 2026.",
    [group("varno", en=["Varno"], fr=["Varno"], ja=["バルノ"]),
     group("keld", en=["Keld"], fr=["Keld"], ja=["ケルド"]),
     group("summit", en=["summit"], fr=["sommet"], ja=["首脳会談"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 12, 31),
)
CLAIMS = [SUMMIT]


@pytest.mark.parametrize(("expected", "title", "language"), [
    # the meeting is what was decided: a preview (rule 2)
    ("mentions", "Varno and Keld agree to hold first summit in September", "en"),
    ("mentions", "Varno and Keld agree on venue for their first summit", "en"),
    ("mentions", "Varno et Keld s'accordent sur la date de leur premier sommet", "fr"),
    ("mentions", "バルノ・ケルド首脳会談、9月開催で合意", "ja"),
    # decided at the meeting: it was held
    ("confirms", "Varno, Keld agree on border trade at first summit", "en"),
    ("confirms", "Varno et Keld s'accordent sur le commerce lors de leur premier sommet", "fr"),
    ("confirms", "バルノとケルド、首脳会談で国境貿易に合意", "ja"),
])
def test_a_decision_that_arranges_the_meeting_previews_it(expected: str, title: str,
                                                          language: str) -> None:
    check_verdict(CLAIMS, "varno-keld-summit", expected, title, "", "2026-06-01", language)


def test_a_later_round_arranged_is_a_follow_up() -> None:
    check_verdict(CLAIMS, "varno-keld-summit", "updates",
                  "Varno and Keld agree to hold a second summit in spring", "", "2026-10-01",
                  "en")


@pytest.mark.parametrize(("expected", "title"), [
    # a headline segment ending on the first meeting reports it held
    ("confirms", "歴史的握手　バルノとケルドの大統領が初の首脳会談"),
    # with the meeting's own event word elsewhere, that word says when: a preview
    ("mentions", "バルノ・ケルド初の首脳会談、来月開催へ"),
])
def test_a_japanese_headline_ending_on_the_first_meeting(expected: str, title: str) -> None:
    check_verdict(CLAIMS, "varno-keld-summit", expected, title, "", "2026-11-16", "ja")
