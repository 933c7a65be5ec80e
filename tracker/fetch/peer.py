"""The SSRF rule checked on the connected socket, not on a name resolved beforehand.

A redirect from a public address to a private one is refused (tracker.addresses).
Resolving the redirect's host name to check it is not enough: the name is resolved
again when the connection is made, and may then give another answer (DNS
rebinding: a short-lived public answer for the check, a private one for the
connection; or a redirect on the same host name, which is not re-checked at all).
So the address the socket is actually connected to is checked, right after the
TCP connect and before a byte is sent (TLS included), and again when a pooled
connection is reused.

The rule belongs to the fetch, the connection to a shared pool: the fetching
thread states its rule (``peer_rule``) and the connection reads it from a
thread-local. Through a proxy the socket's peer is the proxy, so the rule is not
stated there (the proxy resolves the names; the redirect's host name is still
checked beforehand).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from tracker.addresses import AddressCheck

_current = threading.local()


class PrivatePeerError(Exception):
    """A connection reached a private address where only public ones are allowed.

    Not an OSError, so that urllib3 passes it through as it is (after closing the
    connection) instead of reporting a connection failure."""

    def __init__(self, address: str) -> None:
        super().__init__(address)
        self.address = address


@dataclass
class PeerRule:
    """What one hop of a fetch may connect to, and where it did connect."""

    is_private: AddressCheck
    public_only: bool = False
    last_peer: str | None = None       # the address of the connection last used
    redirect_status: int | None = None  # of the redirect that led to this hop


@contextmanager
def peer_rule(rule: PeerRule) -> Iterator[PeerRule]:
    """Connections used by this thread inside the block follow ``rule``."""
    _current.rule = rule
    try:
        yield rule
    finally:
        _current.rule = None


def _check(sock: Any) -> None:
    rule: PeerRule | None = getattr(_current, "rule", None)
    if rule is None or sock is None:
        return
    try:
        address = str(sock.getpeername()[0])
    except (OSError, AttributeError, IndexError):
        return  # not connected: the request fails on its own
    rule.last_peer = address
    if rule.public_only and rule.is_private(address):
        raise PrivatePeerError(address)


class PeerCheckMixin:
    """For urllib3's HTTP(S)Connection: check the peer of every connection used."""

    sock: Any

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        try:
            _check(sock)
        except PrivatePeerError:
            sock.close()
            raise
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is not None:  # a pooled connection reused (or TLS set up already)
            _check(self.sock)
        super().request(*args, **kwargs)  # type: ignore[misc]
