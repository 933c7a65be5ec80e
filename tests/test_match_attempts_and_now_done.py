"""Readings from round 58's writers and a target's figures (invented subjects):
- an event word right after a phrase of attempt ("lose bid to overturn the cap",
  « tentative d'annuler ») is only tried: news of the plan, not the plan undone;
- a target's own figure followed by a word of now and a past participle ("1,200
  hectares of seagrass now mapped", « désormais cartographiés ») is reached;
- a four-digit number after "in", « en », is a year, however old ("taken in 1891");
- an event word after "until", "before", « jusqu'à ce que » has not happened yet;
- a decision claim's own stop word written as a noun ("ban compensation") is its topic."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

CAP = claim(
    "brell-cap", "Brell council will approve a 90-night cap on holiday lets by 31 March 2026.",
    [group("brell", en=["Brell"], fr=["Brell"]),
     group("cap", en=["90-night cap", "holiday-let cap"], fr=["plafond de 90 nuits"])],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 1, 10), expected_by=date(2026, 3, 31))
SEAGRASS = claim(
    "ostry-seagrass", "Surveyors will map 1,200 hectares of seagrass off Ostry by the end of 2027.",
    [group("ostry", en=["Ostry"], fr=["Ostry"]),
     group("seagrass", en=["seagrass"], fr=["herbiers"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 1, 10), expected_by=date(2027, 12, 31))
CLAIMS = [CAP, SEAGRASS]


@pytest.mark.parametrize(("title", "language"), [
    ("Brell hosts lose High Court bid to overturn 90-night cap", "en"),
    ("Brell : échec de la tentative d'annuler le plafond de 90 nuits", "fr"),
])
def test_an_attempt_to_undo_is_no_undoing(title: str, language: str) -> None:
    check_verdict(CLAIMS, "brell-cap", "updates", title, "", "2026-06-10", language)


@pytest.mark.parametrize(("title", "language", "expected"), [
    # legal action: what the suit seeks is only sought, a threat (rule 7)
    ("Brell hosts go to court to overturn 90-night cap", "en", "updates"),
    ("Brell hosts sue to overturn the 90-night cap", "en", "updates"),
    ("Brell : les loueurs saisissent la justice pour annuler le plafond de 90 nuits", "fr",
     "updates"),
    # guard: the court's own ruling undoes it
    ("High Court overturns Brell's 90-night cap", "en", "contradicts"),
])
def test_what_a_lawsuit_seeks_is_no_undoing(title: str, language: str, expected: str) -> None:
    check_verdict(CLAIMS, "brell-cap", expected, title, "", "2026-06-10", language)


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("confirms", "Ostry: 1,200 hectares of seagrass now mapped", "en"),
    ("confirms", "Ostry : 1 200 hectares d'herbiers désormais cartographiés", "fr"),
    # guards: "now" with no participle; a figure short of the target
    ("mentions", "Ostry: 1,200 hectares of seagrass now a priority", "en"),
    ("updates", "Ostry: 800 hectares of seagrass now mapped", "en"),
])
def test_a_figure_now_done_is_reached(expected: str, title: str, language: str) -> None:
    check_verdict(CLAIMS, "ostry-seagrass", expected, title, "", "2027-06-10", language)


BRONZES = claim(
    "lemark-bronzes", "The Lemark museum will return 1,000 objects to Ostry by the end of 2027.",
    [group("lemark", en=["Lemark museum"], fr=["musée de Lemark"]),
     group("objects", en=["objects", "bronzes"], fr=["objets", "bronzes"])],
    kind=ClaimKind.TARGET, claimed_on=date(2026, 1, 10), expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("expected", "title", "language"), [
    # a four-digit number after "in", « en », is a year, however old
    ("mentions", "Lemark museum says the bronzes taken in 1891 belong to the palace", "en"),
    ("mentions", "Le musée de Lemark et les bronzes pillés en 1897", "fr"),
    # guard: a count of what the target counts
    ("updates", "Lemark museum has returned 600 bronzes", "en"),
])
def test_an_old_year_is_no_count(expected: str, title: str, language: str) -> None:
    check_verdict([BRONZES], "lemark-bronzes", expected, title, "", "2026-06-10", language)


FUND = claim(
    "ostry-fund", "Ostry council will vote a EUR 1.8 million fund for fishermen in October 2026.",
    [group("ostry", en=["Ostry"], fr=["Ostry"]),
     group("fund", en=["compensation fund"], fr=["fonds d'indemnisation"])],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 5, 1), expected_from=date(2026, 10, 1),
    expected_by=date(2026, 10, 31))


@pytest.mark.parametrize(("expected", "title", "language"), [
    # an event word after "until", « jusqu'à ce que »: it has not happened yet
    ("mentions", "Ostry fishermen will not sit on the board until the compensation fund is "
     "voted", "en"),
    ("mentions", "Les pêcheurs d'Ostry attendront jusqu'à ce que le fonds d'indemnisation "
     "soit voté", "fr"),
    # ... and after "before", « avant que », with no time between (a round 119 item)
    ("mentions", "Ostry: months of checks before the compensation fund can be voted", "en"),
    ("mentions", "Ostry : encore des mois avant que le fonds d'indemnisation soit voté", "fr"),
    ("confirms", "Ostry council votes the compensation fund", "en"),  # guard
])
def test_an_event_awaited_is_not_done(expected: str, title: str, language: str) -> None:
    check_verdict([FUND], "ostry-fund", expected, title, "", "2026-10-10", language)


BAN_FUND = claim(
    "ostry-ban-fund", "Ostry council will vote a fund for the fishermen hit by the trawling ban.",
    [group("ostry", en=["Ostry"]), group("fund", en=["compensation", "fund"])],
    kind=ClaimKind.DECISION, claimed_on=date(2026, 5, 1), expected_by=date(2026, 10, 31))


@pytest.mark.parametrize(("expected", "title"), [
    # the stop word its statement names as a noun is its topic, no stop of the decision
    ("mentions", "Ostry skippers want ban compensation paid before winter"),
    ("contradicts", "Ostry scraps fishermen's compensation fund"),  # guard
])
def test_a_decisions_own_stop_as_a_noun_is_its_topic(expected: str, title: str) -> None:
    check_verdict([BAN_FUND], "ostry-ban-fund", expected, title, "", "2026-06-10", "en")


LEVY = claim(
    "tarn-levy-stays", "Tarn's tourist levy will stay in force until the end of 2028.",
    [group("levy", en=["tourist levy"], fr=["taxe de séjour"]), group("tarn", en=["Tarn"])],
    kind=ClaimKind.STATE, expected_by=date(2028, 12, 31),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("Eleven Tarn assembly members table bill to repeal tourist levy", "updates"),
    ("Tarn mayor files motion to scrap tourist levy", "updates"),
    # guard: a bill passed decides what it was to do
    ("Tarn assembly passes bill to repeal tourist levy", "contradicts"),
])
def test_a_bill_or_a_motion_to_stop_is_only_proposed(title: str, expected: str) -> None:
    """"tables bill to repeal the ordinance" proposes the repeal, a threat (rule 7), as
    a "bid to" tries it (round 71's items); a decision before it passed it."""
    check_verdict([LEVY], "tarn-levy-stays", expected, title, "", "2026-05-10", "en")


@pytest.mark.parametrize(("title", "expected"), [
    # a proposal is only proposed, in French as in English ("proposes")
    ("Brell : le maire propose d'adopter le plafond de 90 nuits", "mentions"),
    ("Brell : une proposition d'adopter le plafond de 90 nuits", "mentions"),
    # guard: adopted
    ("Brell : le conseil adopte le plafond de 90 nuits", "confirms"),
])
def test_a_french_proposal_is_no_decision(title: str, expected: str) -> None:
    check_verdict(CLAIMS, "brell-cap", expected, title, "", "2026-03-10", "fr")
