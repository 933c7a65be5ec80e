"""A committee's vote on what a parliament decides is a step toward the decision, not
the decision ("committee approves the treaty", "feu vert de la commission", 外交委が可決),
unless the claim's own decider is a committee. Subjects are invented; each flagged case
was read as the decision before the rule; the last is a guard."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

TREATY = claim(
    "orla-treaty", "Orla's parliament will ratify the Venn fisheries treaty by September 2026.",
    [group("orla", en=["Orla", "Orlan"], fr=["Orla"], ja=["オーラ"]),
     group("treaty", en=["fisheries treaty"], fr=["traité de pêche"], ja=["漁業協定"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 9, 30),
)
PERMIT = claim(
    "tarn-permit", "Tarn's planning committee will approve the Kessel tower by June 2026.",
    [group("tarn", en=["Tarn"]), group("committee", en=["planning committee"]),
     group("tower", en=["Kessel tower"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Orlan foreign affairs committee approves fisheries treaty", "en"),
    ("Traité de pêche : feu vert de la commission des affaires étrangères d'Orla", "fr"),
    ("漁業協定の批准案、オーラ議会外交委が可決", "ja"),
])
def test_a_committee_vote_is_a_step(title: str, language: str) -> None:
    check_verdict([TREATY], "orla-treaty", "updates", title, "", "2026-05-07", language)


def test_a_committee_that_is_the_claims_decider_decides() -> None:
    check_verdict([PERMIT], "tarn-permit", "confirms",
                  "Tarn planning committee approves Kessel tower", "", "2026-05-07", "en")
