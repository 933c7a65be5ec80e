"""``feeds add`` fetches and parses the URL first, as ``feeds test`` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.feedgen import item, rss
from helpers.fetch import refused_url
from pytest_httpserver import HTTPServer

from tracker.cli import main
from tracker.config import load_config
from tracker.poll.failures import PROXY_VARIABLES

PAGE = b"<!DOCTYPE html><html><head><title>Shop</title></head><body>hi</body></html>"


def _config(tmp_path: Path) -> Path:
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds").mkdir()
    path = tmp_path / "config.toml"
    path.write_text('# my feeds\n[storage]\ndatabase = "db.sqlite3"\n'
                    "[http]\nconnect_timeout = 2.0\nread_timeout = 2.0\ntotal_timeout = 5.0\n"
                    "[search_feeds]\nenabled = false\n", encoding="utf-8")
    return path


def _add(config: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--config", str(config), "feeds", "add", *args])


def test_a_real_feed_is_checked_and_added(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/rss").respond_with_data(
        rss([item("A", link="https://e.example/a"), item("B", link="https://e.example/b")]),
        content_type="application/rss+xml")
    config = _config(tmp_path)
    result = _add(config, "Good", httpserver.url_for("/rss"))
    assert result.exit_code == 0, result.output
    assert "checked: a readable feed, entries: 2 (0 dated)" in result.stdout
    assert [f.name for f in load_config(config).feeds] == ["Good"]


def test_a_web_page_is_not_added_without_force(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/page").respond_with_data(PAGE, content_type="text/html")
    config = _config(tmp_path)
    before = config.read_bytes()
    result = _add(config, "Shop", httpserver.url_for("/page"))
    assert result.exit_code == 1
    assert "warning: " in result.stderr and "not a feed: an HTML page" in result.stderr
    assert "add it anyway with --force" in result.stderr
    assert config.read_bytes() == before

    forced = _add(config, "Shop", httpserver.url_for("/page"), "--force")
    assert forced.exit_code == 0, forced.output
    assert "not a feed: an HTML page" in forced.stderr  # still warned
    assert [f.name for f in load_config(config).feeds] == ["Shop"]


def test_an_http_error_is_not_added_without_force(tmp_path: Path,
                                                  httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    config = _config(tmp_path)
    result = _add(config, "Gone", httpserver.url_for("/gone"))
    assert result.exit_code == 1
    assert "HTTP 404 Not Found" in result.stderr
    assert load_config(config).feeds == ()


def test_unreachable_is_added_with_a_note(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9/")
    config = _config(tmp_path)
    with refused_url() as url:
        result = _add(config, "Later", url)
    assert result.exit_code == 0, result.output
    assert "note: could not check it" in result.stderr and "connection refused" in result.stderr
    assert "note: HTTP_PROXY is set but ignored" in result.stderr
    assert [f.name for f in load_config(config).feeds] == ["Later"]
