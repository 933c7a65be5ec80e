"""A claim whose event ends something ("will close the blast furnace", "the strike will
end"): a pause of it ("temporarily halts", "for six weeks") is a step, not the end, and
the thing going on ("the strike continues") delays it. Subjects are invented; each case
failed before its rule, except the guard."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FURNACE = claim(
    "dovra-furnace-closure", "Dovra Steel will close the blast furnace at its Pell works by "
    "the end of 2026.",
    [group("dovra", en=["Dovra Steel", "Dovra"], fr=["Dovra"]),
     group("furnace", en=["blast furnace"], fr=["haut fourneau", "haut-fourneau"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "Dovra temporarily halts Pell blast furnace", "en"),
    ("updates", "Dovra arrête temporairement son haut-fourneau de Pell", "fr"),
    # "pause" is itself a stop meant to end (round 77)
    ("updates", "Dovra pauses Pell blast furnace", "en"),
    ("confirms", "Dovra shuts Pell blast furnace for good", "en"),  # guard
])
def test_a_pause_is_no_closure(expected: str, title: str, language: str) -> None:
    check_verdict([FURNACE], "dovra-furnace-closure", expected, title, "", "2026-05-20",
                  language)


PIER = claim(
    "dorvale-pier-works", "The works on the Dorvale pier will be completed by December 2026.",
    [group("pier", en=["Dorvale pier"], fr=["jetée de Dorvale"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("updates", "Pottery find pauses work on Dorvale pier"),
    ("contradicts", "Council scraps Dorvale pier works"),  # guard
])
def test_works_paused_are_put_off(expected: str, title: str) -> None:
    check_verdict([PIER], "dorvale-pier-works", expected, title, "", "2026-08-06", "en")


STRIKE = claim(
    "tarro-strike-end", "The dockworkers' strike at the port of Tarro will end by March 2026.",
    [group("tarro", en=["Tarro"], fr=["Tarro"], ja=["タロ港"]),
     group("strike", en=["strike", "walkout"], fr=["grève"], ja=["スト", "ストライキ"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 3, 31),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Tarro dock strike continues into April", "en"),
    ("La grève des dockers de Tarro continue", "fr"),
    ("タロ港のスト継続　4月に", "ja"),
])
def test_a_thing_that_goes_on_delays_its_end(title: str, language: str) -> None:
    # "will end" says the claim's event is the strike's end: it going on delays it
    check_verdict([STRIKE], "tarro-strike-end", "updates", title, "", "2026-03-20", language)


DECREE = claim(
    "orvane-park-decree", "Orvane's government will publish the decree creating the Tessel "
    "national park by June 2026.",
    [group("park", en=["Tessel national park"], ja=["テッセル国立公園"]),
     group("decree", en=["decree"], ja=["政令"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("expected", "title"), [
    # forgone for a time (6月中の, 年内の): put off, not dropped
    ("updates", "テッセル国立公園の設立政令、6月中の公布見送り"),
    ("updates", "テッセル国立公園の政令、年内の公布を断念"),
    # guard: forgone with no time bound is dropped
    ("contradicts", "テッセル国立公園の設立政令、公布を断念"),
], ids=["rokugatsu-chu", "nennai", "guard-no-time"])
def test_a_thing_forgone_for_a_time_is_put_off(expected: str, title: str) -> None:
    check_verdict([DECREE], "orvane-park-decree", expected, title, "", "2026-06-20", "ja")
