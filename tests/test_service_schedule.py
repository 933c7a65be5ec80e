"""The scheduler holds exactly the jobs the configuration asks for."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from tracker.service.catchup import due_digest_days, latest_due_day
from tracker.service.schedule import DIGEST_JOB_ID, POLL_JOB_ID, build_scheduler

TOKYO = ZoneInfo("Asia/Tokyo")


def _noop() -> None:
    return None


def _scheduler(poll_minutes: int = 30, jitter: int = 90,
               at: time = time(6, 45)) -> BackgroundScheduler:
    return build_scheduler(
        poll_minutes=poll_minutes, jitter_seconds=jitter, digest_time=at, timezone=TOKYO,
        poll=_noop, digest=_noop, first_poll_at=datetime(2030, 1, 1, 12, 0, tzinfo=UTC),
    )


def test_poll_job_is_an_interval_with_jitter_and_never_overlaps() -> None:
    scheduler = _scheduler(poll_minutes=30, jitter=90)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {POLL_JOB_ID, DIGEST_JOB_ID}
    poll = jobs[POLL_JOB_ID]
    assert isinstance(poll.trigger, IntervalTrigger)
    assert poll.trigger.interval == timedelta(minutes=30)
    assert poll.trigger.jitter == 90
    assert poll.max_instances == 1
    assert poll.coalesce is True
    # Not APScheduler's 1-second default: a late poll still runs.
    assert poll.misfire_grace_time == 30 * 60


def test_digest_job_is_a_daily_cron_in_the_configured_zone() -> None:
    scheduler = _scheduler(at=time(6, 45))
    digest = scheduler.get_job(DIGEST_JOB_ID)
    assert isinstance(digest.trigger, CronTrigger)
    fields = {f.name: str(f) for f in digest.trigger.fields}
    assert fields["hour"] == "6"
    assert fields["minute"] == "45"
    assert fields["day"] == "*"
    assert digest.trigger.timezone == TOKYO
    assert digest.coalesce is True
    assert digest.max_instances == 1
    assert digest.misfire_grace_time >= 3600
    # Next fire after a given instant is 06:45 Tokyo time.
    fire = digest.trigger.get_next_fire_time(None, datetime(2030, 1, 1, 0, 0, tzinfo=UTC))
    assert fire == datetime(2030, 1, 2, 6, 45, tzinfo=TOKYO)


def test_executor_pool_is_two_threads() -> None:
    scheduler = _scheduler()
    executor = scheduler._lookup_executor("default")
    assert executor._pool._max_workers == 2


def test_no_jitter_when_zero() -> None:
    poll = _scheduler(jitter=0).get_job(POLL_JOB_ID)
    assert not poll.trigger.jitter


def test_latest_due_day_turns_at_digest_time() -> None:
    at = time(7, 0)
    assert latest_due_day(datetime(2030, 5, 10, 6, 59, tzinfo=TOKYO), at) == date(2030, 5, 8)
    assert latest_due_day(datetime(2030, 5, 10, 7, 0, tzinfo=TOKYO), at) == date(2030, 5, 9)


def test_due_days_after_a_downtime_are_each_missed_day() -> None:
    now = datetime(2030, 5, 10, 9, 0, tzinfo=TOKYO)
    days = due_digest_days(date(2030, 5, 6), now, time(7, 0))
    assert days == [date(2030, 5, 7), date(2030, 5, 8), date(2030, 5, 9)]


def test_due_days_are_bounded() -> None:
    now = datetime(2030, 5, 30, 9, 0, tzinfo=TOKYO)
    days = due_digest_days(date(2030, 4, 1), now, time(7, 0), max_days=7)
    assert days[0] == date(2030, 5, 23)
    assert days[-1] == date(2030, 5, 29)
    assert len(days) == 7


def test_nothing_due_when_up_to_date_and_one_on_fresh_install() -> None:
    now = datetime(2030, 5, 10, 9, 0, tzinfo=TOKYO)
    assert due_digest_days(date(2030, 5, 9), now, time(7, 0)) == []
    assert due_digest_days(None, now, time(7, 0)) == [date(2030, 5, 9)]


def test_schedule_comes_from_the_config_file(tmp_path: Path) -> None:
    from tracker.config import load_config
    from tracker.service.runner import schedule_values

    path = tmp_path / "config.toml"
    path.write_text(
        '[schedule]\npoll_minutes = 45\njitter_seconds = 30\ndigest_time = "06:15"\n'
        'timezone = "Asia/Tokyo"\n[search_feeds]\nenabled = false\n'
        '[[feeds]]\nname = "A"\nurl = "https://a.example/rss"\n'
        '[[feeds]]\nname = "B"\nurl = "https://b.example/rss"\ninterval_minutes = 20\n',
        encoding="utf-8",
    )
    config = load_config(path)
    values = schedule_values(config.schedule,
                             tuple(f.interval_minutes for f in config.feeds if f.interval_minutes))
    assert values.poll_minutes == 20  # the poll job ticks as often as the most eager feed
    scheduler = build_scheduler(
        poll_minutes=values.poll_minutes, jitter_seconds=values.jitter_seconds,
        digest_time=values.digest_time, timezone=values.timezone, poll=_noop, digest=_noop,
        first_poll_at=datetime(2030, 1, 1, tzinfo=UTC),
    )
    poll = scheduler.get_job(POLL_JOB_ID)
    assert poll.trigger.interval == timedelta(minutes=20)
    assert poll.trigger.jitter == 30
    digest = scheduler.get_job(DIGEST_JOB_ID)
    fields = {f.name: str(f) for f in digest.trigger.fields}
    assert (fields["hour"], fields["minute"]) == ("6", "15")
    assert digest.trigger.timezone == TOKYO
