"""A run of time that closes has ended as planned: "naming-rights call closes with six
bids" is a step of the call's story, and "keeps the fare at £39 as the consultation
closes" keeps the fare (claim writers of round 65; run_ends.py). Subjects are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

VELMORA = group("velmora", en=["Velmora"], fr=["Velmora"])
CALL = claim(
    "velmora-naming-call", "Velmora will open a call for naming-rights partners on "
    "1 July 2025.",
    [group("call", en=["naming-rights call", "naming rights"], fr=["droits de nommage"]),
     VELMORA],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 6, 17), expected_from=date(2025, 7, 1),
    expected_by=date(2025, 7, 1))
FARE = claim(
    "velmora-resident-fare", "Velmora's resident bus fare will remain at £2 until "
    "31 March 2026.",
    [group("fare", en=["resident fare"], fr=["tarif résident"]), VELMORA],
    kind=ClaimKind.STATE, claimed_on=date(2025, 4, 8), expected_from=date(2025, 4, 8),
    expected_by=date(2026, 3, 31))


@pytest.mark.parametrize(("claim_id", "title", "language", "expected"), [
    ("velmora-naming-call", "Velmora naming-rights call closes with six bids", "en",
     "updates"),
    ("velmora-naming-call", "Velmora: applications for naming rights closed with six bids",
     "en", "updates"),
    ("velmora-resident-fare", "Velmora keeps resident fare at £2 as fares consultation "
     "closes", "en", "confirms"),
    # the plain verb right after the run's noun: a day the run closes, no plan stopped
    ("velmora-naming-call", "Velmora naming-rights call: submissions close on 9 May", "en",
     "updates"),
    # guard: the thing itself closed down, with no run before the verb
    ("velmora-resident-fare", "Velmora scraps resident fare as bus depot closes", "en",
     "contradicts"),
], ids=["call-closes", "applications-closed", "consultation-closes", "submissions-close",
        "guard-scraps"])
def test_a_run_that_closes_has_ended(claim_id: str, title: str, language: str,
                                     expected: str) -> None:
    check_verdict([CALL, FARE], claim_id, expected, title, "", "2025-08-30", language)


CONSULTATION = claim(
    "velmora-bypass-consultation", "Velmora's public consultation on the bypass will "
    "remain open until 30 June 2026.",
    [group("consultation", en=["bypass consultation", "consultation on the bypass"],
           fr=["consultation sur le contournement"]), VELMORA],
    kind=ClaimKind.STATE, claimed_on=date(2026, 3, 2), expected_from=date(2026, 4, 1),
    expected_by=date(2026, 6, 30))


@pytest.mark.parametrize(("title", "published", "expected"), [
    # the state is the run: closed on the day it was to last until, kept as claimed
    ("Velmora bypass consultation closes after 9,000 responses", "2026-06-30", "confirms"),
    ("Velmora bypass consultation closed with 9,000 responses", "2026-07-02", "confirms"),
    # guard: closed before that day is no run kept to its end
    ("Velmora bypass consultation closes after 9,000 responses", "2026-05-12", "updates"),
], ids=["on-the-day", "after", "guard-before-the-day"])
def test_a_state_that_is_a_run_ends_as_claimed(title: str, published: str,
                                               expected: str) -> None:
    check_verdict([CONSULTATION, FARE], "velmora-bypass-consultation", expected, title, "",
                  published, "en")
