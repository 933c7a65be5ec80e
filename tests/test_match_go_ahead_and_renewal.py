"""The noun "go-ahead" is permission given ("Go-ahead for the tram extension"), not
"go ahead" (proceed); a state renewed or extended until a time is kept, as « prolonger »
already read. Subjects are invented; each case failed before its words, except the
guards."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

VOTE = claim(
    "orla-tram-vote", "The Orla council will approve the tram extension in March 2026.",
    [group("tram", en=["Orla tram extension"])],
    kind=ClaimKind.DECISION, expected_from=date(2026, 3, 1), expected_by=date(2026, 3, 31))
BAN = claim(
    "orla-offlicence-ban", "The Orla ban on new off-licences will stay in force until July "
    "2026.",
    [group("place", en=["Orla"]), group("ban", en=["off-licence ban"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 12), expected_by=date(2026, 7, 3))


@pytest.mark.parametrize(("title", "expected"), [
    ("Go-ahead for Orla tram extension", "confirms"),
    # guard: "go ahead" as a verb is the plan proceeding, a step for the vote
    ("Orla tram extension to go ahead despite protests", "updates"),
], ids=["noun", "guard-verb"])
def test_the_go_ahead_is_permission(title: str, expected: str) -> None:
    check_verdict([VOTE], "orla-tram-vote", expected, title, "", "2026-03-20", "en")


@pytest.mark.parametrize(("title", "expected"), [
    ("Orla renews off-licence ban for two more years", "confirms"),
    ("Orla extends off-licence ban until 2028", "confirms"),
    # guard: lifted early is still a stop
    ("Orla lifts off-licence ban", "contradicts"),
], ids=["renews", "extends-until", "guard-lifted"])
def test_a_state_renewed_is_kept(title: str, expected: str) -> None:
    check_verdict([BAN], "orla-offlicence-ban", expected, title, "", "2026-03-10", "en")
