"""Servers that misbehave: stall, trickle, lie about length, or send a gzip bomb.

Every failure here must come from the fetcher's own limits, quickly; the
pytest-timeout marks are only a safety net in case a limit is broken.
"""

from __future__ import annotations

import gzip
import threading
import tracemalloc
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from helpers.fetch import Handler, fast_settings, send_head, serve

from tracker.errors import FetchError
from tracker.fetch import HttpFetcher
from tracker.protocols import FetchRequest

pytestmark = pytest.mark.timeout(30)

FEED = b"<rss version='2.0'><channel><title>ok</title></channel></rss>"


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set at teardown so stalled server threads end."""
    event = threading.Event()
    yield event
    event.set()


def _fetch_error(settings_overrides: dict[str, float], url: str) -> FetchError:
    with HttpFetcher(fast_settings(**settings_overrides)) as fetcher, \
            pytest.raises(FetchError) as info:
        fetcher.fetch(FetchRequest(url))
    return info.value


def _half_then_stall(release: threading.Event) -> Handler:
    """A handler that sends half the body it announced, then stalls until released."""
    def handler(request: BaseHTTPRequestHandler) -> None:
        send_head(request, 200, {"Content-Length": "1000"})
        request.wfile.write(b"x" * 500)
        request.wfile.flush()
        release.wait(20)
    return handler


def test_stall_mid_body_fails_at_the_deadline(release: threading.Event) -> None:
    with serve(_half_then_stall(release)) as base:
        # the read timeout alone (10 s) would be far too late: the deadline must win
        error = _fetch_error({"read_timeout": 10.0, "total_timeout": 1.0}, f"{base}/feed")
    assert str(error) == f"{base}/feed: deadline of 1 s exceeded while reading the body"


def test_trickling_body_fails_at_the_deadline(release: threading.Event) -> None:
    def trickle(request: BaseHTTPRequestHandler) -> None:
        send_head(request, 200, {"Content-Length": "100000"})
        while not release.wait(0.05):  # one byte every 50 ms never trips a read timeout
            request.wfile.write(b"x")
            request.wfile.flush()

    with serve(trickle) as base:
        error = _fetch_error({"read_timeout": 2.0, "total_timeout": 1.0}, f"{base}/feed")
    assert "deadline of 1 s exceeded while reading the body" in str(error)


def test_stall_mid_body_with_short_read_timeout(release: threading.Event) -> None:
    with serve(_half_then_stall(release)) as base:
        error = _fetch_error({"read_timeout": 0.3, "total_timeout": 10.0}, f"{base}/feed")
    assert str(error).endswith("read timeout (0.3 s) while reading the body")


def test_stall_before_headers(release: threading.Event) -> None:
    def silent(request: BaseHTTPRequestHandler) -> None:
        release.wait(20)

    with serve(silent) as base:
        error = _fetch_error({"read_timeout": 0.3, "total_timeout": 10.0}, f"{base}/feed")
    assert str(error) == f"{base}/feed: read timeout (0.3 s)"


def test_stall_before_headers_past_deadline(release: threading.Event) -> None:
    def silent(request: BaseHTTPRequestHandler) -> None:
        release.wait(20)

    with serve(silent) as base:
        error = _fetch_error({"read_timeout": 10.0, "total_timeout": 0.5}, f"{base}/feed")
    assert str(error) == (f"{base}/feed: deadline of 0.5 s exceeded while waiting for "
                          "the response headers")


def test_body_shorter_than_content_length() -> None:
    def short(request: BaseHTTPRequestHandler) -> None:
        send_head(request, 200, {"Content-Length": "1000", "Connection": "close"})
        request.wfile.write(b"x" * 500)
        request.wfile.flush()
        request.close_connection = True

    with serve(short) as base:
        error = _fetch_error({}, f"{base}/feed")
    assert str(error).endswith("connection broken while reading the body")


def test_oversize_body_without_length_is_cut_off(release: threading.Event) -> None:
    sent: list[int] = []

    def endless(request: BaseHTTPRequestHandler) -> None:
        send_head(request, 200, {"Connection": "close"})
        request.close_connection = True
        chunk = b"z" * 65536
        while not release.is_set() and len(sent) < 1000:  # at most 64 MB
            request.wfile.write(chunk)
            sent.append(len(chunk))

    with serve(endless) as base:
        error = _fetch_error({"max_bytes": 1_000_000}, f"{base}/feed")
    assert str(error).endswith("body larger than the cap of 1000000 bytes")


def test_redirect_body_is_never_read(release: threading.Event) -> None:
    """A redirect that promises a 1 GB body and stalls must not be read at all."""
    def handler(request: BaseHTTPRequestHandler) -> None:
        if request.path == "/old":
            send_head(request, 301, {"Location": "/new", "Content-Length": str(10**9)})
            request.wfile.write(b"x" * 1000)
            request.wfile.flush()
            release.wait(20)
            return
        send_head(request, 200, {"Content-Length": str(len(FEED))})
        request.wfile.write(FEED)

    with serve(handler) as base, HttpFetcher(fast_settings(total_timeout=3.0)) as fetcher:
        result = fetcher.fetch(FetchRequest(f"{base}/old"))
    assert (result.body, result.permanent_url) == (FEED, f"{base}/new")


def _bomb_gzip(total: int, member: int) -> bytes:
    """``total`` zero bytes as back-to-back gzip members of ``member`` bytes each.

    Valid gzip (members may be concatenated), and quick to build: one member is
    compressed once and repeated.
    """
    one = gzip.compress(bytes(member), compresslevel=9)
    return one * (total // member)


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    bomb = _bomb_gzip(1 << 30, 16 << 20)  # 1 GB of zeros
    assert len(bomb) < 2 << 20  # about 1 MB on the wire
    return bomb


@pytest.mark.parametrize("send_length", [True, False])
def test_gzip_bomb_fails_fast_with_small_memory(gzip_bomb: bytes, send_length: bool) -> None:
    def bomb(request: BaseHTTPRequestHandler) -> None:
        headers = {"Content-Encoding": "gzip", "Connection": "close"}
        if send_length:
            headers["Content-Length"] = str(len(gzip_bomb))
        send_head(request, 200, headers)
        request.close_connection = True
        request.wfile.write(gzip_bomb)

    cap = 1024 * 1024
    with serve(bomb) as base, HttpFetcher(fast_settings(max_bytes=cap)) as fetcher:
        tracemalloc.start()
        try:
            with pytest.raises(FetchError) as info:
                fetcher.fetch(FetchRequest(f"{base}/feed"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert str(info.value).endswith(
        "body larger than the cap of 1048576 bytes after gzip decoding")
    print(f"gzip bomb: peak traced memory {peak / 1e6:.2f} MB")
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def test_deflate_bomb_single_stream() -> None:
    packer = zlib.compressobj(9)
    block = bytes(1 << 20)
    body = b"".join(packer.compress(block) for _ in range(64)) + packer.flush()  # 64 MB

    def bomb(request: BaseHTTPRequestHandler) -> None:
        send_head(request, 200, {"Content-Encoding": "deflate",
                                 "Content-Length": str(len(body))})
        request.wfile.write(body)

    with serve(bomb) as base:
        error = _fetch_error({"max_bytes": 100_000}, f"{base}/feed")
    assert str(error).endswith("body larger than the cap of 100000 bytes after deflate decoding")


def test_gzip_body_just_under_the_cap_is_accepted() -> None:
    payload = FEED * (50_000 // len(FEED))
    body = gzip.compress(payload)

    def handler(request: BaseHTTPRequestHandler) -> None:
        send_head(request, 200, {"Content-Encoding": "gzip", "Content-Length": str(len(body))})
        request.wfile.write(body)

    with serve(handler) as base, \
            HttpFetcher(fast_settings(max_bytes=len(payload))) as fetcher:
        result = fetcher.fetch(FetchRequest(f"{base}/feed"))
    assert result.body == payload
    assert result.elapsed_s > 0
