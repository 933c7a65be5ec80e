"""A target's own verb, written as done, with the target's own figure: "has hired 58
staff", « a recruté 58 salariés », 58人を採用した. The target is met, not restated; a
figure under it is a count so far, and the verb told ahead ("will hire 58") is the
target repeated (invented subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

STAFF = claim(
    "seiyo-staff", "Seiyokai will hire 58 staff for Seiyo no Mori by 30 September 2025.",
    [group("home", en=["Seiyo no Mori"], fr=["Seiyo no Mori"], ja=["清陽の杜"]),
     group("staff", en=["staff"], fr=["salariés", "personnel"], ja=["職員"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 4, 10), expected_by=date(2025, 9, 30))
MATCHER = Matcher([STAFF])


@pytest.mark.parametrize(("title", "language"), [
    ("Seiyo no Mori has hired 58 staff", "en"),
    ("Seiyo no Mori hired 58 staff before opening", "en"),
    ("Seiyo no Mori a recruté 58 salariés", "fr"),
    ("清陽の杜、職員58人を採用した", "ja"),
])
def test_the_own_verb_done_with_the_targets_figure_meets_it(title: str, language: str) -> None:
    item = entry(title, "", "2025-09-20", language)
    assert verdict_for(MATCHER, item, "seiyo-staff") == "confirms"


@pytest.mark.parametrize(("title", "expected"), [
    ("Seiyo no Mori has hired 40 staff", "updates"),
    ("Seiyo no Mori will hire 58 staff", "updates"),  # a step told ahead, not met
])
def test_near_misses(title: str, expected: str) -> None:
    item = entry(title, "", "2025-06-20", "en")
    assert verdict_for(MATCHER, item, "seiyo-staff") == expected


SEVEN = claim(
    "lunay-undertakers", "Lunay's municipal funeral service will hire seven staff by "
    "31 August 2026.",
    [group("service", en=["Lunay funeral service"], fr=["régie funéraire de Lunay"],
           ja=["ルネ市営葬儀"]),
     group("staff", en=["staff"], fr=["agents"], ja=["職員"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 2, 18), expected_by=date(2026, 8, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    # « sept » after a verb or an article is seven, not September told ahead
    ("La régie funéraire de Lunay a recruté sept agents", "fr", "confirms"),
    ("La régie funéraire de Lunay a recruté ses sept agents", "fr", "confirms"),
    # a Japanese headline that ends on the target's own verb tells it done
    ("ルネ市営葬儀、職員7人を採用", "ja", "confirms"),
    # ... and so does a Latin headline's present verb ("hires", « recrute »)
    ("Lunay funeral service hires seven staff", "en", "confirms"),
    ("La régie funéraire de Lunay recrute sept agents", "fr", "confirms"),
    # guards: told ahead, it is the target repeated
    ("ルネ市営葬儀、職員7人を採用へ", "ja", "updates"),
    ("La régie funéraire de Lunay recrutera sept agents", "fr", "updates"),
    ("Lunay funeral service to hire seven staff", "en", "updates"),
    ("Lunay funeral service hires four staff", "en", "updates"),  # a count so far
])
def test_the_targets_own_figure_written_as_a_word_or_in_a_headline(
        title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2026-08-20", language)
    assert verdict_for(Matcher([SEVEN]), item, "lunay-undertakers") == expected


LOANS = claim(
    "rhoda-loans", "The Rhoda art museum will lend 120 works to other museums by March 2029.",
    [group("works", en=["works"], fr=["œuvres"]),
     group("museum", en=["Rhoda art museum"], fr=["musée de Rhoda"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 3, 1), expected_by=date(2029, 3, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    # a perfect tense right before the target's own figure: done, whatever the verb
    ("Rhoda art museum has loaned 120 works", "en", "confirms"),
    ("Rhoda art museum has lent 120 works", "en", "confirms"),  # an irregular past
    ("Le musée de Rhoda a prêté 120 œuvres", "fr", "confirms"),
    # guards: told ahead, or a count held, it is the target repeated
    ("Rhoda art museum plans to lend 120 works", "en", "mentions"),
    ("Rhoda art museum has about 120 works on loan", "en", "mentions"),
    ("Rhoda art museum has had 120 works on loan", "en", "mentions"),
])
def test_a_perfect_tense_before_the_targets_own_figure_meets_it(
        title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2029-03-20", language)
    assert verdict_for(Matcher([LOANS]), item, "rhoda-loans") == expected
