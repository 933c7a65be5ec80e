"""A whole-fetch deadline that also bounds the response headers.

http.client reads the status line and headers with many small socket reads,
each bounded only by the socket timeout: a server that sends one header byte
every second never trips a read timeout and can hold a fetch for minutes. So
while a response is read, the connection's socket is seen through a wrapper
that sets the timeout before *every* read to ``min(read_timeout, time left)``
and fails once the deadline has passed.

The deadline belongs to the fetch, the connection to a shared pool: the fetching
thread states its deadline (``fetch_deadline``) and the connection reads it from
a thread-local when it waits for a response.
"""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_current = threading.local()


class HeaderDeadlineError(TimeoutError):
    """The fetch deadline passed while reading a response."""


@contextmanager
def fetch_deadline(deadline: float, read_timeout: float) -> Iterator[None]:
    """Responses read by this thread inside the block end at ``deadline`` (monotonic)."""
    _current.limit = (deadline, read_timeout)
    try:
        yield
    finally:
        _current.limit = None


class _DeadlineSocket:
    """The connection's socket, with every read bounded by the deadline."""

    def __init__(self, sock: Any, deadline: float, read_timeout: float) -> None:
        self._sock = sock
        self._deadline = deadline
        self._read_timeout = read_timeout

    def recv_into(self, buffer: Any, *args: Any) -> int:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise HeaderDeadlineError("deadline exceeded")
        self._sock.settimeout(min(self._read_timeout, remaining))
        # the arguments as given: an SSLSocket reads nbytes=0 differently from a socket
        return int(self._sock.recv_into(buffer, *args))

    def makefile(self, mode: str = "rb", buffering: int | None = None,
                 **kwargs: Any) -> Any:
        if not isinstance(self._sock, socket.socket):
            # urllib3's TLS-in-TLS transport (https through an https proxy): its own
            # reads, bounded by the read timeout only
            return self._sock.makefile(mode, buffering, **kwargs)
        # As socket.makefile does: the real socket counts its open file objects.
        self._sock._io_refs += 1  # type: ignore[attr-defined]
        return io.BufferedReader(socket.SocketIO(self, "rb"),  # type: ignore[arg-type]
                                 buffering or io.DEFAULT_BUFFER_SIZE)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class DeadlineMixin:
    """For urllib3's HTTP(S)Connection: bound every read of a response (tracker.fetch.pools)."""

    sock: Any

    def getresponse(self) -> Any:
        limit = getattr(_current, "limit", None)
        real = self.sock
        if limit is None or real is None:
            return super().getresponse()  # type: ignore[misc]
        wrapped = _DeadlineSocket(real, *limit)
        self.sock = wrapped
        try:
            return super().getresponse()  # type: ignore[misc]
        finally:
            if self.sock is wrapped:  # (http.client drops it when the server closes)
                self.sock = real
