"""A katakana name spelled another way, with the kanji word it names after it:
ホレスビー岬 for the claim's ホールズビー岬. The name is found as the skeleton of its
consonants (kana_spellings.py); the kanji word after it must be the term's own
(invented subjects)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

PATH = claim(
    "hollesby-head-path-open", "The footpath across Hollesby Head will stay open until "
    "March 2027.",
    [group("head", en=["Hollesby Head"], ja=["ホールズビー岬"]),
     group("path", en=["footpath"], ja=["遊歩道"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 12), expected_by=date(2027, 3, 31))
MATCHER = Matcher([PATH])


def test_the_name_spelled_otherwise_before_its_kanji_word_is_found() -> None:
    item = entry("ホレスビー岬の遊歩道、嵐で閉鎖", "", "2026-11-10", "ja")
    assert verdict_for(MATCHER, item, "hollesby-head-path-open") == "contradicts"


def test_another_kanji_word_after_the_name_is_another_place() -> None:
    item = entry("ホレスビー駅の遊歩道、嵐で閉鎖", "", "2026-11-10", "ja")
    assert verdict_for(MATCHER, item, "hollesby-head-path-open") is None
