"""The two scheduled jobs, as APScheduler 3 sees them.

- ``poll``: every ``poll_minutes`` (± ``jitter_seconds``), first run at start.
  ``max_instances=1``: a poll never overlaps another; a poll still running when
  the next one is due makes that one wait (coalesced), not pile up.
  ``misfire_grace_time`` is the whole interval: APScheduler's default of 1 s
  would silently drop a run that starts a second late (busy pool, suspend).
- ``digest``: daily at ``digest_time`` in the configured zone. A generous grace
  (12 h) so a late wake-up still writes it; the job itself also catches up on
  missed days (see ``catchup``), so nothing depends on the grace alone.

Two worker threads: one poll plus one digest. The poll job hands its feeds to
the fetcher's own bounded pool; there is never one job per feed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, tzinfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

POLL_JOB_ID = "poll"
DIGEST_JOB_ID = "digest"
EXECUTOR_THREADS = 2  # one poll + one digest
DIGEST_MISFIRE_GRACE_S = 12 * 3600


def poll_trigger(poll_minutes: int, jitter_seconds: int, timezone: tzinfo) -> IntervalTrigger:
    return IntervalTrigger(minutes=poll_minutes, jitter=jitter_seconds or None,
                           timezone=timezone)


def digest_trigger(digest_time: time, timezone: tzinfo) -> CronTrigger:
    return CronTrigger(hour=digest_time.hour, minute=digest_time.minute, timezone=timezone)


def build_scheduler(
    *,
    poll_minutes: int,
    jitter_seconds: int,
    digest_time: time,
    timezone: tzinfo,
    poll: Callable[[], None],
    digest: Callable[[], None],
    first_poll_at: datetime,
) -> BackgroundScheduler:
    """A scheduler (not started) holding the poll and digest jobs."""
    scheduler = BackgroundScheduler(
        executors={"default": ThreadPoolExecutor(EXECUTOR_THREADS)},
        timezone=timezone,
    )
    scheduler.add_job(
        poll,
        poll_trigger(poll_minutes, jitter_seconds, timezone),
        id=POLL_JOB_ID,
        name="poll feeds",
        next_run_time=first_poll_at,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=poll_minutes * 60,
    )
    scheduler.add_job(
        digest,
        digest_trigger(digest_time, timezone),
        id=DIGEST_JOB_ID,
        name="daily digest",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=DIGEST_MISFIRE_GRACE_S,
    )
    return scheduler
