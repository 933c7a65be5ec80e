"""A month name is no hedge ("to open on May 14" is not "may open"); a day fixed
inside a window of a few days is what the claim said already (labelling rule 2, not
rule 6); "targeted for" schedules; a share of votes ("53% voted") is no part done; a
Japanese third-party word glued to the claim's own name (操縦士組合, the pilots' union)
is the claim's actor speaking; a third party in a phrase of cause after the act ("after
residents protest", 住民の反対受け) gave its reason and does not speak. Subjects are
invented; verdicts follow
../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, Verdict

TERMINAL = group("terminal", en=["Ostrava Bay terminal"], fr=["terminal de la baie d'Ostrava"],
                 ja=["オストラバ湾ターミナル"])


def _opening(start: date, end: date) -> Matcher:
    return Matcher([claim("terminal-opening", "Velmora will open the Ostrava Bay terminal in "
                          "May 2026.", [TERMINAL], kind=ClaimKind.EVENT, expected_from=start,
                          expected_by=end)])


@pytest.mark.parametrize(("title", "language"), [
    ("Ostrava Bay terminal to open on May 14", "en"),
    ("Ostrava Bay terminal to be launched on 14 May", "en"),
    ("City sets May 14 opening for Ostrava Bay terminal", "en"),
    ("Le terminal de la baie d'Ostrava ouvrira le 14 mai", "fr"),
])
def test_a_day_fixed_is_news_in_a_month_and_a_preview_in_two_days(title: str,
                                                                  language: str) -> None:
    item = entry(title, "", "2026-04-20", language)
    month = _opening(date(2026, 5, 1), date(2026, 5, 31))
    assert verdict_for(month, item, "terminal-opening") == "updates"  # rule 6: a date fixed
    two_days = _opening(date(2026, 5, 14), date(2026, 5, 15))
    assert verdict_for(two_days, item, "terminal-opening") == "mentions"  # rule 2: a preview


@pytest.mark.parametrize("title", [
    "Ostrava Bay terminal may open late",
    "Ostrava Bay terminal opening may slip to June",
])
def test_the_modal_may_still_hedges(title: str) -> None:
    item = entry(title, "", "2026-04-20", "en")
    assert verdict_for(_opening(date(2026, 5, 1), date(2026, 5, 31)), item,
                       "terminal-opening") != "confirms"


PILOTS = group("pilots", en=["Kessling pilots"], fr=["pilotes de Kessling"],
               ja=["ケスリング操縦士"])
SIGNING = claim(
    "pay-deal-signing", "Kessling and its pilots will sign the new pay deal by April 2026.",
    [group("deal", en=["pay deal"], fr=["accord salarial"], ja=["賃金協定"]), PILOTS],
    kind=ClaimKind.EVENT, expected_by=date(2026, 4, 30),
    cues={Verdict.CONFIRMS: {"en": ("signed",), "fr": ("signé",), "ja": ("調印",)}},
)


@pytest.mark.parametrize(("title", "expected"), [
    # the pilots' union is the claim's own party, not a third party
    ("ケスリング操縦士組合、賃金協定に調印", "confirms"),
    # a union apart from the claim's names still speaks as a third party
    ("ケスリング操縦士の賃金協定、労組は調印を要求", "mentions"),
])
def test_a_japanese_union_glued_to_the_claims_name(title: str, expected: str) -> None:
    item = entry(title, "", "2026-04-10", "ja")
    assert verdict_for(Matcher([SIGNING]), item, "pay-deal-signing") == expected


@pytest.mark.parametrize("title", [
    "Ostrava Bay terminal: first ship targeted for the second quarter",
    "Ostrava Bay terminal funded, with first ship targeted for spring",
    "Ostrava Bay terminal: first ship targeted for May",
])
def test_targeted_for_schedules_the_event(title: str) -> None:
    """"first ship targeted for spring" is a schedule: a preview before the window."""
    ship = claim("terminal-first-ship", "The Ostrava Bay terminal will receive its first ship "
                 "in May 2026.", [TERMINAL], kind=ClaimKind.EVENT,
                 expected_from=date(2026, 5, 1), expected_by=date(2026, 5, 31),
                 cues={Verdict.CONFIRMS: {"en": ("first ship",)}})
    item = entry(title, "", "2026-02-10", "en")
    assert verdict_for(Matcher([ship]), item, "terminal-first-ship") == "mentions"


BALLOT = claim(
    "drivers-ballot", "Kessling drivers will vote on the pay deal in March 2026.",
    [group("ballot", en=["ballot"], fr=["scrutin"], ja=["投票"]), PILOTS],
    kind=ClaimKind.MEETING, expected_from=date(2026, 3, 1), expected_by=date(2026, 3, 31),
    cues={Verdict.CONFIRMS: {"en": ("voted",)}},
)


@pytest.mark.parametrize("title", [
    "Kessling pilots' ballot: 53% voted against the pay deal",
    "Kessling pilots' ballot: 61% voted for the pay deal",
])
def test_a_share_of_votes_is_no_part_done(title: str) -> None:
    """"53% voted" is how the vote went; only an event built over time is "40% complete"."""
    item = entry(title, "", "2026-03-10", "en")
    assert verdict_for(Matcher([BALLOT]), item, "drivers-ballot") == "confirms"


DEPOT_SALE = claim(
    "kessling-depot-sale", "Velmora will sell the Kessling bus depot to a housing developer.",
    [group("depot", en=["Kessling bus depot", "Kessling depot"],
           fr=["dépôt de bus de Kessling", "dépôt de Kessling"], ja=["ケスリング車庫"])],
    kind=ClaimKind.EVENT)


@pytest.mark.parametrize(("expected", "title", "language"), [
    # a third party in a clause of cause after the act gave its reason: the act is news
    ("contradicts", "Velmora scraps Kessling depot sale after residents protest", "en"),
    ("contradicts", "Velmora scraps Kessling depot sale amid opposition from unions", "en"),
    ("contradicts", "Velmora renonce à vendre le dépôt de Kessling face à la colère des "
                    "riverains", "fr"),
    ("contradicts", "ケスリング車庫の売却を撤回　住民の反対受け", "ja"),
    # a concession: the third party was overruled, the act stands
    ("contradicts", "Velmora scraps Kessling depot sale despite opposition from unions", "en"),
    ("contradicts", "Velmora renonce à vendre le dépôt de Kessling malgré l'opposition des "
                    "riverains", "fr"),
    ("contradicts", "Velmora renonce à vendre le dépôt de Kessling en dépit de la colère "
                    "des syndicats", "fr"),
    ("contradicts", "住民の反対押し切り　ケスリング車庫の売却を撤回", "ja"),
    # guards: the third party speaks, or asks
    ("mentions", "Velmora scraps Kessling depot sale, residents say", "en"),
    ("mentions", "Residents urge Velmora to scrap Kessling depot sale", "en"),
    ("mentions", "ケスリング車庫の売却撤回を　住民が要望", "ja"),
])
def test_a_third_party_who_caused_the_act_does_not_make_it_an_opinion(
        expected: str, title: str, language: str) -> None:
    item = entry(title, "", "2026-05-04", language)
    assert verdict_for(Matcher([DEPOT_SALE]), item, "kessling-depot-sale") == expected



ORNA_PARK = claim(
    "orna-park", "The Orna Bay park will open on 28 April 2028.",
    [group("park", en=["Orna Bay park", "Orna Bay"], fr=["parc d'Orna Bay"], ja=["オルナベイ"])],
    kind=ClaimKind.EVENT, expected_from=date(2028, 4, 1), expected_by=date(2028, 4, 30),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    # the day the statement names, said again: a preview, whatever the window's width
    ("Orna Bay park to open on April 28 as planned", "en", "mentions"),
    ("Le parc d'Orna Bay ouvrira le 28 avril", "fr", "mentions"),
    ("オルナベイ、4月28日に開業へ", "ja", "mentions"),
    # another day in the window is a date moved (rule 6)
    ("Orna Bay park opening moved to April 21", "en", "updates"),
    ("Orna Bay park to open on April 21", "en", "updates"),
])
def test_the_statements_own_day_restated_is_a_preview(title: str, language: str,
                                                      expected: str) -> None:
    got = verdict_for(Matcher([ORNA_PARK]), entry(title, "", "2028-03-01", language), "orna-park")
    assert got == expected
