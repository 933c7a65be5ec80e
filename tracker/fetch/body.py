"""Read a streamed response body under a byte cap and a wall-clock deadline.

The read timeout alone does not bound a fetch: a server that sends one byte
every few seconds never trips it. So before every read the socket timeout is
set to whatever is left of the deadline (or the read timeout, if shorter), and
the deadline is checked again after every chunk.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import time

import urllib3
from urllib3.exceptions import ProtocolError, ReadTimeoutError

from tracker.fetch.decode import BodyTooLargeError, CappedDecoder, ContentEncodingError

CHUNK_SIZE = 64 * 1024


class BodyError(Exception):
    """Reading the body failed; the message is one line, fit for FetchError."""


def _socket_of(raw: urllib3.BaseHTTPResponse) -> socket.socket | None:
    connection = getattr(raw, "connection", None)
    sock = getattr(connection, "sock", None)
    return sock if isinstance(sock, socket.socket) else None


def read_body(raw: urllib3.BaseHTTPResponse, *, max_bytes: int, deadline: float,
              read_timeout: float, total_timeout: float) -> bytes:
    """The decoded body of ``raw`` (opened with ``decode_content=False``).

    ``deadline`` is a ``time.monotonic()`` value. Raises BodyError.
    """
    decoder = _make_decoder(raw.headers.get("Content-Encoding"), max_bytes)
    sock = _socket_of(raw)
    received = 0
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BodyError(f"deadline of {total_timeout:g} s exceeded while reading the body")
            if sock is not None and sock.fileno() != -1:
                # (urllib3 may already have closed it: a complete body whose
                # connection did not fit back in the pool)
                sock.settimeout(min(read_timeout, remaining))
            chunk = raw.read1(CHUNK_SIZE, decode_content=False)
            if not chunk:
                break
            received += len(chunk)
            if received > max_bytes:
                raise BodyError(f"body larger than the cap of {max_bytes} bytes")
            decoder.feed(chunk)
        return decoder.finish()
    except BodyTooLargeError:
        raise BodyError(
            f"body larger than the cap of {max_bytes} bytes after {decoder.encoding} decoding"
        ) from None
    except ContentEncodingError as exc:
        raise BodyError(str(exc)) from exc
    except (ReadTimeoutError, TimeoutError) as exc:
        if time.monotonic() >= deadline - 0.05:
            message = f"deadline of {total_timeout:g} s exceeded while reading the body"
        else:
            message = f"read timeout ({read_timeout:g} s) while reading the body"
        raise BodyError(message) from exc
    except (ProtocolError, http.client.HTTPException, OSError) as exc:
        raise BodyError("connection broken while reading the body") from exc
    finally:
        if sock is not None:  # the connection may go back to the pool: undo our timeout
            with contextlib.suppress(OSError):
                sock.settimeout(read_timeout)


def _make_decoder(content_encoding: str | None, max_bytes: int) -> CappedDecoder:
    try:
        return CappedDecoder(content_encoding, max_bytes)
    except ContentEncodingError as exc:
        raise BodyError(str(exc)) from exc
