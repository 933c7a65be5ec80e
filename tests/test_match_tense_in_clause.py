"""Tense read from the clause's verb, and times that are not rounds (invented subjects).

- An event noun takes the tense of a future verb later in its clause: "the first
  meeting … will be held", "la première rencontre … se tiendra" preview (rule 2).
- French future stems of irregular verbs (tiendra, viendront, devra, pourra, aura lieu)
  are futures.
- "next week", "la semaine prochaine", "the second half of April" are times, not a
  later round of a meeting (rule 5 is for later rounds only).
"""

from __future__ import annotations

import pytest
from helpers.invented import PACT, TALKS, TRAM, check_verdict

CASES = [
    ("arvelia-borsk-talks", "mentions", "en", "2026-04-10",
     "The first meeting of the Arvelian and Borskian fisheries ministers will be held in Velmora"),
    ("arvelia-borsk-talks", "mentions", "fr", "2026-04-10",
     "La première rencontre des ministres de la Pêche de l'Arvélie et de Borsk se tiendra à "
     "Velmora"),
    ("arvelia-borsk-talks", "mentions", "fr", "2026-04-10",
     "Les ministres de la Pêche de l'Arvélie et de Borsk tiendront leur première réunion en mai"),
    ("arvelia-borsk-talks", "confirms", "en", "2026-04-18",
     "The first meeting of the Arvelian and Borskian fisheries ministers was held in Velmora"),
    ("arvelia-borsk-talks", "confirms", "fr", "2026-04-18",
     "Les ministres de la Pêche de l'Arvélie et de Borsk ont tenu leur première réunion"),
    ("arvelia-borsk-talks", "mentions", "fr", "2026-04-10",
     "Les ministres de la Pêche de l'Arvélie et de Borsk se rencontreront la semaine prochaine"),
    ("arvelia-borsk-talks", "mentions", "en", "2026-04-10",
     "Arvelian and Borskian fisheries ministers to meet in the second half of April"),
    ("arvelia-borsk-talks", "updates", "en", "2026-05-20",
     "Arvelian and Borskian fisheries ministers meet for a second time"),
    ("arvelia-borsk-talks", "updates", "fr", "2026-05-20",
     "Les ministres de la Pêche de l'Arvélie et de Borsk se réunissent pour la deuxième fois"),
    ("velmora-tram", "mentions", "fr", "2026-05-15",
     "Velmora : la ligne 4 du tramway devra ouvrir en septembre"),
]


@pytest.mark.parametrize(("claim_id", "expected", "language", "day", "title"), CASES,
                         ids=[f"{c[2]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_tense_and_times(claim_id: str, expected: str, language: str, day: str,
                         title: str) -> None:
    check_verdict([TALKS, TRAM], claim_id, expected, title, "", day, language)


@pytest.mark.parametrize(("title", "expected"), [
    ("Velmora : la ligne 4 du tramway n'ouvrira pas avant 2027", "updates"),
    ("Velmora : la ligne 4 du tramway ne sera pas inaugurée en septembre", "updates"),
    ("Velmora : la ligne 4 du tramway a ouvert", "confirms"),
], ids=["n-ouvrira-pas", "ne-sera-pas", "near-miss-a-ouvert"])
def test_french_ne_before_the_verb_negates_it(title: str, expected: str) -> None:
    """French negation stands before the verb ("n'ouvrira pas"): "pas" alone comes after."""
    check_verdict([TRAM], "velmora-tram", expected, title, "", "2026-05-15", "fr")


@pytest.mark.parametrize(("title", "expected", "language"), [
    ("Arvelia and Borsk to sign fisheries agreement next week", "mentions", "en"),
    ("L'Arvélie et Borsk signeront un accord de pêche la semaine prochaine", "mentions", "fr"),
    ("Arvelia and Borsk sign fisheries agreement", "confirms", "en"),
], ids=["to-sign-next-week", "signeront-la-semaine-prochaine", "near-miss-signed"])
def test_a_decision_scheduled_for_a_named_time_ahead_is_a_preview(
        title: str, expected: str, language: str) -> None:
    check_verdict([PACT], "arvelia-borsk-pact", expected, title, "", "2026-05-18", language)


@pytest.mark.parametrize(("claim_id", "title", "expected", "language"), [
    ("velmora-tram", "Velmora's Line 4 tram goes into operation", "confirms", "en"),
    ("velmora-tram", "Velmora's Line 4 tram misses deadline, opening slips", "updates", "en"),
    ("arvelia-borsk-pact", "Arvelia and Borsk clinch fisheries agreement", "confirms", "en"),
    ("velmora-tram", "ベルモラ市、路面電車4号線計画を白紙撤回", "contradicts", "ja"),
    ("arvelia-borsk-pact",
     "Arvelian parliament passes the bill on the fisheries agreement with Borsk",
     "confirms", "en"),
    ("arvelia-borsk-pact",
     "Arvelian parliament passes a resolution on the fisheries agreement with Borsk",
     "confirms", "en"),
    ("arvelia-borsk-pact",
     "Arvelian parliament passes the ordinance on the fisheries agreement with Borsk",
     "confirms", "en"),
], ids=["go-into-operation", "miss-deadline", "clinch", "hakushi-tekkai", "pass-the-bill",
        "pass-a-resolution", "pass-an-ordinance"])
def test_general_event_phrases(claim_id: str, title: str, expected: str, language: str) -> None:
    """General phrases of the event classes; 白紙撤回 is one word (scrap entirely), not a
    withdrawal (撤回) of a scrapping (白紙)."""
    check_verdict([PACT, TRAM], claim_id, expected, title, "", "2026-06-15", language)


@pytest.mark.parametrize(("title", "expected", "language"), [
    ("L'Arvélie et Borsk concluent un accord de pêche", "confirms", "fr"),
    ("Accord de pêche : l'Arvélie et Borsk parviennent à un compromis", "confirms", "fr"),
    ("Accord de pêche entre l'Arvélie et Borsk : les négociations patinent", "updates", "fr"),
    ("Arvelia and Borsk reach a deal on fisheries agreement", "confirms", "en"),
], ids=["conclure-un-accord", "parvenir-a-un-compromis", "patiner", "reach-a-deal"])
def test_agreements_reached_and_stalled(title: str, expected: str, language: str) -> None:
    """"Conclure un accord" is the agreement reached (decided), not a step; talks that
    stall (patinent) are a delay."""
    check_verdict([PACT], "arvelia-borsk-pact", expected, title, "", "2026-05-18", language)


@pytest.mark.parametrize(("title", "day", "expected"), [
    ("Velmora's Line 4 tram officially opens on Monday", "2026-06-12", "mentions"),
    ("Velmora's Line 4 tram officially opened on Monday", "2026-06-16", "confirms"),
    ("Velmora's Line 4 tram is up and running", "2026-06-16", "confirms"),
], ids=["officially-opens-monday", "officially-opened", "up-and-running"])
def test_a_present_verb_anywhere_in_the_cue_with_a_day_ahead_previews(
        title: str, day: str, expected: str) -> None:
    """The present tense is read on any word of a several-word cue ("officially opens")."""
    check_verdict([TRAM], "velmora-tram", expected, title, "", day, "en")


def test_agreeing_to_meet_again_is_a_later_round() -> None:
    """A decision about a meeting counts as the meeting held (the parties agreed at it),
    but agreeing to meet *again* is a later round (rule 5): an update."""
    check_verdict([TALKS], "arvelia-borsk-talks", "updates",
                  "After first talks, Arvelia and Borsk fisheries ministers agree to meet again",
                  "", "2026-04-25", "en")
    check_verdict([TALKS], "arvelia-borsk-talks", "confirms",
                  "Arvelia and Borsk fisheries ministers agree on quotas at their first talks",
                  "", "2026-04-25", "en")


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Velmora's Line 4 tram: what we know about the September opening", "en", "mentions"),
    ("Ligne 4 du tramway de Velmora : ce qui va changer à l'ouverture", "fr", "mentions"),
    ("Velmora's Line 4 tram: the June opening drew 40,000 riders", "en", "confirms"),
], ids=["the-september-opening", "va-changer-a-l-ouverture", "near-miss-past-month"])
def test_an_event_noun_in_a_future_clause_or_dated_ahead_previews(
        title: str, language: str, expected: str) -> None:
    day = "2026-02-20" if expected == "mentions" else "2026-06-20"
    check_verdict([TRAM], "velmora-tram", expected, title, "", day, language)


