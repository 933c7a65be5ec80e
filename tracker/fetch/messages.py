"""One-line, user-facing descriptions of what went wrong during a fetch.

Everything that ends up in a FetchError message may come from the network
(reason phrases, Location headers), so it is squeezed onto one short line first.
"""

from __future__ import annotations

import errno
import socket
import ssl
from http import HTTPStatus

_MAX_DETAIL = 160


def one_line(text: str, limit: int = _MAX_DETAIL) -> str:
    """Collapse whitespace and control characters, and shorten to ``limit`` chars."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text)
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return cleaned


TIMEOUT_PHRASES = ("deadline of ", "read timeout (", "connect timeout (")


def is_timeout(message: str) -> bool:
    """A FetchError message that says the server was too slow (this module's wording)."""
    return any(phrase in message for phrase in TIMEOUT_PHRASES)


def status_text(status: int) -> str:
    """``HTTP 404 Not Found``; the standard phrase, never the server's own."""
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def seconds(value: float) -> str:
    """``10 s`` / ``0.5 s``: short, no trailing zeros."""
    return f"{value:g} s"


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and everything it wraps (cause, context, urllib3's ``reason``)."""
    seen: list[BaseException] = []
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if any(current is s for s in seen):
            continue
        seen.append(current)
        for attr in ("reason", "__cause__", "__context__"):
            inner = getattr(current, attr, None)
            if isinstance(inner, BaseException):
                todo.append(inner)
        todo.extend(a for a in current.args if isinstance(a, BaseException))
    return seen


def describe_connection_error(exc: BaseException) -> str:
    """Name the root cause of a failed connection in a few words."""
    chain = _causes(exc)
    for err in chain:
        if isinstance(err, ConnectionRefusedError):
            return "connection refused"
        if isinstance(err, socket.gaierror) or type(err).__name__ == "NameResolutionError":
            return "cannot resolve host name"
        if isinstance(err, ssl.SSLError):
            return f"TLS error: {one_line(str(err))}"
        if isinstance(err, ConnectionResetError):
            return "connection reset by the server"
        if isinstance(err, OSError) and err.errno == errno.ENETUNREACH:
            return "network unreachable"
        if isinstance(err, OSError) and err.errno == errno.EHOSTUNREACH:
            return "no route to host"
    return f"connection failed: {one_line(str(chain[-1]))}"
