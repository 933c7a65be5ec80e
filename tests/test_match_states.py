"""State claims (something that must last): "close" is a stop (the English of fermer and
閉鎖), but not as an adjective or an adverb, nor a market's close; a decision to keep
the state confirms it; a price to stay at its level is moved by its rise or cut, and a
rise considered is a threat to it (rule 7). Target claims: "hits its target" is the
target reached."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import PLANT, VELMORA, check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

MARKET = claim(
    "fish-market", "Velmora's old harbour fish market will remain open through 2027.",
    [group("market", en=["fish market", "harbour fish market"],
           fr=["marché aux poissons", "criée"], ja=["魚市場"]), VELMORA],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("title", "expected"), [
    ("Velmora to close old harbour fish market in June", "contradicts"),
    ("Velmora's harbour fish market closes its doors for good", "contradicts"),
    ("Velmora denies plans to close harbour fish market", "mentions"),
    ("Velmora harbour fish market traders hold closed-door talks with the mayor", "mentions"),
    ("Velmora harbour fish market is close to the ferry terminal", "mentions"),
    ("Velmora harbour fish market is closely watched by tourists", "mentions"),
], ids=["to-close", "closes-for-good", "denial", "closed-door", "close-to", "closely"])
def test_close(title: str, expected: str) -> None:
    check_verdict([MARKET], "fish-market", expected, title, "", "2026-05-18", "en")


@pytest.mark.parametrize(("title", "expected"), [
    ("Velmora's harbour fish market to stay put, council decides", "confirms"),
    ("Velmora council approves new roof for harbour fish market", "updates"),
], ids=["stay-put-decides", "near-miss-decision-on-something-else"])
def test_a_decision_to_keep_a_state_confirms_it(title: str, expected: str) -> None:
    """For a state claim, a decision beside the state said to last is the decision to
    keep it (confirms); a decision about something else is an update."""
    check_verdict([MARKET], "fish-market", expected, title, "", "2026-05-18", "en")


OUTPUT = claim(
    "talbrek-output",
    "Corvane's Talbrek plant will produce 50,000 batteries a month by the end of 2026.",
    [group("corvane", en=["Corvane"], fr=["Corvane"], ja=["コルベーン"]),
     group("plant", en=["Talbrek plant", "Talbrek battery plant"], fr=["usine de Talbrek"],
           ja=["タルブレク工場"]),
     group("output", GroupRole.OPTIONAL, en=["batteries", "output"], fr=["batteries"],
           ja=["電池"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 12, 31))


@pytest.mark.parametrize(("title", "expected"), [
    ("Corvane's Talbrek plant hits target of 50,000 batteries a month", "confirms"),
    ("Corvane's Talbrek plant output climbs to 30,000 batteries a month", "updates"),
    ("Corvane's Talbrek plant now makes 50,000 batteries a month, meeting its goal",
     "confirms"),
], ids=["hits-target", "interim-figure", "meeting-its-goal"])
def test_a_target_hit(title: str, expected: str) -> None:
    check_verdict([OUTPUT], "talbrek-output", expected, title, "", "2026-12-10", "en")


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Corvane pauses Talbrek battery plant construction for three months", "en", "updates"),
    ("Corvane suspend pour trois mois le chantier de l'usine de Talbrek", "fr", "updates"),
    ("コルベーン、タルブレク工場の建設を3カ月間停止", "ja", "updates"),
    ("Corvane halts Talbrek battery plant construction", "en", "contradicts"),
    ("First batteries roll off the line at Corvane's Talbrek plant", "en", "confirms"),
], ids=["pause-for-three-months", "suspend-pour-trois-mois", "3kagetsukan-teishi",
        "near-miss-halt-for-good", "roll-off-the-line"])
def test_a_stop_that_says_how_long_is_a_pause(title: str, language: str, expected: str) -> None:
    """A stop with its length ("for three months") is a pause (rule 7: updates), not the
    end of the plan; "roll off the line" is production started."""
    check_verdict([PLANT], "corvane-plant", expected, title, "", "2026-05-18", language)


QUAY = claim(
    "ferry-quay-open",
    "Velmora's ferry quay will remain open throughout the harbour wall works.",
    [group("quay", en=["ferry quay"], fr=["quai des ferries"], ja=["フェリー岸壁"]), VELMORA],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31))
QUAY_SOMETIMES = claim(
    "ferry-quay-kept",
    "Velmora's ferry quay will remain open during the harbour wall works.",
    [group("quay", en=["ferry quay"], fr=["quai des ferries"], ja=["フェリー岸壁"]), VELMORA],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("claim_id", "title", "language", "expected"), [
    ("ferry-quay-open", "Velmora's ferry quay closed for three weeks", "en", "contradicts"),
    ("ferry-quay-open", "Velmora temporarily closes its ferry quay", "en", "contradicts"),
    ("ferry-quay-open", "Velmora : le quai des ferries fermé pendant trois semaines", "fr",
     "contradicts"),
    ("ferry-quay-open", "ベルモラのフェリー岸壁、2週間閉鎖", "ja", "contradicts"),
    ("ferry-quay-open", "Velmora lifts the closure of its ferry quay", "en", "updates"),
    ("ferry-quay-kept", "Velmora's ferry quay closed for three weeks", "en", "updates"),
    ("ferry-quay-kept", "ベルモラのフェリー岸壁、2週間閉鎖", "ja", "updates"),
], ids=["throughout-for-three-weeks", "throughout-temporarily", "throughout-fr",
        "throughout-ja", "throughout-lifted", "near-miss-no-throughout",
        "near-miss-no-throughout-ja"])
def test_a_pause_breaks_a_state_claimed_without_a_break(
        claim_id: str, title: str, language: str, expected: str) -> None:
    """A state claimed to last "throughout" (year-round, sans interruption, 期間中も)
    is broken by a pause as by a closure: rule 7's stop. Without such a word a pause
    stays a step."""
    check_verdict([QUAY, QUAY_SOMETIMES], claim_id, expected, title, "", "2026-05-18",
                  language)


FARE = claim(
    "velmora-tram-fare", "The Velmora tram's single fare will stay at €2 until the end of 2027.",
    [group("tram", en=["Velmora tram"], fr=["tramway de Velmora"], ja=["ベルモラ市電"]),
     group("fare", en=["fare", "fares"], fr=["tarif", "ticket"], ja=["運賃"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Velmora tram weighs fare rise", "en", "updates"),
    ("Velmora tram raises fares", "en", "contradicts"),
    ("Le tramway de Velmora envisage une hausse du tarif", "fr", "updates"),
    ("ベルモラ市電、運賃値上げを検討", "ja", "updates"),
    ("ベルモラ市電が運賃値上げ", "ja", "contradicts"),
    # a rise ruled out: the price stays, as a stop ruled out keeps a state
    ("Velmora tram rules out fare rise", "en", "confirms"),
    # guards: a rise of something else than the price, in its own clause
    ("Velmora tram fare freeze under review as power bills soar", "en", "updates"),
    ("Velmora tram ridership rises", "en", None),
])
def test_a_price_to_stay_at_its_level_moved(title: str, language: str,
                                            expected: str | None) -> None:
    check_verdict([FARE], "velmora-tram-fare", expected, title, "", "2026-06-10", language)


@pytest.mark.parametrize(("title", "expected"), [
    ("Velmora : le marché aux poissons n'est plus ouvert le dimanche", "contradicts"),
    ("Velmora : les criées ne sont plus ouvertes au public", "contradicts"),
    ("Velmora : le marché aux poissons n'est pas fermé, assure le maire", "mentions"),
], ids=["n-est-plus", "ne-sont-plus", "near-miss-n-est-pas"])
def test_a_state_no_longer_held_in_french(title: str, expected: str) -> None:
    """« n'est plus » is the French of "no longer": the state has ended."""
    check_verdict([MARKET], "fish-market", expected, title, "", "2026-05-18", "fr")


