"""A deciding word that reads as done but is dated after the item was published is
still to come (labelling rule 2): "Varenne votes Dorvale loan on 18 December",
published on the 15th, previews the vote. In a Japanese headline only the phrase that
holds the word dates it (融資を可決　28日に実行: the loan is approved now, paid on
the 28th). Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

LOAN_VOTE = claim(
    "dorvale-loan-vote", "The Varenne regional council will approve a 5 million euro loan "
    "to the Dorvale foundry on 18 December 2026.",
    [group("loan", en=["loan"], fr=["prêt"], ja=["融資"]),
     group("dorvale", en=["Dorvale"], fr=["Dorvale"], ja=["ドルバール"])],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 11, 20), expected_from=date(2026, 12, 18),
    expected_by=date(2026, 12, 18),
)


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    ("Varenne votes Dorvale loan on 18 December", "en", "2026-12-15", "mentions"),
    ("Prêt à Dorvale : la région vote le 18 décembre", "fr", "2026-12-15", "mentions"),
    ("ドルバール鋳造所への融資、18日に採決", "ja", "2026-12-15", "mentions"),
    ("ドルバール鋳造所への融資、あす採決", "ja", "2026-12-17", "mentions"),
    # guards: the day has come; a past weekday; another phrase's date
    ("Varenne votes Dorvale loan on 18 December", "en", "2026-12-18", "confirms"),
    ("Varenne approved the Dorvale loan on Tuesday", "en", "2026-12-19", "confirms"),
    ("ドルバール鋳造所への融資を可決　28日に実行", "ja", "2026-12-18", "confirms"),
], ids=["en-ahead", "fr-ahead", "ja-day-ahead", "ja-tomorrow", "guard-on-the-day",
        "guard-past-weekday", "guard-ja-other-phrase"])
def test_a_decision_dated_ahead_is_still_to_come(title: str, language: str, day: str,
                                                  expected: str) -> None:
    check_verdict([LOAN_VOTE], "dorvale-loan-vote", expected, title, "", day, language)
