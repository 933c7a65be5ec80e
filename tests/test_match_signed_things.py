"""A decision noun that another decision word governs is read with it (issue 10,
class 5): "wants a standby crew paid before it signs the fare agreement" signs
nothing yet, though "agreement" alone is a decision done. Subjects are invented;
verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FARES = claim(
    "kelso-ferry-fares", "Kelso Island will sign an agreement with its ferry company on free "
    "fares for patients in October 2026.",
    [group("island", en=["Kelso Island", "Kelso"], fr=["île de Kelso"], ja=["ケルソ島"]),
     group("ferry", en=["ferry company", "ferry firm", "ferry operator"],
           fr=["compagnie maritime"], ja=["フェリー会社"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 10, 31),
)


@pytest.mark.parametrize(("summary", "expected"), [
    ("The ferry firm says it lacks crew for night sailings and wants the island to pay for "
     "a standby crew before it signs the patients' fare agreement.", "mentions"),
    # guards: the agreement signed, or the agreement alone
    ("The ferry firm signed the patients' fare agreement with Kelso Island on Friday.",
     "confirms"),
    ("Kelso Island and the ferry firm reached a fare agreement on Friday.", "confirms"),
])
def test_a_decision_noun_is_read_with_the_word_that_governs_it(summary: str,
                                                                expected: str) -> None:
    check_verdict([FARES], "kelso-ferry-fares", expected,
                  "Kelso ferry firm and island at odds over night runs", summary,
                  "2026-10-12", "en")
