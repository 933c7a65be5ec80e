"""Catch-up and delivery bookkeeping of the service core, with an injected clock.

The jobs are plain functions recording what they were asked to do; the meta
table is a real store. No scheduler is started and nothing sleeps: "downtime"
is the clock jumping forward.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.project import copy_shipped_claims

from tracker.errors import DeliveryError
from tracker.service import meta as keys
from tracker.service.service import ScheduleValues, Service
from tracker.store import Store

pytestmark = pytest.mark.timeout(30)

PARIS = ZoneInfo("Europe/Paris")
SCHEDULE = ScheduleValues(poll_minutes=60, jitter_seconds=0, digest_time=time(7, 0),
                          timezone=PARIS)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _service(store: Store, clock: Clock, written: list[date],
             delivered: list[date] | None = None,
             deliver_fails: list[bool] | None = None) -> Service:
    def deliver(day: date) -> None:
        if deliver_fails and deliver_fails[0]:
            raise DeliveryError(f"smtp://127.0.0.1: connection refused for {day}")
        assert delivered is not None
        delivered.append(day)

    return Service(
        schedule=SCHEDULE, poll_job=lambda: "ok", digest_job=written.append,
        meta=store, clock=clock, deliver_job=deliver if delivered is not None else None,
    )


def test_missed_days_are_written_after_downtime(store: Store) -> None:
    clock = Clock(datetime(2030, 6, 3, 8, 0, tzinfo=PARIS))
    written: list[date] = []
    service = _service(store, clock, written)
    assert service.run_digests() == [date(2030, 6, 2)]  # fresh install: yesterday only
    assert store.get_meta(keys.LAST_DIGEST_DAY) == "2030-06-02"

    # Down from the 3rd to the morning of the 7th (before the digest time).
    clock.now = datetime(2030, 6, 7, 6, 30, tzinfo=PARIS)
    assert service.run_digests() == [date(2030, 6, 3), date(2030, 6, 4), date(2030, 6, 5)]
    assert written == [date(2030, 6, 2), date(2030, 6, 3), date(2030, 6, 4), date(2030, 6, 5)]

    # Nothing new until the next digest time has passed.
    assert service.run_digests() == []
    clock.now = datetime(2030, 6, 7, 7, 0, tzinfo=PARIS)
    assert service.run_digests() == [date(2030, 6, 6)]


def test_catch_up_is_bounded_to_a_week(store: Store) -> None:
    store.set_meta(keys.LAST_DIGEST_DAY, "2030-01-01")
    clock = Clock(datetime(2030, 3, 1, 12, 0, tzinfo=UTC))
    written: list[date] = []
    _service(store, clock, written).run_digests()
    assert written[0] == date(2030, 2, 22)
    assert written[-1] == date(2030, 2, 28)
    assert len(written) == 7


def test_the_day_is_taken_in_the_configured_zone(store: Store) -> None:
    # 23:30 UTC on the 9th is 01:30 on the 10th in Paris: the 9th is not yet due
    # (digest time 07:00), but the 8th is.
    clock = Clock(datetime(2030, 6, 9, 23, 30, tzinfo=UTC))
    written: list[date] = []
    _service(store, clock, written).run_digests()
    assert written == [date(2030, 6, 8)]


def test_a_failing_digest_is_retried_from_that_day(store: Store) -> None:
    store.set_meta(keys.LAST_DIGEST_DAY, "2030-06-01")
    clock = Clock(datetime(2030, 6, 4, 9, 0, tzinfo=PARIS))
    attempts: list[date] = []

    def digest(day: date) -> None:
        attempts.append(day)
        if day == date(2030, 6, 3) and attempts.count(day) == 1:
            raise OSError("disk full")

    service = Service(schedule=SCHEDULE, poll_job=lambda: None, digest_job=digest,
                      meta=store, clock=clock)
    assert service.run_digests() == [date(2030, 6, 2)]
    assert store.get_meta(keys.LAST_DIGEST_DAY) == "2030-06-02"
    assert service.run_digests() == [date(2030, 6, 3)]
    assert attempts == [date(2030, 6, 2), date(2030, 6, 3), date(2030, 6, 3)]


def test_failed_delivery_is_kept_and_retried_next_run(store: Store) -> None:
    clock = Clock(datetime(2030, 6, 3, 8, 0, tzinfo=PARIS))
    written: list[date] = []
    delivered: list[date] = []
    smtp_down = [True]
    service = _service(store, clock, written, delivered, smtp_down)

    service.run_digests()
    assert written == [date(2030, 6, 2)]  # the file is written even though delivery failed
    assert delivered == []
    assert store.get_meta(keys.PENDING_DELIVERY) == "2030-06-02"
    assert "connection refused" in (store.get_meta(keys.LAST_DELIVERY_ERROR) or "")

    smtp_down[0] = False
    clock.now = datetime(2030, 6, 4, 7, 5, tzinfo=PARIS)
    service.run_digests()
    assert delivered == [date(2030, 6, 2), date(2030, 6, 3)]
    assert store.get_meta(keys.PENDING_DELIVERY) == ""


def test_poll_run_is_recorded_and_errors_do_not_escape(store: Store) -> None:
    clock = Clock(datetime(2030, 6, 3, 8, 0, tzinfo=UTC))

    def broken_poll() -> str:
        raise RuntimeError("boom")

    service = Service(schedule=SCHEDULE, poll_job=broken_poll, digest_job=lambda d: None,
                      meta=store, clock=clock)
    service.run_poll()
    assert store.get_meta(keys.LAST_POLL_END) == "2030-06-03T08:00:00+00:00"
    assert "failed" in (store.get_meta(keys.LAST_POLL_RESULT) or "")


def test_started_service_polls_at_once_records_next_runs_and_stops(store: Store) -> None:
    clock = Clock(datetime.now(UTC))
    polled = threading.Event()

    def poll() -> str:
        polled.set()
        return "polled 0 feeds"

    service = Service(schedule=SCHEDULE, poll_job=poll, digest_job=lambda d: None,
                      meta=store, clock=clock)
    service.start(catch_up=False)
    try:
        assert polled.wait(10), "the first poll runs at start"
        digest_next = keys.parse_time(store.get_meta(keys.NEXT_DIGEST))
        assert digest_next is not None
        assert digest_next.astimezone(PARIS).time() == time(7, 0)
    finally:
        assert service.stop(timeout=5)
    assert service.scheduler is not None
    assert not service.scheduler.running
    assert store.get_meta(keys.LAST_POLL_RESULT) == "polled 0 feeds"
    assert store.get_meta(keys.LAST_DIGEST_DAY) is None  # catch_up=False


def test_real_digest_job_writes_each_missed_day(tmp_path: Path) -> None:
    """The Pipeline's digest job, driven by the service after a downtime."""
    from tracker.config import load_config
    from tracker.service.pipeline import Pipeline
    from tracker.service.runner import schedule_values

    copy_shipped_claims(tmp_path)
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'[storage]\ndatabase = "{tmp_path / "t.sqlite3"}"\n'
        f'[claims]\ndir = "{tmp_path / "claims"}"\nseeds_dir = "{tmp_path / "seeds"}"\n'
        '[schedule]\ntimezone = "Asia/Tokyo"\ndigest_time = "06:30"\n'
        f'[digest]\noutput_dir = "{tmp_path / "digests"}"\n'
        "[search_feeds]\nenabled = false\n",
        encoding="utf-8",
    )
    config = load_config(config_path)
    clock = Clock(datetime(2030, 6, 5, 6, 0, tzinfo=ZoneInfo("Asia/Tokyo")))
    pipeline = Pipeline(config, threading.Event(), clock, env={})
    assert pipeline.deliver_job() is None  # no e-mail, no alerts configured
    with Store.open(config.database) as store:
        store.set_meta(keys.LAST_DIGEST_DAY, "2030-06-01")
        service = Service(schedule=schedule_values(config.schedule), poll_job=lambda: None,
                          digest_job=pipeline.digest, meta=store, clock=clock)
        assert service.run_digests() == [date(2030, 6, 2), date(2030, 6, 3)]
    written = sorted(p.name for p in (tmp_path / "digests").iterdir())
    assert written == ["2030-06-02.html", "2030-06-02.md", "2030-06-03.html", "2030-06-03.md"]
    assert "2030-06-03" in (tmp_path / "digests" / "2030-06-03.md").read_text(encoding="utf-8")


