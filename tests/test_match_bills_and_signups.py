"""Two kinds of preparatory step (labelling rule 6) and an agreement sealed: a bill or a
budget laid before the body that votes on it ("tables the budget bill", "dépose le
projet de loi", 条例案を提出) updates the decision; sign-ups opened before a thing
opens ("opens registration", "ouverture des inscriptions", 受付開始) update its opening;
"scellent un pacte" at a meeting is an agreement reached there, and so is one signed by
"the leaders of Orla and Venn" (before, the names after "of" read as the meeting
arranged: "the date of the summit was agreed"). Subjects are invented; each flagged
case read as a mention before its rule; the guards are marked."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BUDGET = claim(
    "sarn-budget", "Sarn's parliament will adopt the 2027 budget by the end of March 2027.",
    [group("sarn", en=["Sarn"], fr=["Sarn"], ja=["サーン"]),
     group("budget", en=["2027 budget", "budget bill"],
           fr=["budget 2027", "projet de loi de finances"], ja=["予算案", "2027年予算"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 3, 31),
)
RACE = claim(
    "pell-marathon", "The first Pell city marathon will be run in October 2027.",
    [group("marathon", en=["Pell marathon"], fr=["marathon de Pell"], ja=["ペル・マラソン"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 10, 31),
)
SUMMIT = claim(
    "orla-venn-summit", "The leaders of Orla and Venn will hold their first summit in Venn "
    "in May 2027.",
    [group("orla", en=["Orla"], fr=["Orla"]), group("venn", en=["Venn"], fr=["Venn"])],
    kind=ClaimKind.MEETING, expected_by=date(2027, 5, 31),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Sarn finance minister tables 2027 budget bill in parliament", "en"),
    ("Sarn : le gouvernement dépose le projet de loi de finances pour 2027", "fr"),
    ("サーン政府、2027年予算案を議会に提出", "ja"),
])
def test_a_bill_laid_before_the_vote_is_a_step(title: str, language: str) -> None:
    check_verdict([BUDGET], "sarn-budget", "updates", title, "", "2027-01-10", language)


@pytest.mark.parametrize(("title", "language"), [
    ("Pell marathon opens registration for 12,000 runners", "en"),
    ("Marathon de Pell : ouverture des inscriptions le 1er avril", "fr"),
    ("ペル・マラソン、参加受付開始", "ja"),
])
def test_sign_ups_opened_are_a_step(title: str, language: str) -> None:
    check_verdict([RACE], "pell-marathon", "updates", title, "", "2027-04-01", language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "À Venn, Orla et Venn scellent un pacte sur l'eau", "fr"),
    # the meeting's actors before the decision word, not the meeting arranged
    ("confirms", "Leaders of Orla and Venn sign water pact", "en"),
    ("confirms", "Les dirigeants d'Orla et de Venn signent un accord sur l'eau", "fr"),
    # guard: the meeting's date arranged is still a preview
    ("mentions", "The date of the Orla-Venn summit was agreed", "en"),
])
def test_an_agreement_sealed_by_the_meetings_parties(expected: str, title: str,
                                                      language: str) -> None:
    check_verdict([SUMMIT], "orla-venn-summit", expected, title, "", "2027-05-12", language)


def test_the_marathon_held_is_no_step() -> None:
    check_verdict([RACE], "pell-marathon", "confirms",
                  "First Pell marathon takes place with 12,000 runners", "", "2027-10-10", "en")


PARTNERSHIP = claim(
    "orla-brisk-partnership", "Orla's port and the carrier Brisk will enter a partnership "
    "by June 2027.",
    [group("orla", en=["Orla"], fr=["Orla"], ja=["オルラ"]),
     group("brisk", en=["Brisk"], fr=["Brisk"], ja=["ブリスク"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 6, 30),
)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Orla port and Brisk seal their partnership", "en"),
    ("confirms", "Orla et Brisk scellent leur partenariat", "fr"),
    # guard: a partnership only hoped for
    ("mentions", "Orla port hopes for a partnership with Brisk", "en"),
])
def test_a_partnership_sealed(expected: str, title: str, language: str) -> None:
    """A partnership is an agreement: "seal … partnership", « sceller … partenariat »."""
    check_verdict([PARTNERSHIP], "orla-brisk-partnership", expected, title, "", "2027-05-12",
                  language)
