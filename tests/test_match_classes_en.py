"""Issue 10's ten failure classes of the matcher, on English news about invented
subjects (tests/helpers/invented.py). Each class has positive cases and near misses;
the expected verdicts follow ../shared/labelling.md (rule numbers in the ids), not
the matcher's output. ``None`` means no finding (the entry is not about the claim)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from helpers.invented import (
    BRIDGE,
    DEPOT,
    DRONE_CENTRE,
    PACT,
    PLANT,
    TALKS,
    TRAM,
    check_verdict,
    claim,
    group,
)

from tracker.models import Claim, ClaimKind, GroupRole

LANGUAGE = "en"
FIELDS = ("claim_id", "expected", "title", "summary", "day")
def check(claims: Sequence[Claim], claim_id: str, expected: str | None, title: str,
          summary: str, day: str) -> None:
    check_verdict(claims, claim_id, expected, title, summary, day, LANGUAGE)


CLASS_1 = [  # required actors given by implication (capitals), not by name
    pytest.param("drone-centre", "confirms", "Tokyo and Washington open joint coastal drone centre",
                 "The centre at Kurosaki began operating on Monday with staff from both countries.",
                 "2026-05-18", id="capitals-imply-both-actors"),
    pytest.param("drone-centre", "confirms", "Japan and the U.S. open joint coastal drone centre",
                 "The centre at Kurosaki began operating on Monday.",
                 "2026-05-18", id="names-of-both-actors"),
    pytest.param("drone-centre", None, "South Korea and the U.S. open joint coastal drone centre",
                 "The centre near Pohang began operating on Monday.",
                 "2026-05-18", id="near-miss-other-partner-rule10"),
    pytest.param("drone-centre", None, "Seoul and Washington open joint coastal drone centre",
                 "The centre near Pohang began operating on Monday.",
                 "2026-05-18", id="near-miss-other-capital-rule10"),
]


@pytest.mark.parametrize(FIELDS, CLASS_1)
def test_class_01_implied_actors(claim_id: str, expected: str | None, title: str,
                                 summary: str, day: str) -> None:
    check([DRONE_CENTRE], claim_id, expected, title, summary, day)


CLASS_2 = [  # irregular forms are lemmas of the lexicon's words; multi-word terms
    pytest.param("arvelia-borsk-talks", "confirms",
                 "Arvelian and Borskian fisheries ministers held first talks in Velmora",
                 "The two ministers discussed catch quotas for the northern fishing grounds.",
                 "2026-04-21", id="held-is-hold"),
    pytest.param("arvelia-borsk-talks", "confirms",
                 "Fisheries ministers of Arvelia and Borsk met in Velmora for first talks",
                 "The two ministers discussed catch quotas for the northern fishing grounds.",
                 "2026-04-21", id="met-is-meet"),
    pytest.param("corvane-plant", "confirms", "Corvane began production at Talbrek battery plant",
                 "The first battery packs left the line on Monday.",
                 "2026-06-09", id="began-is-begin"),
    pytest.param("corvane-plant", "updates", "Corvane's Talbrek battery plant given the "
                 "go-ahead by regulators", "", "2026-03-10", id="given-is-give-rule6"),
    pytest.param("corvane-plant", None,
                 "Corvane opens Talbrek sales office next to Halden's battery plant",
                 "The office will sell Corvane cars to customers in the region.",
                 "2026-06-09", id="near-miss-words-of-a-term-apart-rule10"),
    pytest.param("arvelia-borsk-talks", "mentions",
                 "Arvelian and Borskian fisheries ministers to meet next month",
                 "The talks will be the first between the two governments on fishing quotas.",
                 "2026-03-10", id="near-miss-preview-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_2)
def test_class_02_lemmas_and_multiword_terms(claim_id: str, expected: str | None, title: str,
                                             summary: str, day: str) -> None:
    check([TALKS, PLANT], claim_id, expected, title, summary, day)


CLASS_3 = [  # event verbs by class: enter service, derail, speed up, turn into, agree
    pytest.param("velmora-tram", "confirms", "Velmora's Line 4 tram enters service",
                 "Trams began carrying passengers between the station and the port on Monday.",
                 "2026-06-15", id="enter-service-occurred"),
    pytest.param("velmora-tram", "contradicts", "Court ruling derails Velmora's Line 4 tram",
                 "A regional court revoked the line's building permit on Tuesday, "
                 "halting the project.",
                 "2026-05-12", id="derail-cancel-rule7"),
    pytest.param("velmora-tram", "updates", "Velmora speeds up work on Line 4 tram",
                 "The city added night shifts on the building sites along the route.",
                 "2026-04-14", id="speed-up-progress-rule6"),
    pytest.param("kessling-depot", "confirms",
                 "Velmora council agrees to turn Kessling bus depot into housing",
                 "The vote clears the way for 300 flats on the site.",
                 "2026-04-14", id="agree-turn-into-decision-rule4"),
    pytest.param("velmora-tram", "mentions", "Velmora's Line 4 tram to enter service in September",
                 "The city said testing was going well.",
                 "2026-05-12", id="near-miss-preview-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_3)
def test_class_03_event_verbs(claim_id: str, expected: str | None, title: str,
                              summary: str, day: str) -> None:
    check([TRAM, DEPOT], claim_id, expected, title, summary, day)


CLASS_4 = [  # a decision claim is confirmed by the decision; an event claim is not
    pytest.param("kessling-depot", "confirms",
                 "Kessling bus depot will become housing, Velmora council says",
                 "Councillors voted on Tuesday to build 300 flats on the site.",
                 "2026-04-15", id="decision-will-become-rule4"),
    pytest.param("kessling-depot", "confirms", "Velmora to convert Kessling bus depot into housing",
                 "The city council approved the plan by 31 votes to 12.",
                 "2026-04-15", id="decision-to-convert-rule4"),
    pytest.param("velmora-tram", "mentions",
                 "Velmora's Line 4 tram will open in September, mayor says",
                 "The mayor told reporters that testing was going well.",
                 "2026-05-12", id="near-miss-event-will-open-rule2"),
    pytest.param("kessling-depot", "mentions",
                 "Velmora council to vote on Kessling bus depot's future next month",
                 "Residents have asked for a park on the site.",
                 "2026-03-03", id="near-miss-decision-preview-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_4)
def test_class_04_claim_kinds(claim_id: str, expected: str | None, title: str,
                              summary: str, day: str) -> None:
    check([TRAM, DEPOT], claim_id, expected, title, summary, day)


CLASS_5 = [  # modifiers stay in their clause; "as planned" is not a future marker
    pytest.param("velmora-tram", "confirms", "Velmora's Line 4 tram opens as planned",
                 "The first trams carried passengers across the city on Monday.",
                 "2026-06-15", id="as-planned-rule4"),
    pytest.param("velmora-tram", "confirms", "Velmora's Line 4 tram opens on schedule",
                 "Crowds filled the platforms on Monday morning.",
                 "2026-06-15", id="verb-on-schedule-is-done-rule4"),
    pytest.param("velmora-tram", "mentions", "Velmora's Line 4 tram opening on schedule",
                 "Crowds are expected on the platforms next month.",
                 "2026-05-15", id="near-miss-noun-on-schedule-is-the-plan-rule2"),
    pytest.param("velmora-tram", "confirms",
                 "Velmora's Line 4 tram, delayed last year by a strike, opens to passengers",
                 "The first trams carried passengers across the city on Monday.",
                 "2026-06-15", id="back-reference-in-other-clause"),
    pytest.param("velmora-tram", "mentions",
                 "Velmora's Line 4 tram carries 200,000 passengers in first month",
                 "The line, which opened last month, runs every six minutes.",
                 "2026-07-20", id="near-miss-background-rule3"),
]


@pytest.mark.parametrize(FIELDS, CLASS_5)
def test_class_05_clause_scope(claim_id: str, expected: str | None, title: str,
                               summary: str, day: str) -> None:
    check([TRAM], claim_id, expected, title, summary, day)


ROUNDUP = "Velmora transport works: where things stand"
CLASS_6 = [  # one sentence, two subjects: each cue goes to its own subject (rule 11)
    pytest.param("velmora-tram", "confirms", ROUNDUP,
                 "Velmora's Line 4 tram opened to passengers on Monday, while the reopening "
                 "of the Harbour Bridge was delayed until March 2027.",
                 "2026-06-16", id="tram-opened-bridge-delayed:tram"),
    pytest.param("velmora-bridge", "updates", ROUNDUP,
                 "Velmora's Line 4 tram opened to passengers on Monday, while the reopening "
                 "of the Harbour Bridge was delayed until March 2027.",
                 "2026-06-16", id="tram-opened-bridge-delayed:bridge"),
    pytest.param("velmora-bridge", "confirms", ROUNDUP,
                 "Velmora's Harbour Bridge reopened to traffic on Monday, while the Line 4 "
                 "tram is due to open in September.",
                 "2026-06-16", id="bridge-reopened-tram-due:bridge"),
    pytest.param("velmora-tram", "mentions", ROUNDUP,
                 "Velmora's Harbour Bridge reopened to traffic on Monday, while the Line 4 "
                 "tram is due to open in September.",
                 "2026-06-16", id="near-miss-bridge-reopened-tram-due:tram-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_6)
def test_class_06_cue_to_its_own_subject(claim_id: str, expected: str | None, title: str,
                                         summary: str, day: str) -> None:
    check([TRAM, BRIDGE], claim_id, expected, title, summary, day)


CLASS_7 = [  # a step before the event is not the event (rule 6)
    pytest.param("velmora-tram", "updates", "Velmora appoints operator for Line 4 tram",
                 "The city awarded a ten-year contract to run the line to Tramco on Tuesday.",
                 "2026-03-17", id="appointment-rule6"),
    pytest.param("velmora-tram", "updates", "Test runs begin on Velmora's Line 4 tram",
                 "Empty trams will run along the route for eight weeks before passengers "
                 "are allowed on board.",
                 "2026-04-07", id="test-runs-rule6"),
    pytest.param("velmora-tram", "mentions", "Velmora to appoint Line 4 tram operator next month",
                 "Three companies have bid to run the line.",
                 "2026-02-10", id="near-miss-step-to-come-rule2"),
]


@pytest.mark.parametrize(FIELDS, CLASS_7)
def test_class_07_steps_are_not_the_event(claim_id: str, expected: str | None, title: str,
                                          summary: str, day: str) -> None:
    check([TRAM], claim_id, expected, title, summary, day)


CLASS_8 = [  # nouns are not verbs; opinion pieces are not news
    pytest.param("arvelia-borsk-pact", "confirms", "Arvelia and Borsk sign fisheries agreement",
                 "The deal sets catch quotas for the northern fishing grounds for five years.",
                 "2026-05-05", id="signed-rule4"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "Borskian trawler crews wave signs of sup"
                 "port for fisheries agreement with Arvelia",
                 "Hundreds of crew members gathered in the harbour of Velmora.",
                 "2026-04-28", id="near-miss-signs-of-noun"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "Arvelia and Borsk fishermen carry 40 new signs against fisheries agreement",
                 "",
                 "2026-04-28", id="near-miss-counted-signs-noun"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "Arvelia and Borsk fisheries agreement brings 40 new blue signs to harbour",
                 "", "2026-04-28", id="near-miss-two-words-after-the-figure"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "Arvelia and Borsk fisheries agreement brings 3 200 signs to harbour", "",
                 "2026-04-28", id="near-miss-figure-before-signs"),
    pytest.param("arvelia-borsk-pact", "confirms",  # a comma ends the figure's phrase
                 "Quotas cut by 2,000, Arvelia signs fisheries agreement with Borsk", "",
                 "2026-05-05", id="signs-after-a-figure-and-a-comma"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "Opinion: Arvelia should not sign the fisheries agreement with Borsk",
                 "The quotas would ruin the northern fleet.",
                 "2026-04-28", id="near-miss-opinion-piece-rule8"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "Analysis: why Arvelia signed the fisheries agreement with Borsk",
                 "The quotas favour the southern fleet.",
                 "2026-05-12", id="analysis-piece-rule8"),
    pytest.param("arvelia-borsk-pact", "mentions",
                 "Comment: Arvelia's fisheries agreement with Borsk is delayed again",
                 "The quotas should have been settled in spring.",
                 "2026-04-28", id="comment-piece-rule8"),
]


@pytest.mark.parametrize(FIELDS, CLASS_8)
def test_class_08_nouns_and_opinion(claim_id: str, expected: str | None, title: str,
                                    summary: str, day: str) -> None:
    check([PACT], claim_id, expected, title, summary, day)


def test_class_08_no_truth_to_reports_is_a_denial() -> None:
    check([DEPOT], "kessling-depot", "mentions",
          "Velmora says there is no truth to reports it will scrap the Kessling depot "
          "conversion", "", "2026-04-28")


def test_class_08_said_to_be_is_an_unconfirmed_report() -> None:
    check([DEPOT], "kessling-depot", "mentions",
          "Velmora said to be finalising approval of the Kessling depot conversion", "",
          "2026-04-28")


def test_class_08_a_verb_right_after_its_subject_is_no_noun() -> None:
    """"Meets for" after the name that meets is the verb, not a plural noun "meets"."""
    check([TALKS], "arvelia-borsk-talks", "confirms",
          "Borskian fisheries minister meets for first talks with Arvelian counterpart",
          "The two ministers discussed catch quotas in Velmora.", "2026-04-21")


CLASS_9 = [  # a claim term in the wrong role (a customer list) is another subject
    pytest.param("corvane-plant", "confirms", "Corvane starts production at Talbrek battery plant",
                 "The first battery packs left the line on Monday.",
                 "2026-06-09", id="own-plant-rule4"),
    pytest.param("corvane-plant", None, "Halden Cells opens battery plant in Talbrek",
                 "The plant will supply battery cells to carmakers including Corvane, "
                 "Ostra and Vinmark.",
                 "2026-06-09", id="near-miss-customer-list-rule10"),
    pytest.param("corvane-plant", "confirms", "Corvane's Talbrek battery plant begins production",
                 "The plant will supply packs for the company's two electric models.",
                 "2026-06-09", id="own-plant-possessive-rule4"),
    pytest.param("corvane-plant", None, "Halden's Talbrek plant wins battery orders from Corvane "
                 "and Ostra",
                 "The orders will keep the plant's three lines busy until 2028.",
                 "2026-06-09", id="near-miss-customer-of-another-plant-rule10"),
]


@pytest.mark.parametrize(FIELDS, CLASS_9)
def test_class_09_terms_in_the_wrong_role(claim_id: str, expected: str | None, title: str,
                                          summary: str, day: str) -> None:
    check([PLANT], claim_id, expected, title, summary, day)


CLASS_10 = [  # a late completion confirms; delays on the way update (rule 4)
    pytest.param("velmora-tram", "confirms", "Velmora's Line 4 tram opens, three months late",
                 "The first trams carried passengers between the station and the port on Monday.",
                 "2026-12-07", id="late-opening-rule4"),
    pytest.param("arvelia-borsk-talks", "confirms", "Arvelia and Borsk hold first fisheries talks",
                 "The ministers met in Velmora after months of disputes over the agenda.",
                 "2026-11-16", id="late-first-meeting-rule4"),
    pytest.param("velmora-tram", "updates",
                 "Velmora's Line 4 tram opening delayed again until March 2027",
                 "The city blamed a shortage of drivers.",
                 "2026-11-20", id="near-miss-late-delay-rule4"),
    pytest.param("arvelia-borsk-talks", "updates",
                 "Arvelia and Borsk hold second round of fisheries talks",
                 "The ministers met in Velmora two months after their first meeting.",
                 "2026-06-22", id="near-miss-second-round-rule5"),
]


@pytest.mark.parametrize(FIELDS, CLASS_10)
def test_class_10_late_completion(claim_id: str, expected: str | None, title: str,
                                  summary: str, day: str) -> None:
    check([TRAM, TALKS], claim_id, expected, title, summary, day)


def test_class_10_first_in_the_claims_own_term_keeps_the_first_round() -> None:
    """A claim that names its meeting "first session" awaits that one: reported late,
    it confirms (rule 4), though "first" inside a claim's term is no modifier."""
    session = claim("velmora-council-session", "The Velmora harbour council will hold its "
                    "first session in spring 2026.",
                    [group("council", en=["Velmora harbour council"],
                           fr=["conseil du port de Velmora"]),
                     group("session", en=["first session"], fr=["première session"])],
                    kind=ClaimKind.MEETING, expected_from=date(2026, 3, 1),
                    expected_by=date(2026, 5, 31))
    check([session], "velmora-council-session", "confirms",
          "Velmora harbour council holds its first session at last",
          "Members met in the port's old customs house.", "2026-11-16")


