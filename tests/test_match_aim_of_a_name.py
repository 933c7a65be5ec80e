"""The "for" of a name is no aim: "Crowdfunder for the Harbour footbridge hits £120,000
target" reports the target hit; "call for the appeal to reach £120,000" only wishes it.
And a target not reached, said past its deadline, is missed (invented subjects;
labelling rules 7 and 8)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

APPEAL = claim(
    "harbour-footbridge-appeal", "The Harbour footbridge crowdfunding appeal will raise "
    "£120,000 by 31 January 2027.",
    [group("bridge", en=["Harbour footbridge"])],
    kind=ClaimKind.TARGET, expected_from=date(2026, 9, 1), expected_by=date(2027, 1, 31))
MATCHER = Matcher([APPEAL])


def test_a_names_for_leaves_its_verb_reported() -> None:
    item = entry("Crowdfunder for Harbour footbridge hits £120,000 target", "", "2027-01-20",
                 "en")
    assert verdict_for(MATCHER, item, "harbour-footbridge-appeal") == "confirms"


def test_a_call_for_the_target_is_a_wish() -> None:
    item = entry("Walkers call for Harbour footbridge appeal to reach £120,000", "",
                 "2027-01-20", "en")
    assert verdict_for(MATCHER, item, "harbour-footbridge-appeal") != "confirms"


def test_a_target_not_reached_after_the_deadline_contradicts() -> None:
    # a final figure short of the target (rule 7); before the deadline, a count so far
    late = entry("Harbour footbridge appeal fails to reach its target", "", "2027-02-05", "en")
    early = entry("Harbour footbridge appeal does not reach its target yet", "", "2026-12-05",
                  "en")
    assert verdict_for(MATCHER, late, "harbour-footbridge-appeal") == "contradicts"
    assert verdict_for(MATCHER, early, "harbour-footbridge-appeal") == "updates"


# a shared name after "for" (the place, not the claim's own subject) is a name too:
# "ban for Kelbridge scooters takes effect" reports the ban in force
BAN = claim(
    "orla-pavement-ban", "The Orla ban on parking rental scooters on pavements will stay in "
    "force until April 2027.",
    [group("place", en=["Orla"]), group("scooters", en=["scooters", "e-scooters"]),
     group("ban", en=["pavement parking ban", "pavement ban"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 5, 1), expected_by=date(2027, 4, 30))
SIBLING = claim(
    "orla-scooter-trial", "The Orla rental scooter trial will start in May 2026.",
    [group("place", en=["Orla"]), group("scooters", en=["scooters", "e-scooters"]),
     group("trial", en=["trial"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 5, 1), expected_by=date(2026, 5, 31))


def test_a_shared_names_for_leaves_its_verb_reported() -> None:
    matcher = Matcher([BAN, SIBLING])
    item = entry("Pavement parking ban for Orla e-scooters takes effect", "", "2026-05-02",
                 "en")
    assert verdict_for(matcher, item, "orla-pavement-ban") == "confirms"
