"""A claim's katakana name found under another spelling (タルヴァネ for タルベーン):
the same consonant skeleton, for names only, four consonants or more. Subjects are
invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.text.kana_spellings import one_vowel_off, skeleton
from tracker.models import ClaimKind, GroupRole


@pytest.mark.parametrize(("one", "other"), [
    ("タルヴァネ", "タルベーン"),
    ("モンブルヴァン", "モンブレヴァン"),
    ("ケルズマウス", "ケルスマウス"),
    ("モーリー・ラネル", "モリー・ラネル"),
])
def test_two_spellings_of_a_name_share_a_skeleton(one: str, other: str) -> None:
    assert skeleton(one) == skeleton(other)


@pytest.mark.parametrize(("one", "other"), [
    ("タルベーン", "タルミナ"),
    ("ケルスマウス", "ケルスハーバー"),
])
def test_other_names_do_not(one: str, other: str) -> None:
    assert skeleton(one) != skeleton(other)


CLOSURES = claim(  # event: a bank's first wave of branch closures
    "talvane-first-wave", "Talvane Bank will close 41 branches on 19 June 2026.",
    [group("talvane", en=["Talvane Bank", "Talvane"], ja=["タルベーン", "タルヴェイン"]),
     group("branches", GroupRole.OPTIONAL, en=["branches"], ja=["店舗"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 6, 19), expected_by=date(2026, 6, 19),
)
FERRY = claim(  # event named by a common noun in katakana: read as written only
    "dunmere-ferry", "Dunmere's new ferry terminal will open in 2026.",
    [group("terminal", en=["ferry terminal"], ja=["フェリーターミナル"]),
     group("dunmere", en=["Dunmere"], ja=["ダンミア"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("claim_id", "title", "expected"), [
    ("talvane-first-wave", "タルヴァネ銀、41店舗を一斉閉鎖", "confirms"),
    ("talvane-first-wave", "タルベーン銀、41店舗を一斉閉鎖", "confirms"),
    # guards: another name; a common noun spelled otherwise is not read as the term
    ("talvane-first-wave", "タルミナ銀、41店舗を一斉閉鎖", None),
    ("dunmere-ferry", "ダンミアのフェリーターミナウ、開業", None),
], ids=["respelled", "as-written", "guard-other-name", "guard-common-noun"])
def test_a_name_spelled_another_way_names_the_claim(claim_id: str, title: str,
                                                    expected: str | None) -> None:
    check_verdict([CLOSURES, FERRY], claim_id, expected, title, "", "2026-06-19", "ja")


@pytest.mark.parametrize(("word", "name", "expected"), [
    ("アルドメア", "アルドミア", True),  # one vowel heard otherwise
    ("アルドミア", "アルドミア", False),  # the name itself: the automaton finds it
    ("アルトメア", "アルドミア", False),  # two letters changed
    ("アルドマ", "アルドミア", False),  # another length
    # a long mark heard or not, with or without one vowel heard otherwise
    ("オールダームーア", "オルダームーア", True),
    ("ヴェルモア", "ヴェルムーア", True),
    ("ヴェルモーマ", "ヴェルムーア", False),  # a long mark and two letters changed
    ("アルドキア", "アルドミア", False),  # another consonant
    # a bare vowel letter heard otherwise ("Al-" as アル or オール)
    ("アルダーシャー", "オールダーシャー", True),
    ("カルダーシャー", "オールダーシャー", False),  # a consonant for a vowel
])
def test_a_short_name_takes_one_vowel_changed(word: str, name: str, expected: bool) -> None:
    assert one_vowel_off(word, name) is expected


RAILWAY = claim(  # event named by a three-consonant country name
    "oldmere-railway", "Oldmere's coastal railway will open on 1 March 2027.",
    [group("railway", en=["coastal railway"], ja=["沿岸鉄道"]),
     group("oldmere", en=["Oldmere"], ja=["オルドミア", "アルドミア"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 3, 1), expected_by=date(2027, 3, 1),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("アルドメアの沿岸鉄道が開業", "confirms"),
    ("アルドーミアの沿岸鉄道が開業", "confirms"),  # a long mark heard
    # guards: two letters off; a near name with another consonant
    ("アルトメアの沿岸鉄道が開業", None),
    ("アルドキアの沿岸鉄道が開業", None),
], ids=["one-vowel", "long-mark", "guard-two-letters", "guard-consonant"])
def test_a_short_name_with_one_vowel_changed_names_the_claim(title: str,
                                                              expected: str | None) -> None:
    check_verdict([RAILWAY], "oldmere-railway", expected, title, "", "2027-03-01", "ja")


DOCK = claim(  # event named by a two-word katakana name, written with ・
    "pelwick-dock-opening", "Pelwick Harbour's new dry dock will be completed on 3 May 2027.",
    [group("pelwick", en=["Pelwick Harbour", "Pelwick"], ja=["ペルウィック・ハーバー"]),
     group("dock", en=["dry dock"], ja=["乾ドック"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 5, 3), expected_by=date(2027, 5, 3),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("ペルウィック・ハーバーの乾ドックが完成", "confirms"),  # as written
    ("ペールウィック・ハーバーの乾ドックが完成", "confirms"),  # a long vowel heard
    ("ペルウイック・ハバーの乾ドックが完成", "confirms"),
    # guard: another two-word name of another skeleton
    ("ペルウィック・マリーナの乾ドックが完成", None),
], ids=["as-written", "long-vowel", "small-letter-and-no-long-mark", "guard-other-name"])
def test_a_name_of_two_words_with_a_middle_dot_is_respelled_whole(title: str,
                                                                  expected: str | None) -> None:
    # the view reads ・ as a space: the two words are one name, read together
    check_verdict([DOCK], "pelwick-dock-opening", expected, title, "", "2027-05-03", "ja")
