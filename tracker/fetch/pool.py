"""fetch_all: many fetches in a bounded thread pool, gentle with each host."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

from tracker.errors import FetchError
from tracker.fetch.messages import is_timeout, one_line
from tracker.protocols import Fetcher, FetchRequest, FetchResult

_DEFAULT_PORTS = {"http": 80, "https": 443}

START_THREADS = 1
"""Fetch threads a call starts with; more are added while fetches wait (up to ``workers``)."""

GROW_AFTER_S = 0.02
"""With requests left to start, the threads double when no fetch finished for this long.
Also the longest a finished fetch waits before it is handed to the caller."""

HAND_OVER = 16
"""Finished fetches that wake the caller at once (fewer wait up to GROW_AFTER_S)."""

GIVE_UP_AFTER = 2
"""Timeouts on one host in a call after which its remaining requests are not sent:
a host that stalls must not hold the cycle for (its feeds / per_host) deadlines."""

ROOM = 2 * HAND_OVER
"""Finished fetches the caller has not taken yet, at most: a thread with one more
waits, so a caller slower than the network (storing a first poll) never holds every
body of the cycle in memory at once."""


def host_key(url: str) -> str:
    """``hostname:port`` of a URL, the unit of the per-host limit."""
    try:
        parts = urlsplit(url)
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower(), 0)
    except ValueError:  # a bad port; the fetcher will report the URL itself
        return url
    return f"{(parts.hostname or '').lower()}:{port}"


def _fetch_one(fetcher: Fetcher, request: FetchRequest) -> FetchResult | FetchError:
    """Never raises an Exception: every failure becomes a FetchError value."""
    try:
        return fetcher.fetch(request)
    except FetchError as exc:
        return exc
    except Exception as exc:  # a bug or an odd library error must not stop the others
        message = f"unexpected {type(exc).__name__}: {one_line(str(exc))}"
        error = FetchError(request.url, message)
        error.__cause__ = exc
        return error


def fetch_all(fetcher: Fetcher, requests: Sequence[FetchRequest], *, workers: int,
              per_host: int, stop: threading.Event | None = None,
              ) -> Iterator[tuple[FetchRequest, FetchResult | FetchError]]:
    """Fetch every request; yield ``(request, result or FetchError)`` as each completes.

    At most ``workers`` fetches run at once, and at most ``per_host`` of them go to
    the same ``hostname:port``. Hosts take turns, so one feed-heavy host does not
    hold up the rest. The threads start at ``START_THREADS`` and double towards
    ``workers`` only while fetches wait on the network (nothing finished for
    ``GROW_AFTER_S``). Closing the iterator early drops the fetches not started
    and waits for the running ones (each bounded by the fetcher's deadline).
    Once ``stop`` is set, the fetches already finished are yielded and the
    iteration ends at once: nothing more starts, and the running fetches are
    abandoned to their (daemon) threads, their results dropped.
    """
    if workers < 1 or per_host < 1:
        raise ValueError(f"workers and per_host must be >= 1 (got {workers}, {per_host})")
    plan = _HostTurns(requests, per_host)
    finished = _Finished(len(requests))

    def work() -> None:
        while (task := plan.take()) is not None:
            host, request = task
            # Always report, even if the fetch dies oddly, or the caller would
            # wait forever.
            result: FetchResult | FetchError = FetchError(request.url, "fetch did not finish")
            dropped: list[FetchRequest] = []
            try:
                result = _fetch_one(fetcher, request)
                if isinstance(result, FetchError) and is_timeout(result.message):
                    dropped = plan.timed_out(host)
            finally:
                plan.done(host)
                finished.put((request, result))
                for skipped in dropped:
                    finished.put((skipped, FetchError(
                        skipped.url, f"not fetched: {GIVE_UP_AFTER} feeds on {host} timed "
                                     "out in this poll")))

    # Start with one thread and double them whenever nothing finishes for a while:
    # fetches that wait on the network need concurrency, but fetches that answer
    # at once (a 304 from a nearby server) are CPU-bound, and more threads would
    # only fight over the GIL.
    limit = min(workers, len(requests))
    threads: list[threading.Thread] = []

    def add_thread() -> None:
        # Daemon: should this generator never be closed, no worker may keep the
        # interpreter from exiting.
        thread = threading.Thread(target=work, name=f"fetch-{len(threads)}", daemon=True)
        threads.append(thread)
        thread.start()

    stopped = False
    try:
        for _ in range(min(START_THREADS, limit)):
            add_thread()
        while not finished.all_taken():
            if stop is not None and stop.is_set():
                stopped = True
                plan.stop()
                yield from finished.take(0)
                return
            batch = finished.take(GROW_AFTER_S)
            if not batch and len(threads) < limit and plan.waiting():
                # every running fetch is waiting: twice as many
                for _ in range(min(len(threads), limit - len(threads))):
                    add_thread()
            yield from batch
    finally:
        plan.stop()
        finished.close()
        for thread in threads:
            if thread.ident is not None and not stopped:  # started
                thread.join()


class _Finished:
    """Finished fetches on their way to the caller, handed over a few at a time.

    Waking the caller for every fetch cost more CPU than an unchanged feed's
    request (a thread switch each), so a finished fetch wakes the caller only
    when HAND_OVER of them wait, or when it is the last one; otherwise the caller
    collects them when its wait times out (GROW_AFTER_S). At most ROOM wait: a
    thread with one more waits for the caller to take them.
    """

    def __init__(self, expected: int) -> None:
        self._items: list[tuple[FetchRequest, FetchResult | FetchError]] = []
        self._undelivered = expected  # not yet taken by the caller
        self._closed = False
        lock = threading.Lock()
        self._ready = threading.Condition(lock)  # the caller waits for items
        self._room = threading.Condition(lock)  # fetch threads wait for room

    def put(self, item: tuple[FetchRequest, FetchResult | FetchError]) -> None:
        with self._ready:
            while len(self._items) >= ROOM and not self._closed:
                self._room.wait()
            self._items.append(item)
            if len(self._items) >= min(HAND_OVER, self._undelivered):
                self._ready.notify()

    def take(self, timeout: float) -> list[tuple[FetchRequest, FetchResult | FetchError]]:
        """What has finished, after waiting up to ``timeout`` if nothing had."""
        with self._ready:
            if not self._items:
                self._ready.wait(timeout)
            items, self._items = self._items, []
            self._undelivered -= len(items)
            self._room.notify_all()
            return items

    def close(self) -> None:
        """The caller takes nothing more: waiting threads drop their result."""
        with self._ready:
            self._closed = True
            self._room.notify_all()

    def all_taken(self) -> bool:
        return self._undelivered == 0


class _HostTurns:
    """The requests still to start, by host, taken in turns under a per-host limit.

    Shared by the worker threads: ``take`` blocks while every host with requests
    left is at its limit, and returns None when nothing is left (or on ``stop``).
    """

    def __init__(self, requests: Sequence[FetchRequest], per_host: int) -> None:
        self._queues: dict[str, deque[FetchRequest]] = {}
        for request in requests:
            self._queues.setdefault(host_key(request.url), deque()).append(request)
        self._turn = deque(self._queues)  # hosts with requests waiting, in turn order
        self._active = dict.fromkeys(self._queues, 0)  # running fetches per host
        self._per_host = per_host
        self._timeouts = dict.fromkeys(self._queues, 0)
        self._stopped = False
        self._changed = threading.Condition()

    def take(self) -> tuple[str, FetchRequest] | None:
        with self._changed:
            while not self._stopped and self._turn:
                host = next((h for h in self._turn if self._active[h] < self._per_host), None)
                if host is None:  # every waiting host is busy: wait for a fetch to end
                    self._changed.wait()
                    continue
                request = self._queues[host].popleft()
                self._turn.remove(host)
                if self._queues[host]:
                    self._turn.append(host)  # back of the line
                self._active[host] += 1
                return host, request
            return None

    def waiting(self) -> bool:
        """Are there requests not started yet? (A hint: read without the lock.)"""
        return bool(self._turn) and not self._stopped

    def timed_out(self, host: str) -> list[FetchRequest]:
        """Count a timeout on ``host``; at GIVE_UP_AFTER, take back its requests not
        started yet (the caller reports them as not fetched)."""
        with self._changed:
            self._timeouts[host] += 1
            if self._timeouts[host] < GIVE_UP_AFTER or not self._queues[host]:
                return []
            dropped = list(self._queues[host])
            self._queues[host].clear()
            if host in self._turn:
                self._turn.remove(host)
            self._changed.notify_all()
            return dropped

    def done(self, host: str) -> None:
        with self._changed:
            self._active[host] -= 1
            self._changed.notify()

    def stop(self) -> None:
        """Start nothing more; wake every waiting worker."""
        with self._changed:
            self._stopped = True
            self._changed.notify_all()
