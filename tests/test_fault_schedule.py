"""Feeds are polled as often as configured, and a wrong clock never stalls them
(issue 12, items 5 and 6). The clock is injected: each cycle gets the moment its
tick would start, as the service's scheduler would fire it."""

from __future__ import annotations

import functools
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers.faults import SCHEDULE
from helpers.feedgen import item, rss
from helpers.fetch import fast_settings
from helpers.poll import FeedSite, make_claim, make_matcher
from pytest_httpserver import HTTPServer

from tracker.fetch import HttpFetcher
from tracker.models import FeedSpec
from tracker.parse import parse_feed
from tracker.poll import CycleReport, run_cycle
from tracker.protocols import EntryMatcher
from tracker.service.clockwatch import ClockWatch
from tracker.service.service import Service
from tracker.store import Store

pytestmark = pytest.mark.timeout(120)

START = datetime(2025, 3, 24, 8, 0, tzinfo=UTC)


@pytest.fixture
def site(httpserver: HTTPServer) -> FeedSite:
    return FeedSite(httpserver)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "t.db") as s:
        yield s


@functools.cache
def matcher() -> EntryMatcher:
    return make_matcher(())  # built once: a matcher takes a while to build


def poll(store: Store, feeds: list[FeedSpec], now: datetime,
         interval: timedelta = timedelta(minutes=60)) -> CycleReport:
    with HttpFetcher(fast_settings()) as fetcher:
        return run_cycle(store, feeds, fetcher, parse_feed, matcher(), now=now,
                         interval=interval, workers=2, per_host=2, processes=1)


def serve_feed(site: FeedSite, path: str) -> str:
    site.put(path, rss([item("A story", link="https://ex.org/1", published=START)]),
             etag='"v1"')
    return site.url(path)


def test_one_minute_feed_is_polled_every_minute(site: FeedSite, store: Store) -> None:
    feed = FeedSpec("Minutely", serve_feed(site, "/m.xml"), interval_minutes=1)
    # Ticks every minute; each poll starts a few ms after its tick, sometimes
    # sooner after it than the poll before (that made every other tick skip).
    delays_ms = [40, 5, 30, 2, 25, 1, 20, 3, 10, 0]
    for n, delay in enumerate(delays_ms):
        poll(store, [feed], START + timedelta(minutes=n, milliseconds=delay))
    assert site.docs["/m.xml"].hits == len(delays_ms)


def test_hourly_feed_with_jitter_averages_an_hour(site: FeedSite, store: Store) -> None:
    feed = FeedSpec("Hourly", serve_feed(site, "/h.xml"))
    rng = random.Random(12)
    tick = START
    ticks = 0
    end = START + timedelta(hours=48)
    while tick < end:
        poll(store, [feed], tick + timedelta(milliseconds=rng.uniform(0, 50)))
        ticks += 1
        # APScheduler's IntervalTrigger: the interval plus a jitter of up to 120 s
        # (we also allow early ticks, which a different trigger could produce).
        tick += timedelta(minutes=60, seconds=rng.uniform(-120, 120))
    hits = site.docs["/h.xml"].hits
    assert hits == ticks
    assert 46 <= hits <= 50  # ~ one fetch per hour over 48 hours


def test_a_poll_with_the_clock_a_year_ahead_does_not_stall_the_feeds(
        site: FeedSite, store: Store) -> None:
    feeds = [FeedSpec("A", serve_feed(site, "/a.xml")),
             FeedSpec("Search", serve_feed(site, "/s.xml"), interval_minutes=180)]
    poll(store, feeds, START)
    poll(store, feeds, START + timedelta(days=365))  # someone set the clock wrong
    # Clock fixed: the next tick, an hour after the first poll, fetches both again
    # (the search feed's stored next attempt lies a year ahead: not trusted).
    report = poll(store, feeds, START + timedelta(hours=1))
    assert report.polled == 2
    assert site.docs["/a.xml"].hits == 3
    # ...and then they follow their own intervals again.
    report = poll(store, feeds, START + timedelta(hours=2))
    assert (report.polled, report.not_due) == (1, 1)


