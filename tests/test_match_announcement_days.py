"""The days a claim was announced: in the three days after ``claimed_on``, before the
claim's window opens, the press abroad and the weeklies retell the announcement the
claim came from. The thing reported done or decided, a step, a decision or a date set
they report is what the claim's source already said (labelling rules 2 and 9): a
mention; a stop or a delay word is still news. The same item ten days later is news, and
so is one on a day the claim's window has opened (unless the claim is a state, which
holds from the day it was claimed), or for a claim due within those days (the source
previewed something imminent). Subjects
are invented; every "mentions" case here was an update or a confirmation before the rule.
"""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest
from helpers.invented import check_verdict, claim, entry, group

from tracker.match import Matcher
from tracker.match.explain import explain, explain_records
from tracker.match.table import Modality, Role, Timing, cell
from tracker.models import ClaimKind, Verdict

TRAM_GROUPS = [
    group("orsk", en=["Orsk"], fr=["Orsk"], ja=["オルスク"]),
    group("tram", en=["tram line", "tramway"], fr=["tramway", "ligne de tram"],
          ja=["路面電車", "トラム"]),
]
# claimed on 2026-01-12, the day the city announced it
TRAMWAY = claim(
    "orsk-tram-opening", "Orsk's new tram line will open to passengers by the end of 2028.",
    TRAM_GROUPS,
    kind=ClaimKind.EVENT, expected_by=date(2028, 12, 31),
)
# the same claim, from an article that previewed a vote due two days later
PREVIEWED = claim(
    "orsk-tram-previewed", "Orsk's new tram line will open to passengers by the end of 2028.",
    TRAM_GROUPS,
    kind=ClaimKind.EVENT, expected_from=date(2026, 1, 14), expected_by=date(2028, 12, 31),
)
STEPS = [
    ("Orsk approves €300m budget for its new tram line", "en"),
    ("Orsk : le budget de 300 millions du tramway est voté", "fr"),
    ("オルスク市、路面電車の事業費3億ユーロを承認", "ja"),
]


@pytest.mark.parametrize(("title", "language"), STEPS)
@pytest.mark.parametrize("day", ["2026-01-12", "2026-01-13", "2026-01-15"])
def test_a_step_retold_in_the_announcement_days_is_a_mention(title: str, language: str,
                                                             day: str) -> None:
    check_verdict([TRAMWAY], "orsk-tram-opening", "mentions", title, "", day, language)


@pytest.mark.parametrize(("title", "language"), STEPS)
@pytest.mark.parametrize("day", ["2026-01-16", "2026-01-22", "2026-06-01"])
def test_the_same_step_later_is_news(title: str, language: str, day: str) -> None:
    check_verdict([TRAMWAY], "orsk-tram-opening", "updates", title, "", day, language)


@pytest.mark.parametrize(("title", "language"), STEPS)
def test_a_step_on_a_day_the_window_has_opened_is_news(title: str, language: str) -> None:
    check_verdict([PREVIEWED], "orsk-tram-previewed", "updates", title, "", "2026-01-14",
                  language)


# decided on the day of the article, due within the announcement days
VOTE = claim(
    "orsk-tram-vote", "Orsk's council will approve the tram line's budget on 14 January.",
    TRAM_GROUPS,
    kind=ClaimKind.DECISION, expected_by=date(2026, 1, 14),
)
PLEDGE = claim(
    "orsk-tram-pledge", "Orsk's council will approve the tram line's budget this year.",
    TRAM_GROUPS,
    kind=ClaimKind.DECISION, expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize(("title", "language"), STEPS)
def test_a_decision_claim_retold_is_a_mention_but_one_due_then_is_confirmed(
        title: str, language: str) -> None:
    check_verdict([PLEDGE], "orsk-tram-pledge", "mentions", title, "", "2026-01-13", language)
    check_verdict([PLEDGE], "orsk-tram-pledge", "confirms", title, "", "2026-02-13", language)
    check_verdict([VOTE], "orsk-tram-vote", "confirms", title, "", "2026-01-14", language)


@pytest.mark.parametrize(("title", "language"), [
    ("Orsk scraps its tram line", "en"),
    ("Orsk tram line opening delayed to 2030", "en"),
    ("Orsk : le tramway est abandonné", "fr"),
])
def test_a_stop_or_a_delay_in_those_days_is_still_news(title: str, language: str) -> None:
    expected = "updates" if "delayed" in title else "contradicts"
    check_verdict([TRAMWAY], "orsk-tram-opening", expected, title, "", "2026-01-13", language)


def test_the_announcement_days_change_only_confirmations_and_updates_but_a_stops(
        ) -> None:
    for kind, role, modality, timing in product(ClaimKind, Role, Modality, Timing):
        before = cell(kind, role, modality, timing)
        after = cell(kind, role, modality, timing, announced=True)
        if before is Verdict.CONFIRMS or (before is Verdict.UPDATES and role is not Role.STOP):
            assert after is Verdict.MENTIONS, (kind, role, modality, timing)
        else:
            assert after is before, (kind, role, modality, timing)


def test_explain_says_the_item_is_in_the_announcement_days() -> None:
    matcher = Matcher([TRAMWAY])
    title, _ = STEPS[0]
    inside = explain(matcher, entry(title, "", "2026-01-13", "en"), "orsk-tram-opening")
    later = explain(matcher, entry(title, "", "2026-01-22", "en"), "orsk-tram-opening")
    assert "  timing: in-window (the claim's announcement days)" in inside
    assert "  timing: in-window" in later
    record = explain_records(matcher, entry(title, "", "2026-01-13", "en"))[0]
    assert record["announced"] is True


@pytest.mark.parametrize(("title", "language"), [
    ("Orsk sets 2028 opening date for its new tram line", "en"),
    ("Orsk : le tramway ouvrira en 2028, la ville fixe le calendrier", "fr"),
])
def test_a_date_set_in_those_days_is_the_announced_one(title: str, language: str) -> None:
    check_verdict([TRAMWAY], "orsk-tram-opening", "mentions", title, "", "2026-01-13", language)
    check_verdict([TRAMWAY], "orsk-tram-opening", "updates", title, "", "2026-03-13", language)


FARE = claim(
    "orsk-tram-fare", "Orsk's tram fare will stay at 2 euros until the end of 2027.",
    [*TRAM_GROUPS, group("fare", en=["fare"], fr=["tarif"], ja=["運賃"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 12), expected_by=date(2027, 12, 31),
)


def test_a_state_said_again_in_those_days_is_the_source_retold() -> None:
    title = "Orsk tram line: fare to be kept at 2 euros until 2027"
    check_verdict([FARE], "orsk-tram-fare", "mentions", title, "", "2026-01-13", "en")
    check_verdict([FARE], "orsk-tram-fare", "confirms", title, "", "2026-05-13", "en")
