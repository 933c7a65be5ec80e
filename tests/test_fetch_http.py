"""HttpFetcher against a real HTTP server on 127.0.0.1: statuses, validators, redirects."""

from __future__ import annotations

import contextlib
import gzip
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler

import pytest
from helpers.fetch import Handler, fast_settings, refused_url, send_head, serve
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tracker.errors import FetchError
from tracker.fetch import HttpFetcher
from tracker.protocols import FetchRequest

FEED = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def fetcher() -> Iterator[HttpFetcher]:
    with HttpFetcher(fast_settings()) as f:
        yield f


def _fail(fetcher: HttpFetcher, url: str, **kwargs: str) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(FetchRequest(url, **kwargs))
    return info.value


def test_200_then_304_with_etag(httpserver: HTTPServer, fetcher: HttpFetcher) -> None:
    url = httpserver.url_for("/feed")
    httpserver.expect_ordered_request("/feed").respond_with_data(
        FEED, headers={"ETag": '"v1"'}, content_type="application/rss+xml")
    httpserver.expect_ordered_request("/feed", headers={"If-None-Match": '"v1"'}
                                      ).respond_with_data(b"", status=304)
    first = fetcher.fetch(FetchRequest(url))
    assert (first.status, first.body, first.etag) == (200, FEED, '"v1"')
    assert first.content_type == "application/rss+xml"
    second = fetcher.fetch(FetchRequest(url, etag=first.etag))
    assert (second.status, second.body) == (304, None)
    assert second.etag == '"v1"'  # kept although the 304 did not repeat it
    httpserver.check_assertions()


def test_200_then_304_with_last_modified(httpserver: HTTPServer, fetcher: HttpFetcher) -> None:
    stamp = "Wed, 01 May 2024 10:00:00 GMT"
    url = httpserver.url_for("/feed")
    httpserver.expect_ordered_request("/feed").respond_with_data(
        FEED, headers={"Last-Modified": stamp})
    httpserver.expect_ordered_request("/feed", headers={"If-Modified-Since": stamp}
                                      ).respond_with_data(b"", status=304)
    first = fetcher.fetch(FetchRequest(url))
    assert (first.status, first.last_modified, first.etag) == (200, stamp, None)
    second = fetcher.fetch(FetchRequest(url, last_modified=first.last_modified))
    assert (second.status, second.body, second.last_modified) == (304, None, stamp)
    httpserver.check_assertions()


def test_validators_of_one_request_never_reach_the_next(fetcher: HttpFetcher) -> None:
    """The fetcher reuses a prepared GET per URL: each request carries only its own
    validators (a feed whose validators were dropped must get a plain GET)."""
    seen: list[tuple[str | None, str | None]] = []

    def handler(request: BaseHTTPRequestHandler) -> None:
        seen.append((request.headers.get("If-None-Match"),
                     request.headers.get("If-Modified-Since")))
        send_head(request, 200, {"Content-Length": str(len(FEED))})
        request.wfile.write(FEED)

    stamp = "Wed, 01 May 2024 10:00:00 GMT"
    with serve(handler) as base:
        url = f"{base}/feed"
        for request in (FetchRequest(url, etag='"a"', last_modified=stamp),
                        FetchRequest(url, etag='"b"'), FetchRequest(url),
                        FetchRequest(url, last_modified=stamp)):
            assert fetcher.fetch(request).body == FEED
    assert seen == [('"a"', stamp), ('"b"', None), (None, None), (None, stamp)]


def test_a_validator_with_a_line_break_is_refused(fetcher: HttpFetcher) -> None:
    error = _fail(fetcher, "http://127.0.0.1:9/feed", etag='"a"\r\nX-Injected: 1')
    assert "invalid request header" in str(error)
    assert "\n" not in str(error)  # one line


def test_sends_user_agent_and_accept_encoding(httpserver: HTTPServer) -> None:
    settings = fast_settings(user_agent="PoliteBot/9 (+mailto:x@example.org)")
    httpserver.expect_request("/feed", headers={
        "User-Agent": "PoliteBot/9 (+mailto:x@example.org)",
        "Accept-Encoding": "gzip, deflate"}).respond_with_data(FEED)
    with HttpFetcher(settings) as fetcher:
        assert fetcher.fetch(FetchRequest(httpserver.url_for("/feed"))).body == FEED


@pytest.mark.parametrize(("status", "permanent"), [(301, True), (308, True), (302, False),
                                                    (303, False), (307, False)])
