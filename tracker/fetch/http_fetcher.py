"""HttpFetcher: one polite, bounded, conditional GET per feed.

Rules (see docs/fetching.md): one keep-alive connection pool per host; our
User-Agent; the stored validators as If-None-Match / If-Modified-Since; connect
and read timeouts plus a total deadline that also covers the body; a cap on the
(decoded) body size; redirects followed by hand, at most ``max_redirects``,
http/https only.

The transport is urllib3, the library requests is built on, used directly: the
fetcher already does its own redirects, streaming, decoding and caps, and
requests' per-request layer above urllib3's pools was about 40% of the CPU of an
unchanged feed's round trip (docs/performance.md).
"""

from __future__ import annotations

import os
import re
import time
from contextlib import nullcontext
from datetime import UTC, datetime
from types import TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    LocationValueError,
    NewConnectionError,
    ProtocolError,
    ProxySchemeUnknown,
    ReadTimeoutError,
    SSLError,
)

from tracker.addresses import AddressCheck, is_private_address, is_private_host
from tracker.errors import FetchError
from tracker.fetch.auth import origin, split_userinfo, with_userinfo
from tracker.fetch.body import BodyError, read_body
from tracker.fetch.deadline import fetch_deadline
from tracker.fetch.decode import SUPPORTED_ENCODINGS
from tracker.fetch.messages import describe_connection_error, one_line, seconds, status_text
from tracker.fetch.peer import PeerRule, PrivatePeerError, peer_rule
from tracker.fetch.pools import use_fetch_pools
from tracker.fetch.retry_after import parse_retry_after
from tracker.models import HttpSettings
from tracker.protocols import FetchRequest, FetchResult
from tracker.redact import redact_url

ALLOWED_SCHEMES = ("http", "https")  # feed content is untrusted: never file:, ftp:, ...
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, "
          "text/xml;q=0.9, */*;q=0.5")

HOST_POOLS = 512
"""Host connection pools kept alive (an LRU); more hosts than this reconnect."""

# A header value we send must not start with whitespace nor hold a line break
# (the rule requests applies): validators come from servers, so no CR/LF smuggling.
_CLEAN_HEADER_VALUE = re.compile(r"^\S[^\r\n]*$|^$")


