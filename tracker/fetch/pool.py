"""fetch_all: many fetches in a bounded thread pool, gentle with each host."""

from __future__ import annotations

import queue
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from urllib.parse import urlsplit

from tracker.errors import FetchError
from tracker.fetch.messages import one_line
from tracker.protocols import Fetcher, FetchRequest, FetchResult

_DEFAULT_PORTS = {"http": 80, "https": 443}


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
              per_host: int) -> Iterator[tuple[FetchRequest, FetchResult | FetchError]]:
    """Fetch every request; yield ``(request, result or FetchError)`` as each completes.

    At most ``workers`` fetches run at once, and at most ``per_host`` of them go to
    the same ``hostname:port``. Hosts take turns, so one feed-heavy host does not
    hold up the rest. Closing the iterator early cancels the fetches not started
    and waits for the running ones (each bounded by the fetcher's deadline).
    """
    if workers < 1 or per_host < 1:
        raise ValueError(f"workers and per_host must be >= 1 (got {workers}, {per_host})")
    queues: dict[str, deque[FetchRequest]] = {}
    for request in requests:
        queues.setdefault(host_key(request.url), deque()).append(request)
    turn = deque(queues)              # hosts with requests waiting, in turn order
    active = dict.fromkeys(queues, 0)  # running fetches per host

    # Finished fetches report through one queue: waiting on it costs the same
    # whatever the number of running fetches (concurrent.futures.wait installs a
    # waiter on every running future each time, which was a third of the CPU of
    # a cycle of 304s).
    finished: queue.SimpleQueue[tuple[str, FetchRequest, FetchResult | FetchError]] = (
        queue.SimpleQueue())
    submitted: list[Future[None]] = []

    def run(host: str, request: FetchRequest) -> None:
        # Always report, even if the thread is torn down mid-fetch, or the loop
        # below would wait forever.
        result: FetchResult | FetchError = FetchError(request.url, "fetch did not finish")
        try:
            result = _fetch_one(fetcher, request)
        finally:
            finished.put((host, request, result))

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
        running = 0

        def start_more() -> None:
            nonlocal running
            while running < workers:
                host = next((h for h in turn if active[h] < per_host), None)
                if host is None:
                    return
                request = queues[host].popleft()
                turn.remove(host)
                if queues[host]:
                    turn.append(host)  # back of the line
                active[host] += 1
                running += 1
                submitted.append(pool.submit(run, host, request))

        try:
            start_more()
            while running:
                host, request, result = finished.get()
                running -= 1
                active[host] -= 1
                start_more()
                yield request, result
        finally:
            for future in submitted:
                future.cancel()  # only those not started yet; running ones finish
