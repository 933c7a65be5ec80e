"""The service core: three injected jobs, a clock, the scheduler, catch-up and stop.

It knows nothing about feeds or digests: ``poll_job()`` runs one poll cycle,
``digest_job(day)`` writes the digest for one day, ``deliver_job(day)`` sends a
written digest. That keeps the scheduling logic testable on its own, with an
injected clock instead of sleeping through a downtime.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from apscheduler.job import Job
from apscheduler.schedulers.background import BackgroundScheduler

from tracker.errors import TrackerError
from tracker.service import meta as keys
from tracker.service.catchup import MAX_CATCH_UP_DAYS, due_digest_days
from tracker.service.meta import MetaStore
from tracker.service.schedule import (
    DIGEST_JOB_ID,
    POLL_JOB_ID,
    build_scheduler,
    digest_trigger,
    poll_trigger,
)

log = logging.getLogger("tracker.service")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


Clock = Callable[[], datetime]
"""Returns the current time, timezone-aware."""


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ScheduleValues:
    """The ``[schedule]`` settings as the service uses them (``runner.schedule_values``
    builds them from ``ScheduleSettings``, where the defaults live)."""

    poll_minutes: int
    jitter_seconds: int
    digest_time: time
    timezone: ZoneInfo


class Service:
    """Runs the poll and digest jobs on a schedule and records their runs in meta."""

    def __init__(
        self,
        *,
        schedule: ScheduleValues,
        poll_job: Callable[[], str | None],
        digest_job: Callable[[date], None],
        meta: MetaStore,
        clock: Clock = system_clock,
        deliver_job: Callable[[date], None] | None = None,
        stop_event: threading.Event | None = None,
        max_catch_up_days: int = MAX_CATCH_UP_DAYS,
    ) -> None:
        self.schedule = schedule
        self._poll_job = poll_job
        self._digest_job = digest_job
        self._deliver_job = deliver_job
        self._meta = meta
        self._clock = clock
        self.stop_event = stop_event or threading.Event()
        self._max_catch_up_days = max_catch_up_days
        self._digest_lock = threading.Lock()  # catch-up at start vs the scheduled run
        self.scheduler: BackgroundScheduler | None = None
        self._jobs: dict[str, Job | None] = {}
        self._record_error: str | None = None  # the last meta write failure logged

    # -- jobs ---------------------------------------------------------------

    def run_poll(self) -> None:
        """One poll cycle, recorded in meta. Errors are logged, never raised."""
        if self.stop_event.is_set():
            return
        started = self._clock()
        self._record(keys.LAST_POLL_START, started.isoformat())
        log.info("poll started")
        try:
            summary = self._poll_job()
        except Exception as exc:
            self._failed("poll", keys.LAST_POLL_FAILURE, started, exc)
            summary = f"failed: {_one_line(exc)}"
        self._record(keys.LAST_POLL_END, self._clock().isoformat())
        self._record(keys.LAST_POLL_RESULT, summary or "done")
        log.info("poll finished: %s", summary or "done")
        self._record_next_runs()

    def run_digests(self) -> list[date]:
        """Write every due digest not yet written (oldest first), then deliver.

        Used both by the daily job and at start (catch-up). A day whose digest
        fails stops the run, so the next run starts again from that day.
        """
        with self._digest_lock:
            produced = self._write_due_digests()
            self._deliver_pending()
            self._record(keys.LAST_DIGEST_RUN, self._clock().isoformat())
        self._record_next_runs()
        return produced

    def _write_due_digests(self) -> list[date]:
        now_local = self._clock().astimezone(self.schedule.timezone)
        last = keys.parse_day(self._meta.get_meta(keys.LAST_DIGEST_DAY))
        days = due_digest_days(last, now_local, self.schedule.digest_time,
                               self._max_catch_up_days)
        produced: list[date] = []
        for day in days:
            if self.stop_event.is_set():
                break
            try:
                self._digest_job(day)
            except Exception as exc:
                self._failed(f"digest for {day}", keys.LAST_DIGEST_FAILURE, self._clock(), exc)
                break
            produced.append(day)
            if not self._record(keys.LAST_DIGEST_DAY, day.isoformat()):
                break
            if self._deliver_job is not None:
                pending = keys.parse_days(self._meta.get_meta(keys.PENDING_DELIVERY))
                self._record(keys.PENDING_DELIVERY, keys.format_days([*pending, day]))
            log.debug("digest day %s recorded", day)
        return produced

    def _failed(self, job: str, key: str, when: datetime, exc: Exception) -> None:
        """Log a job's failure and keep it for ``status``. A TrackerError (a locked
        or missing database, a read-only folder) is one line; anything else is a
        bug, logged with its traceback."""
        if isinstance(exc, TrackerError):
            log.error("%s failed: %s", job, _one_line(exc))
        else:
            log.exception("%s failed", job)
        self._record(key, keys.format_failure(when, _one_line(exc)))

    def _record(self, key: str, value: str) -> bool:
        """Write a meta value; a failure to write (the database locked, read-only
        or gone) is logged, never raised: it must not stop the job that reports it."""
        try:
            self._meta.set_meta(key, value)
        except Exception as exc:
            reason = _one_line(exc)
            if reason != self._record_error:  # once per cause, not once per key and run
                log.error("cannot record %s in the database: %s", key, reason)
                self._record_error = reason
            return False
        self._record_error = None
        return True

    def _deliver_pending(self) -> None:
        if self._deliver_job is None:
            return
        pending = keys.parse_days(self._meta.get_meta(keys.PENDING_DELIVERY))
        # Keep retrying only recent days; older ones stay as files on disk.
        pending = pending[-self._max_catch_up_days:]
        while pending:
            day = pending[0]
            try:
                self._deliver_job(day)
            except Exception as exc:
                log.warning("delivery of the %s digest failed, will retry: %s", day, exc)
                self._record(keys.LAST_DELIVERY_ERROR, f"{day}: {exc}")
                self._record(keys.LAST_DELIVERY_FAILURE, keys.format_failure(
                    self._clock(), f"the {day} digest: {_one_line(exc)}"))
                break
            pending.pop(0)
            log.info("digest for %s delivered", day)
        self._record(keys.PENDING_DELIVERY, keys.format_days(pending))

    # -- lifecycle ------------------------------------------------------------

    def start(self, *, catch_up: bool = True) -> None:
        """Catch up on missed digests, then start the scheduler (first poll now)."""
        if catch_up:
            self.run_digests()
        self.scheduler = build_scheduler(
            poll_minutes=self.schedule.poll_minutes,
            jitter_seconds=self.schedule.jitter_seconds,
            digest_time=self.schedule.digest_time,
            timezone=self.schedule.timezone,
            poll=self.run_poll,
            digest=self._scheduled_digest,
            # The scheduler runs on real time; the injected clock drives the records.
            first_poll_at=datetime.now(self.schedule.timezone),
        )
        # Keep the Job objects: reading their next_run_time needs no scheduler lock.
        # (Calling scheduler.get_job() from inside a job deadlocks with
        # shutdown(wait=True), which holds the job store lock while it waits.)
        self._jobs = {job_id: self.scheduler.get_job(job_id)
                      for job_id in (POLL_JOB_ID, DIGEST_JOB_ID)}
        self.scheduler.start()
        self._record_next_runs()
        log.info(
            "service started: poll every %d min (jitter %d s), digest daily at %s %s",
            self.schedule.poll_minutes, self.schedule.jitter_seconds,
            self.schedule.digest_time.strftime("%H:%M"), self.schedule.timezone.key,
        )

    def clock_jumped(self, seconds: float) -> None:
        """The wall clock moved by ``seconds`` (see clockwatch): the scheduler's
        next runs were computed on the old time. Poll now, and compute the next
        digest from the new time."""
        scheduler = self.scheduler
        if scheduler is None or not scheduler.running or self.stop_event.is_set():
            return
        log.warning("the system clock jumped by %+.0f s: rescheduling the jobs", seconds)
        now = datetime.now(self.schedule.timezone)
        scheduler.reschedule_job(POLL_JOB_ID, trigger=poll_trigger(
            self.schedule.poll_minutes, self.schedule.jitter_seconds, self.schedule.timezone))
        scheduler.modify_job(POLL_JOB_ID, next_run_time=now)
        scheduler.reschedule_job(DIGEST_JOB_ID, trigger=digest_trigger(
            self.schedule.digest_time, self.schedule.timezone))
        self._jobs = {job_id: scheduler.get_job(job_id) for job_id in (POLL_JOB_ID, DIGEST_JOB_ID)}

    def _scheduled_digest(self) -> None:
        try:
            self.run_digests()
        except TrackerError as exc:  # its records unreadable: a missing or locked database
            log.error("digest run failed: %s", _one_line(exc))
        except Exception:
            log.exception("digest run failed")

    def stop(self, timeout: float = 10.0) -> bool:
        """Ask running jobs to stop between feeds and wait up to ``timeout`` s.

        Returns False if a job was still running when the time was up.
        """
        self.stop_event.set()
        scheduler = self.scheduler
        if scheduler is None or not scheduler.running:
            return True
        finished = threading.Event()

        def shut() -> None:
            scheduler.shutdown(wait=True)
            finished.set()

        threading.Thread(target=shut, name="scheduler-shutdown", daemon=True).start()
        return finished.wait(timeout)

    def _record_next_runs(self) -> None:
        if self.stop_event.is_set():
            return
        now = datetime.now(UTC)
        for job_id, key in ((POLL_JOB_ID, keys.NEXT_POLL), (DIGEST_JOB_ID, keys.NEXT_DIGEST)):
            job = self._jobs.get(job_id)
            upcoming = job.next_run_time if job is not None else None
            # Just after a run starts the scheduler may not have moved it on yet.
            if upcoming is not None and upcoming > now:
                self._record(key, upcoming.isoformat())
