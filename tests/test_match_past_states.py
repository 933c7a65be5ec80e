"""A stop the thing was in, told to describe it ("Long-frozen Tella dam", 凍結されていた
ダム), is background, not the plan stopped now; "already" beside a target's figure is
its count so far, interim news; a day inside the claim's own name ("the Sunday market")
dates nothing. Subjects are invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import DORN_STAFF, check_verdict, claim, group

from tracker.models import ClaimKind

WORKS = claim(  # event: main works start in October 2027
    "tella-dam-works", "Main works on the Tella dam will start in October 2027.",
    [group("dam", en=["Tella dam"], ja=["テラダム"])],
    kind=ClaimKind.EVENT, expected_from=date(2027, 10, 1), expected_by=date(2027, 10, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Long-frozen Tella dam: main works begin", "en", "confirms"),
    ("Once-shelved Tella dam: main works begin", "en", "confirms"),
    ("2010年から凍結されていたテラダム、本体工事に着工", "ja", "confirms"),
    # a Japanese stop word right before the claim's subject describes it
    ("凍結テラダム、本体工事に着工", "ja", "confirms"),
    ("長年凍結しているテラダム、本体工事に着工", "ja", "confirms"),
    # guards: the stop told as news
    ("Tella dam frozen again", "en", "contradicts"),
    ("テラダム、本体工事を再び凍結", "ja", "contradicts"),
], ids=["long-frozen", "once-shelved", "sarete-ita", "bare-noun", "shite-iru",
        "guard-frozen-again", "guard-ja-frozen-again"])
def test_a_past_stop_describing_the_thing_is_background(title: str, language: str,
                                                        expected: str) -> None:
    check_verdict([WORKS], "tella-dam-works", expected, title, "", "2027-10-05", language)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Dorn plant has already hired 620 workers", "en", "updates"),
    ("L'usine de Dorn a déjà embauché 620 salariés", "fr", "updates"),
    ("ドーン工場、既に従業員620人を採用", "ja", "updates"),
], ids=["already", "deja", "sudeni"])
def test_already_beside_a_targets_figure_is_its_count_so_far(title: str, language: str,
                                                             expected: str) -> None:
    check_verdict([DORN_STAFF], "dorn-staff", expected, title, "", "2028-06-06", language)


MARKET = claim(  # state: a weekly market named after its day
    "dorn-market", "Dorn's Sunday market will continue every week during the works.",
    [group("market", en=["Dorn Sunday market", "Sunday market"])],
    kind=ClaimKind.STATE, expected_by=date(2027, 3, 31),
)


def test_a_day_inside_the_claims_name_dates_nothing() -> None:
    """"Dorn Sunday market continues": the day is part of the market's name, no day
    ahead that would make the news a preview."""
    check_verdict([MARKET], "dorn-market", "confirms",
                  "Dorn Sunday market continues despite the works", "", "2026-11-10", "en")


OPENING = claim(  # event: a library opens on Sundays for the first time
    "dorn-sunday-opening", "Dorn's central library will open on Sundays from 7 September "
    "2025.",
    [group("library", en=["Dorn library"], ja=["ドーン図書館"]),
     group("sunday", en=["Sundays", "Sunday opening"], ja=["日曜", "日曜日"])],
    kind=ClaimKind.EVENT, claimed_on=date(2025, 5, 1), expected_from=date(2025, 9, 7),
    expected_by=date(2025, 9, 7),
)


@pytest.mark.parametrize(("title", "expected"), [
    ("ドーン図書館が初の日曜開館 4時間で1140人", "confirms"),
    ("ドーン図書館、来月から日曜開館", "mentions"),  # a month ahead: still a preview
], ids=["the-day-in-its-name", "guard-a-month-ahead"])
def test_a_day_inside_a_japanese_claim_term_dates_nothing(title: str, expected: str) -> None:
    # 日曜 is the claim's own term (its subject: Sunday opening), no Sunday ahead
    check_verdict([OPENING], "dorn-sunday-opening", expected, title, "", "2025-09-08", "ja")


POST_OFFICES = claim(  # state: an absence, "no post office will close"
    "dorn-post-offices", "Dorn Post will keep all its post offices open: no post office "
    "will close before the end of 2026.",
    [group("dorn", en=["Dorn Post"], fr=["Dorn Post"], ja=["ドーン郵便"]),
     group("offices", en=["post offices", "post office"], fr=["bureaux de poste"],
           ja=["郵便局"])],
    kind=ClaimKind.STATE, claimed_on=date(2025, 2, 1), expected_from=date(2025, 2, 1),
    expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Dorn Post closes 40 post offices", "en", "contradicts"),
    ("Dorn Post ferme 40 bureaux de poste", "fr", "contradicts"),
    ("ドーン郵便、郵便局40カ所を閉鎖", "ja", "contradicts"),
    ("Dorn Post keeps all its post offices open", "en", "confirms"),
], ids=["en-closes", "fr-ferme", "ja-heisa", "kept"])
def test_a_stop_the_statement_rules_out_breaks_the_state(title: str, language: str,
                                                          expected: str) -> None:
    # "no post office will close": closing is what the state excludes, not its name
    check_verdict([POST_OFFICES], "dorn-post-offices", expected, title, "", "2025-09-03",
                  language)
