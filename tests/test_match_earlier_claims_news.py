"""News on the way (a step, a delay, a challenge) belongs to the next event of the
story: a contract awarded for the concert hall updates the claim that its works will
begin (due in March), and is background for the claim that it will open (due in 2028),
as labellers read it (rules 3 and 6). Once the works' deadline has passed, or with no
claim of the works, the step updates the opening again. And once the works are past
due, a delay of the opening is the opening's news, no update of the works. Subjects are invented;
verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import Claim, ClaimKind

HALL = group("hall", en=["concert hall"], fr=["salle de concert"], ja=["音楽ホール"])
DORVALE = group("dorvale", en=["Dorvale"], fr=["Dorvale"], ja=["ドルバール"])
WORKS = claim(
    "dorvale-hall-works", "Construction of the Dorvale concert hall will begin in March 2026.",
    [HALL, DORVALE], kind=ClaimKind.EVENT, claimed_on=date(2025, 11, 1),
    expected_from=date(2026, 3, 1), expected_by=date(2026, 3, 31),
)
OPENING = claim(
    "dorvale-hall-opening", "The Dorvale concert hall will open in September 2028.",
    [HALL, DORVALE], kind=ClaimKind.EVENT, claimed_on=date(2025, 11, 1),
    expected_from=date(2028, 9, 1), expected_by=date(2028, 9, 30),
)
STEPS = [
    ("Dorvale awards main contract for concert hall", "en"),
    ("Dorvale : le permis de construire de la salle de concert est signé", "fr"),
    ("ドルバールの音楽ホール、建設工事の契約を締結", "ja"),
]


@pytest.mark.parametrize(("title", "language"), STEPS, ids=["en", "fr", "ja"])
def test_a_step_is_the_next_events_news(title: str, language: str) -> None:
    check_verdict([WORKS, OPENING], "dorvale-hall-works", "updates", title, "",
                  "2026-01-20", language)
    check_verdict([WORKS, OPENING], "dorvale-hall-opening", "mentions", title, "",
                  "2026-01-20", language)


@pytest.mark.parametrize(("claims", "day"), [
    ([WORKS, OPENING], "2026-06-10"),  # the works' deadline has passed
    ([OPENING], "2026-01-20"),  # no claim of the works
], ids=["earlier-claim-past-due", "no-earlier-claim"])
def test_guards(claims: list[Claim], day: str) -> None:
    title, language = STEPS[0]
    check_verdict(claims, "dorvale-hall-opening", "updates", title, "", day, language)



# The works' deadline has passed: a delay of the opening is the opening's news only
DELAYS = [
    ("Dorvale concert hall opening pushed back to October", "en"),
    ("Salle de concert de Dorvale : l'ouverture repoussée au 12 septembre", "fr"),
    ("ドルバールの音楽ホール、開館は10月に延期", "ja"),
]


@pytest.mark.parametrize(("title", "language"), DELAYS, ids=["en", "fr", "ja"])
def test_news_of_the_pending_claim_is_not_a_past_claims(title: str, language: str) -> None:
    check_verdict([WORKS, OPENING], "dorvale-hall-opening", "updates", title, "",
                  "2028-06-01", language)
    check_verdict([WORKS, OPENING], "dorvale-hall-works", "mentions", title, "",
                  "2028-06-01", language)
    # guard: with no claim of the opening, the works claim still reads it
    check_verdict([WORKS], "dorvale-hall-works", "updates", title, "", "2028-06-01",
                  language)
