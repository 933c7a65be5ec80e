"""A one-off claim's confirmations read together (tracker/status/one_off.py): the
pure rule for follow-ups and early reports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tracker.models import ClaimKind
from tracker.status.one_off import Confirmation, established, one_off_claims, out_of_step

EVENT = ClaimKind.EVENT
DAY0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def at(days: float, source: str, key: str = "", accepted: bool = False) -> Confirmation:
    return Confirmation(key or f"{source}+{days}", DAY0 + timedelta(days=days), source,
                        accepted)


def test_a_second_source_within_three_days_establishes_the_event() -> None:
    assert established([at(0, "wire"), at(1, "daily")]) == DAY0
    assert established([at(1, "daily"), at(0, "wire")]) == DAY0  # any order


def test_one_source_alone_establishes_nothing() -> None:
    # one outlet's reports (an early misreading of a preview, then a repeat)
    assert established([at(0, "wire"), at(1, "wire"), at(40, "wire")]) is None
    assert out_of_step([at(0, "wire"), at(1, "wire"), at(40, "wire")], EVENT) == {}


def test_a_second_source_too_late_does_not_corroborate() -> None:
    # a preview read as done, then the real event weeks later, twice, then a follow-up
    confirmations = [at(0, "wire", "preview"), at(30, "daily"), at(31, "weekly"),
                     at(60, "wire", "late")]
    event = DAY0 + timedelta(days=30)
    assert established(confirmations) == event
    assert out_of_step(confirmations, EVENT) == {"preview": event, "late": event}


def test_reports_more_than_three_days_before_the_event_are_no_report_of_it() -> None:
    # a step read as done (day 0) and a preview on the eve (day 4): no two sources
    # within three days until the event itself (days 9 and 10)
    confirmations = [at(0, "wire", "step"), at(4, "daily", "eve"), at(9, "wire", "a"),
                     at(10, "weekly", "b")]
    event = DAY0 + timedelta(days=9)
    assert established(confirmations) == event
    assert out_of_step(confirmations, EVENT) == {"step": event, "eve": event}


def test_reports_more_than_two_weeks_after_the_event_follow_it_up() -> None:
    # a weekly, a trade paper or a paper abroad tells the event itself days late
    confirmations = [at(0, "wire", "a"), at(1, "daily", "b"), at(3, "weekly", "c"),
                     at(4, "abroad", "d"), at(10, "weekly", "e"), at(14, "trade", "e2"),
                     at(14.5, "wire", "f"), at(40, "daily", "g")]
    event = DAY0
    assert out_of_step(confirmations, EVENT) == {"f": event, "g": event}


def test_a_busier_run_of_reports_establishes_the_event() -> None:
    # a preview read as done by two outlets, then the event itself told by three
    confirmations = [at(0, "wire", "p1"), at(1, "daily", "p2"), at(40, "wire", "a"),
                     at(40, "daily", "b"), at(41, "weekly", "c")]
    event = DAY0 + timedelta(days=40)
    assert established(confirmations) == event
    assert out_of_step(confirmations, EVENT) == {"p1": event, "p2": event}


def test_of_equally_busy_runs_the_earliest_establishes_the_event() -> None:
    # the event, then a later round told by as many outlets: a follow-up
    confirmations = [at(0, "wire", "a"), at(1, "daily", "b"), at(40, "wire", "c"),
                     at(41, "daily", "d")]
    assert established(confirmations) == DAY0
    assert out_of_step(confirmations, EVENT) == {"c": DAY0, "d": DAY0}


def test_an_accepted_confirmation_establishes_alone_and_is_never_a_follow_up() -> None:
    confirmations = [at(0, "wire", "a", accepted=True), at(20, "wire", "b"),
                     at(25, "daily", "c", accepted=True)]
    assert established(confirmations) == DAY0
    assert out_of_step(confirmations, EVENT) == {"b": DAY0}


def test_undated_reports_neither_establish_nor_are_relabelled() -> None:
    undated = Confirmation("u", None, "daily")
    assert established([at(0, "wire"), undated]) is None
    assert out_of_step([at(0, "wire"), at(1, "daily"), undated], EVENT) == {}


def test_extreme_dates_do_not_overflow() -> None:
    far = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    early = datetime(1, 1, 1, tzinfo=UTC)
    confirmations = [Confirmation("x", far, "wire"), Confirmation("y", far, "daily"),
                     Confirmation("z", early, "wire")]
    assert established(confirmations) == far
    assert out_of_step(confirmations, EVENT) == {"z": far}


def test_events_meetings_and_decisions_are_one_off() -> None:
    kinds = {"launch": ClaimKind.EVENT, "talks": ClaimKind.MEETING,
             "decide": ClaimKind.DECISION, "output": ClaimKind.TARGET,
             "stays": ClaimKind.STATE}
    assert one_off_claims(kinds) == {"launch": ClaimKind.EVENT, "talks": ClaimKind.MEETING,
                                     "decide": ClaimKind.DECISION}


def test_a_decision_has_early_reports_but_no_follow_ups() -> None:
    # a committee's approval read as the decision, the vote itself, then the grant paid
    confirmations = [at(0, "wire", "committee"), at(20, "daily", "vote"),
                     at(21, "wire", "vote2"), at(50, "daily", "grant")]
    event = DAY0 + timedelta(days=20)
    assert out_of_step(confirmations, ClaimKind.DECISION) == {"committee": event}
    assert out_of_step(confirmations, ClaimKind.MEETING) == {"committee": event,
                                                             "grant": event}
    assert out_of_step(confirmations, ClaimKind.TARGET) == {}
