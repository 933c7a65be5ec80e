"""Redirects from a public address into a private one are refused (SSRF), on the
address the socket actually connects to (DNS rebinding).

Tests cannot reach a public address, so the fetcher's address rule is injected:
here the loopback address 127.0.0.2 counts as "public" and 127.0.0.1 as private,
though both are this machine. A host name that first resolves to the "public"
address and then to the private one (a rebinding DNS server) is simulated by
answering ``socket.getaddrinfo`` for that one name.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from helpers.fetch import Handler, fast_settings, send_head, serve

from tracker.addresses import is_private_address
from tracker.errors import FetchError
from tracker.fetch import HttpFetcher
from tracker.protocols import FetchRequest

FEED = b"<rss version='2.0'><channel><title>ok</title></channel></rss>"
PUBLIC = "127.0.0.2"
REBINDING = "rebind.claimtracker-test"


def _public_127_0_0_2(address: str) -> bool:
    return address != PUBLIC and is_private_address(address)


def _server(target: str | None = None, hits: list[str] | None = None,
            close: bool = False) -> Handler:
    def handler(request: BaseHTTPRequestHandler) -> None:
        if hits is not None:
            hits.append(request.path)
        if request.path == "/feed":
            send_head(request, 200, {"Content-Length": str(len(FEED))})
            request.wfile.write(FEED)
            return
        headers = {"Location": target or "/feed", "Content-Length": "0"}
        if close:  # the next hop must open a new connection, so resolve the name again
            headers["Connection"] = "close"
            request.close_connection = True
        send_head(request, 302, headers)
    return handler


@contextmanager
def _rebinding_name(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """``REBINDING`` resolves to PUBLIC the first time, to 127.0.0.1 afterwards;
    yields the answers given."""
    real: Callable[..., Any] = socket.getaddrinfo
    answers: list[str] = []

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != REBINDING:
            return real(host, port, *args, **kwargs)
        address = PUBLIC if not answers else "127.0.0.1"
        answers.append(address)
        return real(address, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield answers


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.5",
                                     "169.254.169.254", "::1", "fe80::1", "fd00::1",
                                     "0.0.0.0", "::ffff:127.0.0.1"])
def test_private_addresses(address: str) -> None:
    assert is_private_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1::1", "example.org"])
def test_public_addresses(address: str) -> None:
    assert not is_private_address(address)


def test_redirect_from_public_to_loopback_is_refused() -> None:
    hits: list[str] = []
    with serve(_server(hits=hits)) as inner:
        port = inner.rsplit(":", 1)[1]
        with serve(_server(f"{inner}/feed"), host=PUBLIC) as public, \
                HttpFetcher(fast_settings(), is_private=_public_127_0_0_2) as fetcher, \
                pytest.raises(FetchError) as info:
            fetcher.fetch(FetchRequest(f"{public}/start"))
    assert str(info.value) == (f"{public}/start: redirect from a public address to a private "
                               f"one refused (http://127.0.0.1:{port}/feed)")
    assert info.value.status == 302
    assert hits == []


def test_a_name_that_rebinds_to_a_private_address_is_refused_at_the_connection(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The redirect's host name resolves to a public address when it is checked and
    to 127.0.0.1 when the fetch connects: the connected address is refused, and
    the private server never sees a request."""
    hits: list[str] = []
    with serve(_server(hits=hits)) as inner, _rebinding_name(monkeypatch) as answers:
        port = inner.rsplit(":", 1)[1]
        target = f"http://{REBINDING}:{port}/feed"
        with serve(_server(target), host=PUBLIC) as public, \
                HttpFetcher(fast_settings(), is_private=_public_127_0_0_2) as fetcher, \
                pytest.raises(FetchError) as info:
            fetcher.fetch(FetchRequest(f"{public}/start"))
    assert str(info.value) == (f"{public}/start: redirect from a public address to a private "
                               f"one refused ({target} connected to 127.0.0.1)")
    assert info.value.status == 302
    assert answers[0] == PUBLIC and answers[-1] == "127.0.0.1"  # checked, then connected
    assert hits == []


def test_a_redirect_on_the_same_name_that_rebinds_is_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed on a public name redirects to a path on the same name, on a new
    connection; the name now resolves to 127.0.0.1, where another server listens
    on the same port. The host name is the same, so only the connection check
    can see it."""
    public_hits: list[str] = []
    private_hits: list[str] = []
    with serve(_server(hits=public_hits, close=True), host=PUBLIC) as public:
        port = int(public.rsplit(":", 1)[1])
        try:
            private = serve(_server(hits=private_hits), port=port)
            private.__enter__()
        except OSError:
            pytest.skip(f"port {port} is taken on 127.0.0.1")  # the OS gave it elsewhere
        try:
            with _rebinding_name(monkeypatch), \
                    HttpFetcher(fast_settings(), is_private=_public_127_0_0_2) as fetcher, \
                    pytest.raises(FetchError) as info:
                fetcher.fetch(FetchRequest(f"http://{REBINDING}:{port}/start"))
        finally:
            private.__exit__(None, None, None)
    assert str(info.value).endswith(
        f"refused (http://{REBINDING}:{port}/feed connected to 127.0.0.1)")
    assert public_hits == ["/start"] and private_hits == []


def test_the_default_rule_follows_loopback_redirects_from_a_loopback_feed() -> None:
    """A feed configured on a private address may redirect within private space."""
    with serve(_server()) as inner, serve(_server(f"{inner}/feed")) as outer, \
            HttpFetcher(fast_settings()) as fetcher:
        result = fetcher.fetch(FetchRequest(f"{outer}/start"))
    assert result.body == FEED and result.final_url == f"{inner}/feed"


def test_a_feed_configured_on_a_name_that_resolves_privately_stays_allowed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule is about redirects: the configured feed's own address is the user's
    choice, whatever its name resolves to."""
    with serve(_server()) as inner, _rebinding_name(monkeypatch) as answers:
        answers.append("(already answered once)")  # so the name resolves to 127.0.0.1
        port = inner.rsplit(":", 1)[1]
        with HttpFetcher(fast_settings(), is_private=_public_127_0_0_2) as fetcher:
            result = fetcher.fetch(FetchRequest(f"http://{REBINDING}:{port}/start"))
    assert result.body == FEED


def test_a_public_feed_may_redirect_on_its_own_host_and_to_public_hosts() -> None:
    with serve(_server(), host=PUBLIC) as base, \
            HttpFetcher(fast_settings(), is_private=_public_127_0_0_2) as fetcher:
        relative = fetcher.fetch(FetchRequest(f"{base}/start"))  # same host, kept alive
        with serve(_server(f"{base}/feed"), host=PUBLIC) as other:
            elsewhere = fetcher.fetch(FetchRequest(f"{other}/start"))
    assert relative.body == FEED and elsewhere.body == FEED
