"""Dates that belong to something else than the cue's event: a date after "ahead of"
dates the event it leads ("passes its sea trials ahead of the May launch": the trials
are done), and two digits joined to a year name a season ("the 2027-28 season"), no
figure; 来年末 is next year's end, not this one's (年末). Subjects are invented; the
flagged cases were misread before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import Claim, ClaimKind, Verdict

FERRY = group("ferry", en=["Kelso ferry", "Kelso Islander"], fr=["ferry de Kelso"])
TRIALS = claim(
    "kelso-sea-trials", "The new Kelso ferry will pass its sea trials in April 2027.",
    [FERRY, group("trials", en=["sea trials"], fr=["essais en mer"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 4, 1), expected_by=date(2027, 4, 30),
    cues={Verdict.CONFIRMS: {"en": ("pass … sea trials", "complete … sea trials")}})
PASS = claim(
    "brenmoor-day-pass", "Brenmoor's adult day pass will stay at €30 until 31 March 2028.",
    [group("brenmoor", en=["Brenmoor"]), group("pass", en=["day pass", "lift pass"])],
    kind=ClaimKind.STATE, expected_by=date(2028, 3, 31))
BRIDGE = claim(
    "ostry-bridge-closed", "The Ostry bridge will stay closed to vehicles until the end of "
    "2027.",
    [group("bridge", en=["Ostry bridge"], ja=["オストリ橋"]),
     group("closed", en=["closed to vehicles", "closure"], ja=["通行止め"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("claims", "claim_id", "expected", "title", "day"), [
    ([TRIALS], "kelso-sea-trials", "confirms",
     "Kelso ferry passes sea trials ahead of May launch", "2027-04-20"),
    # a hyphenated preposition is read by its words, as the text's tokens are
    ([TRIALS], "kelso-sea-trials", "confirms",
     "Kelso ferry passes sea trials in the run-up to May launch", "2027-04-20"),
    ([PASS], "brenmoor-day-pass", "confirms",
     "Brenmoor keeps day pass at €30 for 2027-28 season", "2027-06-10"),
    ([PASS], "brenmoor-day-pass", "confirms",
     "Brenmoor keeps day pass at €30 for the 2027–28 season", "2027-06-10"),
    # guards: the cue's own date ahead is still read (a preview; past its window, news)
    ([TRIALS], "kelso-sea-trials", "mentions",
     "Kelso ferry to pass sea trials ahead of May launch", "2027-04-10"),
    ([TRIALS], "kelso-sea-trials", "updates",
     "Kelso ferry passes sea trials in May, ahead of launch", "2027-04-10"),
])
def test_a_date_of_another_event(claims: list[Claim], claim_id: str, expected: str, title: str,
                                 day: str) -> None:
    check_verdict(claims, claim_id, expected, title, "", day, "en")


def test_next_years_end_is_not_this_years() -> None:
    # 来年末 read as this year's end (年末) made the closure kept well short of its end
    check_verdict([BRIDGE], "ostry-bridge-closed", "confirms",
                  "オストリ橋、車両通行止めを来年末まで継続", "", "2026-11-10", "ja")
