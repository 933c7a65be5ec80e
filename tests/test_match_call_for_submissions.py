"""A call for submissions ("call for applications", « appel à candidatures ») is a
step toward the event, as a call for tenders is (labelling rule 6), no demand anyone
makes; "traders call for lower fees" is still an opinion (rule 8). Subjects are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

MARKET = claim(
    "brindle-night-market", "Brindle's night market will open on the quay in June 2027.",
    [group("market", en=["Brindle night market"], fr=["marché nocturne de Brindle"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 6, 1), expected_by=date(2027, 6, 30),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Brindle night market: call for applications extended to 15 March", "en", "updates"),
    ("Brindle night market opens call for proposals from stallholders", "en", "updates"),
    ("Marché nocturne de Brindle : l'appel à candidatures prolongé jusqu'au 15 mars", "fr",
     "updates"),
    # guard: a demand is an opinion
    ("Brindle night market: traders call for lower stall fees", "en", "mentions"),
], ids=["en-extended", "en-opens", "fr", "guard-demand"])
def test_a_call_for_submissions_is_a_step(title: str, language: str, expected: str) -> None:
    check_verdict([MARKET], MARKET.id, expected, title, "", "2027-02-20", language)
