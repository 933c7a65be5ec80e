"""A decision word for a decision claim, in a sentence that also names a project the
claim shares with an event claim: the shared name is no rival subject. "The council
approved the contract handing the Tarrow Building centre to Lanthorn": the vote is the
decision claim's news, though "Tarrow Building" is nearer the verb than "Lanthorn"; an
event claim named only by the shared name reads no decision as its own (invented
subjects)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, GroupRole, TermGroup


def _project(role: GroupRole = GroupRole.REQUIRED) -> TermGroup:
    return group("project", role, en=["Tarrow Building"], fr=["immeuble Tarrow"],
                 ja=["ターロウ・ビル"])


CONTRACT = claim(
    "kesmoor-contract", "Kesmoor council will approve the Lanthorn Services contract to run "
    "the Tarrow Building shelter on 25 March 2026.",
    [group("operator", en=["Lanthorn Services"], fr=["Lanthorn Services"],
           ja=["ランソーン・サービス"]),
     group("council", GroupRole.OPTIONAL, en=["council"], fr=["conseil municipal"],
           ja=["市議会"]),
     _project(GroupRole.OPTIONAL)],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 3, 1), expected_from=date(2026, 3, 25),
    expected_by=date(2026, 3, 25))
WORKS = claim(
    "tarrow-works", "Works on the Tarrow Building will begin in April 2026.",
    [_project()],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 3, 1), expected_from=date(2026, 4, 1),
    expected_by=date(2026, 4, 30))
MATCHER = Matcher([CONTRACT, WORKS])


@pytest.mark.parametrize(("summary", "language"), [
    ("Le conseil municipal a validé le contrat de gestion du centre de l'immeuble Tarrow "
     "avec Lanthorn Services.", "fr"),
    ("The council approved the contract for the centre at the Tarrow Building with "
     "Lanthorn Services.", "en"),
])
def test_a_shared_project_name_does_not_take_the_decision(summary: str, language: str) -> None:
    item = entry("Kesmoor shelter", summary, "2026-03-26", language)
    assert verdict_for(MATCHER, item, "kesmoor-contract") == "confirms"
    assert verdict_for(MATCHER, item, "tarrow-works") != "confirms"


def test_near_miss_the_vote_ahead_is_a_preview() -> None:
    item = entry("Kesmoor shelter", "The council will vote on the contract for the centre at "
                 "the Tarrow Building with Lanthorn Services.", "2026-03-20", "en")
    assert verdict_for(MATCHER, item, "kesmoor-contract") == "mentions"
