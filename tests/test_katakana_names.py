"""A country's name in katakana is read whole (tracker/match/text/katakana.py): インド is not
the start of インドネシア, タイ not the end of ネクタイ; a claim's own katakana terms
still match as the head of a compound (フェリー in フェリーターミナル)."""

from __future__ import annotations

from functools import cache

import pytest
from helpers.invented import claim, entry, group

from tracker.match import Matcher
from tracker.match.text.katakana import inside_run, katakana_edges
from tracker.models import ClaimKind


@cache
def matcher(country: str) -> Matcher:
    port = claim(f"{country}-port", "The country will open the Veloria deep-water port in 2027.",
                 [group("country", entities=[country]),
                  group("port", en=["Veloria port"], ja=["ヴェロリア港"])],
                 kind=ClaimKind.EVENT)
    return Matcher([port])


def found(country: str, title: str) -> bool:
    return bool(matcher(country).match(entry(title, "", "2027-03-02", "ja")))


@pytest.mark.parametrize(("country", "title"), [
    ("india", "インド政府、ヴェロリア港を開港"),
    ("india", "インド・ムンバイ沖のヴェロリア港が開港"),  # the middle dot ends the name
    ("thailand", "タイ、ヴェロリア港を開港"),
    ("chile", "チリ産の銅、ヴェロリア港から初出荷"),
    ("south-africa", "南アフリカのヴェロリア港が開港"),
], ids=["india", "india-dot", "thailand", "chile-before-kanji", "south-africa"])
def test_the_name_alone_or_before_kanji_kana_or_a_dot_names_the_country(
        country: str, title: str) -> None:
    assert found(country, title)


@pytest.mark.parametrize(("country", "title"), [
    ("india", "インドネシア政府、ヴェロリア港を開港"),  # Indonesia
    ("thailand", "ネクタイ業界、ヴェロリア港から輸出"),  # a tie
    ("thailand", "タイヤ大手、ヴェロリア港に新倉庫"),  # tyres
    ("south-africa", "南アジア向け航路、ヴェロリア港で開設"),  # South Asia: 南ア + ジア
    ("syria", "シリアル大手、ヴェロリア港に工場"),  # cereal
], ids=["indonesia", "tie", "tyres", "south-asia", "cereal"])
def test_the_name_inside_a_longer_katakana_word_names_nothing(country: str, title: str) -> None:
    assert not found(country, title)


def test_a_claims_own_katakana_term_still_heads_a_compound() -> None:
    ferry = claim("ferry-route", "Aonami will open a ferry route from Kanazawa in 2027.",
                  [group("ferry", ja=["フェリー"], en=["ferry"]), group("city", ja=["金沢"])],
                  kind=ClaimKind.EVENT)
    item = entry("金沢港のフェリーターミナルが完成", "", "2027-03-02", "ja")
    findings = Matcher([ferry]).match(item)
    assert findings, "フェリー names the ferry inside フェリーターミナル"


def test_a_claims_katakana_name_is_read_whole() -> None:
    # a group whose English terms are names: its katakana is a name, not a compound's part
    treaty = claim("arvia-treaty", "Arvia's parliament will ratify the Kell fisheries treaty.",
                   [group("arvia", en=["Arvia", "Arvian parliament"], ja=["アラビア議会"]),
                    group("treaty", en=["fisheries treaty"], ja=["漁業協定"])],
                   kind=ClaimKind.DECISION)
    matcher = Matcher([treaty])
    assert matcher.match(entry("アラビア議会、漁業協定を批准", "", "2026-09-10", "ja"))
    assert not matcher.match(entry("サウジアラビア議会、漁業協定を批准", "", "2026-09-10", "ja"))


def test_edges_and_runs() -> None:
    assert katakana_edges("インド") == (True, True)
    assert katakana_edges("南ア") == (False, True)
    assert katakana_edges("日本") is None
    text = "インドネシア"
    assert inside_run(text, 0, 3, (True, True))
    assert not inside_run("インド政府", 0, 3, (True, True))
    assert not inside_run("インド・ネシア", 0, 3, (True, True))
    assert inside_run("ネクタイ", 2, 4, (True, True))
