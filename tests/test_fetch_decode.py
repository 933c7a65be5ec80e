"""CappedDecoder: gzip/deflate decoding that stops at the cap."""

from __future__ import annotations

import gzip
import zlib

import pytest

from tracker.fetch.decode import BodyTooLargeError, CappedDecoder, ContentEncodingError

DATA = b"<item>une annonce, \xe3\x81\x82</item>" * 500


def _decode(encoding: str | None, body: bytes, *, cap: int = 10**6, step: int = 4096) -> bytes:
    decoder = CappedDecoder(encoding, cap)
    for start in range(0, len(body), step):
        decoder.feed(body[start:start + step])
    return decoder.finish()


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize("step", [1, 3, 4096])
@pytest.mark.parametrize(("encoding", "body"), [
    (None, DATA),
    ("identity", DATA),
    ("gzip", gzip.compress(DATA)),
    ("GZIP", gzip.compress(DATA)),
    ("x-gzip", gzip.compress(DATA)),
    ("deflate", zlib.compress(DATA)),
    ("deflate", _raw_deflate(DATA)),
])
def test_round_trip_in_any_chunking(encoding: str | None, body: bytes, step: int) -> None:
    assert _decode(encoding, body, step=step) == DATA


def test_gzip_members_back_to_back_and_trailing_padding() -> None:
    body = gzip.compress(DATA) + gzip.compress(b"tail") + b"\0" * 8
    assert _decode("gzip", body, step=7) == DATA + b"tail"


def test_exactly_at_the_cap_is_fine_one_more_is_not() -> None:
    assert _decode("gzip", gzip.compress(DATA), cap=len(DATA)) == DATA
    with pytest.raises(BodyTooLargeError):
        _decode("gzip", gzip.compress(DATA), cap=len(DATA) - 1)
    with pytest.raises(BodyTooLargeError):
        _decode(None, DATA, cap=len(DATA) - 1)


def test_truncated_gzip() -> None:
    with pytest.raises(ContentEncodingError, match="gzip body is truncated"):
        _decode("gzip", gzip.compress(DATA)[:-20])


def test_empty_encoded_body_is_empty() -> None:
    assert _decode("gzip", b"") == b""


@pytest.mark.parametrize("header", ["br", "zstd", "gzip, br", "compress"])
def test_unsupported_encodings(header: str) -> None:
    with pytest.raises(ContentEncodingError, match="unsupported Content-Encoding"):
        CappedDecoder(header, 100)
