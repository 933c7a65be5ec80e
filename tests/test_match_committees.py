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


BUDGET = claim(
    "kesa-budget", "Kesa's city assembly will pass the fiscal 2026 budget in March 2026.",
    [group("kesa", en=["Kesa"], ja=["ケサ市"]),
     group("budget", en=["fiscal 2026 budget"], ja=["新年度予算"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # the committee as the headline's subject, far from the vote
    ("updates", "ケサ市議会予算特別委、給食費無償化含む新年度予算案を可決", "ja"),
    # 予算案 is a budget bill: its 案 is no hedge on the step or the vote
    ("updates", "ケサ市議会、新年度予算案を委員会で可決", "ja"),
    ("updates", "ケサ市、新年度予算案を市議会に提出", "ja"),
    ("confirms", "ケサ市議会、新年度予算案を可決", "ja"),
    # near misses: the whole house voted after the committee
    ("confirms", "ケサ市議会、委員会が審議し本会議で新年度予算案を可決", "ja"),
    ("confirms", "Kesa's full council passes fiscal 2026 budget after committee review",
     "en"),
])
def test_a_japanese_committee_as_subject_and_a_plenary(expected: str, title: str,
                                                       language: str) -> None:
    check_verdict([BUDGET], "kesa-budget", expected, title, "", "2026-03-15", language)


# A committee that chooses or awards is the choice itself: committees select
# (a tender board, a « commission permanente », 選定委員会), they do not only recommend.
FERRY_OPERATOR = claim(
    "brae-ferry-operator",
    "Brae's county council will choose the operator of the Skellan island ferry and award "
    "it the contract by the end of May 2026.",
    [group("brae", en=["Brae"], fr=["Brae"], ja=["ブレイ郡"]),
     group("ferry", en=["Skellan ferry", "island ferry"], fr=["bac de Skellan"],
           ja=["スケラン島フェリー"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 5, 31),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Brae transport committee awards Skellan ferry contract to Norlink", "en"),
    ("confirms", "Bac de Skellan : la commission de Brae choisit Norlink", "fr"),
    ("confirms", "ブレイ郡委員会、スケラン島フェリーの運航会社を選定", "ja"),
    # near misses: a committee's other words of deciding stay a step
    ("updates", "Brae transport committee approves Skellan ferry contract", "en"),
    ("updates", "Bac de Skellan : feu vert de la commission des transports de Brae", "fr"),
])
def test_a_committee_that_chooses_is_the_choice(expected: str, title: str,
                                                language: str) -> None:
    check_verdict([FERRY_OPERATOR], "brae-ferry-operator", expected, title, "", "2026-05-20",
                  language)
