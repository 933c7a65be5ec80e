"""``serve``: the service's whole life — lock, start, wait for a signal, stop."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from contextlib import closing
from datetime import date, time
from zoneinfo import ZoneInfo

from tracker.config import Config, ScheduleSettings
from tracker.poll.failures import ignored_proxy_note
from tracker.service.clockwatch import ClockWatch
from tracker.service.lock import InstanceLock, lock_path_for
from tracker.service.metafile import FileMeta
from tracker.service.notify import Liveness, Notifier, add_watchdog_job
from tracker.service.pipeline import Pipeline
from tracker.service.service import Clock, ScheduleValues, Service, system_clock
from tracker.service.signals import DEFAULT_STOP_GRACE_S, stop_on_signals, wait_until_set
from tracker.service.web import start_web

log = logging.getLogger("tracker.service")



def schedule_values(settings: ScheduleSettings,
                    feed_intervals: tuple[int, ...] = ()) -> ScheduleValues:
    """Plain schedule values; the poll job ticks at the shortest feed interval.

    A feed with its own shorter ``interval_minutes`` needs the poll job to run
    that often; feeds that are not due yet are skipped by the poll cycle.
    """
    return ScheduleValues(
        poll_minutes=min((settings.poll_minutes, *feed_intervals)),
        jitter_seconds=settings.jitter_seconds,
        digest_time=time(settings.digest_time.hour, settings.digest_time.minute),
        timezone=ZoneInfo(settings.timezone),
    )


def _tracked(liveness: Liveness, job: Callable[[date], None] | None
             ) -> Callable[[date], None] | None:
    return None if job is None else liveness.track(job)


def serve(
    config: Config,
    *,
    clock: Clock = system_clock,
    env: Mapping[str, str] | None = None,
    stop: threading.Event | None = None,
    stop_grace: float = DEFAULT_STOP_GRACE_S,
) -> bool:
    """Run the service until SIGTERM/SIGINT (or ``stop`` is set).

    Raises ``ServiceError`` if another service holds the database's lock.
    Returns True after a clean stop; False when a job was still running after
    ``stop_grace`` seconds — the caller should then exit the process at once
    (the database stays consistent: every feed is stored in its own transaction).
    """
    stop = stop or threading.Event()
    notifier = Notifier.from_env(os.environ if env is None else env)
    liveness = Liveness()
    lock = InstanceLock(lock_path_for(config.database))
    lock.acquire()
    log.info("service starting (PID %d), database %s", os.getpid(), config.database)
    proxy_note = ignored_proxy_note(os.environ if env is None else env,
                                    config.http.proxy_from_environment)
    if proxy_note:
        log.warning("%s", proxy_note)
    try:
        pipeline = Pipeline(config, stop, clock, os.environ if env is None else env)
        pipeline.beat = liveness.beat
        if not config.database.exists():
            log.warning("no database at %s: creating a new, empty one (first run)",
                        config.database)
        meta = FileMeta(config.database, busy_timeout=config.busy_timeout)
        with closing(meta), stop_on_signals(stop):
            claim_set = pipeline.load_claim_set()
            claims = claim_set.claims
            log.info("%d claim(s) loaded from %s", len(claims), config.claims_dir)
            pipeline.hold(meta.store, claim_set)
            pipeline.rematch_if_needed(meta.store, claims)
            web = start_web(config, clock, env)
            service = Service(
                schedule=schedule_values(config.schedule, tuple(
                    f.interval_minutes for f in config.feeds if f.interval_minutes and f.enabled)),
                poll_job=liveness.track(pipeline.poll),
                digest_job=liveness.track(pipeline.digest),
                deliver_job=_tracked(liveness, pipeline.deliver_job()),
                meta=meta,
                clock=clock,
                stop_event=stop,
            )
            service.start()
            if service.scheduler is not None and add_watchdog_job(
                    service.scheduler, notifier, liveness):
                log.info("systemd watchdog: pinging every %g s while jobs make progress",
                         notifier.watchdog_interval)
            notifier.ready()
            watch = ClockWatch()

            def check_clock() -> None:
                moved = watch.jumped()
                if moved is not None:
                    try:
                        service.clock_jumped(moved)
                    except Exception:
                        log.exception("rescheduling after a clock jump failed")

            wait_until_set(stop, every_tick=check_clock)
            notifier.stopping()
            log.info("stopping: waiting up to %.0f s for running jobs", stop_grace)
            clean = service.stop(timeout=stop_grace)
            if web is not None:
                web.close()
    finally:
        lock.release()
    if clean:
        log.info("service stopped")
    else:
        log.warning("a job was still running after %.0f s; exiting without it", stop_grace)
    return clean
