"""Userinfo in a feed URL (``https://user:pass@host/feed``) becomes HTTP Basic auth.

The credentials are taken out of the URL before it is requested, so they never
reach a Location-based base URL, an entry link or a message; they are sent as an
``Authorization`` header, and only to the scheme, host and port they were given for.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit, urlunsplit

import urllib3


def split_userinfo(url: str) -> tuple[str, str | None]:
    """(``url`` without its userinfo, the ``Authorization`` value or None)."""
    if "@" not in url:
        return url, None
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, None
    if "@" not in parts.netloc:
        return url, None
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    header = urllib3.make_headers(basic_auth=f"{unquote(user)}:{unquote(password)}")
    bare = urlunsplit((parts.scheme, hostport, parts.path, parts.query, parts.fragment))
    return bare, header["authorization"]


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) that credentials are bound to; () parts when unparseable."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ("", "", None)
    scheme = parts.scheme.lower()
    return (scheme, (parts.hostname or "").lower(),
            port or {"http": 80, "https": 443}.get(scheme))


def with_userinfo(url: str, of: str) -> str:
    """``url`` with the userinfo of ``of`` put back (a permanent move on the same origin)."""
    try:
        source, target = urlsplit(of), urlsplit(url)
    except ValueError:
        return url
    if "@" not in source.netloc or "@" in target.netloc:
        return url
    userinfo = source.netloc.rpartition("@")[0]
    return urlunsplit((target.scheme, f"{userinfo}@{target.netloc}", target.path,
                       target.query, target.fragment))
