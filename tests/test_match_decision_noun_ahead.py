"""A decision noun after a future word of its clause is the decision still to come:
"to issue its decision in December", « rendra sa décision » (decisions_ahead.
decision_noun_ahead; invented subjects; labelling rule 2)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

RULING = claim(
    "ostra-kite-ruling", "Ostra's product safety board will rule by December 2026 on "
                         "whether Tavel's glowing kite broke the toy safety code.",
    [group("board", en=["product safety board", "safety board"],
           fr=["commission de sécurité des produits"]),
     group("kite", en=["Tavel", "glowing kite"], fr=["Tavel", "cerf-volant lumineux"])],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 5, 4), expected_by=date(2026, 12, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Safety board to issue Tavel glowing kite decision in December", "en", "mentions"),
    ("Safety board will announce its ruling on Tavel kite in December", "en", "mentions"),
    ("La commission de sécurité des produits rendra sa décision sur Tavel en décembre",
     "fr", "mentions"),
    # guard: the decision issued is the decision
    ("Safety board issues its decision on Tavel glowing kite", "en", "confirms"),
], ids=["to-issue", "will-announce", "rendra", "guard-issued"])
def test_a_decision_noun_after_a_future_word_is_still_to_come(
        title: str, language: str, expected: str) -> None:
    check_verdict([RULING], "ostra-kite-ruling", expected, title, "", "2026-10-20", language)
