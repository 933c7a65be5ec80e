"""A clause opened by "when" (« lorsque ») tells a time by another event: the event in
it is background, not the item's news ("missing the 40,000 target set when tolls were
scrapped" reports no tolls scrapped; round 57, read). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FERRY = claim(
    "corlin-ferry-launch", "The Corlin ferry will be launched on 1 July 2026.",
    [group("ferry", en=["Corlin ferry"], fr=["bac de Corlin"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 7, 1), expected_by=date(2026, 7, 1))


@pytest.mark.parametrize(("summary", "language", "expected"), [
    ("Corlin ferry trips missed the goal set when the Corlin ferry was launched.", "en",
     "mentions"),
    ("Le bac de Corlin manque l'objectif fixé lorsque le bac de Corlin a été lancé.", "fr",
     "mentions"),
    # guard: the same event as the sentence's own news
    ("The Corlin ferry was launched on Monday.", "en", "confirms"),
], ids=["en-when", "fr-lorsque", "guard-main-clause"])
def test_a_when_clause_is_background(summary: str, language: str, expected: str) -> None:
    check_verdict([FERRY], "corlin-ferry-launch", expected, "Corlin ferry news",
                  summary, "2026-07-02", language)
