"""An English date written month, day, comma, year ("December 31, 2029"): the year is
the day's own (timeexpr._MONTH_DAY) and the comma before it cuts no clause
(view._CLAUSE_BREAK), so a state's stop told ahead for the day the claim ends is its
own end retold, no contradiction (kept.ends_when_claimed). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.reading.clause_rules import clause_text
from tracker.match.text.normalize import Stemmer
from tracker.match.text.timeexpr import earliest_named
from tracker.match.text.view import view_of_texts
from tracker.models import ClaimKind

PUBLISHED = date(2026, 6, 1)


def _named(text: str) -> date | None:
    view = view_of_texts(text, "", "en", Stemmer())
    return earliest_named(clause_text(view, (0, len(view.tokens) - 1)), PUBLISHED)


@pytest.mark.parametrize(("text", "day"), [
    ("the depot will close on December 31, 2029", date(2029, 12, 31)),
    ("the depot will close on Dec. 31 2029", date(2029, 12, 31)),
    # guards: a day without its year is the next such day; a count is no year
    ("the depot will close on December 31", date(2026, 12, 31)),
    ("the fair drew May 10,000 visitors", None),
], ids=["comma-year", "no-comma", "guard-no-year", "guard-count"])
def test_a_month_day_and_year_is_one_date(text: str, day: date | None) -> None:
    assert _named(text) == day


def test_the_comma_before_a_year_cuts_no_clause() -> None:
    view = view_of_texts("Depot to close on December 31, 2029", "", "en", Stemmer())
    assert len(view.clause_starts) == 1
    # guard: a comma before words still cuts ("In 2027, the depot…")
    cut = view_of_texts("Depot closed on May 2, the council said", "", "en", Stemmer())
    assert len(cut.clause_starts) == 2


DEPOT = claim(
    "kessling-depot", "The Kessling bus depot will stay open until the end of 2029.",
    [group("depot", en=["Kessling bus depot", "Kessling depot"])],
    kind=ClaimKind.STATE, expected_by=date(2029, 12, 31))


@pytest.mark.parametrize(("title", "expected"), [
    ("Council to close Kessling depot on December 31, 2029", "mentions"),
    # guard: a closure told ahead for a day before the end breaks the state
    ("Council to close Kessling depot on March 31, 2027", "contradicts"),
], ids=["at-the-end", "guard-before-the-end"])
def test_a_stop_told_for_the_last_day_is_the_end_retold(title: str, expected: str) -> None:
    check_verdict([DEPOT], "kessling-depot", expected, title, "", "2026-06-01", "en")
