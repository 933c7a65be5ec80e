"""Legal verbs that undo a decision ("overturn", "void", "revoke", invalider, 無効) are
stops (labelling rule 7): done, they contradict; asked of a court, they are a threat
and update. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

DEPOT = group("depot", en=["Ostrava bus depot"], fr=["dépôt de bus d'Ostrava"],
              ja=["オストラバのバス車庫"])
LICENCE = claim(
    "depot-licence", "The regional council will license the Ostrava bus depot by June 2026.",
    [DEPOT,
     group("licence", en=["licence", "permit"], fr=["permis", "autorisation"],
           ja=["許可"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)
_MATCHER = Matcher([LICENCE])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Court overturns Ostrava bus depot permit", "en", "contradicts"),
    ("Council revokes Ostrava bus depot licence", "en", "contradicts"),
    ("Residents ask court to void Ostrava bus depot permit", "en", "updates"),
    # "appeal" in a court's name is no hedge: the appeals court decided
    ("Appeals court quashes Ostrava bus depot permit", "en", "contradicts"),
    ("Residents appeal against Ostrava bus depot permit", "en", "updates"),
    ("Le tribunal invalide le permis du dépôt de bus d'Ostrava", "fr", "contradicts"),
    ("オストラバのバス車庫の許可を無効とする判決", "ja", "contradicts"),
])
def test_legal_stops(title: str, language: str, expected: str) -> None:
    item = entry(title, "", "2026-04-02", language)
    assert verdict_for(_MATCHER, item, "depot-licence") == expected


@pytest.mark.parametrize(("title", "language"), [
    ("Residents lodge judicial review against Ostrava bus depot permit", "en"),
    ("Traders mount legal challenge to Ostrava bus depot permit", "en"),
    ("Les riverains saisissent le tribunal contre le permis du dépôt de bus d'Ostrava", "fr"),
    ("オストラバのバス車庫の許可、住民が控訴", "ja"),
    ("Residents go to court over Ostrava bus depot permit", "en"),
    ("Twelve residents filed a suit against the Ostrava bus depot permit", "en"),
    ("Des riverains vont en justice contre le permis du dépôt de bus d'Ostrava", "fr"),
])
def test_a_legal_challenge_is_a_threat(title: str, language: str) -> None:
    """A judicial review, a legal challenge, a court seized, an appeal (控訴): a
    threat to the plan, news whoever brings it (rule 7), not a third party's view."""
    assert verdict_for(_MATCHER, entry(title, "", "2026-04-02", language),
                       "depot-licence") == "updates"


