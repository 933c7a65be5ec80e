"""Where a meeting took place is no other claim's subject, and its words of taking
place are read in each language (claim writer of round 57): « la réunion publique a
fait salle comble à Sarlhac », « s'est déroulée », 説明会がサルラックで行われた. A name
that several claims share (the town) stands behind a preposition of place ("in", « à »;
で after it in Japanese): it says where the meeting was held, so the meeting's word is
still the meeting claim's. Subjects are invented; verdicts follow
../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

TOWN = group("town", GroupRole.OPTIONAL, en=["Corlhac"], fr=["Corlhac"], ja=["コルラック"])
TRAIL = group("trail", en=["Orne greenway"], fr=["voie verte de l'Orne"], ja=["オルヌ自転車道"])
MEETING = claim(
    "orne-trail-meeting", "The council will hold a public meeting on the Orne greenway in "
    "Corlhac on 2 October 2025.",
    [group("meeting", en=["public meeting"], fr=["réunion publique"], ja=["住民説明会"]),
     TRAIL, TOWN],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 9, 15), expected_from=date(2025, 10, 2),
    expected_by=date(2025, 10, 2))
# a sibling whose subject is the town: it would take the meeting's word as its own
MARKET = claim(
    "corlhac-market-kept", "Corlhac's Sunday market will stay on the square until 2027.",
    [group("town", en=["Corlhac"], fr=["Corlhac"], ja=["コルラック"]),
     group("market", GroupRole.OPTIONAL, en=["market"], fr=["marché"], ja=["朝市"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 9, 15), expected_from=date(2025, 9, 15),
    expected_by=date(2027, 12, 31))
CLAIMS = [MEETING, MARKET]


@pytest.mark.parametrize(("title", "language"), [
    ("Voie verte de l'Orne : la réunion publique a fait salle comble à Corlhac", "fr"),
    ("Public meeting on the Orne greenway: full house in Corlhac", "en"),
    ("オルヌ自転車道の住民説明会がコルラックで行われた", "ja"),
], ids=["fr", "en", "ja"])
def test_a_shared_place_behind_a_preposition_of_place_is_where(title: str,
                                                               language: str) -> None:
    check_verdict(CLAIMS, "orne-trail-meeting", "confirms", title, "", "2025-10-02", language)


def test_a_shared_name_as_a_subject_is_still_a_rival() -> None:
    """Guard: the town acting is the sibling's subject ("Corlhac holds …")."""
    check_verdict(CLAIMS, "orne-trail-meeting", "mentions",
                  "Orne greenway: public meeting on the plan; Corlhac holds market vote",
                  "", "2025-10-02", "en")


@pytest.mark.parametrize(("title", "day", "expected"), [
    ("Voie verte de l'Orne : la réunion publique s'est déroulée jeudi", "2025-10-03",
     "confirms"),
    ("Voie verte de l'Orne : la réunion publique se déroulera jeudi", "2025-09-29",
     "mentions"),
], ids=["took-place", "guard-will-take-place"])
def test_se_derouler_is_taking_place(title: str, day: str, expected: str) -> None:
    check_verdict([MEETING], "orne-trail-meeting", expected, title, "", day, "fr")


@pytest.mark.parametrize(("title", "expected"), [
    ("オルヌ自転車道の住民説明会が行われた", "confirms"),
    ("オルヌ自転車道の住民説明会が2日に行われる予定", "mentions"),  # no past: a plan
], ids=["past", "guard-plan"])
def test_okonawareta_is_held(title: str, expected: str) -> None:
    check_verdict([MEETING], "orne-trail-meeting", expected, title, "", "2025-10-01"
                  if expected == "mentions" else "2025-10-02", "ja")
