"""A target's count as papers write it (claim writers of round 57): a count taken in
("welcomed 150,000 visitors", « a accueilli 150 000 usagers », 15万人を迎えた) meets a
target of that figure; a first weekend is a span a count can be progress over ("30,000
visitors in first weekend"); fewer than expected (« moins de visiteurs que prévu »)
before the end of the span counted is a shortfall so far (rule 7), and after it a
shortfall. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

VISITORS = claim(
    "arle-library-visitors", "The new Arle library will draw 150,000 visitors a year in its "
    "first year, 2027.",
    [group("library", en=["Arle library"], fr=["bibliothèque d'Arle"], ja=["アルル図書館"]),
     group("visitors", GroupRole.OPTIONAL, en=["visitors"], fr=["visiteurs", "usagers"],
           ja=["来館者", "人"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 1, 12), expected_from=date(2027, 1, 1),
    expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("title", "language"), [
    ("Arle library has welcomed 150,000 visitors this year", "en"),
    ("La bibliothèque d'Arle a accueilli 150 000 usagers depuis janvier", "fr"),
    ("アルル図書館、来館者15万人を迎える", "ja"),
], ids=["en", "fr", "ja"])
def test_a_count_taken_in_meets_the_target(title: str, language: str) -> None:
    check_verdict([VISITORS], "arle-library-visitors", "confirms", title, "", "2027-11-02",
                  language)


@pytest.mark.parametrize(("title", "expected"), [
    ("Arle library welcomes 30,000 visitors in first weekend", "updates"),
    ("Arle library plans to welcome 150,000 visitors this year", "mentions"),  # the aim
], ids=["weekend", "guard-aim"])
def test_a_count_over_a_weekend_is_progress(title: str, expected: str) -> None:
    check_verdict([VISITORS], "arle-library-visitors", expected, title, "", "2027-01-12", "en")


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    ("Arle library draws fewer visitors than expected", "en", "2027-06-02", "updates"),
    ("La bibliothèque d'Arle attire moins de visiteurs que prévu", "fr", "2027-06-02",
     "updates"),
    ("Arle library drew fewer visitors than expected in its first year", "en", "2028-02-02",
     "contradicts"),
], ids=["en-so-far", "fr-so-far", "en-after-the-year"])
def test_fewer_than_expected_is_a_shortfall(title: str, language: str, day: str,
                                            expected: str) -> None:
    check_verdict([VISITORS], "arle-library-visitors", expected, title, "", day, language)