def test_service_delivery_subject_says_what_moved(tmp_path: Path) -> None:
    """The service's delivery job mails the day's files with the same subject as
    ``digest --send``: the date and the counts, not just the digest title."""
    import email
    import email.policy

    from test_deliver_email import smtp_server

    from tracker.config import load_config
    from tracker.service.pipeline import Pipeline

    copy_shipped_claims(tmp_path)
    with smtp_server() as (inbox, port):
        config_path = tmp_path / "config.toml"
        config_path.write_text(
            f'[storage]\ndatabase = "{tmp_path / "t.sqlite3"}"\n'
            f'[claims]\ndir = "{tmp_path / "claims"}"\nseeds_dir = "{tmp_path / "seeds"}"\n'
            '[schedule]\ntimezone = "UTC"\n'
            f'[digest]\noutput_dir = "{tmp_path / "digests"}"\n'
            "[search_feeds]\nenabled = false\n"
            "[delivery.email]\nenabled = true\nhost = \"127.0.0.1\"\n"
            f'port = {port}\nsecurity = "none"\nsender = "bot@example.org"\n'
            'recipients = ["analyst@example.org"]\n',
            encoding="utf-8",
        )
        config = load_config(config_path)
        clock = Clock(datetime(2030, 6, 5, 8, 0, tzinfo=ZoneInfo("UTC")))
        pipeline = Pipeline(config, threading.Event(), clock, env={})
        Store.open(config.database).close()  # the service creates it at start
        pipeline.digest(date(2030, 6, 4))
        deliver = pipeline.deliver_job()
        assert deliver is not None
        deliver(date(2030, 6, 4))
    assert len(inbox.received) == 1
    message = email.message_from_bytes(inbox.received[0].content, policy=email.policy.default)
    subject = str(message["Subject"])
    assert "2030-06-04" in subject
    assert "0 new findings" in subject
