"""A vote's tally is no opinion: 反対多数で否決 ("voted down by a majority against")
reports the vote, so the 反対 inside 反対多数 (and 賛成多数) is not a view against the
plan (lexicon `neutral`). Before, the decision read as an opinion and only mentioned
the claim. Subjects are invented; the guard passed before."""

from __future__ import annotations

import pytest
from helpers.invented import TRAM, check_verdict


@pytest.mark.parametrize(("expected", "title", "summary"), [
    ("contradicts", "ベルモラの路面電車4号線、事業費めぐり市議会",
     "ベルモラ市議会は13日、路面電車4号線の事業費を5対4の反対多数で否決した。"),
    # guard: residents against the line give a view, not a decision
    ("mentions", "ベルモラの路面電車4号線、住民が反対", "住民団体は事業の見直しを求めている。"),
])
def test_a_vote_tally_is_no_opinion(expected: str, title: str, summary: str) -> None:
    check_verdict([TRAM], "velmora-tram", expected, title, summary, "2026-03-10", "ja")
