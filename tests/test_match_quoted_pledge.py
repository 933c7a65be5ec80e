"""A pledge quoted again is no report of the state kept: 市長は「…を維持する」と述べた.

Japanese news quotes a speaker's words in 「」. A quote that ends like a predicate still
to come (維持する, 考えていない, 解除へ) is what was said: the event word inside it does
not report the event done (labelling rules 8 and 9), though a change the party
announces there is still news. The paper's own report ("維持すると発表した"), and a
quote in the past, are read as usual (invented subjects)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

FARE = claim(
    "orme-tram-fare", "The Orme tram fare will stay at 1.80 euros until the end of 2030.",
    [group("tram", en=["Orme tram"], fr=["tramway d'Orme"], ja=["オルム市のトラム"]),
     group("fare", en=["fare"], fr=["tarif"], ja=["運賃"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 1, 10), expected_from=date(2026, 1, 10),
    expected_by=date(2030, 12, 31))
BAN = claim(
    "orme-car-ban", "The ban on cars in Orme's old town will stay in force through 2027.",
    [group("ban", en=["car ban"], fr=["interdiction des voitures"], ja=["車両の乗り入れ禁止"]),
     group("town", en=["Orme"], fr=["Orme"], ja=["オルム市"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 1, 10), expected_from=date(2026, 1, 10),
    expected_by=date(2027, 12, 31))
MATCHER = Matcher([FARE, BAN])


def test_a_pledge_quoted_again_does_not_confirm() -> None:
    item = entry("オルム市のトラム運賃",
                 "市長は「2030年末まで運賃1.80ユーロを維持する」と改めて述べた。",
                 "2026-06-10", "ja")
    assert verdict_for(MATCHER, item, "orme-tram-fare") == "mentions"


def test_the_papers_own_report_still_confirms() -> None:
    item = entry("オルム市のトラム運賃", "市は運賃を1.80ユーロに維持すると発表した。",
                 "2026-06-10", "ja")
    assert verdict_for(MATCHER, item, "orme-tram-fare") == "confirms"


def test_a_change_the_party_announces_in_a_quote_is_news() -> None:
    item = entry("オルム市長「車両の乗り入れ禁止を解除へ」", "", "2026-06-10", "ja")
    assert verdict_for(MATCHER, item, "orme-car-ban") == "contradicts"
