"""Lexicon phrases with a gap (tracker/match/reading/gapped.py): "drop … plan" finds "drops the
Line 4 tram plan", its object's own words standing between, in one clause and within
four words; each part alone is no phrase."""

from __future__ import annotations

import pytest
from helpers.invented import (
    PACT,
    TRAM,
    VELMORA,
    check_verdict,
    claim,
    entry,
    group,
    verdict_for,
)

from tracker.match import Matcher
from tracker.match.reading.gapped import GappedPhrase, add_phrase, split_phrase
from tracker.models import ClaimKind, Verdict


@pytest.mark.parametrize(("claim_id", "title", "expected"), [
    ("velmora-tram", "Velmora drops Line 4 tram plan", "contradicts"),
    ("velmora-tram", "Velmora drops its Line 4 tram plan", "contradicts"),
    ("arvelia-borsk-pact", "Arvelia and Borsk reach fisheries agreement", "confirms"),
    ("velmora-tram", "Velmora drops bus fares; Line 4 tram plan unchanged", "mentions"),
    ("velmora-tram", "Velmora drops one more time the price of the Line 4 tram ticket plan",
     "mentions"),
], ids=["drop-plan", "drop-its-plan", "reach-agreement",
        "near-miss-another-clause", "near-miss-too-far"])
def test_a_phrase_with_a_gap(claim_id: str, title: str, expected: str) -> None:
    check_verdict([PACT, TRAM], claim_id, expected, title, "", "2026-05-18", "en")


def test_phrases_are_split_and_filed_under_their_first_part() -> None:
    assert split_phrase("drop … plan") == ("drop", "plan")
    assert split_phrase("drop the plan") is None
    assert split_phrase("… plan") is None
    ids = {"drop": (1, True), "plan": (2, True)}
    phrases: dict[int, list[GappedPhrase]] = {}
    assert add_phrase("drop … plan", ids.__getitem__, lambda latin: 9, phrases) == (9, True)
    assert phrases == {1: [GappedPhrase(9, 1, 2)]}
    assert add_phrase("drop the plan", ids.__getitem__, lambda latin: 9, phrases) is None


def test_a_claims_own_cue_may_hold_a_gap() -> None:
    """A user's cue "hand over … keys" finds "hands over the Harbour Bridge keys"."""
    bridge = claim("bridge-keys", "Velmora's Harbour Bridge will reopen to traffic in 2026.",
                   [group("bridge", en=["Harbour Bridge"]), VELMORA], kind=ClaimKind.EVENT,
                   cues={Verdict.CONFIRMS: {"en": ("hand over … keys",)}})
    matcher = Matcher([bridge])
    item = entry("Builder hands over the Velmora Harbour Bridge keys to the city", "",
                 "2026-07-18", "en")
    assert verdict_for(matcher, item, "bridge-keys") == "confirms"
    far = entry("Builder hands over plans, says Velmora Harbour Bridge keys stay with it", "",
                "2026-07-18", "en")
    assert verdict_for(matcher, far, "bridge-keys") == "mentions"


def test_the_gap_counts_words_as_written() -> None:
    """"Velmora-Ostrand's first 60-seat" is three written words (seven tokens): a
    hyphenated name, a possessive and a compound are one word each."""
    assembly = claim("joint-assembly", "Voters will elect the first joint assembly of "
                     "Velmora-Ostrand in March 2028.",
                     [group("assembly", en=["assembly"]),
                      group("place", en=["Velmora-Ostrand"])], kind=ClaimKind.EVENT,
                     cues={Verdict.CONFIRMS: {"en": ("elect … assembly",)}})
    matcher = Matcher([assembly])
    item = entry("Voters elect Velmora-Ostrand's first 60-seat assembly", "", "2028-03-27",
                 "en")
    assert verdict_for(matcher, item, "joint-assembly") == "confirms"
    far = entry("Voters elect mayors and plan to choose Velmora-Ostrand's assembly later", "",
                "2028-03-27", "en")
    assert verdict_for(matcher, far, "joint-assembly") != "confirms"


VOTE = claim(
    "orlan-school-vote", "Orlan's council will vote on the school ordinance by September 2027.",
    [group("ordinance", ja=["学校条例"])], kind=ClaimKind.DECISION,
    cues={Verdict.UPDATES: {"ja": ("委員会 … 可決",)}},
)


@pytest.mark.parametrize(("title", "expected"), [
    # Japanese has no spaces: the headline is one token, and the gap is read in
    # characters (before, a Japanese cue with a gap never matched)
    ("オルラン市議会の文教委員会が学校条例案を可決", "updates"),
    # a headline's topic before 、 is the cue's head: 委員会、…を可決
    ("オルラン市議会文教委員会、学校条例案を可決", "updates"),
    # guard: too far apart, the parts are no phrase (the vote itself is the decision)
    ("オルラン市の教育委員会が新方針を示し、市議会は学校条例案を可決", "confirms"),
    # guard: a head that does not end its clause does not reach past 、
    ("文教委員会が開かれ、学校条例案を可決", "confirms"),
])
def test_a_japanese_cue_with_a_gap(title: str, expected: str) -> None:
    check_verdict([VOTE], "orlan-school-vote", expected, title, "", "2027-09-10", "ja")
