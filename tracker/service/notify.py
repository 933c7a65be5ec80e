"""systemd liveness: READY=1 after start-up, WATCHDOG=1 while jobs make progress.

The protocol (sd_notify) is one datagram per message to the AF_UNIX socket named
by NOTIFY_SOCKET (a path, or an abstract name written with a leading '@'), so it
needs no dependency. Outside systemd (no NOTIFY_SOCKET) every call is a no-op.

The watchdog is pinged by a job of the service's own scheduler, so a hung
scheduler stops the pings and systemd restarts the service (``WatchdogSec`` in
contrib/claimtracker.service). A job that is still running but has shown no
progress (no feed stored, no start or end) for ``stall_after`` also stops them:
a poll stuck forever is a hung service too.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Mapping
from typing import ParamSpec, TypeVar

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger

log = logging.getLogger("tracker.service")

WATCHDOG_JOB_ID = "watchdog"
DEFAULT_STALL_AFTER_S = 15 * 60.0

_T = TypeVar("_T")
_P = ParamSpec("_P")


class Notifier:
    """Sends sd_notify messages; does nothing without a socket."""

    def __init__(self, address: str | None, *, watchdog_usec: int | None = None) -> None:
        self.address = address or None
        self.watchdog_usec = watchdog_usec

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Notifier:
        """NOTIFY_SOCKET, and WATCHDOG_USEC when WATCHDOG_PID is unset or this process."""
        usec: int | None = None
        pid = env.get("WATCHDOG_PID", "")
        if not pid or pid == str(os.getpid()):
            try:
                usec = int(env.get("WATCHDOG_USEC", "")) or None
            except ValueError:
                usec = None
        return cls(env.get("NOTIFY_SOCKET"), watchdog_usec=usec)

    @property
    def watchdog_interval(self) -> float | None:
        """Seconds between pings (half of what systemd allows), or None when not asked."""
        if self.address is None or not self.watchdog_usec or self.watchdog_usec <= 0:
            return None
        return self.watchdog_usec / 2_000_000

    def send(self, message: str) -> bool:
        """One datagram; a failure is logged once per call, never raised."""
        if self.address is None:
            return False
        target = self.address
        if target.startswith("@"):  # abstract namespace: a leading NUL byte
            target = "\0" + target[1:]
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.connect(target)
                sock.sendall(message.encode("utf-8"))
        except OSError as exc:
            log.warning("systemd notification %r to %s failed: %s", message, self.address, exc)
            return False
        return True

    def ready(self) -> bool:
        return self.send("READY=1")

    def stopping(self) -> bool:
        return self.send("STOPPING=1")


class Liveness:
    """Whether the service's jobs make progress. Thread-safe; the clock is injected."""

    def __init__(self, *, stall_after: float = DEFAULT_STALL_AFTER_S,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.stall_after = stall_after
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._running = 0
        self._last_beat = monotonic()

    def beat(self) -> None:
        """A running job moved on (a feed stored, a digest written)."""
        with self._lock:
            self._last_beat = self._monotonic()

    def track(self, job: Callable[_P, _T]) -> Callable[_P, _T]:
        """``job`` wrapped so that its start and end count as progress."""
        def tracked(*args: _P.args, **kwargs: _P.kwargs) -> _T:
            with self._lock:
                self._running += 1
                self._last_beat = self._monotonic()
            try:
                return job(*args, **kwargs)
            finally:
                with self._lock:
                    self._running -= 1
                    self._last_beat = self._monotonic()
        return tracked

    def healthy(self) -> bool:
        """No job running, or the running ones showed progress within ``stall_after``."""
        with self._lock:
            return (self._running == 0
                    or self._monotonic() - self._last_beat < self.stall_after)


def watchdog_ping(notifier: Notifier, liveness: Liveness) -> Callable[[], None]:
    """The watchdog job: WATCHDOG=1 only while the jobs are healthy."""
    warned = threading.Event()

    def ping() -> None:
        if liveness.healthy():
            warned.clear()
            notifier.send("WATCHDOG=1")
        elif not warned.is_set():
            warned.set()
            log.error("a job has made no progress for %.0f s: no longer pinging the "
                      "systemd watchdog, so systemd restarts the service", liveness.stall_after)
    return ping


def add_watchdog_job(scheduler: BaseScheduler, notifier: Notifier, liveness: Liveness) -> bool:
    """Add the watchdog job when systemd asked for pings; True if added."""
    interval = notifier.watchdog_interval
    if interval is None:
        return False
    # its own thread: a poll and a digest running at once must not delay the pings
    scheduler.add_executor(ThreadPoolExecutor(1), alias=WATCHDOG_JOB_ID)
    scheduler.add_job(watchdog_ping(notifier, liveness), IntervalTrigger(seconds=interval),
                      id=WATCHDOG_JOB_ID, executor=WATCHDOG_JOB_ID, name="systemd watchdog",
                      max_instances=1,
                      coalesce=True, misfire_grace_time=max(1, int(interval)))
    return True
