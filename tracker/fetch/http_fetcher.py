"""HttpFetcher: one polite, bounded, conditional GET per feed.

Rules (see docs/fetching.md): one keep-alive session; our User-Agent; the stored
validators as If-None-Match / If-Modified-Since; connect and read timeouts plus
a total deadline that also covers the body; a cap on the (decoded) body size;
redirects followed by hand, at most ``max_redirects``, http/https only.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.utils import check_header_validity

from tracker.errors import FetchError
from tracker.fetch.body import BodyError, read_body
from tracker.fetch.decode import SUPPORTED_ENCODINGS
from tracker.fetch.messages import describe_connection_error, one_line, seconds, status_text
from tracker.fetch.retry_after import parse_retry_after
from tracker.models import HttpSettings
from tracker.protocols import FetchRequest, FetchResult

ALLOWED_SCHEMES = ("http", "https")  # feed content is untrusted: never file:, ftp:, ...
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, "
          "text/xml;q=0.9, */*;q=0.5")


HOST_POOLS = 512
"""Host connection pools kept alive (an LRU); more hosts than this reconnect."""

PREPARED_URLS = 4096
"""Feed URLs whose prepared GET is kept for the next cycle."""


class HttpFetcher:
    """Fetch feeds over HTTP(S); implements ``tracker.protocols.Fetcher``.

    Safe to share between threads (``fetch_all`` does). ``trust_env=False`` (the
    default) ignores proxy variables and .netrc, which saves re-reading the
    environment on every request; pass ``trust_env=True`` behind a proxy
    (HTTP_PROXY / HTTPS_PROXY / NO_PROXY).
    """

    def __init__(self, settings: HttpSettings, *, trust_env: bool = False) -> None:
        self.settings = settings
        self._session = requests.Session()
        self._session.trust_env = trust_env
        # One pool per host, kept for every host a cycle visits: requests keeps 10
        # by default, so with more hosts each request opened a new connection.
        adapter = HTTPAdapter(pool_connections=HOST_POOLS,
                              pool_maxsize=max(1, settings.per_host), max_retries=0)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        self._adapter = adapter
        self._templates: dict[str, requests.PreparedRequest] = {}
        self._session.headers.update({
            "User-Agent": settings.user_agent,
            "Accept": ACCEPT,
            "Accept-Encoding": SUPPORTED_ENCODINGS,
        })

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close pooled connections. The fetcher must not be used afterwards."""
        self._session.close()

    def fetch(self, request: FetchRequest) -> FetchResult:
        """One conditional GET, following redirects; raises FetchError."""
        started = time.monotonic()
        deadline = started + self.settings.total_timeout
        url = request.url
        _check_scheme(request.url, url)
        permanent_url: str | None = None
        only_permanent_so_far = True
        for _hop in range(self.settings.max_redirects + 1):
            response = self._send(request, url, deadline)
            status = response.status_code
            if status not in REDIRECT_STATUSES:
                return self._finish(request, url, response, started, deadline, permanent_url)
            target = _redirect_target(request.url, url, response)
            response.close()
            if only_permanent_so_far and status in PERMANENT_REDIRECTS:
                permanent_url = target
            else:
                only_permanent_so_far = False
            url = target
        raise FetchError(request.url, f"more than {self.settings.max_redirects} redirects")

    def _send(self, request: FetchRequest, url: str, deadline: float) -> requests.Response:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(request.url, f"deadline of {seconds(self.settings.total_timeout)} "
                                          "exceeded")
        headers: dict[str, str] = {}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        timeout = (min(self.settings.connect_timeout, remaining),
                   min(self.settings.read_timeout, remaining))
        try:
            # Session.get(allow_redirects=False) would still read a redirect's whole
            # body, uncapped; going through the adapter leaves every body to us.
            prepared = self._prepare(url, headers)
            if self._session.trust_env:
                env = self._session.merge_environment_settings(prepared.url, {}, True, None,
                                                               None)
                verify = env["verify"] if env["verify"] is not None else True
                cert, proxies = env["cert"], env["proxies"]
            else:  # nothing to merge: no proxies, default certificate store
                verify, cert, proxies = True, None, {}
            return self._adapter.send(prepared, stream=True, timeout=timeout,
                                      verify=verify, cert=cert, proxies=proxies)
        except requests.exceptions.ConnectTimeout as exc:
            raise FetchError(request.url, self._timeout_text("connect timeout", deadline,
                                                             self.settings.connect_timeout)
                             ) from exc
        except requests.exceptions.ReadTimeout as exc:
            raise FetchError(request.url, self._timeout_text("read timeout", deadline,
                                                             self.settings.read_timeout)
                             ) from exc
        except requests.exceptions.ConnectionError as exc:
            raise FetchError(request.url, describe_connection_error(exc)) from exc
        except requests.exceptions.InvalidHeader as exc:  # e.g. a stored validator
            raise FetchError(request.url, f"invalid request header: {one_line(str(exc))}"
                             ) from exc
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                requests.exceptions.InvalidSchema, ValueError) as exc:
            raise FetchError(request.url, f"invalid URL {one_line(url)!r}") from exc
        except requests.exceptions.RequestException as exc:
            raise FetchError(request.url, f"request failed: {one_line(str(exc))}") from exc

    def _prepare(self, url: str, headers: dict[str, str]) -> requests.PreparedRequest:
        """A GET with the session's headers, built directly: Session.prepare_request
        also merges cookies, auth and hooks we never use, at about a third of the
        CPU of a 304 round trip. No cookies are kept or sent (docs/fetching.md).

        The URL and the fixed headers are prepared once per URL (a feed is asked
        again every cycle); only the validators are added per request.
        """
        template = self._templates.get(url)
        if template is None:
            template = requests.PreparedRequest()
            template.prepare_method("GET")
            template.prepare_url(url, None)
            template.prepare_headers(self._session.headers)
            template.prepare_body(None, None)
            if len(self._templates) >= PREPARED_URLS:
                self._templates.clear()  # crude but bounded; refilled as feeds come round
            self._templates[url] = template
        prepared = template.copy()
        for header in headers.items():
            check_header_validity(header)  # validators come from servers: no CR/LF smuggling
            prepared.headers[header[0]] = header[1]
        return prepared

    def _timeout_text(self, what: str, deadline: float, limit: float) -> str:
        if time.monotonic() >= deadline - 0.05:
            return f"deadline of {seconds(self.settings.total_timeout)} exceeded"
        return f"{what} ({seconds(limit)})"

    def _finish(self, request: FetchRequest, url: str, response: requests.Response,
                started: float, deadline: float, permanent_url: str | None) -> FetchResult:
        """Turn the last response of the chain into a FetchResult or a FetchError."""
        status = response.status_code
        headers = response.headers
        try:
            if status == 304:
                body = None
                _keep_alive_after_304(response)
            elif 200 <= status < 300:
                body = self._read(request, response, deadline)
            else:
                raise _status_error(request.url, status, headers.get("Retry-After"))
        finally:
            response.close()  # a no-op once the connection went back to the pool
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

    def _read(self, request: FetchRequest, response: requests.Response, deadline: float
              ) -> bytes:
        cap = self.settings.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(request.url,
                             f"body larger than the cap of {cap} bytes "
                             f"(Content-Length {int(declared)})")
        try:
            return read_body(response.raw, max_bytes=cap, deadline=deadline,
                             read_timeout=self.settings.read_timeout,
                             total_timeout=self.settings.total_timeout)
        except BodyError as exc:
            raise FetchError(request.url, str(exc)) from exc


