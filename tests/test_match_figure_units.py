"""A figure's word is the noun it counts, past another figure with its unit of measure
(claim writer of round 77): "1,260 new 80 km/h signs" counts signs, not kilometres. Number
words of tens are figures too ("twenty-seven", « vingt et un »). Subjects are invented;
verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.targets.magnitudes import quantities
from tracker.match.text.normalize import Stemmer
from tracker.match.text.view import view_of_texts
from tracker.models import ClaimKind, GroupRole

SIGNS = claim(
    "orvane-signs", "The Orvane département will replace 1,200 road signs by 30 June 2026.",
    [group("orvane", en=["Orvane"], fr=["Orvane"], ja=["オルヴァーヌ"]),
     group("signs", en=["road signs", "signs"], fr=["panneaux"], ja=["標識"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("text", "language", "unit"), [
    ("The last of 1,260 new 80 km/h signs", "en", "sign"),
    ("24 40-tonne lorries", "en", "lorri"),
    ("1 260 panneaux 80 km/h", "fr", "panneau"),
])
def test_the_word_a_figure_counts(text: str, language: str, unit: str) -> None:
    view = view_of_texts(text, "", language, Stemmer())
    assert quantities(view, 0, len(view.tokens) - 1)[0].unit == unit


@pytest.mark.parametrize(("title", "summary"), [
    ("All of Orvane's new speed signs are up, a day early",
     "The last of 1,260 new 80 km/h signs were bolted in place on Monday."),
    ("Orvane puts up 1,260 new 80 km/h signs ahead of deadline", ""),
])
def test_a_count_past_another_figure_meets_the_target(title: str, summary: str) -> None:
    check_verdict([SIGNS], "orvane-signs", "confirms", title, summary, "2026-06-29", "en")


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Twenty-seven people died", "en", 27.0),
    ("twenty signs", "en", 20.0),
    ("Vingt-sept morts", "fr", 27.0),
    ("vingt et un élèves", "fr", 21.0),
])
def test_number_words_of_tens(text: str, language: str, value: float) -> None:
    view = view_of_texts(text, "", language, Stemmer())
    assert quantities(view, 0, len(view.tokens) - 1)[0].value == value


OFFICERS = claim(
    "orvane-officers", "Orvane will have 30 municipal police officers by the end of 2027.",
    [group("orvane", en=["Orvane"], fr=["Orvane"], ja=["オルヴァーヌ"]),
     group("officers", en=["police officers", "officers"], fr=["agents", "policiers"],
           ja=["警察官"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Orvane : cap des trente agents franchi", "fr"),
    ("Orvane passes thirty police officers", "en"),
])
def test_a_target_met_in_words(title: str, language: str) -> None:
    check_verdict([OFFICERS], "orvane-officers", "confirms", title, "", "2027-12-10", language)


LOCKERS = claim(
    "orvane-lockers", "Orvane will install 2,500 parcel lockers by the end of 2026.",
    [group("orvane", en=["Orvane"], fr=["Orvane"], ja=["オルヴァーヌ"]),
     group("lockers", en=["parcel lockers"], fr=["consignes à colis"], ja=["宅配ロッカー"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    # a Japanese count of four digits written with its counter is no year (1900台)
    ("updates", "オルヴァーヌの宅配ロッカー、5月末で1900台に"),
    # guard: with 年 it is a year, no count
    ("mentions", "オルヴァーヌの宅配ロッカー、2026年に設置"),
])
def test_a_japanese_count_like_a_year(expected: str, title: str) -> None:
    check_verdict([LOCKERS], "orvane-lockers", expected, title, "", "2026-06-03", "ja")


MEALS = claim(  # target: a daily count by April 2028
    "orvane-meals", "Orvane's lunch centre will serve 9,000 meals a day by April 2028.",
    [group("centre", en=["Orvane lunch centre"], ja=["オルヴァーヌ給食センター"]),
     group("meals", GroupRole.OPTIONAL, en=["meals"], ja=["食"])],
    kind=ClaimKind.TARGET, expected_by=date(2028, 4, 30),
)


@pytest.mark.parametrize(("expected", "title"), [
    # 1日 before a count is "a day": the span a daily figure is progress over
    ("updates", "オルヴァーヌ給食センター、1日6000食を提供"),
    ("updates", "オルヴァーヌ給食センター、1日あたり約6000食に"),
    # guard: 4月1日 is a date, no span
    ("mentions", "オルヴァーヌ給食センター、4月1日6000食を提供"),
])
def test_a_japanese_count_per_day(expected: str, title: str) -> None:
    check_verdict([MEALS], "orvane-meals", expected, title, "", "2027-11-10", "ja")
