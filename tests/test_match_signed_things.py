"""A decision noun that another decision word governs is read with it (issue 10,
class 5): "wants a standby crew paid before it signs the fare agreement" signs
nothing yet, though "agreement" alone is a decision done. Subjects are invented;
verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

FARES = claim(
    "kelso-ferry-fares", "Kelso Island will sign an agreement with its ferry company on free "
    "fares for patients in October 2026.",
    [group("island", en=["Kelso Island", "Kelso"], fr=["île de Kelso"], ja=["ケルソ島"]),
     group("ferry", en=["ferry company", "ferry firm", "ferry operator"],
           fr=["compagnie maritime"], ja=["フェリー会社"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 10, 31),
)


@pytest.mark.parametrize(("summary", "expected"), [
    ("The ferry firm says it lacks crew for night sailings and wants the island to pay for "
     "a standby crew before it signs the patients' fare agreement.", "mentions"),
    # guards: the agreement signed, or the agreement alone
    ("The ferry firm signed the patients' fare agreement with Kelso Island on Friday.",
     "confirms"),
    ("Kelso Island and the ferry firm reached a fare agreement on Friday.", "confirms"),
])
def test_a_decision_noun_is_read_with_the_word_that_governs_it(summary: str,
                                                                expected: str) -> None:
    check_verdict([FARES], "kelso-ferry-fares", expected,
                  "Kelso ferry firm and island at odds over night runs", summary,
                  "2026-10-12", "en")


ARTS_BUDGET = claim(
    "kelso-arts-budget", "Kelso council will approve its 2026 arts budget of £4 million in "
    "March 2026.",
    [group("council", en=["Kelso council"], fr=["conseil de Kelso"], ja=["ケルソ市議会"]),
     group("arts", en=["arts budget", "arts spending"], fr=["budget culturel"],
           ja=["文化予算"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("Kelso council approves 14% rise in arts spending", "confirms"),
    # guard: a rise with no decision over it is a step
    ("Kelso council arts spending rises 14%", "updates"),
])
def test_a_rise_a_decision_governs_is_what_it_decided(title: str, expected: str) -> None:
    # "approves 14% rise": the rise is what was approved, no step of its own (round 71)
    check_verdict([ARTS_BUDGET], "kelso-arts-budget", expected, title, "", "2026-03-12", "en")


MILL = claim(
    "kelso-mill-vote", "Kelso council will vote in March 2026 to buy the old Kelso mill and "
    "turn it into a library.",
    [group("council", en=["Kelso council"], fr=["conseil de Kelso"], ja=["ケルソ市議会"]),
     group("mill", en=["Kelso mill", "old mill"], fr=["moulin de Kelso"], ja=["ケルソ製粉所"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31),
    cues={Verdict.CONFIRMS: {"en": ("approve",), "fr": ("approuver",)}},
)


@pytest.mark.parametrize(("title", "expected", "language"), [
    # the claim's own word of the decision over a deal: the deal is what was decided
    ("Kelso council approves purchase of the old mill", "confirms", "en"),
    ("Le conseil de Kelso approuve l'achat du moulin de Kelso", "confirms", "fr"),
    # a general decision word over a change: the change is what was decided
    ("Kelso council greenlights conversion of the old mill", "confirms", "en"),
    # guards: the purchase or the conversion with no decision over it is a step
    ("Kelso council completes purchase talks for the old mill", "updates", "en"),
    ("Kelso council: old mill conversion under way", "updates", "en"),
], ids=["own-approves-purchase", "approuve-l-achat", "greenlights-conversion",
        "purchase-talks", "conversion-under-way"])
def test_a_deal_or_a_change_a_decision_governs_is_what_it_decided(title: str, expected: str,
                                                                    language: str) -> None:
    check_verdict([MILL], "kelso-mill-vote", expected, title, "", "2026-03-12", language)


MILL_WORKS = claim(
    "kelso-mill-works", "Works to turn the old Kelso mill into a library will begin in May "
    "2026.",
    [group("mill", en=["Kelso mill", "old mill"], fr=["moulin de Kelso"], ja=["ケルソ製粉所"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 5, 31),
    cues={Verdict.CONFIRMS: {"en": ("work begins", "works begin"),
                             "fr": ("travaux … commencé",)}},
)


@pytest.mark.parametrize(("title", "expected"), [
    # the claim's own word of the event over a change: the change is what it does
    ("Work begins on converting Kelso mill into a library", "confirms"),
    # guard: the change with no event word over it is a step
    ("Kelso mill: conversion into a library approved by the council", "updates"),
], ids=["work-begins-on-converting", "guard-conversion-approved"])
def test_a_change_the_claims_own_event_governs_is_what_it_does(title: str,
                                                                expected: str) -> None:
    check_verdict([MILL_WORKS], "kelso-mill-works", expected, title, "", "2026-05-12", "en")
