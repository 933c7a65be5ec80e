"""A server that trickles its response headers must be cut at the total deadline.

http.client reads headers with many small reads, each bounded only by the read
timeout; without the fetch deadline on every read, a server sending one header
byte every 50 ms held a fetch for as long as it liked.
"""

from __future__ import annotations

import contextlib
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from helpers.fetch import Handler, fast_settings, serve

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


def _trickler(release: threading.Event, sent: list[int]) -> Handler:
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
    bodies = [result.body if isinstance(result, FetchResult) else None
              for result in (results[r] for r in requests[1:])]
    assert bodies == [b"ok"] * 5


@pytest.fixture
def https_server(tmp_path: Path, release: threading.Event,
                 monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, list[int]]]:
    """An HTTPS server on 127.0.0.1 (self-signed, trusted through REQUESTS_CA_BUNDLE)
    serving a feed at /ok and trickled headers at /slow."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    try:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec",
                        "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                        "-keyout", str(key), "-out", str(cert), "-days", "2",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                       check=True, capture_output=True, timeout=30)
    except FileNotFoundError:
        pytest.skip("the openssl command is not installed: cannot make a test certificate")
    sent: list[int] = []
    trickle = _trickler(release, sent)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            with contextlib.suppress(OSError):
                if self.path == "/slow":
                    trickle(self)
                    return
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", sent
    finally:
        release.set()
        server.shutdown()
        server.server_close()


def test_https_reads_through_the_deadline_socket_and_is_cut_too(
        https_server: tuple[str, list[int]]) -> None:
    base, sent = https_server
    settings = fast_settings(read_timeout=5.0, total_timeout=1.0, proxy_from_environment=True)
    with HttpFetcher(settings) as fetcher:
        assert fetcher.fetch(FetchRequest(f"{base}/ok")).body == b"ok"
        with pytest.raises(FetchError) as info:
            fetcher.fetch(FetchRequest(f"{base}/slow"))
    assert str(info.value).endswith("deadline of 1 s exceeded while waiting for the "
                                    "response headers")
    assert len(sent) < len(HEAD) // 2


def test_a_host_that_keeps_timing_out_is_given_up_for_the_poll(
        release: threading.Event) -> None:
    """Six feeds on one trickling host: after two timeouts the ones not started are
    not sent (the poll would otherwise wait six deadlines, two at a time). One more
    may have started in the slot the first timeout freed."""
    sent: list[int] = []
    requests_seen: list[str] = []
    trickle = _trickler(release, sent)

    def slow(request: BaseHTTPRequestHandler) -> None:
        requests_seen.append(request.path)
        trickle(request)

    def good(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Length", "2")
        request.end_headers()
        request.wfile.write(b"ok")

    with serve(slow) as bad, serve(good) as fine, \
            HttpFetcher(fast_settings(read_timeout=5.0, total_timeout=0.5)) as fetcher:
        requests = ([FetchRequest(f"{bad}/{i}") for i in range(6)]
                    + [FetchRequest(f"{fine}/{i}") for i in range(3)])
        results = dict(fetch_all(fetcher, requests, workers=4, per_host=2))
    tried = len(requests_seen)
    assert 2 <= tried <= 3
    errors = [str(results[r]) for r in requests[:6]]
    assert sum("deadline of 0.5 s exceeded" in e for e in errors) == tried
    assert sum(e.endswith(f"not fetched: 2 feeds on {bad[7:]} timed out in this poll")
               for e in errors) == 6 - tried
    assert all(isinstance(results[r], FetchResult) for r in requests[6:])
