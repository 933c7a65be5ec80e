"""Content-Encoding decoding with a hard cap on the decoded size.

We ask urllib3 for the raw bytes and inflate them here, with zlib's
``max_length``, so a gzip bomb (a few KB that inflate to gigabytes) is stopped
after at most ``max_bytes + 1`` bytes of output: the full output is never
allocated.
"""

from __future__ import annotations

import zlib

SUPPORTED_ENCODINGS = "gzip, deflate"  # what we send in Accept-Encoding


class BodyTooLargeError(Exception):
    """The decoded body went over the cap."""


class ContentEncodingError(Exception):
    """The body is not valid for its Content-Encoding, or the encoding is unknown."""


def _normalise(header: str | None) -> str:
    codings = [c.strip().lower() for c in (header or "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return "identity"
    if len(codings) > 1:
        raise ContentEncodingError(f"unsupported Content-Encoding {', '.join(codings)!r}")
    coding = {"x-gzip": "gzip"}.get(codings[0], codings[0])
    if coding not in ("gzip", "deflate"):
        raise ContentEncodingError(f"unsupported Content-Encoding {coding!r}")
    return coding


def _has_zlib_header(first_two: bytes) -> bool:
    """RFC 1950: method 8 (deflate) and a header checksum divisible by 31."""
    cmf, flg = first_two[0], first_two[1]
    return cmf & 0x0F == 8 and (cmf * 256 + flg) % 31 == 0


class CappedDecoder:
    """Feed raw chunks in, get at most ``max_bytes`` of decoded body out.

    gzip may hold several members back to back (that is valid); bytes after a
    complete member that do not start a new one are ignored, as browsers do.
    "deflate" is meant to be zlib-wrapped, but many servers send raw deflate, so
    both are accepted (told apart by the 2-byte zlib header).
    """

    def __init__(self, content_encoding: str | None, max_bytes: int) -> None:
        self.encoding = _normalise(content_encoding)
        self._max = max_bytes
        self._size = 0
        self._parts: list[bytes] = []
        self._inflater: zlib._Decompress | None = None
        self._stream_done = False   # the current deflate stream / gzip member ended
        self._member_out = False    # the current gzip member has produced output
        self._members = 0
        self._ignore_rest = False
        self._head = b""            # deflate: bytes held until the header is known

    @property
    def size(self) -> int:
        """Decoded bytes so far."""
        return self._size

    def _emit(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._max:
            raise BodyTooLargeError
        if data:
            self._parts.append(data)

    def feed(self, chunk: bytes) -> None:
        """Decode one raw chunk; raises BodyTooLargeError or ContentEncodingError."""
        if self.encoding == "identity":
            self._emit(chunk)
            return
        if self._ignore_rest or not chunk:
            return
        if self.encoding == "deflate" and self._inflater is None:
            self._head += chunk
            if len(self._head) < 2:
                return
            wbits = zlib.MAX_WBITS if _has_zlib_header(self._head) else -zlib.MAX_WBITS
            self._inflater = zlib.decompressobj(wbits)
            chunk, self._head = self._head, b""
        self._inflate(chunk)

    def _start_gzip_member(self) -> zlib._Decompress:
        self._members += 1
        self._stream_done = False
        self._member_out = False
        return zlib.decompressobj(16 + zlib.MAX_WBITS)

    def _inflate(self, chunk: bytes) -> None:
        pending = chunk
        while pending and not self._ignore_rest:
            if self.encoding == "gzip" and (self._inflater is None or self._stream_done):
                self._inflater = self._start_gzip_member()
            assert self._inflater is not None
            try:
                # one byte more than the room left: getting it means "too large"
                out = self._inflater.decompress(pending, self._max - self._size + 1)
            except zlib.error as exc:
                if self._members > 1 and not self._member_out:
                    self._ignore_rest = True  # trailing bytes after a complete member
                    return
                raise ContentEncodingError(f"corrupt {self.encoding} body ({exc})") from exc
            self._member_out = self._member_out or bool(out)
            self._emit(out)
            if self._inflater.eof:
                self._stream_done = True
                pending = self._inflater.unused_data
                if self.encoding == "deflate":
                    self._ignore_rest = True
            else:
                pending = self._inflater.unconsumed_tail

    def finish(self) -> bytes:
        """All decoded bytes; raises ContentEncodingError if the stream stopped mid-way."""
        if self.encoding != "identity" and not self._ignore_rest and not self._stream_done:
            if self._inflater is None and not self._head:
                return b""  # an empty body: nothing was encoded
            raise ContentEncodingError(f"{self.encoding} body is truncated")
        return b"".join(self._parts)
