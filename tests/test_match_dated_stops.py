"""A stop, a delay or a decision dated in a year already over is context, not news
("restoring a link suspended since 2021"); a day with its year is read with that year
("supprimée au 1er janvier 2027" is ahead, not back); a state kept past its deadline is
kept longer, not put off. Subjects are invented. Each case
failed before its rule, except those marked as guards (docs/matching.md, "Clauses and
frames")."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.text.past_years import names_a_past_year
from tracker.match.text.timeexpr import points_back
from tracker.models import ClaimKind

FERRY = claim(  # event: a ferry link resumes
    "morrow-ferry", "The Morrow island ferry will resume sailings by June 2027.",
    [group("ferry", en=["Morrow ferry"], fr=["ferry de Morrow"], ja=["モロー島フェリー"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
)
FLIGHTS = claim(  # state: an air link kept
    "tessel-air-link", "The Tessel air link will keep flying through 2027.",
    [group("link", en=["Tessel air link"], fr=["liaison aérienne de Tessel"],
           ja=["テッセル航空路"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)
CLAIMS = [FERRY, FLIGHTS]


@pytest.mark.parametrize(("expected", "title", "summary", "language"), [
    # the hiring is the news (a step), not the old suspension
    ("updates", "Island hopes rise",
     "Morrow ferry operator hires crews, restoring confidence in a service suspended since "
     "2021.", "en"),
    ("updates", "L'île attend son bateau",
     "Le ferry de Morrow, suspendu depuis 2021, recrute ses équipages.", "fr"),
    # a Japanese year just before the stop dates it: context (a round 119 item)
    ("mentions", "モロー島フェリー、乗組員を採用",
     "モロー島フェリーは2021年に運休していた。", "ja"),
    # a stop in the item's own year is news (guard)
    ("contradicts", "Morrow ferry plan scrapped in 2027 budget", "", "en"),
])
def test_a_stop_dated_in_a_past_year_is_context(expected: str, title: str, summary: str,
                                                language: str) -> None:
    check_verdict(CLAIMS, "morrow-ferry", expected, title, summary, "2027-04-10", language)


def test_a_day_with_its_year_is_read_with_that_year() -> None:
    clause = "la liaison aerienne de tessel supprimee au 1er janvier 2027"
    assert not points_back(clause, date(2026, 10, 1))
    assert points_back("la liaison supprimee au 1er janvier 2026", date(2026, 10, 1))


def test_a_past_year_is_read_after_its_preposition() -> None:
    assert names_a_past_year("a link suspended since 2021", date(2027, 5, 18))
    assert names_a_past_year("fermee en 2019", date(2027, 5, 18))
    assert not names_a_past_year("to close in 2027", date(2027, 5, 18))
    assert not names_a_past_year("the 2021 plan", date(2027, 5, 18))
    assert names_a_past_year("2019年に閉店", date(2027, 5, 18))
    assert names_a_past_year("2021年3月から運休", date(2027, 5, 18))
    assert not names_a_past_year("2028年に閉店", date(2027, 5, 18))


def test_a_japanese_year_dates_only_the_cue_right_after_it() -> None:
    """Guard: a year of a noun on the way (1994年から使われてきた…) dates no stop
    later in the sentence: the stop is news."""
    check_verdict(CLAIMS, "tessel-air-link", "contradicts", "テッセル航空路、廃止へ",
                  "県は1994年から続いてきたテッセル航空路を2027年3月末で廃止すると決めた。",
                  "2026-10-01", "ja")


def test_a_stop_with_a_day_ahead_is_news() -> None:
    """Guard: with the day's year read, the stop ahead stays news."""
    check_verdict(CLAIMS, "tessel-air-link", "contradicts",
                  "La liaison aérienne de Tessel supprimée au 1er janvier 2027",
                  "Le conseil régional a voté la fin de la subvention.", "2026-10-01", "fr")


@pytest.mark.parametrize(("expected", "title", "summary", "language"), [
    # a state kept past the deadline is kept longer, not later
    ("confirms", "Tessel air link deal signed to keep flights until 2029", "", "en"),
    ("confirms", "La liaison aérienne de Tessel restera ouverte jusqu'en 2029", "", "fr"),
    # a closure told as speculation is at most a threat, not a closure (guard)
    ("updates", "Rumeurs de fermeture pour la liaison aérienne de Tessel", "", "fr"),
    # its future weighed (存廃: kept or abolished) is a threat; prolonged, it is kept
    ("updates", "テッセル航空路の存廃を検討", "", "ja"),
    ("confirms", "La compagnie prolonge la liaison aérienne de Tessel jusqu'en 2029", "", "fr"),
    # a service ended or dropped
    ("contradicts", "テッセル航空路が運航終了", "", "ja"),
    ("contradicts", "Carrier to drop Tessel air link service from March", "", "en"),
])
def test_a_state_kept_longer_and_a_rumoured_stop(expected: str, title: str, summary: str,
                                                 language: str) -> None:
    check_verdict(CLAIMS, "tessel-air-link", expected, title, summary, "2026-06-10", language)


TOLLS = claim(  # decision: a toll scrapped or kept
    "wenna-bridge-tolls", "The Wenna council will decide by May 2026 whether to scrap the "
    "tolls on the Wenna bridge.",
    [group("bridge", en=["Wenna bridge"], fr=["pont de Wenna"]),
     group("tolls", en=["tolls", "toll"], fr=["péage"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 5, 31),
)


@pytest.mark.parametrize(("expected", "title", "summary", "language"), [
    # a step dated before the claim's window is what its source already knew
    ("mentions", "Wenna bridge tolls under scrutiny",
     "The Wenna bridge, which opened in 2009, still charges drivers 3 euros.", "en"),
    # a step of the window is news (guard)
    ("updates", "Wenna bridge tolls: council commissions a study", "", "en"),
])
def test_a_step_dated_before_the_window_is_context(expected: str, title: str, summary: str,
                                                   language: str) -> None:
    check_verdict([TOLLS], "wenna-bridge-tolls", expected, title, summary, "2026-03-10",
                  language)
