"""A state of place ("will keep its headquarters in Aubry") and the moves that end it.

A move that names a place ("to move its headquarters to Castel", "the head office
move", 本社をリンツへ移転) ends such a state: it contradicts, and a move weighed updates.
A move of a date ("moves the vote to March") or an intent ("moves to cut costs") is
none, and a state of running ("its plants in Kassel will remain open") is no state of
place. A plan to move that is dropped keeps the state ("scraps the plan to move"); a
ban that is the state is ended when struck down ("court quashes the ban"). Subjects
are invented; each case failed before its rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

HQ = claim(
    "vessel-bank-hq", "Vessel Bank will keep its headquarters in Aubry through 2027.",
    [group("bank", en=["Vessel Bank", "Vessel"], fr=["banque Vessel", "Vessel"],
           ja=["ベッセル銀行", "ベッセル"]),
     group("hq", en=["headquarters", "head office"], fr=["siège"], ja=["本社", "本店"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)
PLANTS = claim(
    "tarn-plants-open", "Tarn Works' plants in Kassel and Halle will remain open until 2030.",
    [group("tarn", en=["Tarn Works", "Tarn"]), group("plant", en=["plant", "plants"])],
    kind=ClaimKind.STATE, expected_by=date(2030, 12, 31),
)
BAN = claim(
    "lerin-rental-ban", "Lerin's ban on holiday rentals will remain in force through 2027.",
    [group("lerin", en=["Lerin"], fr=["Lerin"], ja=["レリン"]),
     group("rentals", en=["holiday rentals"], fr=["locations saisonnières"], ja=["民泊"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("expected", "title", "summary", "language"), [
    ("contradicts", "Vessel Bank to move headquarters to Castel next year", "", "en"),
    ("contradicts", "Vessel completes head office move to Castel", "", "en"),
    ("contradicts", "Vessel Bank will relocate its headquarters to Castel", "", "en"),
    ("updates", "Vessel considers moving its head office", "", "en"),
    ("confirms", "Vessel scraps plan to move headquarters to Castel", "", "en"),
    ("contradicts", "La banque Vessel va déménager son siège à Castel", "", "fr"),
    ("contradicts", "ベッセル銀行、本社をリンツへ移転　来年4月", "", "ja"),
    # a date moved (news, no end), an intent: no move of the headquarters
    ("updates", "Vessel Bank moves headquarters vote to March", "", "en"),
    ("mentions", "Vessel moves to expand its headquarters", "", "en"),
])
def test_a_move_elsewhere_ends_a_state_of_place(expected: str, title: str, summary: str,
                                                language: str) -> None:
    check_verdict([HQ], "vessel-bank-hq", expected, title, summary, "2026-11-10", language)


def test_a_state_of_running_is_no_state_of_place() -> None:
    # the foundry moves, the plant stays open: no end of the state
    check_verdict([PLANTS], "tarn-plants-open", "mentions",
                  "Tarn to move Kassel plant's foundry to Poland", "", "2026-11-10", "en")


@pytest.mark.parametrize(("title", "language"), [
    ("Court quashes Lerin's ban on holiday rentals", "en"),
    ("Le tribunal annule l'interdiction des locations saisonnières à Lerin", "fr"),
    ("州政府、レリンの民泊禁止条例を無効化", "ja"),
    # a court's finding that strikes it down
    ("Lerin holiday rentals ban ruled unconstitutional", "en"),
    ("L'interdiction des locations saisonnières de Lerin jugée inconstitutionnelle", "fr"),
    ("レリンの民泊禁止は違憲　最高裁", "ja"),
])
def test_a_ban_that_is_the_state_ends_when_struck_down(title: str, language: str) -> None:
    check_verdict([BAN], "lerin-rental-ban", "contradicts", title, "", "2027-05-26", language)


@pytest.mark.parametrize(("claim_id", "title"), [
    ("tarn-plants-open", "Tarn drops Kassel plant closure plan"),
    ("vessel-bank-hq", "Vessel drops head office relocation plan"),
])
def test_a_dropped_plan_to_end_a_state_keeps_it(claim_id: str, title: str) -> None:
    check_verdict([PLANTS, HQ], claim_id, "confirms", title, "", "2026-11-10", "en")