RENT_CAP = claim(
    "velmora-rent-cap", "The cap on monthly rents in Velmora will remain at 900 euros until 2028.",
    [group("cap", en=["rent cap"], fr=["plafond des loyers"], ja=["家賃上限"]), VELMORA],
    kind=ClaimKind.STATE, expected_by=date(2028, 3, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Velmora mayor considers reviewing rent cap", "en", "updates"),
    ("ベルモラ、家賃上限の見直しを検討", "ja", "updates"),
    ("Velmora : la maire envisage d'élargir le plafond des loyers", "fr", "updates"),
    # guards: a review that is done is news as before; one before the claim is not
    ("Velmora reviews its rent cap", "en", "updates"),
], ids=["considers-reviewing", "minaoshi-kento", "envisage", "guard-done"])
def test_a_change_to_a_state_considered_is_a_threat(title: str, language: str,
                                                    expected: str) -> None:
    """Rule 7: a review or change of the state being considered is an update."""
    check_verdict([RENT_CAP], "velmora-rent-cap", expected, title, "", "2026-06-10", language)


def test_a_change_considered_before_the_claim_is_not_news() -> None:
    check_verdict([RENT_CAP], "velmora-rent-cap", "mentions",
                  "Velmora mayor considers reviewing rent cap", "", "2025-12-10", "en")


TICKET = claim(
    "velmora-ticket", "Velmora's single bus ticket will stay at 1.70 euros until 2027.",
    [group("ticket", en=["bus ticket", "single ticket"], fr=["ticket de bus"],
           ja=["バス乗車券"]), VELMORA],
    kind=ClaimKind.STATE, expected_by=date(2027, 12, 31))


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Velmora bus ticket rises to 1.90 euros", "en", "contradicts"),
    ("Velmora weighs single ticket hike", "en", "updates"),
    ("Velmora : le ticket de bus passe à 1,90 euro", "fr", "contradicts"),
    ("Velmora raises single ticket", "en", "contradicts"),
    ("Velmora bus ticket goes up", "en", "contradicts"),
    ("Velmora : le ticket de bus augmente", "fr", "contradicts"),
    # guard: the price said again
    ("Velmora bus ticket stays at 1.70 euros", "en", "confirms"),
], ids=["rises-to", "hike", "passe-a", "raises", "goes-up", "augmente", "guard-stays"])
def test_a_ticket_is_a_price(title: str, language: str, expected: str) -> None:
    """A ticket's rise moves a price kept at its level; "hike" and "go up" are rises."""
    check_verdict([TICKET], "velmora-ticket", expected, title, "", "2026-06-10", language)
