"""fetch_all: bounded pool, per-host limit, results as they complete, failures isolated."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from helpers.fetch import fast_settings, refused_url, send_head, serve

from tracker.errors import FetchError
from tracker.fetch import HttpFetcher, fetch_all, host_key
from tracker.fetch.pool import HAND_OVER, ROOM
from tracker.protocols import FetchRequest, FetchResult

pytestmark = pytest.mark.timeout(30)

FEED = b"<rss version='2.0'><channel><title>ok</title></channel></rss>"


class ConcurrencyCounter:
    """A handler that counts requests in progress and remembers the highest count."""

    def __init__(self, hold: float) -> None:
        self.hold = hold
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0
        self.served = 0
        self._never = threading.Event()

    def __call__(self, request: BaseHTTPRequestHandler) -> None:
        with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
        self._never.wait(self.hold)  # hold the request open so overlaps can happen
        with self.lock:
            self.active -= 1
            self.served += 1
        send_head(request, 200, {"Content-Length": str(len(FEED))})
        request.wfile.write(FEED)


def test_per_host_limit_is_never_exceeded() -> None:
    # held long enough for the pool to grow past two threads while they wait
    counters = [ConcurrencyCounter(0.2), ConcurrencyCounter(0.2)]
    with serve(counters[0]) as host_a, serve(counters[1]) as host_b, \
            HttpFetcher(fast_settings(workers=6)) as fetcher:
        requests = [FetchRequest(f"{base}/feed/{i}") for i in range(8)
                    for base in (host_a, host_b)]
        results = list(fetch_all(fetcher, requests, workers=6, per_host=2))
    assert sorted(r.url for r, _ in results) == sorted(r.url for r in requests)
    assert all(isinstance(res, FetchResult) and res.body == FEED for _, res in results)
    assert [c.served for c in counters] == [8, 8]
    assert max(c.peak for c in counters) <= 2
    # with 6 workers and 2 hosts the limit, not the pool, is what held it at 2
    assert max(c.peak for c in counters) == 2


def test_threads_are_added_while_fetches_wait_on_the_network() -> None:
    """The pool starts small but reaches ``workers`` concurrent fetches when each
    one waits: the server holds every request until six are in progress at once."""
    everyone_in = threading.Barrier(6)
    reached: list[bool] = []

    def handler(request: BaseHTTPRequestHandler) -> None:
        try:
            everyone_in.wait(timeout=10)
            reached.append(True)
        except threading.BrokenBarrierError:
            reached.append(False)
        send_head(request, 200, {"Content-Length": str(len(FEED))})
        request.wfile.write(FEED)

    with serve(handler) as base, HttpFetcher(fast_settings(read_timeout=15.0,
                                                           total_timeout=20.0)) as fetcher:
        requests = [FetchRequest(f"{base}/f{i}") for i in range(6)]
        results = list(fetch_all(fetcher, requests, workers=6, per_host=6))
    assert all(isinstance(res, FetchResult) for _, res in results)
    assert reached == [True] * 6


def test_more_fetches_to_a_host_than_pooled_connections_all_succeed() -> None:
    """A connection that does not fit back in the pool is closed as its body
    completes; reading that body must still succeed (it once failed with
    'connection broken')."""
    everyone_in = threading.Barrier(3)

    def handler(request: BaseHTTPRequestHandler) -> None:
        with contextlib.suppress(threading.BrokenBarrierError):
            everyone_in.wait(timeout=5)
        send_head(request, 200, {"Content-Length": str(len(FEED))})
        request.wfile.write(FEED)

    with serve(handler) as base, HttpFetcher(fast_settings(per_host=1)) as fetcher:
        requests = [FetchRequest(f"{base}/f{i}") for i in range(3)]
        results = list(fetch_all(fetcher, requests, workers=3, per_host=3))
    assert [res.body if isinstance(res, FetchResult) else str(res) for _, res in results] == (
        [FEED] * 3)


def test_every_result_comes_exactly_once_when_handed_over_in_groups() -> None:
    """Fast answers reach the caller a group at a time (HAND_OVER); none is lost,
    none repeated, also when the count is not a multiple of the group."""
    counter = ConcurrencyCounter(0.0)
    with serve(counter) as base, HttpFetcher(fast_settings()) as fetcher:
        requests = [FetchRequest(f"{base}/f{i}") for i in range(HAND_OVER * 3 + 5)]
        urls = [r.url for r, res in fetch_all(fetcher, requests, workers=4, per_host=2)
                if isinstance(res, FetchResult)]
    assert sorted(urls) == sorted(r.url for r in requests)
    assert counter.served == len(requests)


def test_threads_wait_while_the_caller_has_not_taken_their_results() -> None:
    """A caller slower than the network (a first poll storing) must not end up
    holding every body of the cycle: at most ROOM finished fetches wait for it,
    plus one result in each thread. Closing then releases the waiting threads."""
    counter = ConcurrencyCounter(0.0)
    requests = [FetchRequest(f"/f{i}") for i in range(300)]
    with serve(counter) as base, HttpFetcher(fast_settings()) as fetcher:
        requests = [FetchRequest(f"{base}{r.url}") for r in requests]
        results = fetch_all(fetcher, requests, workers=4, per_host=4)
        taken = [next(results)]
        threading.Event().wait(0.5)  # time enough to fetch all 300 on loopback
        served_while_waiting = counter.served
        results.close()  # type: ignore[attr-defined]
    assert len(taken) == 1
    # the caller took one group (at most ROOM) when it asked for the first result
    assert served_while_waiting <= 2 * ROOM + 4 < len(requests)


def test_per_host_one_serialises_a_host() -> None:
    counter = ConcurrencyCounter(0.02)
    with serve(counter) as base, HttpFetcher(fast_settings()) as fetcher:
        requests = [FetchRequest(f"{base}/f{i}") for i in range(6)]
        assert len(list(fetch_all(fetcher, requests, workers=4, per_host=1))) == 6
    assert counter.peak == 1


def test_results_come_as_they_complete() -> None:
    """The slow fetch is listed first but only finishes after the fast one was yielded."""
    gate = threading.Event()

    def handler(request: BaseHTTPRequestHandler) -> None:
        if request.path == "/slow":
            gate.wait(20)
        send_head(request, 200, {"Content-Length": str(len(request.path))})
        request.wfile.write(request.path.encode())

    with serve(handler) as base, HttpFetcher(fast_settings(total_timeout=25.0,
                                                           read_timeout=25.0)) as fetcher:
        results = fetch_all(fetcher, [FetchRequest(f"{base}/slow"),
                                      FetchRequest(f"{base}/fast")], workers=2, per_host=2)
        first_request, first = next(results)
        gate.set()
        second_request, second = next(results)
    assert isinstance(first, FetchResult) and first.body == b"/fast"
    assert isinstance(second, FetchResult) and second.body == b"/slow"
    assert (first_request.url, second_request.url) == (f"{base}/fast", f"{base}/slow")


class _Exploding:
    """A Fetcher whose fetch has a bug for one URL; stands in for an unforeseen error."""

    def __init__(self, real: HttpFetcher, bad_url: str) -> None:
        self.real, self.bad_url = real, bad_url

    def fetch(self, request: FetchRequest) -> FetchResult:
        if request.url == self.bad_url:
            raise RuntimeError("boom\nsecond line")
        return self.real.fetch(request)


def test_one_failure_never_stops_the_others() -> None:
    def handler(request: BaseHTTPRequestHandler) -> None:
        status = 404 if request.path == "/missing" else 200
        body = FEED if status == 200 else b""
        send_head(request, status, {"Content-Length": str(len(body))})
        request.wfile.write(body)

    with serve(handler) as base, refused_url() as refused, \
            HttpFetcher(fast_settings()) as real:
        fetcher = _Exploding(real, f"{base}/bug")
        urls = [f"{base}/a", f"{base}/missing", refused, f"{base}/bug", f"{base}/b",
                "gopher://example.org/feed"]
        outcome = {req.url: res for req, res in
                   fetch_all(fetcher, [FetchRequest(u) for u in urls], workers=3, per_host=2)}
    assert set(outcome) == set(urls)
    assert isinstance(outcome[f"{base}/a"], FetchResult)
    assert isinstance(outcome[f"{base}/b"], FetchResult)
    errors = {url: res for url, res in outcome.items() if isinstance(res, FetchError)}
    assert len(errors) == 4
    assert errors[f"{base}/missing"].status == 404
    assert str(errors[refused]) == f"{refused}: connection refused"
    assert str(errors[f"{base}/bug"]) == f"{base}/bug: unexpected RuntimeError: boom second line"
    assert isinstance(errors[f"{base}/bug"].__cause__, RuntimeError)
    assert "unsupported URL scheme 'gopher'" in str(errors["gopher://example.org/feed"])


def test_empty_input_and_bad_limits() -> None:
    with HttpFetcher(fast_settings()) as fetcher:
        assert list(fetch_all(fetcher, [], workers=2, per_host=1)) == []
        with pytest.raises(ValueError, match="per_host"):
            list(fetch_all(fetcher, [FetchRequest("http://x/")], workers=2, per_host=0))


def test_closing_early_does_not_start_the_rest() -> None:
    # Each request is held longer than a finished fetch may wait for the caller
    # (GROW_AFTER_S), so the thread has started at most one more when we close.
    counter = ConcurrencyCounter(0.2)
    with serve(counter) as base, HttpFetcher(fast_settings()) as fetcher:
        results: Iterator[tuple[FetchRequest, FetchResult | FetchError]] = fetch_all(
            fetcher, [FetchRequest(f"{base}/f{i}") for i in range(50)], workers=1, per_host=1)
        next(results)
        results.close()  # type: ignore[attr-defined]
    assert 1 <= counter.served <= 2  # the one yielded, maybe the one already running


@pytest.mark.parametrize(("url", "key"), [
    ("http://Example.org/feed", "example.org:80"),
    ("https://example.org/feed", "example.org:443"),
    ("https://example.org:8443/a", "example.org:8443"),
    ("http://[::1]:8080/a", "::1:8080"),
])
def test_host_key(url: str, key: str) -> None:
    assert host_key(url) == key
