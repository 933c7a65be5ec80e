"""A Japanese target set anew: 来園者目標を150万人に上方修正.

The figure that 目標を…に sets is the target's new level, not a count reached: a
revised target updates the claim (labelling rule 7), even when the new level is over
the old one; the target reached still confirms it (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

VISITORS = claim(
    "aomine-garden-visitors",
    "Annual visitors to the Aomine botanical garden will rise to 900,000 in fiscal 2027 "
    "(from about 610,000 in fiscal 2024).",
    [group("garden", en=["Aomine botanical garden"], ja=["青峰植物園"]),
     group("visitors", en=["visitors"], ja=["来園者", "入園者"])],
    kind=ClaimKind.TARGET, expected_from=date(2027, 4, 1), expected_by=date(2028, 3, 31))
MATCHER = Matcher([VISITORS])


@pytest.mark.parametrize("title", [
    "青峰植物園、来園者目標を120万人に上方修正",
    "青峰植物園、入園者目標を95万人に引き上げ",
])
def test_a_target_set_to_a_new_level_updates(title: str) -> None:
    item = entry(title, "", "2026-05-20", "ja")
    assert verdict_for(MATCHER, item, "aomine-garden-visitors") == "updates"


def test_the_target_passed_still_confirms() -> None:
    item = entry("青峰植物園の来園者、目標の90万人を突破", "", "2028-02-10", "ja")
    assert verdict_for(MATCHER, item, "aomine-garden-visitors") == "confirms"


def test_half_the_target_not_reached_before_the_deadline_is_interim() -> None:
    # 目標の半分 ("half the target"), as "halfway": a count so far (rule 7)
    item = entry("青峰植物園の来園者、目標の半分に届かず", "", "2027-09-01", "ja")
    assert verdict_for(MATCHER, item, "aomine-garden-visitors") == "updates"


def test_the_target_not_reached_after_the_deadline_contradicts() -> None:
    item = entry("青峰植物園の来園者、目標に届かず", "", "2028-05-01", "ja")
    assert verdict_for(MATCHER, item, "aomine-garden-visitors") == "contradicts"
