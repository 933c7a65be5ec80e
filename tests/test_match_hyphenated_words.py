"""A function word inside a hyphenated word is no word of its own: "after" in
"after-school club" opens no background clause ("after last week's meeting") and does
not end a lexicon phrase's gap ("miss … target"), as "on" does in "close higher on the
deal". Subjects are invented; the flagged cases were read as mentions before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import Claim, ClaimKind

TOWN = group("town", en=["Brenna"], fr=["Brenna"])
CLUBS = group("clubs", en=["after-school club", "after-school clubs"],
              fr=["club périscolaire", "clubs périscolaires"])
WAITING = claim(
    "brenna-waiting-list", "Brenna will bring its after-school club waiting list down to 0 "
    "children by 1 April 2027.",
    [TOWN, CLUBS, group("waiting", en=["waiting list", "waiting-list"],
                        fr=["liste d'attente"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 4, 1))
# a sibling sharing the town and the clubs makes the waiting list the claim's subject
OPENING = claim(
    "brenna-new-clubs", "Brenna will open two new after-school clubs in April 2026.",
    [TOWN, CLUBS, group("new", en=["new clubs", "two clubs"], fr=["nouveaux clubs"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 4, 30))
RECYCLING = claim(
    "brenna-recycling", "Brenna will raise its household recycling rate to 60% by 31 "
    "December 2026.",
    [TOWN, group("recycling", en=["recycling rate", "recycling"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31))
CLAIMS = [WAITING, OPENING]


@pytest.mark.parametrize(("claims", "claim_id", "expected", "title", "summary"), [
    (CLAIMS, "brenna-waiting-list", "contradicts",
     "Brenna misses after-school waiting-list target",
     "Eleven children were still waiting for an after-school club place on 1 April."),
    ([RECYCLING], "brenna-recycling", "contradicts",
     "Brenna misses after-school recycling target", ""),
    # guards: a word of its own still opens a background clause, or ends a gap
    (CLAIMS, "brenna-new-clubs", "mentions",
     "Brenna hires staff for new after-school clubs after two clubs open", ""),
    ([RECYCLING], "brenna-recycling", "mentions",
     "Brenna shares close higher on the recycling news", ""),
])
def test_a_hyphenated_word_is_one_word(claims: list[Claim], claim_id: str, expected: str | None,
                                       title: str, summary: str) -> None:
    check_verdict(claims, claim_id, expected, title, summary, "2026-04-14", "en")


SKIERS = claim(
    "brenna-skiers", "Brenna's Nordic area will draw 20,000 skiers by 31 March 2027.",
    [TOWN, group("area", en=["Nordic area"]), group("skiers", en=["skiers"])],
    kind=ClaimKind.TARGET, expected_by=date(2027, 3, 31))


@pytest.mark.parametrize(("title", "expected"), [
    # "cross" joined by a hyphen is the first half of a word: no "cross … mark"
    ("Brenna Nordic area opens to skiers with cross-country trails and three marked routes",
     "mentions"),
    # guard: the verb written alone
    ("Brenna Nordic area crosses the 20,000-skier mark", "confirms"),
])
def test_the_first_half_of_a_hyphenated_word_heads_no_phrase(title: str, expected: str) -> None:
    check_verdict([SKIERS], "brenna-skiers", expected, title, "", "2026-12-19", "en")