def test_a_clock_set_back_two_days_does_not_stall_the_feeds(
        site: FeedSite, store: Store) -> None:
    feeds = [FeedSpec("A", serve_feed(site, "/a.xml"))]
    poll(store, feeds, START)
    report = poll(store, feeds, START - timedelta(days=2))
    assert report.polled == 1


def test_a_failing_feed_keeps_its_back_off(site: FeedSite, store: Store) -> None:
    site.put("/down.xml", b"no", status=503)
    feeds = [FeedSpec("Down", site.url("/down.xml"), interval_minutes=1)]
    for n in range(6):
        poll(store, feeds, START + timedelta(minutes=n))
    # Back-off doubles the wait after each error: not one fetch per minute.
    assert site.docs["/down.xml"].hits <= 4


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_digest_written_under_a_clock_a_year_ahead_does_not_stop_the_digests(
        store: Store) -> None:
    written: list[date] = []
    clock = Clock(datetime(2025, 3, 24, 8, 0, tzinfo=UTC))
    service = Service(schedule=SCHEDULE, poll_job=lambda: "ok",
                      digest_job=written.append, meta=store, clock=clock)
    clock.now += timedelta(days=365)
    service.run_digests()
    assert written == [date(2026, 3, 23)]
    clock.now = datetime(2025, 3, 25, 8, 0, tzinfo=UTC)  # the clock is fixed
    service.run_digests()
    assert written[-1] == date(2025, 3, 24)
    clock.now += timedelta(days=1)
    service.run_digests()
    assert written[-1] == date(2025, 3, 25)


def test_clock_watch_sees_a_jump_back_and_forward() -> None:
    wall, mono = [1_000_000.0], [50.0]
    watch = ClockWatch(lambda: wall[0], lambda: mono[0], threshold=60)
    wall[0] += 0.5
    mono[0] += 0.5
    assert watch.jumped() is None
    wall[0] -= 2 * 86400  # set back two days
    mono[0] += 0.5
    assert watch.jumped() == pytest.approx(-2 * 86400 - 0.5)
    wall[0] += 0.5
    mono[0] += 0.5
    assert watch.jumped() is None
    wall[0] += 365 * 86400
    assert watch.jumped() == pytest.approx(365 * 86400)


def test_service_reschedules_its_jobs_after_a_clock_jump(store: Store) -> None:
    service = Service(schedule=SCHEDULE, poll_job=lambda: "ok",
                      digest_job=lambda day: None, meta=store)
    service.start(catch_up=False)
    try:
        scheduler = service.scheduler
        assert scheduler is not None
        # What a clock set back two days leaves: the next runs days away.
        later = datetime.now(UTC) + timedelta(days=2)
        scheduler.modify_job("poll", next_run_time=later)
        scheduler.modify_job("digest", next_run_time=later + timedelta(days=1))
        service.clock_jumped(-2 * 86400)
        now = datetime.now(UTC)
        for job_id, within in (("poll", timedelta(minutes=61)),
                               ("digest", timedelta(days=1, minutes=1))):
            job = scheduler.get_job(job_id)
            assert job is not None
            assert job.next_run_time <= now + within, job_id
    finally:
        assert service.stop(timeout=10)


def test_what_a_poll_a_year_ahead_stored_is_reported_once_the_clock_is_right(
        site: FeedSite, store: Store) -> None:
    site.put("/a.xml", rss([item("A story", link="https://ex.org/1", published=START)]))
    claim = make_claim("story", [["A story"]])
    feeds = [FeedSpec("A", site.url("/a.xml"))]
    ahead = START + timedelta(days=365)
    with HttpFetcher(fast_settings()) as fetcher:
        run_cycle(store, feeds, fetcher, parse_feed, make_matcher([claim]), now=ahead,
                  claims=[claim], processes=1)
    assert store.findings_between(START, START + timedelta(days=1)) == []
    poll(store, feeds, START + timedelta(hours=1))  # the clock is right again
    found = store.findings_between(START, START + timedelta(days=1))
    assert [f.entry.title for f in found] == ["A story"]
    assert found[0].entry.first_seen == START + timedelta(hours=1)
    assert store.current_statuses()["story"].since <= START + timedelta(hours=1)
