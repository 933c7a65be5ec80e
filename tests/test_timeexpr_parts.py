"""Parts of a year read as times (tracker/match/text/timeexpr.py, year_parts.py): quarters,
halves, trimestres and semestres, Japanese spans of months (7～9月期), fiscal years
(年度), two-digit Japanese years before a month or a season (26年7月, 27年夏), and the
year's end. A plan of the event dated after the claim's deadline by one of them is a
slip (rule 6: updates)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import TRAM, entry, verdict_for

from tracker.match import Matcher
from tracker.match.reading.clause_rules import clause_text
from tracker.match.text.normalize import Stemmer
from tracker.match.text.timeexpr import earliest_named
from tracker.match.text.view import view_of_texts

PUBLISHED = date(2026, 3, 2)


def named(text: str, language: str) -> date | None:
    view = view_of_texts(text, "", language, Stemmer())
    return earliest_named(clause_text(view, (0, len(view.tokens) - 1)), PUBLISHED)


@pytest.mark.parametrize(("text", "language", "first_day"), [
    ("opening now expected in the third quarter of 2027", "en", date(2027, 7, 1)),
    ("opening now expected in Q3 2027", "en", date(2027, 7, 1)),
    ("results for 2027 Q1", "en", date(2027, 1, 1)),
    ("in the second half of 2027", "en", date(2027, 7, 1)),
    ("in H2 2027", "en", date(2027, 7, 1)),
    ("au troisième trimestre 2027", "fr", date(2027, 7, 1)),
    ("au second semestre 2027", "fr", date(2027, 7, 1)),
    ("量産開始は2027年7～9月期にずれ込む", "ja", date(2027, 7, 1)),
    ("26年7～9月に量産開始へ", "ja", date(2026, 7, 1)),
    ("27年3月に延期", "ja", date(2027, 3, 1)),
    ("開業は2027年度に", "ja", date(2027, 4, 1)),
    ("28年度予算案", "ja", date(2028, 4, 1)),
    ("全線再開、27年夏に延期", "ja", date(2027, 6, 1)),
    ("全線再開は2028年春", "ja", date(2028, 3, 1)),
    ("by the end of the year", "en", date(2026, 12, 1)),
    ("d'ici la fin de l'année", "fr", date(2026, 12, 1)),
    ("年末までに", "ja", date(2026, 12, 1)),
    # next year's end is not this year's
    ("通行止めを来年末まで継続", "ja", date(2027, 12, 1)),
    ("closed until the end of next year", "en", date(2027, 12, 1)),
    ("fermé jusqu'à la fin de l'année prochaine", "fr", date(2027, 12, 1)),
    # a month after a next-year word is next year's, not its first day nor this year's
    ("来年2月まで継続", "ja", date(2027, 2, 1)),
    ("来年12月に開業", "ja", date(2027, 12, 1)),
    ("来年に延期", "ja", date(2027, 1, 1)),
    # a part of a month needs no preposition in French (nor "early" in a headline)
    ("la place rouvrira début juillet", "fr", date(2026, 7, 1)),
    ("ouverture mi-novembre", "fr", date(2026, 11, 1)),
    ("to reopen early July", "en", date(2026, 7, 1)),
])
def test_a_part_of_a_year_is_read_as_its_first_day(text: str, language: str,
                                                    first_day: date) -> None:
    assert named(text, language) == first_day


@pytest.mark.parametrize("text", ["26年ぶりに再開", "第3四半期決算"])
def test_a_number_of_years_or_a_quarter_without_year_names_no_time(text: str) -> None:
    assert named(text, "ja") is None


@pytest.mark.parametrize(("title", "language"), [
    ("Velmora's Line 4 tram now expected to open in the second half of 2027", "en"),
    ("Velmora : la ligne 4 du tramway ouvrira au second semestre 2027", "fr"),
    ("ベルモラの路面電車4号線、開業は2027年度にずれ込む見通し", "ja"),
    ("ベルモラの路面電車4号線、開業は27年夏に延期", "ja"),
], ids=["en-half", "fr-semestre", "ja-fiscal-year", "ja-season-of-a-year"])
def test_a_plan_dated_after_the_deadline_by_a_part_of_a_year_is_a_slip(
        title: str, language: str) -> None:
    matcher = Matcher([TRAM])
    assert verdict_for(matcher, entry(title, "", "2026-05-04", language), TRAM.id) == "updates"
