"""Who may use the web app, and what every response promises the browser.

- Bound to a loopback address, no login (the machine's users are trusted, as with
  the CLI). Bound to any other address, a token from an environment variable is
  required (never from config.toml); the app refuses to start without one.
- Every POST carries the session's CSRF token.
- Responses forbid scripts, framing and outside assets (Content-Security-Policy).
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Mapping
from urllib.parse import urlsplit

from flask import Response, abort, request, session

from tracker.errors import TrackerError

PAGE_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self' data:; "
               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
DIGEST_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                 "frame-ancestors 'none'; base-uri 'none'")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def login_token(host: str, token_env: str, env: Mapping[str, str]) -> str | None:
    """The token a user must give, or None when the app needs no login (loopback).

    Raises ``TrackerError`` for a non-loopback address without a usable token."""
    if is_loopback(host):
        return None
    token = env.get(token_env, "")
    if len(token) < 16:
        raise TrackerError(
            f"web: binding {host} (not a loopback address) needs a login: set the "
            f"environment variable {token_env} to a secret of 16 characters or more")
    return token


def allowed_hosts(host: str, base_url: str | None) -> frozenset[str]:
    """Host names a request may carry when the app needs no login: a page on another
    site that points its own name at 127.0.0.1 (DNS rebinding) must not get in."""
    names = {"127.0.0.1", "localhost", "::1", host.strip("[]").lower()}
    if base_url:
        names.add((urlsplit(base_url).hostname or "").lower())
    return frozenset(names)


def host_allowed(request_host: str, allowed: frozenset[str]) -> bool:
    try:
        name = urlsplit("//" + request_host).hostname or ""
    except ValueError:
        return False
    return name.lower() in allowed


def token_matches(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode(), token.encode())


def csrf_token() -> str:
    """The session's CSRF token (made on first use)."""
    token = session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def check_csrf() -> None:
    """Refuse a POST whose form lacks the session's token (403)."""
    if request.method != "POST":
        return
    expected = session.get("csrf")
    given = request.form.get("csrf", "")
    if not isinstance(expected, str) or not hmac.compare_digest(given.encode(),
                                                                expected.encode()):
        abort(403, "missing or wrong CSRF token: reload the page and try again")


def add_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", PAGE_POLICY)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers.setdefault("Cache-Control", "no-store")
    return response
