"""A delay whose object is a decision ("puts off its decision", « repousse sa décision »,
判断を先送り) is news of a decision claim, not of the event the decision leads to
(docs/matching.md, "Which claim a cue belongs to"). Subjects are invented; each case
was read the other way before the rule; the near misses are guards."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match.matcher import Matcher
from tracker.models import ClaimKind, GroupRole

DECIDE = claim(
    "velt-pool-decision",
    "Velt's mayor will decide by October 2026 whether the old pool stays open.",
    [group("velt", en=["Velt"], fr=["Velt"], ja=["ヴェルト市"]),
     group("pool", en=["old pool"], fr=["vieille piscine"], ja=["旧市民プール"]),
     group("decision", GroupRole.OPTIONAL, en=["mayor"], fr=["maire"], ja=["市長"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 10, 31),
)
REOPEN = claim(
    "velt-pool-reopening", "Velt's old pool will reopen after repairs in June 2027.",
    [group("velt", en=["Velt"], fr=["Velt"], ja=["ヴェルト市"]),
     group("pool", en=["old pool"], fr=["vieille piscine"], ja=["旧市民プール"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
)
MATCHER = Matcher([DECIDE, REOPEN])


@pytest.mark.parametrize(("title", "language"), [
    ("Velt mayor puts off decision on old pool until December", "en"),
    ("Vieille piscine : le maire de Velt repousse sa décision à décembre", "fr"),
    ("ヴェルト市長、旧市民プール存続の判断を12月に先送り", "ja"),
])
def test_a_decision_put_off_is_the_decision_claims(title: str, language: str) -> None:
    item = entry(title, "", "2026-09-20", language)
    assert verdict_for(MATCHER, item, "velt-pool-decision") == "updates"
    assert verdict_for(MATCHER, item, "velt-pool-reopening") in (None, "mentions")


@pytest.mark.parametrize(("title", "language"), [
    ("Velt's old pool reopening put off until September 2027", "en"),
    ("Velt : la réouverture de la vieille piscine repoussée à septembre 2027", "fr"),
])
def test_a_delay_of_the_event_stays_the_events(title: str, language: str) -> None:
    item = entry(title, "", "2027-03-20", language)
    assert verdict_for(MATCHER, item, "velt-pool-reopening") == "updates"


ORDINANCE = claim(
    "velt-ordinance", "Velt's town assembly will pass the pool subsidy ordinance by June 2026.",
    [group("velt", en=["Velt"], fr=["Velt"], ja=["ヴェルト町"]),
     group("ordinance", en=["pool subsidy ordinance"], ja=["プール補助金条例"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)
POOL = claim(
    "velt-pool-open", "Velt's new pool will open in July 2026.",
    [group("velt", en=["Velt"], fr=["Velt"], ja=["ヴェルト町"]),
     group("pool", en=["new pool"], ja=["新プール"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 7, 31),
)
ASSEMBLY = Matcher([ORDINANCE, POOL])


@pytest.mark.parametrize(("title", "claim_id", "expected"), [
    # 継続審議: the bill carried over, its vote put off (not 継続, a state kept)
    ("ヴェルト町議会、プール補助金条例案を継続審議に", "velt-ordinance", "updates"),
    ("ヴェルト町議会、新プールのプール補助金条例案を継続審議に", "velt-pool-open", "mentions"),
    # 採決 put off is no vote taken
    ("ヴェルト町議会、プール補助金条例案の採決持ち越し", "velt-ordinance", "updates"),
    # 不 before a decision word says no
    ("ヴェルト町議会、プール補助金条例案を不採択", "velt-ordinance", "contradicts"),
    ("ヴェルト町議会、プール補助金条例案を採択", "velt-ordinance", "confirms"),
], ids=["carried-over", "carried-over-not-the-pools", "vote-put-off", "not-adopted",
        "near-miss-adopted"])
def test_an_assemblys_vote_carried_over_or_refused(title: str, claim_id: str,
                                                   expected: str) -> None:
    item = entry(title, "", "2026-06-10", "ja")
    assert verdict_for(ASSEMBLY, item, claim_id) == expected
