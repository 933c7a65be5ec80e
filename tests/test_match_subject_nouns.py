"""A step noun that is the subject of the event verb after it governs nothing: « l'essai
a franchi la barre des 4 000 abonnés », "the pilot passed the 4,000 members mark"
report the target met, not a step. A step noun before an infinitive still governs it
("a challenge to the decision to scrap the fee"). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

LOANS = claim(
    "orveil-tool-library", "The Orveil tool library pilot will reach 4,000 members by "
    "June 2027.",
    [group("place", en=["Orveil"], fr=["Orveil"], ja=["オルベイユ"]),
     group("library", en=["tool library"], fr=["outilthèque"], ja=["道具図書館"]),
     group("members", en=["members"], fr=["abonnés", "adhérents"], ja=["会員"])],
    kind=ClaimKind.TARGET, expected_from=date(2026, 6, 1), expected_by=date(2027, 6, 30),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orveil : l'essai de l'outilthèque a franchi la barre des 4 000 abonnés", "fr",
     "confirms"),
    ("Orveil tool library: the trial passed the 4,000 members mark", "en", "confirms"),
    # guards: the trial's own step told as such, and a figure on the way
    ("Orveil : l'essai de l'outilthèque prolongé, 2 500 abonnés", "fr", "updates"),
    ("Orveil tool library trial extended with 2,500 members", "en", "updates"),
], ids=["fr-perfect", "en-past", "guard-fr-step", "guard-en-step"])
def test_a_step_noun_as_subject(title: str, language: str, expected: str) -> None:
    check_verdict([LOANS], "orveil-tool-library", expected, title, "", "2027-03-10",
                  language)


@pytest.mark.parametrize(("title", "expected"), [
    ("Orveil : la barre des 4 000 abonnés franchie par l'outilthèque", "confirms"),
    # guards: a lower mark crossed, and the mark still ahead
    ("Outilthèque d'Orveil : le cap des 30 abonnés est franchi", "updates"),
    ("Outilthèque d'Orveil : le cap des 4 000 abonnés sera franchi en juin", "mentions"),
], ids=["participle", "guard-lower-mark", "guard-ahead"])
def test_a_mark_crossed_told_noun_first(title: str, expected: str) -> None:
    """« la barre des 4 000 abonnés franchie »: the mark named before its verb (a
    short gap: "30" is one token, "4 000" two)."""
    check_verdict([LOANS], "orveil-tool-library", expected, title, "", "2027-03-10", "fr")
