"""US headline verbs of approval: "Council OKs lorry ban", "OK'd", "okays" are the
decision made (labelling rule 4, a decision claim confirmed by the decision itself).
Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

VOTE = claim(
    "brindle-ban-vote", "Brindle council will adopt the ban on diesel lorries on March 3, 2026.",
    [group("town", en=["Brindle"]), group("council", GroupRole.OPTIONAL, en=["council"]),
     group("ban", en=["lorry ban", "diesel lorries"])],
    kind=ClaimKind.DECISION, expected_from=date(2026, 3, 3), expected_by=date(2026, 3, 3),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("Brindle council OKs lorry ban, 5-2", "confirms"),
    ("Brindle council okays diesel lorries ban", "confirms"),
    ("Brindle lorry ban OK'd by council", "confirms"),
    ("Brindle lorry ban OKed after long debate", "confirms"),
    # guard: not yet
    ("Brindle council expected to OK lorry ban next week", "mentions"),
], ids=["oks", "okays", "okd", "oked", "guard-expected"])
def test_a_headline_approval_is_the_decision(title: str, expected: str) -> None:
    check_verdict([VOTE], VOTE.id, expected, title, "", "2026-03-04", "en")
