"""A server that trickles its response headers must be cut at the total deadline.

http.client reads headers with many small reads, each bounded only by the read
timeout; without the fetch deadline on every read, a server sending one header
byte every 50 ms held a fetch for as long as it liked.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from helpers.fetch import fast_settings, serve

from tracker.errors import FetchError
from tracker.fetch import HttpFetcher, fetch_all
from tracker.protocols import FetchRequest, FetchResult

pytestmark = pytest.mark.timeout(30)

HEAD = (b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
        + b"".join(b"X-Pad-%d: %s\r\n" % (i, b"y" * 40) for i in range(40))
        + b"Content-Length: 2\r\n\r\nok")


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()


def _trickler(release: threading.Event, sent: list[int]) -> object:
    def handler(request: BaseHTTPRequestHandler) -> None:
        # one header byte every 20 ms: 2 KB of headers take ~40 s
        for byte in HEAD:
            if release.wait(0.02):
                return
            request.wfile.write(bytes([byte]))
            request.wfile.flush()
            sent.append(1)
    return handler


def test_trickled_headers_fail_at_the_total_deadline(release: threading.Event) -> None:
    sent: list[int] = []
    with serve(_trickler(release, sent)) as base, \
            HttpFetcher(fast_settings(read_timeout=5.0, total_timeout=1.0)) as fetcher:
        with pytest.raises(FetchError) as info:
            fetcher.fetch(FetchRequest(f"{base}/feed"))
        cut_at = len(sent)
    # the fetch gave up long before the server finished its headers
    assert 0 < cut_at < len(HEAD) // 2
    assert str(info.value) == (f"{base}/feed: deadline of 1 s exceeded while waiting "
                               "for the response headers")


def test_one_trickling_server_does_not_hold_the_others(release: threading.Event) -> None:
    sent: list[int] = []

    def good(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Length", "2")
        request.end_headers()
        request.wfile.write(b"ok")

    with serve(_trickler(release, sent)) as bad, serve(good) as fine, \
            HttpFetcher(fast_settings(read_timeout=5.0, total_timeout=1.0)) as fetcher:
        requests = [FetchRequest(f"{bad}/feed")] + [FetchRequest(f"{fine}/{i}")
                                                      for i in range(5)]
        results = dict(fetch_all(fetcher, requests, workers=2, per_host=2))
        cut_at = len(sent)
    assert cut_at < len(HEAD) // 2
    assert isinstance(results[requests[0]], FetchError)
    assert all(isinstance(results[r], FetchResult) and results[r].body == b"ok"
               for r in requests[1:])
