"""A decision to stop something is confirmed by a decision of the stop in any words:
for "will approve the closure of the Tarn pool", "votes to shut the Tarn pool" and
"approved shutting it" are the closure decided, not the plan stopped (round 112's
trustees' vote to end a music department). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

POOL = group("pool", en=["Tarn pool"], fr=["piscine du Tarn"], ja=["ターン・プール"])
COUNCIL = group("council", en=["Orvel council"], fr=["conseil d'Orvel"], ja=["オーベル市議会"])
CLOSURE = claim(
    "tarn-pool-closure", "Orvel council will approve the closure of the Tarn pool by June 2026.",
    [POOL, COUNCIL], kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30))
BUDGET = claim(
    "tarn-pool-budget", "Orvel council will approve the Tarn pool's repair budget by June 2026.",
    [POOL, COUNCIL], kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30))


@pytest.mark.parametrize(("title", "language"), [
    ("Orvel council votes to shut Tarn pool", "en"),
    ("Orvel council approves shutting the Tarn pool", "en"),
    ("Le conseil d'Orvel approuve l'arrêt de la piscine du Tarn", "fr"),
])
def test_a_stop_decided_in_other_words_is_the_decision(title: str, language: str) -> None:
    check_verdict([CLOSURE], "tarn-pool-closure", "confirms", title, "", "2026-05-20",
                  language)


def test_guard_a_decision_of_something_else_is_still_stopped() -> None:
    # the repair budget's claim: the pool shut is the plan stopped
    check_verdict([BUDGET], "tarn-pool-budget", "contradicts",
                  "Orvel council votes to shut Tarn pool", "", "2026-05-20", "en")
