"""A rise verb the claim's writer gave as an update cue (docs/claims.md: "put a rise
verb it lacks under [cues.updates]") sets a figure like the lexicon's rises do: the
target's figure after it is the target met ("tops up the fund to €30m", 3000万ユーロに
積み増し); a smaller one is interim (target_rises.py; invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole, Verdict

FUND = claim(
    "tavel-relief-fund", "Tavel Toys will raise its customer relief fund to EUR 30 million "
                         "by March 2027.",
    [group("tavel", en=["Tavel"], ja=["タベル"]),
     group("fund", en=["relief fund"], ja=["救済基金"]),
     group("money", GroupRole.OPTIONAL, en=["EUR", "million"], ja=["ユーロ"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 5, 4), expected_by=date(2027, 3, 31),
    cues={Verdict.UPDATES: {"en": ("top up", "tops up"), "ja": ("積み増し",)}})


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Tavel tops up relief fund to EUR 30 million", "en", "confirms"),
    ("タベル、救済基金を3000万ユーロに積み増し", "ja", "confirms"),
    # guard: a figure short of the target, set by the same verb, is interim
    ("Tavel tops up relief fund to EUR 20 million", "en", "updates"),
    ("タベル、救済基金を2000万ユーロに積み増し", "ja", "updates"),
], ids=["tops-up-met", "tsumimashi-met", "guard-tops-up-short", "guard-tsumimashi-short"])
def test_the_writers_rise_verb_sets_the_figure(title: str, language: str,
                                               expected: str) -> None:
    check_verdict([FUND], "tavel-relief-fund", expected, title, "", "2026-11-02", language)
