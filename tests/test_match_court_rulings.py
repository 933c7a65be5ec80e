"""A court that stops a challenge to the plan rules for it (docs/matching.md, "court
rulings"): "court rejects traders' challenge to the toll", "le tribunal rejette le
recours", 地裁は申し立てを却下 are a step toward the plan (updates), not its stop; for a
decision claim whose decider is the court, the ruling itself. A court refusing to halt
the claim's own event is a step too. Subjects are invented; verdicts follow
../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

TOLL = claim(
    "brenna-toll-start", "Brenna's city-centre toll will come into force on 4 January 2027.",
    [group("toll", en=["Brenna toll", "city-centre toll"], fr=["péage de Brenna"],
           ja=["ブレンナ市の通行料"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 1, 31),
)
RESTART = claim(
    "kessel-restart", "The Kessel reactor will restart by June 2027.",
    [group("reactor", en=["Kessel reactor", "Kessel"], fr=["réacteur de Kessel"],
           ja=["ケッセル原発"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
)
RULING = claim(
    "orvane-court-ruling", "The Orvane administrative court will rule on the quarry permit "
    "by March 2027.",
    [group("court", en=["Orvane administrative court"], fr=["tribunal administratif d'Orvane"],
           ja=["オルバン行政裁判所"]),
     group("quarry", en=["quarry"], fr=["carrière"], ja=["採石場"])],
    kind=ClaimKind.DECISION, expected_by=date(2027, 3, 31),
)
PERMIT_VOTE = claim(
    "orvane-permit-vote", "Orvane's council will vote the quarry permit by June 2026.",
    [group("permit", en=["quarry permit"], fr=["permis de la carrière"]),
     group("council", en=["Orvane council", "council"], fr=["conseil d'Orvane"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)
_MATCHER = Matcher([TOLL, RESTART, RULING, PERMIT_VOTE])


@pytest.mark.parametrize(("claim_id", "title", "language", "expected"), [
    ("brenna-toll-start", "Court rejects traders' challenge to Brenna toll", "en", "updates"),
    ("brenna-toll-start", "Péage de Brenna : le tribunal rejette le recours des commerçants",
     "fr", "updates"),
    ("brenna-toll-start", "ブレンナ市の通行料、地裁は商店主の申し立てを却下", "ja", "updates"),
    # a court named 法院 (a foreign high court) or a judge (判事) is a court too
    ("brenna-toll-start", "ブレンナ市の通行料、高等法院が商店主の訴え退ける", "ja", "updates"),
    ("brenna-toll-start", "ブレンナ市の通行料、判事が商店主の申し立てを却下", "ja", "updates"),
    ("kessel-restart", "Court rejects residents' bid to halt Kessel reactor restart", "en",
     "updates"),
    # the court is the claim's decider: its ruling is the decision
    ("orvane-court-ruling", "Orvane administrative court rejects the challenge to the quarry "
     "permit", "en", "confirms"),
    ("orvane-court-ruling", "Orvane administrative court upholds the quarry permit", "en",
     "confirms"),
    # guards: a court that stops the plan itself still stops it; a rejection that is no
    # court's stays a stop
    ("brenna-toll-start", "Court strikes down Brenna toll", "en", "contradicts"),
    ("brenna-toll-start", "Council rejects Brenna toll", "en", "contradicts"),
    # a stop that the court will not make: a ruling for the plan (a step); a council's
    # refusal to scrap is no ruling
    ("brenna-toll-start", "Judge refuses to block Brenna toll", "en", "updates"),
    ("brenna-toll-start", "Péage de Brenna : le tribunal refuse de suspendre le péage",
     "fr", "updates"),
    ("brenna-toll-start", "Council refuses to scrap Brenna toll", "en", "mentions"),
])
def test_a_court_stopping_a_challenge_rules_for_the_plan(claim_id: str, title: str,
                                                        language: str, expected: str) -> None:
    item = entry(title, "", "2026-11-10", language)
    assert verdict_for(_MATCHER, item, claim_id) == expected


def test_a_court_that_decides_another_claim_does_not_decide_this_one() -> None:
    """A court upholding the council's permit rules on it: the court is the ruling
    claim's decider (its term), not the council vote's."""
    item = entry("Orvane administrative court upholds council's quarry permit", "",
                 "2026-11-10", "en")
    assert verdict_for(_MATCHER, item, "orvane-court-ruling") == "confirms"
    assert verdict_for(_MATCHER, item, "orvane-permit-vote") != "confirms"


@pytest.mark.parametrize(("title", "language", "expected"), [
    # two stops joined by "and" act on one object together: a challenge filed, no stop
    # of a stop (claim writer of round 64; stopped.stop_of_a_stop)
    ("Residents ask court to suspend and annul Brenna toll", "en", "updates"),
    ("Péage de Brenna : le tribunal est saisi pour suspendre et annuler le péage", "fr",
     "updates"),
    # guard: a stop of a stop still lets the plan go on
    ("Court rejects residents' bid to halt Brenna toll", "en", "updates"),
], ids=["suspend-and-annul", "suspendre-et-annuler", "guard-bid-to-halt"])
def test_coordinated_stops_are_no_stop_of_a_stop(title: str, language: str,
                                                 expected: str) -> None:
    item = entry(title, "", "2026-06-01", language)
    assert verdict_for(_MATCHER, item, "brenna-toll-start") == expected


@pytest.mark.parametrize(("title", "language", "expected"), [
    # in the passive the challenge comes first and the participle stops it
    ("Le recours des commerçants contre le péage de Brenna rejeté par le tribunal", "fr",
     "updates"),
    ("Traders' appeal against Brenna toll dismissed by court", "en", "updates"),
    # guard: a challenge filed is no ruling; the court's own stop still stops
    ("Les commerçants déposent un recours contre le péage de Brenna", "fr", "updates"),
    ("Brenna toll annulled by court after traders' appeal", "en", "contradicts"),
], ids=["fr-recours-rejete", "en-appeal-dismissed", "fr-recours-depose", "en-toll-annulled"])
def test_a_challenge_stopped_in_the_passive_is_a_ruling_for_the_plan(
        title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2026-11-10", language)
    assert verdict_for(_MATCHER, item, "brenna-toll-start") == expected


# The claim's own cues hold the stop words: the ruling may halt the toll or not (both
# confirm the ruling); for the start, a halt contradicts (claim writer of round 102).
TOLL_WITH_HALT = claim(
    "selva-toll-start", "Selva's bridge toll will come into force on 4 January 2027.",
    [group("toll", en=["Selva toll", "bridge toll"], fr=["péage de Selva"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 1, 31),
    cues={Verdict.CONTRADICTS: {"en": ("halt … toll", "block … toll"),
                                "fr": ("suspendre … péage",)}},
)
HALT_RULING = claim(
    "selva-injunction-ruling", "A judge will rule by December 2026 on the hauliers' request "
    "to halt Selva's bridge toll (granting or denying it both count).",
    [group("toll", en=["Selva toll", "bridge toll"], fr=["péage de Selva"]),
     group("court", en=["court", "judge"], fr=["tribunal", "juge"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 12, 31),
    cues={Verdict.CONFIRMS: {"en": ("halt … toll", "block … toll", "deny … request"),
                             "fr": ("suspendre … péage",)}},
)
# one claim per matcher: with both, the ruling's news is the start's background
_OWN_HALT = {c.id: Matcher([c]) for c in (TOLL_WITH_HALT, HALT_RULING)}


@pytest.mark.parametrize(("claim_id", "title", "language", "expected"), [
    # a court that won't halt: a ruling for the start, no halt ruled out, and no
    # contradiction of the ruling it made
    ("selva-toll-start", "Appeals court won't halt Selva toll on eve of its start", "en",
     "updates"),
    ("selva-injunction-ruling", "Court won't halt Selva toll", "en", "confirms"),
    ("selva-injunction-ruling", "Péage de Selva : le tribunal ne va pas suspendre le péage",
     "fr", "confirms"),
    # guards: the court halting it contradicts the start and confirms the ruling
    ("selva-toll-start", "Court halts Selva toll on eve of its start", "en", "contradicts"),
    ("selva-injunction-ruling", "Court halts Selva toll", "en", "confirms"),
])
def test_a_court_that_will_not_make_a_claims_own_stop_rules(claim_id: str, title: str,
                                                            language: str,
                                                            expected: str) -> None:
    item = entry(title, "", "2026-12-20", language)
    assert verdict_for(_OWN_HALT[claim_id], item, claim_id) == expected