# Two claims of one project named by the same words: each general word must stand
# by one of its own words, but a legal challenge threatens every claim of it.
OPENING = claim(
    "depot-opening", "The Ostrava bus depot will open in 2027.",
    [group("depot", en=["Ostrava bus depot", "Ostrava depot"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 1, 1), expected_by=date(2027, 12, 31),
    cues={Verdict.CONFIRMS: {"en": ("open",)}},
)
DEPOT_JOBS = claim(
    "depot-jobs", "The Ostrava bus depot will keep its 200 drivers.",
    [group("depot", en=["Ostrava bus depot", "Ostrava depot"])],
    kind=ClaimKind.STATE, cues={Verdict.CONFIRMS: {"en": ("drivers",)}},
)


def test_a_legal_challenge_threatens_every_claim_of_the_project() -> None:
    matcher = Matcher([OPENING, DEPOT_JOBS])
    item = entry("Residents lodge judicial review against Ostrava bus depot", "", "2026-04-02",
                 "en")
    assert verdict_for(matcher, item, "depot-opening") == "updates"
    near = entry("Residents lodge judicial review against Brno bus depot", "", "2026-04-02", "en")
    assert verdict_for(matcher, near, "depot-opening") is None


@pytest.mark.parametrize(("title", "language"), [
    ("Opposition asks court to void Ostrava bus depot permit", "en"),
    ("Opposition party files lawsuit to void Ostrava bus depot permit", "en"),
])
def test_a_court_asked_to_act_is_a_fact_whoever_asks(title: str, language: str) -> None:
    """An opinion word or a third party beside a legal challenge: the challenge is
    still news (rule 7), not someone's view (rule 8)."""
    assert verdict_for(_MATCHER, entry(title, "", "2026-04-02", language),
                       "depot-licence") == "updates"


def test_an_opinion_without_a_court_stays_an_opinion() -> None:
    item = entry("Critics urge council to void Ostrava bus depot permit", "", "2026-04-02", "en")
    assert verdict_for(_MATCHER, item, "depot-licence") == "mentions"


COUNCIL = claim(
    "depot-council", "The Ostrava depot council will hold its first meeting in May 2026.",
    [group("council", en=["Ostrava depot council"], fr=["conseil du dépôt d'Ostrava"],
           ja=["オストラバ車庫協議会"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 5, 1), expected_by=date(2026, 5, 31),
    cues={Verdict.UPDATES: {"en": ("boycott",), "fr": ("boycotter",)}},
)


@pytest.mark.parametrize(("title", "language"), [
    ("Unions will boycott the Ostrava depot council", "en"),
    ("Les syndicats boycotteront le conseil du dépôt d'Ostrava", "fr"),
    ("オストラバ車庫協議会、労組がボイコットへ", "ja"),
])
def test_a_boycott_vowed_is_a_threat(title: str, language: str) -> None:
    """A boycott, even announced for later and even as the claim's own cue, is a
    threat to the meeting: news (rule 7), not a preview."""
    item = entry(title, "", "2026-04-20", language)
    assert verdict_for(Matcher([COUNCIL]), item, "depot-council") == "updates"


@pytest.mark.parametrize(("title", "language"), [
    ("President promulgates Ostrava bus depot permit", "en"),
    ("Le président promulgue le permis du dépôt de bus d'Ostrava", "fr"),
])
def test_promulgation_is_a_decision(title: str, language: str) -> None:
    assert verdict_for(_MATCHER, entry(title, "", "2026-04-02", language),
                       "depot-licence") == "confirms"


@pytest.mark.parametrize(("title", "expected"), [
    # "decline to" refuses: no fall, and what follows it is not done
    ("Council declines to comment on Ostrava bus depot permit", "mentions"),
    ("Council declines to approve Ostrava bus depot permit", "updates"),
    # "push back on a report" rejects the report: no delay
    ("Council pushes back on report it will revoke Ostrava bus depot permit", "mentions"),
])
def test_phrasal_refusals(title: str, expected: str) -> None:
    assert verdict_for(_MATCHER, entry(title, "", "2026-04-02", "en"),
                       "depot-licence") == expected


def test_suspendu_a_means_hanging_on() -> None:
    """« reste suspendu aux arbitrages » : the permit depends on them; nothing is
    suspended."""
    item = entry("Le permis du dépôt de bus d'Ostrava reste suspendu aux arbitrages du conseil",
                 "", "2026-04-02", "fr")
    assert verdict_for(_MATCHER, item, "depot-licence") != "contradicts"
    stopped = entry("Le conseil suspend le permis du dépôt de bus d'Ostrava", "", "2026-04-02",
                    "fr")
    assert verdict_for(_MATCHER, stopped, "depot-licence") == "contradicts"


OPENING = claim(
    "depot-opening", "The Ostrava bus depot will open in June 2026.", [DEPOT],
    kind=ClaimKind.EVENT, expected_from=date(2026, 6, 1), expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("title", "language"), [
    ("High Court upholds Ostrava bus depot permit", "en"),
    ("Appeals court upholds the Ostrava bus depot", "en"),
])
def test_a_court_upholding_the_plan_is_news(title: str, language: str) -> None:
    """A ruling for the plan after a challenge is material news of its status (rule 6),
    not the plan's persistence: only a state claim reads "upholds" as itself."""
    item = entry(title, "", "2026-03-10", language)
    assert verdict_for(Matcher([OPENING]), item, "depot-opening") == "updates"
