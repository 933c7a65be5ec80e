"""Steps found by the users of probe round fourteen, each general:

- a court hearing the case is a step before its ruling ("court hears the challenge",
  "tiendra audience", 口頭弁論), as a first reading is before a vote;
- a review of a state is news of it (réexamen, "réexamine la marge"), as "review" is;
- a sum raised to a value is news of the fund's event even when its currency comes
  first ("raises the fund to EUR 5.5 million").

Subjects are invented; each flagged case was a mention before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

RULING = claim(
    "brask-court-ruling", "The Brask administrative court will rule on the challenge to "
    "the Brask bear plan by March 2027.",
    [group("court", en=["Brask administrative court", "Brask court"],
           fr=["tribunal administratif de Brask"], ja=["ブラスク行政裁"]),
     group("plan", en=["bear plan"], fr=["plan ours"], ja=["クマ管理計画"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 3, 31),
    cues={Verdict.CONFIRMS: {"en": ("rule",), "fr": ("statuer",), "ja": ("判決",)}},
)
BAND = claim(
    "brask-crown-band", "The Brask crown will stay within its 2% band through 2027.",
    [group("crown", en=["Brask crown"], fr=["couronne de Brask"]),
     group("band", en=["band"], fr=["marge de fluctuation", "bande"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)
FUND = claim(
    "brask-bear-fund", "Brask's fund compensating livestock losses to bears, endowed with "
    "EUR 3 million, will open on 1 January 2027.",
    [group("fund", en=["bear compensation fund", "compensation fund"],
           fr=["fonds d'indemnisation"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 1, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "Brask court hears conservationists' challenge to bear plan", "en"),
    ("updates", "Plan ours : le tribunal administratif de Brask tiendra audience le 9 "
                "février", "fr"),
    ("updates", "クマ管理計画めぐりブラスク行政裁で口頭弁論", "ja"),
])
def test_a_hearing_is_a_step_before_the_ruling(expected: str, title: str,
                                               language: str) -> None:
    check_verdict([RULING], "brask-court-ruling", expected, title, "", "2027-01-20", language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("updates", "La banque centrale réexamine la marge de fluctuation de la couronne de "
                "Brask", "fr"),
    ("updates", "Brask crown band under review", "en"),
])
def test_a_review_of_a_state_is_news_of_it(expected: str, title: str, language: str) -> None:
    check_verdict([BAND], "brask-crown-band", expected, title, "", "2026-06-20", language)


@pytest.mark.parametrize(("expected", "title"), [
    ("updates", "Brask raises bear compensation fund to EUR 4.5 million"),
    ("updates", "Brask raises bear compensation fund to €4.5 million"),
    ("updates", "Brask raises bear compensation fund to 4.5 million euros"),
    # guard: a rise with no value is no news of the opening
    ("mentions", "Brask bear compensation fund set to rise"),
])
def test_a_sum_raised_to_a_value_with_its_currency_first(expected: str, title: str) -> None:
    check_verdict([FUND], "brask-bear-fund", expected, title, "", "2026-11-20", "en")
