"""Steps and schedules for an event claim (labelling rules 2 and 6): building work
starting ("work starts on the depot", "les travaux ont démarré", 工事が始まる) is a step,
not the opening; a date set that is the claim's own month is a preview, another one or
the day fixed is news; a progress noun that an event word governs ("open the
extension") is read with that word. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind

DEPOT = group("depot", en=["Ostrava bus depot"], fr=["dépôt de bus d'Ostrava"],
              ja=["オストラバのバス車庫"])
OPENING = claim(
    "depot-opening", "The Ostrava bus depot will open in June 2026.", [DEPOT],
    kind=ClaimKind.EVENT, expected_from=date(2026, 6, 1), expected_by=date(2026, 6, 30),
)
WORKS = claim(
    "depot-works", "Construction of the Ostrava bus depot will start in January 2026.",
    [DEPOT, group("construction", en=["construction"], fr=["construction"], ja=["建設工事"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 1, 1), expected_by=date(2026, 1, 31),
)


@pytest.mark.parametrize(("title", "language"), [
    ("Work starts on the Ostrava bus depot", "en"),
    ("Construction of the Ostrava bus depot began on Monday", "en"),
    ("Les travaux du dépôt de bus d'Ostrava ont démarré lundi", "fr"),
    ("オストラバのバス車庫、工事が始まる", "ja"),
    # the idiom's passive and its hyphened noun
    ("Ground broken for the Ostrava bus depot", "en"),
    ("Ground-breaking ceremony held for the Ostrava bus depot", "en"),
])
def test_works_starting_is_a_step_toward_the_opening(title: str, language: str) -> None:
    # even in the month the opening was due, work starting is not the opening
    item = entry(title, "", "2026-06-02", language)
    assert verdict_for(Matcher([OPENING]), item, "depot-opening") == "updates"


def test_the_opening_itself_still_confirms() -> None:
    item = entry("Ostrava bus depot opens to its first buses", "", "2026-06-10", "en")
    assert verdict_for(Matcher([OPENING]), item, "depot-opening") == "confirms"


def test_a_claim_about_the_works_takes_their_start_as_its_event() -> None:
    item = entry("Construction of the Ostrava bus depot began on Monday", "", "2026-01-13", "en")
    assert verdict_for(Matcher([WORKS]), item, "depot-works") == "confirms"


@pytest.mark.parametrize(("title", "expected"), [
    # the month set is the claim's own: nothing moved, a preview (rule 2)
    ("City sets June 2026 opening for Ostrava bus depot", "mentions"),
    # another month, or the day fixed, is news (rule 6)
    ("City sets July 2026 opening for Ostrava bus depot", "updates"),
    ("City sets June 14 opening for Ostrava bus depot", "updates"),
])
def test_a_date_set_as_claimed_is_a_preview(title: str, expected: str) -> None:
    item = entry(title, "", "2026-02-10", "en")
    assert verdict_for(Matcher([OPENING]), item, "depot-opening") == expected


TRAM = claim(
    "tram-extension", "The extension of the Ostrava tram line will open in June 2026.",
    [group("line", en=["Ostrava tram line"], fr=["ligne de tram d'Ostrava"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 6, 1), expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("title", "expected"), [
    # "open the extension": the noun is what opens, read with "open" (a plan: a preview)
    ("Operator said on Tuesday it aims to open the 24.6 km extension of its Ostrava tram "
     "line in June", "mentions"),
    # without a determiner it is still progress
    ("Operator presses ahead with the Ostrava tram line extension", "updates"),
])
def test_a_progress_noun_that_an_event_word_governs(title: str, expected: str) -> None:
    item = entry(title, "", "2026-02-10", "en")
    assert verdict_for(Matcher([TRAM]), item, "tram-extension") == expected


@pytest.mark.parametrize(("title", "language"), [
    ("Ostrava bus depot costs jump 20%", "en"),
    ("オストラバのバス車庫、建設費が2割増加", "ja"),
])
def test_a_rise_is_no_step_toward_an_event(title: str, language: str) -> None:
    """A figure going up is news for a target (rule 7), not a step toward an opening."""
    item = entry(title, "", "2026-02-10", language)
    assert verdict_for(Matcher([OPENING]), item, "depot-opening") == "mentions"


def test_at_an_early_stage_reports_no_progress() -> None:
    """"At an early stage" says where the project stands, not that it moved."""
    item = entry("Ostrava bus depot still at an early stage, city says", "", "2026-02-10", "en")
    assert verdict_for(Matcher([OPENING]), item, "depot-opening") == "mentions"


def test_japanese_at_the_time_of_the_event_is_background() -> None:
    """開業時に交付された補助金 ("the subsidy granted at the opening"): the event dates
    something else, as 開業以来 does; it is not reported here."""
    item = entry("オストラバのバス車庫の開業時に交付された補助金、市が返還求める", "", "2026-06-20",
                 "ja")
    assert verdict_for(Matcher([OPENING]), item, "depot-opening") == "mentions"


@pytest.mark.parametrize("title", [
    # the event word's object is something new, not the depot
    "City launched a training course for Ostrava bus depot mechanics",
    # a season still ahead dates the opening after the item: a preview
    "Ostrava bus depot opens this summer, city says",
])
def test_previews_and_other_objects_are_no_news(title: str) -> None:
    item = entry(title, "", "2026-04-14", "en")
    assert verdict_for(Matcher([OPENING]), item, "depot-opening") == "mentions"


def test_a_new_object_that_is_the_claims_thing_is_its_event() -> None:
    """The object runs to the first preposition: "a new Ostrava bus depot" names it."""
    item = entry("City opened a new Ostrava bus depot on Monday", "", "2026-06-09", "en")
    assert verdict_for(Matcher([OPENING]), item, "depot-opening") == "confirms"


@pytest.mark.parametrize(("title", "day", "expected"), [
    # a headline's bare event word with a month still ahead: a preview (rule 2)
    ("オストラバのバス車庫、6月に開業", "2026-02-10", "mentions"),
    ("Ostrava bus depot opens in June, city says", "2026-02-10", "mentions"),
    # with a past ending, or once the month has come, it is the event
    ("オストラバのバス車庫、6月に開業した", "2026-07-20", "confirms"),
    ("Ostrava bus depot opens to its first buses", "2026-06-10", "confirms"),
])
def test_a_month_ahead_previews(title: str, day: str, expected: str) -> None:
    language = "en" if title.isascii() else "ja"
    item = entry(title, "", day, language)
    assert verdict_for(Matcher([OPENING]), item, "depot-opening") == expected


@pytest.mark.parametrize(("title", "language"), [
    ("Ostrava bus depot weathertight as fit-out begins", "en"),
    ("Dépôt de bus d'Ostrava : le bâtiment est hors d'eau", "fr"),
    ("オストラバのバス車庫が上棟", "ja"),
])
def test_the_structure_finished_is_a_phase_of_the_works(title: str, language: str) -> None:
    # the frame of the building done: progress toward the opening (rule 6)
    item = entry(title, "", "2026-03-02", language)
    assert verdict_for(Matcher([OPENING]), item, "depot-opening") == "updates"


CATERING = claim(
    "velmora-catering-award", "Velmora council will award the school catering contract to "
    "the Orla co-op in February 2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"]),
     group("contract", en=["catering contract"], fr=["marché des cantines"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 2, 28),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    # a decision word whose object is something new: an addendum, not the award
    ("Velmora catering contract: council signs an addendum for more organic meat", "en",
     "mentions"),
    ("Marché des cantines : Velmora signe un avenant pour plus de viande bio", "fr",
     "mentions"),
    # guards: the object names the claim's thing
    ("Velmora council signs a catering contract with the Orla co-op", "en", "confirms"),
    ("Marché des cantines : Velmora signe le contrat avec Orla", "fr", "confirms"),
])
def test_a_decision_on_something_new_is_no_news(title: str, language: str,
                                                expected: str) -> None:
    item = entry(title, "", "2026-09-20", language)
    assert verdict_for(Matcher([CATERING]), item, "velmora-catering-award") == expected


@pytest.mark.parametrize(("title", "language", "day", "expected"), [
    # saying yes to the thing decided is deciding it, as « dire oui » already was
    ("Velmora council says yes to catering contract with the Orla co-op", "en",
     "2026-02-12", "confirms"),
    ("Marché des cantines : le conseil de Velmora dit oui à Orla", "fr", "2026-02-12",
     "confirms"),
    # guard: still to come
    ("Velmora council to say yes to catering contract next week", "en", "2026-02-05",
     "mentions"),
])
def test_saying_yes_is_deciding(title: str, language: str, day: str, expected: str) -> None:
    item = entry(title, "", day, language)
    assert verdict_for(Matcher([CATERING]), item, "velmora-catering-award") == expected


MARKET = claim(
    "kessling-market-opening", "Kessling's new fish market will open on 1 October 2026.",
    [group("market", en=["Kessling fish market", "fish market"])],
    kind=ClaimKind.EVENT, expected_by=date(2026, 10, 31),
)


@pytest.mark.parametrize(("title", "expected"), [
    # a stop's participle in a hyphened compound describes a noun (round 45's writers)
    ("Kessling's new closed-type fish market opens", "confirms"),
    ("Kessling fish market opens beside storm-closed quay", "confirms"),
    ("Kessling fish market opens in once-abandoned quay hall", "confirms"),
    # guards: the stop itself; a prefix
    ("Kessling fish market closed after storm", "contradicts"),
    ("Kessling fish market re-opens after storm", "confirms"),
])
def test_a_stop_in_a_compound_is_no_stop(title: str, expected: str) -> None:
    item = entry(title, "", "2026-10-01", "en")
    assert verdict_for(Matcher([MARKET]), item, "kessling-market-opening") == expected