def _keep_alive_after_304(response: requests.Response) -> None:
    """Give a 304's connection back to the pool instead of closing it.

    A 304 has no body by definition (http.client reads none), so this touches no
    socket; closing instead made every unchanged feed reconnect on the next poll.
    """
    response.raw.read(decode_content=False)
    response.raw.release_conn()


def _check_scheme(feed_url: str, url: str) -> None:
    if url.startswith(("https://", "http://")):  # the usual case, without parsing
        return
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise FetchError(feed_url, f"unsupported URL scheme {scheme or '(none)'!r} "
                                   f"in {one_line(url)!r}")


def _redirect_target(feed_url: str, url: str, response: requests.Response) -> str:
    location = response.headers.get("Location")
    if not location:
        response.close()
        raise FetchError(feed_url, f"{status_text(response.status_code)} without a Location "
                                   "header", status=response.status_code)
    target = urljoin(url, location.strip())
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        response.close()
        raise FetchError(feed_url, f"redirect to unsupported scheme {scheme or '(none)'!r} "
                                   f"({one_line(target)})", status=response.status_code)
    return target


def _status_error(feed_url: str, status: int, retry_after_header: str | None) -> FetchError:
    retry_after = parse_retry_after(retry_after_header, datetime.now(UTC))
    message = status_text(status)
    if retry_after is not None:
        message += f" (Retry-After {retry_after:.0f} s)"
    return FetchError(feed_url, message, status=status, retry_after=retry_after)
