"""next_attempt (pure back-off schedule) and parse_retry_after."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from tracker.fetch import next_attempt, parse_retry_after

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
DAY = timedelta(hours=24)


def _delay(errors: int, *, interval: timedelta = HOUR, seed: int = 0,
           retry_after: float | None = None, cap: timedelta = DAY) -> timedelta:
    when = next_attempt(NOW, errors, interval, retry_after=retry_after,
                        rng=random.Random(seed), cap=cap)
    return when - NOW


def test_no_errors_means_the_interval() -> None:
    assert _delay(0) == HOUR
    assert _delay(0, interval=timedelta(minutes=15)) == timedelta(minutes=15)


@pytest.mark.parametrize("errors", range(1, 12))
@pytest.mark.parametrize("seed", range(20))
def test_jitter_stays_in_its_band(errors: int, seed: int) -> None:
    low = HOUR * 2 ** (errors - 1)
    high = HOUR * 2 ** errors
    delay = _delay(errors, seed=seed)
    assert min(low, DAY) <= delay <= min(high, DAY)


def test_jitter_actually_varies() -> None:
    delays = {_delay(2, seed=seed) for seed in range(20)}
    assert len(delays) > 10


def test_same_rng_seed_same_answer() -> None:
    assert _delay(3, seed=42) == _delay(3, seed=42)


@pytest.mark.parametrize("seed", range(30))
def test_monotone_in_errors_until_the_cap(seed: int) -> None:
    rng = random.Random(seed)  # one stream: every step draws a fresh number
    delays = [next_attempt(NOW, n, timedelta(minutes=30), rng=rng) - NOW for n in range(40)]
    assert delays == sorted(delays)
    assert delays[-1] == DAY


def test_never_longer_than_the_cap_and_never_infinite() -> None:
    assert _delay(10_000) == DAY
    assert _delay(10**9, cap=timedelta(hours=6)) == timedelta(hours=6)


def test_failing_feed_is_never_polled_more_often_than_a_healthy_one() -> None:
    assert all(_delay(1, seed=s) >= _delay(0) for s in range(50))


def test_retry_after_wins_when_longer() -> None:
    assert _delay(0, retry_after=3 * 3600) == timedelta(hours=3)
    assert _delay(1, retry_after=5 * 3600) == timedelta(hours=5)


def test_retry_after_ignored_when_shorter() -> None:
    assert _delay(0, retry_after=60) == HOUR
    assert _delay(3, retry_after=60, seed=7) == _delay(3, seed=7)


def test_retry_after_is_capped_too() -> None:
    assert _delay(1, retry_after=10 * 86400) == DAY


def test_nonsense_retry_after_is_ignored() -> None:
    assert _delay(0, retry_after=float("nan")) == HOUR
    assert _delay(0, retry_after=float("inf")) == HOUR
    assert _delay(0, retry_after=-5) == HOUR


def test_interval_longer_than_cap_is_kept() -> None:
    week = timedelta(days=7)
    assert _delay(0, interval=week) == week
    assert _delay(5, interval=week) == week


def test_default_rng_stays_in_band() -> None:
    delay = next_attempt(NOW, 2, HOUR) - NOW
    assert 2 * HOUR <= delay <= 4 * HOUR


@pytest.mark.parametrize(("value", "expected"), [
    ("120", 120.0),
    (" 0 ", 0.0),
    ("Sun, 01 Mar 2026 12:05:00 GMT", 300.0),
    ("Sunday, 01-Mar-26 12:05:00 GMT", 300.0),   # obsolete RFC 850 form
    ("Sun, 01 Mar 2026 11:00:00 GMT", 0.0),      # in the past: no wait
    ("soon", None),
    ("-5", None),
    ("1.5", None),
    ("", None),
    (None, None),
])
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected
