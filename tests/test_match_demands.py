"""A demand (« demander », like "call for" and « réclamer ») is someone's view of what
should happen (labelling rule 8): « les écologistes demandent l'abandon du vélodrome »
is no threat to it. A party considering the stop is still one (rule 7). Subjects are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

OPENING = claim(
    "orvel-velodrome-opening", "The Orvel velodrome will open in September 2027.",
    [group("velodrome", en=["Orvel velodrome"], fr=["vélodrome d'Orvel"],
           ja=["オルベル競輪場"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 9, 1), expected_by=date(2027, 9, 30),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("Orvel : les écologistes demandent l'abandon du projet de vélodrome d'Orvel",
     "mentions"),
    ("Les riverains demandent le report du vélodrome d'Orvel", "mentions"),
    # guard: the party itself considering the stop is a threat (rule 7)
    ("La métropole envisage l'abandon du vélodrome d'Orvel", "updates"),
], ids=["greens-demand", "residents-demand", "guard-party-considers"])
def test_a_demand_is_a_view(title: str, expected: str) -> None:
    check_verdict([OPENING], "orvel-velodrome-opening", expected, title, "", "2026-05-12",
                  "fr")
