"""An event claim that is a vote ("will hold a referendum", « élections municipales »,
住民投票): votes cast report it ("voters went to the polls", « 54 % des votants se sont
prononcés », 投開票), while for any other claim a vote stays a decision, and a date set
or early voting stays a step. Subjects are invented; verdicts follow
../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

REFERENDUM = claim(  # event: a local referendum on a day
    "dunmere-referendum",
    "Dunmere will hold a referendum on the harbour tower on 13 September 2026.",
    [group("dunmere", en=["Dunmere"], fr=["Dunmere"], ja=["ダンミア"]),
     group("tower", en=["harbour tower"], fr=["tour du port"], ja=["港湾タワー"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 9, 13), expected_by=date(2026, 9, 13),
)
TOWER_OPENING = claim(  # event: the tower opens; a vote on it is a step
    "dunmere-tower-opening", "Dunmere's harbour tower will open in 2028.",
    [group("dunmere", en=["Dunmere"], fr=["Dunmere"], ja=["ダンミア"]),
     group("tower", en=["harbour tower"], fr=["tour du port"], ja=["港湾タワー"])],
    kind=ClaimKind.EVENT, expected_by=date(2028, 12, 31),
)
CLAIMS = [REFERENDUM, TOWER_OPENING]


@pytest.mark.parametrize(("claim_id", "title", "language", "expected"), [
    ("dunmere-referendum", "Dunmere votes yes to the harbour tower", "en", "confirms"),
    ("dunmere-referendum", "Dunmere goes to the polls over harbour tower", "en", "confirms"),
    ("dunmere-referendum", "Tour du port : Dunmere a voté oui", "fr", "confirms"),
    ("dunmere-referendum", "ダンミア港湾タワー住民投票、きょう投開票", "ja", "confirms"),
    # guard: the vote is the referendum's news, due first; for the opening it is
    # background (test_match_earlier_claims_news), never the opening confirmed
    ("dunmere-tower-opening", "Dunmere votes yes to the harbour tower", "en", "mentions"),
], ids=["votes-yes", "goes-to-the-polls", "a-vote", "tokaihyo", "guard-other-claim"])
def test_votes_cast_report_a_vote(claim_id: str, title: str, language: str,
                                  expected: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", "2026-09-13", language)


def test_a_vote_ahead_is_a_preview() -> None:
    check_verdict(CLAIMS, "dunmere-referendum", "mentions",
                  "Dunmere to vote on harbour tower on Sunday", "", "2026-09-10", "en")


def test_a_past_verb_in_a_cue_is_no_present_beside_a_weekday() -> None:
    """"voters backed … in Sunday's referendum": the plural noun of the cue "voters
    back" is no present verb, so the weekday is the Sunday gone by, not one ahead."""
    cued = claim(
        "dunmere-vote-cued",
        "Dunmere will hold a referendum on the harbour tower on 13 September 2026.",
        [group("dunmere", en=["Dunmere"]), group("tower", en=["harbour tower"])],
        kind=ClaimKind.EVENT, expected_from=date(2026, 9, 13), expected_by=date(2026, 9, 13),
        cues={Verdict.CONFIRMS: {"en": ("voters back",)}},
    )
    check_verdict([cued], "dunmere-vote-cued", "confirms",
                  "Dunmere voters backed the harbour tower in Sunday's referendum", "",
                  "2026-09-14", "en")