def test_class_08_a_verb_after_any_term_of_the_claim_is_no_noun() -> None:
    """"signs of", "meets for": a plural noun before "of" or "for", except right after a
    name, whose verb it is; the name may be a term of an optional group ("council",
    beside the subject "school bus")."""
    council = claim("arvelia-bus-council", "Arvelia's school bus council will hold its first "
                    "meeting in July 2026.",
                    [group("bus", en=["school bus"]), group("place", en=["Arvelia"]),
                     group("council", GroupRole.OPTIONAL, en=["council"])],
                    kind=ClaimKind.MEETING, expected_from=date(2026, 7, 1),
                    expected_by=date(2026, 7, 31))
    check([council], "arvelia-bus-council", "confirms",
          "Arvelia school bus council meets for the first time", "", "2026-07-20")
    # guard: a plural noun before "for" is still none ("talks for")
    check([council], "arvelia-bus-council", "mentions",
          "Arvelia school bus plans for July council outlined", "", "2026-07-20")


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "Arvelia inks fisheries agreement with Borsk"),
    # guard: ink the noun signs nothing
    ("mentions", "Arvelia-Borsk fisheries agreement talks run out of ink and patience"),
])
def test_class_03_inks_a_deal_is_signed(expected: str, title: str) -> None:
    """Headline English "inks … deal/contract/agreement/pact" is "signs"."""
    check([PACT], "arvelia-borsk-pact", expected, title,
          "The deal sets catch quotas for the northern fishing grounds.", "2026-05-05")
