"""read_source: local path, file:// URL, http(s) URL; one-line errors naming the source."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.fetch import fast_settings
from pytest_httpserver import HTTPServer

from tracker.errors import FetchError
from tracker.fetch import read_source

FEED = b"<rss version='2.0'><channel><title>ok</title></channel></rss>"

pytestmark = pytest.mark.timeout(30)


def _error(source: str, **overrides: int) -> str:
    with pytest.raises(FetchError) as info:
        read_source(source, fast_settings(**overrides))
    assert info.value.url == source
    message = str(info.value)
    assert "\n" not in message
    return message


def test_local_path_and_file_url(tmp_path: Path) -> None:
    feed = tmp_path / "a feed é.xml"
    feed.write_bytes(FEED)
    assert read_source(str(feed), fast_settings()) == FEED
    assert read_source(feed.as_uri(), fast_settings()) == FEED


def test_http_source(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed").respond_with_data(FEED)
    assert read_source(httpserver.url_for("/feed"), fast_settings()) == FEED


def test_http_error_names_the_url(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed").respond_with_data(b"", status=404)
    url = httpserver.url_for("/feed")
    assert _error(url) == f"{url}: HTTP 404 Not Found"


def test_missing_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.xml")
    assert _error(missing) == f"{missing}: no such file"


def test_directory(tmp_path: Path) -> None:
    assert _error(str(tmp_path)) == f"{tmp_path}: is a directory, not a file"


def test_unsupported_scheme() -> None:
    assert _error("ftp://example.org/feed.xml") == (
        "ftp://example.org/feed.xml: unsupported URL scheme 'ftp' "
        "(use a path, file://, http:// or https://)")


def test_remote_file_url() -> None:
    assert _error("file://server/share/feed.xml").endswith(
        "file URLs with a remote host are not supported")


def test_local_file_over_the_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(b"x" * 101)
    assert _error(str(big), max_bytes=100) == f"{big}: file larger than the cap of 100 bytes"
    assert read_source(str(big), fast_settings(max_bytes=101)) == b"x" * 101
