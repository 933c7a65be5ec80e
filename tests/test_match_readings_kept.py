"""Readings a general phrase must not override: a Japanese "has not decided" denies the
decision it names (廃止は決めていない: no stop); a claim's own cue keeps its verdict
inside a longer general phrase ("passes" inside "pass … bill"), unless the phrase makes
it a threat, a stop or a delay; an event dated in a later year is ahead. Subjects are
invented; each flagged case read otherwise before its rule; the guards are marked."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import Claim, ClaimKind, Verdict

SUBSIDY = claim(
    "sarn-rail-subsidy-kept", "Sarn will keep its rail subsidy through 2027.",
    [group("sarn", en=["Sarn"], ja=["サーン"]),
     group("subsidy", en=["rail subsidy"], ja=["鉄道補助金"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("mentions", "サーン政府「鉄道補助金の廃止は決めていない」"),
    ("contradicts", "サーン政府、鉄道補助金の廃止を決定"),  # guard
])
def test_a_decision_not_taken_is_no_stop(expected: str, title: str) -> None:
    check_verdict([SUBSIDY], "sarn-rail-subsidy-kept", expected, title, "", "2026-09-16", "ja")


VOTE_CUED = claim(
    "sarn-rail-bill-passed", "Sarn's parliament will vote the rail bill through by December "
    "2026.",
    [group("sarn", en=["Sarn"]), group("bill", en=["rail bill"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 12, 31),
    cues={Verdict.CONFIRMS: {"en": ("passed", "passes")}},
)


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "Sarn parliament passes rail bill"),
    # guard: a longer phrase that turns the cue into a threat still does
    ("updates", "Sarn opposition vows appeal against passed rail bill in court"),
])
def test_a_claims_own_cue_keeps_its_verdict_inside_a_general_phrase(expected: str,
                                                                    title: str) -> None:
    """The user's "passes" is the claim's event: the general "pass … bill" (a decision,
    an update for an event claim) around it no longer takes it."""
    check_verdict([VOTE_CUED], "sarn-rail-bill-passed", expected, title, "", "2026-11-20",
                  "en")


RIDERS = claim(
    "sarn-ferry-riders", "Sarn's new ferry will carry 140,000 passengers in 2025.",
    [group("sarn", en=["Sarn"]), group("ferry", en=["ferry"]),
     group("passengers", en=["passengers"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 1, 31),
)
LINE = claim(
    "sarn-night-line", "Sarn's night ferry line will keep running through 2027.",
    [group("sarn", en=["Sarn"]), group("line", en=["night ferry"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31),
)


@pytest.mark.parametrize(("claims", "claim_id", "expected", "title", "day"), [
    ([RIDERS], "sarn-ferry-riders", "updates",
     "Sarn ferry to add sailings, reaching 140,000 passengers only in 2027", "2025-08-05"),
    # guard: a state kept until a later year is said anew
    ([LINE], "sarn-night-line", "confirms",
     "Sarn night ferry will keep running until 2028", "2026-03-10"),
])
def test_an_event_dated_in_a_later_year_is_ahead(claims: list[Claim], claim_id: str,
                                                  expected: str, title: str,
                                                  day: str) -> None:
    """"Reaching 140,000 only in 2027", published in 2025: the year names a time still to
    come, so the figure is a plan (a target's plan is an update), not the target met."""
    check_verdict(claims, claim_id, expected, title, "", day, "en")
