"""A meeting held, for the only meeting claim among the news's claims: no sibling
reads a meeting as its event, so a name the meeting claim requires does not give
"meets" to a sibling that shares the name (a ferry's launch and its users' forum).
"meets for the first time" is a verb with its time, no plural noun ("plans for").
Subjects are invented. Each case failed before its rule, except those marked as
guards (docs/matching.md, "Siblings")."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole, Verdict

PLACE = group("place", en=["Tarrow"], fr=["Tarrow"], ja=["タロウ"])
FERRY = group("ferry", en=["night ferry"], fr=["ferry de nuit"], ja=["夜行フェリー"])
LAUNCH = claim(  # event: named by the place and the ferry, which its sibling shares
    "tarrow-ferry-launch", "Tarrow's night ferry will start sailing by March 2027.",
    [PLACE, FERRY], kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
)
FORUM = claim(  # meeting: the same names, its forum's name optional
    "tarrow-ferry-forum",
    "The Tarrow night ferry users' forum will hold its first meeting in July 2026.",
    [PLACE, FERRY, group("forum", GroupRole.OPTIONAL, en=["users' forum"],
                         fr=["comité des usagers"], ja=["利用者協議会"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 7, 1), expected_by=date(2026, 7, 31),
    cues={Verdict.CONFIRMS: {"en": ("first meeting",), "fr": ("première réunion",),
                             "ja": ("初会合",)}},
)
CLAIMS = [LAUNCH, FORUM]


@pytest.mark.parametrize(("claim_id", "expected", "title"), [
    ("tarrow-ferry-forum", "confirms", "Tarrow night ferry council meets for the first time"),
    ("tarrow-ferry-launch", "mentions", "Tarrow night ferry council meets for the first time"),
], ids=["meets-first-time", "guard-not-the-launch-s"])
def test_a_meeting_is_the_only_meeting_claims(claim_id: str, expected: str, title: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", "2026-07-20", "en")


def test_a_name_the_meeting_requires_gives_the_word_to_no_sibling() -> None:
    """The launch's subject is the ferry, which the forum requires too: its name right
    before "convenes" does not make the meeting the launch's news."""
    launch = claim(
        "tarrow-ferry-launch", "Tarrow's night ferry will start sailing by March 2027.",
        [group("place", GroupRole.OPTIONAL, en=["Tarrow"]), FERRY],
        kind=ClaimKind.EVENT, expected_by=date(2027, 3, 31),
    )
    check_verdict([launch, FORUM], "tarrow-ferry-forum", "confirms",
                  "Tarrow night ferry council convenes", "", "2026-07-20", "en")