class HttpFetcher:
    """Fetch feeds over HTTP(S); implements ``tracker.protocols.Fetcher``.

    Safe to share between threads (``fetch_all`` does). Proxy and CA-bundle
    variables are ignored unless ``settings.proxy_from_environment``; then
    HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY and REQUESTS_CA_BUNDLE /
    CURL_CA_BUNDLE are honoured, as requests does.
    """

    def __init__(self, settings: HttpSettings, *,
                 is_private: AddressCheck = is_private_address) -> None:
        self.settings = settings
        # Redirects from a public address into a private one are refused (SSRF),
        # on the connected socket (tracker.fetch.peer); the predicate on literal
        # addresses is injectable so tests can call a loopback address "public".
        self._is_private = is_private
        self._trust_env = settings.proxy_from_environment
        ca_bundle = certifi.where()  # the certificates requests trusts by default
        if self._trust_env:
            ca_bundle = (os.environ.get("REQUESTS_CA_BUNDLE")
                         or os.environ.get("CURL_CA_BUNDLE") or ca_bundle)
        # One pool per host, kept for every host a cycle visits, with per_host
        # connections each (fetch_all never runs more than that to one host).
        self._pool_options: dict[str, Any] = {
            "num_pools": HOST_POOLS, "maxsize": max(1, settings.per_host), "block": False,
            "retries": False, "cert_reqs": "CERT_REQUIRED", "ca_certs": ca_bundle,
        }
        self._direct = use_fetch_pools(urllib3.PoolManager(**self._pool_options))
        self._proxied: dict[str, urllib3.ProxyManager] = {}
        self._headers = {
            "User-Agent": settings.user_agent,
            "Accept": ACCEPT,
            "Accept-Encoding": SUPPORTED_ENCODINGS,
            "Connection": "keep-alive",
        }

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close pooled connections. The fetcher must not be used afterwards."""
        self._direct.clear()
        for manager in self._proxied.values():
            manager.clear()

    def fetch(self, request: FetchRequest) -> FetchResult:
        """One conditional GET, following redirects; raises FetchError."""
        started = time.monotonic()
        deadline = started + self.settings.total_timeout
        _check_scheme(request.url, request.url)
        url, authorization = split_userinfo(request.url)
        headers = self._request_headers(request)
        auth_origin = origin(url)
        permanent_url: str | None = None
        only_permanent_so_far = True
        rule = PeerRule(self._is_private)
        for _hop in range(self.settings.max_redirects + 1):
            hop_headers = headers
            if authorization is not None and origin(url) == auth_origin:
                hop_headers = {**headers, "Authorization": authorization}
            response = self._send(request.url, url, hop_headers, deadline, rule)
            status = response.status
            if status not in REDIRECT_STATUSES:
                return self._finish(request, url, response, started, deadline, permanent_url)
            try:
                target = _redirect_target(request.url, url, response)
            finally:
                _discard(response)  # a redirect's body is never read
            self._check_redirect_address(request.url, url, target, status)
            # once a hop was answered from a public address, every later hop must be
            if rule.last_peer is not None and not self._is_private(rule.last_peer):
                rule.public_only = True
            rule.redirect_status = status
            if only_permanent_so_far and status in PERMANENT_REDIRECTS:
                # a feed that moves on its own origin keeps its credentials
                permanent_url = (with_userinfo(target, request.url)
                                 if origin(target) == auth_origin else target)
            else:
                only_permanent_so_far = False
            url = target
        raise FetchError(request.url, f"more than {self.settings.max_redirects} redirects")

    def _check_redirect_address(self, feed_url: str, url: str, target: str,
                                status: int) -> None:
        """Refuse a redirect from a public host name to a loopback, link-local or
        private one before connecting (the connected address is checked again)."""
        target_host = urlsplit(target).hostname or ""
        source_host = urlsplit(url).hostname or ""
        if target_host == source_host:
            return
        if (is_private_host(target_host, self._is_private)
                and not is_private_host(source_host, self._is_private)):
            raise FetchError(feed_url, "redirect from a public address to a private one "
                                       f"refused ({one_line(redact_url(target))})",
                             status=status)

    def _request_headers(self, request: FetchRequest) -> dict[str, str]:
        headers = dict(self._headers)
        for name, value in (("If-None-Match", request.etag),
                            ("If-Modified-Since", request.last_modified)):
            if value:
                if not _CLEAN_HEADER_VALUE.match(value):
                    raise FetchError(request.url, f"invalid request header: {name} value "
                                                  f"{one_line(repr(value))}")
                headers[name] = value
        return headers

    def _send(self, feed_url: str, url: str, headers: dict[str, str], deadline: float,
              rule: PeerRule) -> urllib3.BaseHTTPResponse:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(feed_url, f"deadline of {seconds(self.settings.total_timeout)} "
                                       "exceeded")
        timeout = urllib3.Timeout(connect=min(self.settings.connect_timeout, remaining),
                                  read=min(self.settings.read_timeout, remaining))
        try:
            # Bodies stay on the wire (preload_content=False) and encoded: read_body
            # reads them under the cap and the deadline, which also bounds the
            # headers (a server may trickle them byte by byte: tracker.fetch.deadline).
            manager = self._manager_for(url)
            rule.last_peer = None
            with fetch_deadline(deadline, self.settings.read_timeout), \
                    peer_rule(rule) if manager is self._direct else nullcontext():
                return manager.urlopen(
                    "GET", url, headers=headers, redirect=False, preload_content=False,
                    decode_content=False, timeout=timeout)
        except PrivatePeerError as exc:
            raise FetchError(feed_url, "redirect from a public address to a private one "
                                       f"refused ({one_line(redact_url(url))} connected to "
                                       f"{exc.address})", status=rule.redirect_status) from exc
        except NewConnectionError as exc:  # (a ConnectTimeoutError subclass: first)
            raise FetchError(feed_url, describe_connection_error(exc)) from exc
        except ConnectTimeoutError as exc:
            raise FetchError(feed_url, self._timeout_text("connect timeout", deadline,
                                                          self.settings.connect_timeout)
                             ) from exc
        except ReadTimeoutError as exc:
            raise FetchError(feed_url, self._timeout_text(
                "read timeout", deadline, self.settings.read_timeout,
                " while waiting for the response headers")) from exc
        except (SSLError, ProtocolError, OSError) as exc:
            raise FetchError(feed_url, describe_connection_error(exc)) from exc
        except ProxySchemeUnknown as exc:  # (a ValueError subclass: before it)
            raise FetchError(feed_url, f"unsupported proxy: {one_line(str(exc))}") from exc
        except (LocationValueError, ValueError) as exc:
            raise FetchError(feed_url, f"invalid URL {one_line(url)!r}") from exc
        except HTTPError as exc:
            raise FetchError(feed_url, f"request failed: {one_line(str(exc))}") from exc

    def _manager_for(self, url: str) -> urllib3.PoolManager:
        """The direct pools, or with ``proxy_from_environment`` the pools of the
        proxy the environment names for this URL (NO_PROXY honoured)."""
        if not self._trust_env:
            return self._direct
        # requests' own reading of the proxy variables, so NO_PROXY means the same;
        # imported here, as most processes never need it
        from requests.utils import get_auth_from_url, get_environ_proxies, select_proxy

        proxy = select_proxy(url, get_environ_proxies(url))
        if not proxy:
            return self._direct
        manager = self._proxied.get(proxy)
        if manager is None:
            user, password = get_auth_from_url(proxy)
            proxy_headers = (urllib3.make_headers(proxy_basic_auth=f"{user}:{password}")
                             if user else None)
            manager = use_fetch_pools(urllib3.ProxyManager(
                proxy, proxy_headers=proxy_headers, **self._pool_options))
            self._proxied[proxy] = manager
        return manager

    def _timeout_text(self, what: str, deadline: float, limit: float,
                      where: str = "") -> str:
        if time.monotonic() >= deadline - 0.05:
            return f"deadline of {seconds(self.settings.total_timeout)} exceeded{where}"
        return f"{what} ({seconds(limit)})"

    def _finish(self, request: FetchRequest, url: str, response: urllib3.BaseHTTPResponse,
                started: float, deadline: float, permanent_url: str | None) -> FetchResult:
        """Turn the last response of the chain into a FetchResult or a FetchError."""
        status = response.status
        headers = response.headers
        try:
            if status == 304:
                body = None
                # A 304 has no body by definition (http.client reads none), so its
                # connection goes straight back to the pool: closing it made every
                # unchanged feed reconnect on the next poll.
                response.release_conn()
            elif 200 <= status < 300:
                body = self._read(request, response, deadline)
            else:
                raise _status_error(request.url, status, headers.get("Retry-After"))
        finally:
            _discard(response)  # a no-op once the connection went back to the pool
        return FetchResult(
            url=request.url,
            status=status,
            body=body,
            final_url=url,
            # a 304 may omit the validators; keep the ones we sent so they are not lost
            etag=headers.get("ETag") or (request.etag if status == 304 else None),
            last_modified=(headers.get("Last-Modified")
                           or (request.last_modified if status == 304 else None)),
            permanent_url=permanent_url,
            content_type=headers.get("Content-Type"),
            elapsed_s=time.monotonic() - started,
        )

    def _read(self, request: FetchRequest, response: urllib3.BaseHTTPResponse,
              deadline: float) -> bytes:
        cap = self.settings.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(request.url,
                             f"body larger than the cap of {cap} bytes "
                             f"(Content-Length {int(declared)})")
        try:
            return read_body(response, max_bytes=cap, deadline=deadline,
                             read_timeout=self.settings.read_timeout,
                             total_timeout=self.settings.total_timeout)
        except BodyError as exc:
            raise FetchError(request.url, str(exc)) from exc


def _discard(response: urllib3.BaseHTTPResponse) -> None:
    """Close a response whose body is not (or no longer) wanted and free its slot
    in the pool. A body read to the end already gave its connection back, and then
    this closes nothing; otherwise the connection is closed, never reused half-read."""
    response.close()
    response.release_conn()


def _check_scheme(feed_url: str, url: str) -> None:
    if url.startswith(("https://", "http://")):  # the usual case, without parsing
        return
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise FetchError(feed_url, f"unsupported URL scheme {scheme or '(none)'!r} "
                                   f"in {one_line(url)!r}")


def _redirect_target(feed_url: str, url: str, response: urllib3.BaseHTTPResponse) -> str:
    location = response.headers.get("Location")
    if not location:
        raise FetchError(feed_url, f"{status_text(response.status)} without a Location "
                                   "header", status=response.status)
    target = urljoin(url, location.strip())
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise FetchError(feed_url, f"redirect to unsupported scheme {scheme or '(none)'!r} "
                                   f"({one_line(target)})", status=response.status)
    return target


def _status_error(feed_url: str, status: int, retry_after_header: str | None) -> FetchError:
    retry_after = parse_retry_after(retry_after_header, datetime.now(UTC))
    message = status_text(status)
    if retry_after is not None:
        message += f" (Retry-After {retry_after:.0f} s)"
    return FetchError(feed_url, message, status=status, retry_after=retry_after)
