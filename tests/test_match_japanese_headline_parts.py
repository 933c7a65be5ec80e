"""A full-width space sets a Japanese headline's parts apart: each is a statement of
its own (claim writers of round 57). "着工　30年4月開業目指す" is works begun, then an
aim; "解体完了　跡地で着工へ" is the demolition done, no topic of what follows (a
topic ends at 、); "住民から不安の声　市が説明会" is the residents' worry, then the
city's briefing held. A headline, or a part of one, ending with a meeting's name, with
where or who before it, reports it held ("サルラックで住民説明会"). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, GroupRole

TOWER = group("tower", ja=["ケスリングタワー"])
OPENING = claim(
    "kessling-tower-opening", "The Kessling Tower will open in April 2030.",
    [TOWER], kind=ClaimKind.EVENT, claimed_on=date(2026, 1, 20),
    expected_from=date(2030, 4, 1), expected_by=date(2030, 4, 30))
DEMOLITION = claim(
    "kessling-store-demolition", "Demolition of the old Orvane store will be completed by "
    "September 2026.",
    [group("store", ja=["旧オルヴァン"]), group("demolition", ja=["解体"])],
    kind=ClaimKind.EVENT, claimed_on=date(2026, 1, 20), expected_by=date(2026, 9, 30))
BRIEFING = claim(
    "kessling-briefing", "Kessling will hold a briefing for residents on 8 February 2026.",
    [group("briefing", ja=["説明会"]), group("kessling", GroupRole.OPTIONAL, ja=["ケスリング"])],
    kind=ClaimKind.MEETING, claimed_on=date(2026, 1, 20), expected_from=date(2026, 2, 8),
    expected_by=date(2026, 2, 8))


@pytest.mark.parametrize(("title", "expected"), [
    ("ケスリングタワーが着工　30年4月開業目指す", "updates"),  # works begun: a step
    ("ケスリングタワーが着工30年4月開業目指す", "mentions"),  # one run: all an aim
], ids=["space-before-a-year", "guard-no-space"])
def test_a_space_before_a_figure_sets_a_part_apart(title: str, expected: str) -> None:
    check_verdict([OPENING], "kessling-tower-opening", expected, title, "", "2027-04-01", "ja")


@pytest.mark.parametrize(("title", "expected"), [
    ("旧オルヴァンの解体完了　跡地でタワー着工へ", "confirms"),
    ("旧オルヴァンの解体完了、跡地でタワー着工へ", "mentions"),  # a topic before 、
], ids=["space", "guard-comma-topic"])
def test_an_event_noun_before_a_space_is_no_topic(title: str, expected: str) -> None:
    check_verdict([DEMOLITION], "kessling-store-demolition", expected, title, "",
                  "2026-09-20", "ja")


@pytest.mark.parametrize(("title", "expected"), [
    ("駅前整備、住民から不安の声　ケスリング市が説明会", "confirms"),
    # guards: the residents in the meeting's own part; a part with no subject of its own
    ("住民から不安の声、ケスリング市が説明会", "mentions"),
    ("ケスリング市の説明会、住民から不安の声　合意なし", "mentions"),
], ids=["own-part", "guard-comma", "guard-no-subject"])
def test_a_third_party_in_another_part_speaks_for_it_only(title: str, expected: str) -> None:
    check_verdict([BRIEFING], "kessling-briefing", expected, title, "", "2026-02-08", "ja")


@pytest.mark.parametrize(("title", "day", "expected"), [
    ("ケスリング駅前整備、市民ホールで住民説明会", "2026-02-08", "confirms"),
    ("ケスリング駅前整備、ケスリング市が説明会", "2026-02-08", "confirms"),
    # the meeting's name ending the first part of a two-part headline (round 74)
    ("ケスリング駅前整備、市民ホールで住民説明会　質問相次ぐ", "2026-02-08", "confirms"),
    # guards: a day ahead; a plan marker; the name not at the end; nothing before it
    ("ケスリング駅前整備、市民ホールで8日に住民説明会", "2026-02-05", "mentions"),
    ("ケスリング駅前整備、市民ホールで住民説明会へ", "2026-02-08", "mentions"),
    ("ケスリング駅前整備、住民説明会の資料公開", "2026-02-08", "mentions"),
    ("ケスリング駅前整備の住民説明会", "2026-02-08", "mentions"),
], ids=["where", "who", "first-part", "guard-day-ahead", "guard-he", "guard-not-last",
        "guard-bare"])
def test_a_meeting_name_ending_the_headline_is_the_meeting_held(
        title: str, day: str, expected: str) -> None:
    check_verdict([BRIEFING], "kessling-briefing", expected, title, "", day, "ja")


def test_a_redevelopment_is_no_reopening() -> None:
    """再開発 (redevelopment) holds 再開 (a reopening): a neutral word of the lexicon."""
    check_verdict([OPENING], "kessling-tower-opening", "mentions",
                  "ケスリングタワー周辺の再開発", "", "2030-04-10", "ja")


@pytest.mark.parametrize(("title", "expected"), [
    ("ケスリングタワーが着工　32年度にも開業", "updates"),  # fiscal 2032: a forecast
    ("ケスリングタワーが開業　30年ぶりの新ビル", "confirms"),  # 30年ぶり: a length, no year
], ids=["fiscal-year-ahead", "guard-length"])
def test_a_fiscal_year_ahead_is_a_forecast(title: str, expected: str) -> None:
    check_verdict([OPENING], "kessling-tower-opening", expected, title, "", "2030-04-10", "ja")


@pytest.mark.parametrize(("title", "expected"), [
    # a part starting with a Latin word (AI, JR) is a part too (round 119's claim writer)
    ("ケスリングタワーが開業　AIが店を提案", "confirms"),
    ("ケスリングタワーが開業 JR駅から直通バス", "confirms"),
    # guard: one run, the proposal's 案 hedges it all
    ("ケスリングタワーの開業をAIが提案", "mentions"),
], ids=["latin-part", "latin-part-halfwidth", "guard-one-run"])
def test_a_part_may_start_with_a_latin_word(title: str, expected: str) -> None:
    check_verdict([OPENING], "kessling-tower-opening", expected, title, "", "2030-04-10", "ja")


@pytest.mark.parametrize(("title", "expected"), [
    # on an agenda: to be discussed, not done
    ("ケスリング市議会 ケスリングタワー開業も議題", "mentions"),
    ("ケスリングタワーが開業　記念式典に500人", "confirms"),  # guard: no agenda
], ids=["agenda", "guard-no-agenda"])
def test_an_event_on_an_agenda_is_not_done(title: str, expected: str) -> None:
    check_verdict([OPENING], "kessling-tower-opening", expected, title, "", "2030-04-10", "ja")
