"""A month alone, in the next two, is the coming one: "second meeting in December",
published in November, previews that meeting; it does not date one eleven months
back. A past form ("opened in July") or a year keeps its month where it was
(invented subjects; labelling rules 2, 3 and 5)."""

from __future__ import annotations

from datetime import date

from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.match.text.timeexpr import points_ahead, points_back
from tracker.models import ClaimKind

COMMITTEE = claim(
    "brenne-committee-first-meeting",
    "The Brenne quarry monitoring committee will hold its first meeting on 8 October 2026.",
    [group("committee", en=["quarry monitoring committee", "monitoring committee"],
           fr=["comité de suivi"]),
     group("place", en=["Brenne"], fr=["Brenne"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 10, 8), expected_by=date(2026, 10, 8))
MATCHER = Matcher([COMMITTEE])


def test_a_coming_month_is_no_past_one() -> None:
    assert not points_back(" second meeting in december ", date(2026, 11, 20))
    assert not points_back(" deuxieme reunion en janvier ", date(2026, 12, 2))
    assert points_back(" the committee set up in march ", date(2026, 6, 1))
    assert points_back(" opened in july 2025 ", date(2026, 5, 14))


def test_a_month_with_a_later_year_is_no_past_one() -> None:
    # "in April 2027" in December 2025 is ahead, not last April
    assert not points_back(" the online course opens in april 2027 ", date(2025, 12, 18))
    assert not points_back(" ouvrira en avril 2027 ", date(2025, 12, 18))
    assert points_back(" opened in april 2025 ", date(2025, 12, 18))
    assert points_back(" opened in april ", date(2025, 12, 18))


def test_a_coming_month_is_ahead_unless_the_word_is_past() -> None:
    assert points_ahead(" second meeting in december ", date(2026, 11, 20), False,
                        not_past=True)
    assert not points_ahead(" second meeting in december ", date(2026, 11, 20), False)
    assert not points_ahead(" meeting in march ", date(2026, 11, 20), False, not_past=True)


def test_a_later_round_announced_for_the_coming_month_updates() -> None:
    for title, language in [
        ("Brenne monitoring committee: second meeting in December", "en"),
        ("Brenne : deuxième réunion du comité de suivi en décembre", "fr"),
    ]:
        item = entry(title, "", "2026-11-20", language)
        assert verdict_for(MATCHER, item, "brenne-committee-first-meeting") == "updates", title
