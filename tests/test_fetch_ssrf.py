"""Redirects from a public address into a private one are refused (SSRF).

Tests cannot reach a public address, so the fetcher's address check is injected:
here the host name ``localhost`` counts as "public" and 127.0.0.1 as private,
though both are this machine.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest
from helpers.fetch import Handler, fast_settings, send_head, serve

from tracker.addresses import is_private_address, is_private_host
from tracker.errors import FetchError
from tracker.fetch import HttpFetcher
from tracker.protocols import FetchRequest

FEED = b"<rss version='2.0'><channel><title>ok</title></channel></rss>"


def _localhost_is_public(host: str) -> bool:
    return host != "localhost" and is_private_host(host)


def _server(target: str | None = None) -> Handler:
    def handler(request: BaseHTTPRequestHandler) -> None:
        if request.path == "/feed":
            send_head(request, 200, {"Content-Length": str(len(FEED))})
            request.wfile.write(FEED)
            return
        send_head(request, 302, {"Location": target or "/feed", "Content-Length": "0"})
    return handler


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.5",
                                     "169.254.169.254", "::1", "fe80::1", "fd00::1",
                                     "0.0.0.0", "::ffff:127.0.0.1"])
def test_private_addresses(address: str) -> None:
    assert is_private_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1::1", "example.org"])
def test_public_addresses(address: str) -> None:
    assert not is_private_address(address)


def test_redirect_from_public_to_loopback_is_refused() -> None:
    with serve(_server()) as inner:
        port = inner.rsplit(":", 1)[1]
        with serve(_server(f"{inner}/feed")) as outer, \
                HttpFetcher(fast_settings(), is_private=_localhost_is_public) as fetcher:
            public = outer.replace("127.0.0.1", "localhost")
            with pytest.raises(FetchError) as info:
                fetcher.fetch(FetchRequest(f"{public}/start"))
    assert str(info.value) == (f"{public}/start: redirect from a public address to a private "
                               f"one refused (http://127.0.0.1:{port}/feed)")
    assert info.value.status == 302


def test_the_default_check_follows_loopback_redirects_from_a_loopback_feed() -> None:
    """A feed configured on a private address may redirect within private space."""
    with serve(_server()) as inner, serve(_server(f"{inner}/feed")) as outer, \
            HttpFetcher(fast_settings()) as fetcher:
        result = fetcher.fetch(FetchRequest(f"{outer}/start"))
    assert result.body == FEED and result.final_url == f"{inner}/feed"


def test_a_public_feed_may_redirect_on_its_own_host_and_to_public_hosts() -> None:
    with serve(_server()) as base, \
            HttpFetcher(fast_settings(), is_private=_localhost_is_public) as fetcher:
        public = base.replace("127.0.0.1", "localhost")
        result = fetcher.fetch(FetchRequest(f"{public}/start"))  # relative: same host
    assert result.body == FEED