def test_redirect_sets_permanent_url_only_for_301_308(
        httpserver: HTTPServer, fetcher: HttpFetcher, status: int, permanent: bool) -> None:
    httpserver.expect_request("/old").respond_with_data(
        b"", status=status, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(FEED)
    result = fetcher.fetch(FetchRequest(httpserver.url_for("/old")))
    new = httpserver.url_for("/new")
    assert (result.body, result.final_url, result.url) == (FEED, new,
                                                           httpserver.url_for("/old"))
    assert result.permanent_url == (new if permanent else None)


def test_permanent_url_stops_at_first_temporary_hop(httpserver: HTTPServer,
                                                    fetcher: HttpFetcher) -> None:
    httpserver.expect_request("/a").respond_with_data(b"", 301, {"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data(b"", 302, {"Location": "/c"})
    httpserver.expect_request("/c").respond_with_data(FEED)
    result = fetcher.fetch(FetchRequest(httpserver.url_for("/a")))
    assert result.permanent_url == httpserver.url_for("/b")
    assert result.final_url == httpserver.url_for("/c")


def test_temporary_first_hop_means_no_permanent_url(httpserver: HTTPServer,
                                                    fetcher: HttpFetcher) -> None:
    httpserver.expect_request("/a").respond_with_data(b"", 302, {"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data(b"", 301, {"Location": "/c"})
    httpserver.expect_request("/c").respond_with_data(FEED)
    assert fetcher.fetch(FetchRequest(httpserver.url_for("/a"))).permanent_url is None


def test_redirect_loop_stops_after_max_redirects(httpserver: HTTPServer,
                                                 fetcher: HttpFetcher) -> None:
    httpserver.expect_request("/loop").respond_with_data(b"", 302, {"Location": "/loop"})
    error = _fail(fetcher, httpserver.url_for("/loop"))
    assert str(error) == f"{httpserver.url_for('/loop')}: more than 5 redirects"
    assert len(httpserver.log) == 6  # the first request and 5 redirects, no more


def test_exactly_max_redirects_is_fine(httpserver: HTTPServer, fetcher: HttpFetcher) -> None:
    for hop in range(5):
        httpserver.expect_request(f"/r{hop}").respond_with_data(
            b"", 307, {"Location": f"/r{hop + 1}"})
    httpserver.expect_request("/r5").respond_with_data(FEED)
    assert fetcher.fetch(FetchRequest(httpserver.url_for("/r0"))).body == FEED


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/feed",
                                    "javascript:alert(1)"])
def test_redirect_to_other_scheme_is_refused(httpserver: HTTPServer, fetcher: HttpFetcher,
                                             target: str) -> None:
    httpserver.expect_request("/feed").respond_with_data(b"", 301, {"Location": target})
    error = _fail(fetcher, httpserver.url_for("/feed"))
    scheme = target.split(":")[0]
    assert f"redirect to unsupported scheme '{scheme}'" in str(error)
    assert error.status == 301


def test_non_http_url_is_refused_without_io(fetcher: HttpFetcher) -> None:
    error = _fail(fetcher, "file:///etc/passwd")
    assert str(error) == "file:///etc/passwd: unsupported URL scheme 'file' in 'file:///etc/passwd'"


def test_redirect_without_location(httpserver: HTTPServer, fetcher: HttpFetcher) -> None:
    httpserver.expect_request("/feed").respond_with_data(b"", 302)
    error = _fail(fetcher, httpserver.url_for("/feed"))
    assert str(error).endswith("HTTP 302 Found without a Location header")
    assert error.status == 302


@pytest.mark.parametrize(("status", "text"), [(404, "HTTP 404 Not Found"),
                                              (403, "HTTP 403 Forbidden"),
                                              (410, "HTTP 410 Gone"),
                                              (500, "HTTP 500 Internal Server Error"),
                                              (502, "HTTP 502 Bad Gateway")])
def test_error_statuses(httpserver: HTTPServer, fetcher: HttpFetcher, status: int,
                        text: str) -> None:
    httpserver.expect_request("/feed").respond_with_data(b"nope", status=status)
    url = httpserver.url_for("/feed")
    error = _fail(fetcher, url)
    assert str(error) == f"{url}: {text}"
    assert (error.url, error.status, error.retry_after) == (url, status, None)


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_seconds(httpserver: HTTPServer, fetcher: HttpFetcher, status: int) -> None:
    httpserver.expect_request("/feed").respond_with_data(b"", status, {"Retry-After": "120"})
    error = _fail(fetcher, httpserver.url_for("/feed"))
    assert (error.status, error.retry_after) == (status, 120.0)
    assert str(error).endswith("(Retry-After 120 s)")


def test_retry_after_http_date(httpserver: HTTPServer, fetcher: HttpFetcher) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=600), usegmt=True)
    httpserver.expect_request("/feed").respond_with_data(b"", 429, {"Retry-After": when})
    error = _fail(fetcher, httpserver.url_for("/feed"))
    assert error.status == 429
    assert error.retry_after is not None
    assert 300 < error.retry_after <= 601  # wide: only the parse is under test


def test_503_without_retry_after(httpserver: HTTPServer, fetcher: HttpFetcher) -> None:
    httpserver.expect_request("/feed").respond_with_data(b"", 503)
    error = _fail(fetcher, httpserver.url_for("/feed"))
    assert (error.status, error.retry_after) == (503, None)
    assert str(error).endswith("HTTP 503 Service Unavailable")


def test_recovers_after_500(httpserver: HTTPServer, fetcher: HttpFetcher) -> None:
    httpserver.expect_ordered_request("/feed").respond_with_data(b"", 500)
    httpserver.expect_ordered_request("/feed").respond_with_data(FEED)
    url = httpserver.url_for("/feed")
    assert _fail(fetcher, url).status == 500
    assert fetcher.fetch(FetchRequest(url)).body == FEED


def test_gzip_and_deflate_bodies_are_decoded(httpserver: HTTPServer,
                                             fetcher: HttpFetcher) -> None:
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    bodies = {
        "gzip": gzip.compress(FEED),
        "deflate": zlib.compress(FEED),
        "x-gzip": gzip.compress(FEED),
    }
    for name, body in bodies.items():
        httpserver.expect_request(f"/{name}").respond_with_data(
            body, headers={"Content-Encoding": name})
    httpserver.expect_request("/raw").respond_with_data(
        raw_deflate.compress(FEED) + raw_deflate.flush(), headers={"Content-Encoding": "deflate"})
    for path in [*bodies, "raw"]:
        assert fetcher.fetch(FetchRequest(httpserver.url_for(f"/{path}"))).body == FEED


def test_unknown_content_encoding(httpserver: HTTPServer, fetcher: HttpFetcher) -> None:
    httpserver.expect_request("/feed").respond_with_data(b"xx", headers={"Content-Encoding": "br"})
    assert str(_fail(fetcher, httpserver.url_for("/feed"))).endswith(
        "unsupported Content-Encoding 'br'")


def test_corrupt_gzip(httpserver: HTTPServer, fetcher: HttpFetcher) -> None:
    httpserver.expect_request("/feed").respond_with_data(
        b"this is not gzip", headers={"Content-Encoding": "gzip"})
    assert "corrupt gzip body" in str(_fail(fetcher, httpserver.url_for("/feed")))


def test_declared_oversize_fails_before_reading(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed").respond_with_data(b"x" * 2001)
    with HttpFetcher(fast_settings(max_bytes=2000)) as fetcher:
        error = _fail(fetcher, httpserver.url_for("/feed"))
    assert str(error).endswith("body larger than the cap of 2000 bytes (Content-Length 2001)")


def test_body_at_the_cap_is_accepted(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed").respond_with_data(b"x" * 2000)
    with HttpFetcher(fast_settings(max_bytes=2000)) as fetcher:
        assert len(fetcher.fetch(FetchRequest(httpserver.url_for("/feed"))).body or b"") == 2000


def test_streamed_oversize_without_content_length(httpserver: HTTPServer) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"y" * 1000
    httpserver.expect_request("/feed").respond_with_response(Response(chunks()))
    with HttpFetcher(fast_settings(max_bytes=20_000)) as fetcher:
        error = _fail(fetcher, httpserver.url_for("/feed"))
    assert str(error).endswith("body larger than the cap of 20000 bytes")


def test_connection_refused(fetcher: HttpFetcher) -> None:
    with refused_url() as url:
        error = _fail(fetcher, url)
    assert str(error) == f"{url}: connection refused"
    assert error.status is None


def test_invalid_url(fetcher: HttpFetcher) -> None:
    assert "invalid URL" in str(_fail(fetcher, "http://127.0.0.1:99999999/feed"))


def test_keep_alive_reuses_one_connection() -> None:
    ports: list[int] = []

    def handler(request: BaseHTTPRequestHandler) -> None:
        ports.append(request.client_address[1])
        send_head(request, 200, {"Content-Length": str(len(FEED))})
        request.wfile.write(FEED)

    with serve(handler) as base, HttpFetcher(fast_settings()) as fetcher:
        for _ in range(3):
            assert fetcher.fetch(FetchRequest(f"{base}/feed")).body == FEED
    assert len(ports) == 3
    assert len(set(ports)) == 1  # same client socket each time


def test_keep_alive_survives_304_responses() -> None:
    ports: list[int] = []

    def handler(request: BaseHTTPRequestHandler) -> None:
        ports.append(request.client_address[1])
        if request.headers.get("If-None-Match") == '"v1"':
            send_head(request, 304, {"ETag": '"v1"'})
            return
        send_head(request, 200, {"Content-Length": str(len(FEED)), "ETag": '"v1"'})
        request.wfile.write(FEED)

    with serve(handler) as base, HttpFetcher(fast_settings()) as fetcher:
        first = fetcher.fetch(FetchRequest(f"{base}/feed"))
        for _ in range(3):
            assert fetcher.fetch(FetchRequest(f"{base}/feed", etag=first.etag)).status == 304
    assert len(ports) == 4
    assert len(set(ports)) == 1  # unchanged feeds do not reconnect


def test_keep_alive_holds_across_many_hosts() -> None:
    # A cycle visits many hosts in turn; each host's connection must survive until
    # the next cycle (requests keeps only 10 host pools by default).
    # Client ports per server: two connections to different servers may share a
    # local port number, so reuse is judged server by server.
    ports: dict[int, list[int]] = {n: [] for n in range(14)}

    def handler_for(number: int) -> Callable[[BaseHTTPRequestHandler], None]:
        def handler(request: BaseHTTPRequestHandler) -> None:
            ports[number].append(request.client_address[1])
            send_head(request, 200, {"Content-Length": str(len(FEED))})
            request.wfile.write(FEED)
        return handler

    with contextlib.ExitStack() as stack:
        bases = [stack.enter_context(serve(handler_for(n))) for n in ports]
        fetcher = stack.enter_context(HttpFetcher(fast_settings()))
        for _ in range(2):
            for base in bases:
                assert fetcher.fetch(FetchRequest(f"{base}/feed")).body == FEED
    # one connection per host, reused on the second round
    assert all(len(seen) == 2 and len(set(seen)) == 1 for seen in ports.values()), ports


def _clear_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the proxy variables a test sets may apply (the machine may have its own)."""
    for var in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("from_env", [False, True])
def test_proxy_from_environment_decides_whether_proxy_variables_apply(
        monkeypatch: pytest.MonkeyPatch, from_env: bool) -> None:
    seen: dict[str, list[str]] = {"origin": [], "proxy": []}

    def recorder(name: str) -> Handler:
        def handler(request: BaseHTTPRequestHandler) -> None:
            seen[name].append(request.path)
            send_head(request, 200, {"Content-Length": str(len(FEED))})
            request.wfile.write(FEED)
        return handler

    _clear_proxy_variables(monkeypatch)
    with serve(recorder("origin")) as origin, serve(recorder("proxy")) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy)
        monkeypatch.setenv("http_proxy", proxy)
        with HttpFetcher(fast_settings(proxy_from_environment=from_env)) as fetcher:
            assert fetcher.fetch(FetchRequest(f"{origin}/feed")).body == FEED
    if from_env:
        assert (seen["origin"], seen["proxy"]) == ([], [f"{origin}/feed"])
    else:
        assert (seen["origin"], seen["proxy"]) == (["/feed"], [])


def test_proxy_credentials_and_no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials in the proxy URL go to the proxy (Proxy-Authorization), never to
    the feed; a host named in NO_PROXY is fetched directly."""
    auth: list[str | None] = []
    origin_paths: list[str] = []

    def proxy_handler(request: BaseHTTPRequestHandler) -> None:
        auth.append(request.headers.get("Proxy-Authorization"))
        send_head(request, 200, {"Content-Length": str(len(FEED))})
        request.wfile.write(FEED)

    def origin_handler(request: BaseHTTPRequestHandler) -> None:
        origin_paths.append(request.path)
        assert request.headers.get("Proxy-Authorization") is None
        send_head(request, 200, {"Content-Length": str(len(FEED))})
        request.wfile.write(FEED)

    _clear_proxy_variables(monkeypatch)
    with serve(origin_handler) as origin, serve(proxy_handler) as proxy:
        proxy_with_user = proxy.replace("http://", "http://reader:s3cret@")
        monkeypatch.setenv("HTTP_PROXY", proxy_with_user)
        monkeypatch.setenv("http_proxy", proxy_with_user)
        with HttpFetcher(fast_settings(proxy_from_environment=True)) as fetcher:
            assert fetcher.fetch(FetchRequest(f"{origin}/feed")).body == FEED
            monkeypatch.setenv("NO_PROXY", "127.0.0.1")
            monkeypatch.setenv("no_proxy", "127.0.0.1")
            assert fetcher.fetch(FetchRequest(f"{origin}/direct")).body == FEED
    assert auth == ["Basic cmVhZGVyOnMzY3JldA=="]  # base64 of reader:s3cret
    assert origin_paths == ["/direct"]


def test_unsupported_proxy_scheme_is_a_fetch_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _clear_proxy_variables(monkeypatch)
    monkeypatch.setenv("HTTP_PROXY", "gopher://127.0.0.1:9")
    monkeypatch.setenv("http_proxy", "gopher://127.0.0.1:9")
    with HttpFetcher(fast_settings(proxy_from_environment=True)) as fetcher:
        error = _fail(fetcher, "http://127.0.0.1:9/feed")
    assert "unsupported proxy" in str(error)
    assert "\n" not in str(error)