@pytest.mark.parametrize(("claim_id", "title", "expected", "language"), [
    ("arvelia-borsk-pact", "Borsk walks away from fisheries agreement with Arvelia",
     "contradicts", "en"),
    ("velmora-tram", "ベルモラ市の路面電車4号線、開業の見通し立たず", "updates", "ja"),
    ("velmora-tram", "ベルモラ市の路面電車4号線、開業のめどが立たない", "updates", "ja"),
], ids=["walks-away-from", "mitooshi-tatazu", "medo-ga-tatanai"])
def test_walking_away_stops_and_no_date_in_sight_is_a_delay(
        claim_id: str, title: str, expected: str, language: str) -> None:
    check_verdict([PACT, TRAM], claim_id, expected, title, "", "2026-05-15", language)


@pytest.mark.parametrize(("title", "day", "expected"), [
    # 2026-04-14 is a Tuesday: "jeudi" is two days ahead
    ("Les ministres de la Pêche de l'Arvélie et de Borsk se retrouvent jeudi à Velmora",
     "2026-04-14", "mentions"),
    ("Les ministres de la Pêche de l'Arvélie et de Borsk se réunissent jeudi", "2026-04-14",
     "mentions"),
    # near misses: the past, with its auxiliary, and no weekday at all
    ("Les ministres de la Pêche de l'Arvélie et de Borsk se sont réunis jeudi", "2026-04-17",
     "confirms"),
    ("Les ministres de la Pêche de l'Arvélie et de Borsk se réunissent à Velmora",
     "2026-04-17", "confirms"),
], ids=["se-retrouvent-jeudi", "se-reunissent-jeudi", "se-sont-reunis", "no-weekday"])
def test_french_present_with_a_weekday_is_a_preview(title: str, day: str,
                                                     expected: str) -> None:
    """"se réunissent jeudi": a French present verb with a weekday tells of the day ahead,
    as "meet Thursday" does in English (rule 2); the past's auxiliary does not."""
    check_verdict([TALKS], "arvelia-borsk-talks", expected, title, "", day, "fr")


@pytest.mark.parametrize(("title", "day", "expected"), [
    # a month ahead, not last March: past the claim's deadline, a delay
    ("Opening of Velmora's Line 4 tram will be in March", "2026-05-15", "updates"),
    ("Launch of Velmora's Line 4 tram will draw crowds", "2026-09-10", "mentions"),
    # guard: a past verb between the noun and "will" is the noun's own verb
    ("Velmora Line 4 tram opened in March and will add trams in June", "2026-05-15",
     "mentions"),
])
def test_a_headline_noun_before_will_takes_its_future(title: str, day: str,
                                                      expected: str) -> None:
    """"Opening of the line will be in March": headlines drop the determiner that told
    the event noun from a verb, so the noun read as done, and "in March" as last March
    (context). The noun is the future verb's subject (round twenty-seven)."""
    check_verdict([TRAM], "velmora-tram", expected, title, "", day, "en")
