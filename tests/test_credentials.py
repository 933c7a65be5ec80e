"""Credentials in feed URLs: sent as Basic auth, never shown, logged or e-mailed.

Feeds are served on 127.0.0.1; the project (config, empty claims/) lives in tmp_path.
"""

from __future__ import annotations

import base64
import logging
import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.feedgen import item, rss
from helpers.fetch import Handler, fast_settings, send_head, serve

from tracker.cli import main
from tracker.errors import FetchError
from tracker.fetch import HttpFetcher
from tracker.protocols import FetchRequest
from tracker.redact import redact_text, redact_url
from tracker.service.logs import TEXT_FORMAT, JsonFormatter, RedactFilter

SECRETS = ("s3cret", "T0KEN", "K3Y", "alice")
FEED = rss([item("Hello", link="https://news.example/a",
                 published=datetime.now(UTC) - timedelta(hours=1))], language="en")


@pytest.mark.parametrize(("url", "shown"), [
    ("https://news.example/rss", "https://news.example/rss"),
    ("https://alice:s3cret@news.example/rss", "https://***@news.example/rss"),
    ("https://T0KEN@news.example/rss", "https://***@news.example/rss"),
    ("https://news.example/rss?token=T0KEN&lang=en", "https://news.example/rss?token=***&lang=en"),
    ("https://news.example/rss?key=K3Y", "https://news.example/rss?key=***"),
    ("https://news.example/rss?api_key=K3Y&q=key", "https://news.example/rss?api_key=***&q=key"),
    ("https://news.example/rss?access_token=T0KEN", "https://news.example/rss?access_token=***"),
    ("https://news.example/rss?q=tokyo&hl=en", "https://news.example/rss?q=tokyo&hl=en"),
])
def test_redact_url(url: str, shown: str) -> None:
    assert redact_url(url) == shown


def test_redact_text_keeps_the_punctuation_around_urls() -> None:
    text = "feed http://alice:s3cret@h/x?key=K3Y: refused (see http://h/?token=T0KEN)."
    assert redact_text(text) == "feed http://***@h/x?key=***: refused (see http://h/?token=***)."


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def _auth_server(seen: list[tuple[str, str | None]]) -> Handler:
    def handler(request: BaseHTTPRequestHandler) -> None:
        seen.append((request.path, request.headers.get("Authorization")))
        if request.path.startswith("/elsewhere"):
            send_head(request, 200, {"Content-Length": str(len(FEED))})
            request.wfile.write(FEED)
            return
        if request.headers.get("Authorization") != _basic("alice", "s3 cret@"):
            send_head(request, 401, {"Content-Length": "0"})
            return
        send_head(request, 200, {"Content-Length": str(len(FEED))})
        request.wfile.write(FEED)
    return handler


def test_userinfo_is_sent_as_basic_auth_not_in_the_request_line() -> None:
    seen: list[tuple[str, str | None]] = []
    with serve(_auth_server(seen)) as base, HttpFetcher(fast_settings()) as fetcher:
        url = base.replace("http://", "http://alice:s3%20cret%40@") + "/feed?x=1"
        result = fetcher.fetch(FetchRequest(url))
    assert result.status == 200 and result.body == FEED
    assert seen == [("/feed?x=1", _basic("alice", "s3 cret@"))]
    assert "alice" not in result.final_url  # the base of relative entry links


def test_credentials_follow_a_redirect_only_on_the_same_origin() -> None:
    seen: list[tuple[str, str | None]] = []
    with serve(_auth_server(seen)) as other:
        # the first server redirects to the second one (another port: another origin)
        def redirect(request: BaseHTTPRequestHandler) -> None:
            seen.append((request.path, request.headers.get("Authorization")))
            send_head(request, 302, {"Location": f"{other}/elsewhere", "Content-Length": "0"})

        with serve(redirect) as first, HttpFetcher(fast_settings()) as fetcher:
            url = first.replace("http://", "http://alice:s3cret@") + "/feed"
            result = fetcher.fetch(FetchRequest(url))
    assert result.body == FEED
    assert seen[0][1] == _basic("alice", "s3cret")
    assert seen[1] == ("/elsewhere", None)


def test_a_failing_credential_url_names_the_feed_without_its_secrets() -> None:
    with serve(lambda r: send_head(r, 500, {"Content-Length": "0"})) as base, \
            HttpFetcher(fast_settings()) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(FetchRequest(base.replace("http://", "http://alice:s3cret@")
                                   + "/feed?token=T0KEN"))
    text = str(info.value)
    assert "HTTP 500" in text and "***" in text
    assert not any(secret in text for secret in SECRETS)


def test_the_log_filter_redacts_tracebacks_too() -> None:
    try:
        raise RuntimeError("fetching http://alice:s3cret@h/f?token=T0KEN broke")
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, "x", 0, "poll failed", None,
                                   sys.exc_info())
    assert RedactFilter().filter(record)
    for formatter in (logging.Formatter(TEXT_FORMAT), JsonFormatter()):
        text = formatter.format(record)
        assert "RuntimeError: fetching http://***@h/f?token=*** broke" in text.replace(
            "\\n", "\n")
        assert not any(secret in text for secret in SECRETS)


def test_the_log_filter_redacts_messages() -> None:
    record = logging.LogRecord("x", logging.WARNING, "x", 0, "feed %s: %s",
                               ("http://alice:s3cret@h/f", "HTTP 500"), None)
    assert RedactFilter().filter(record)
    assert record.getMessage() == "feed http://***@h/f: HTTP 500"


def _project(tmp_path: Path, feeds: dict[str, str]) -> Path:
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds").mkdir()
    tables = "".join(f'\n[[feeds]]\nname = "{n}"\nurl = "{u}"\nlanguage = "en"\n'
                     for n, u in feeds.items())
    config = tmp_path / "config.toml"
    config.write_text('[storage]\ndatabase = "data/db.sqlite3"\n'
                      '[digest]\noutput_dir = "digests"\n'
                      "[http]\nconnect_timeout = 2.0\nread_timeout = 2.0\ntotal_timeout = 5.0\n"
                      "[search_feeds]\nenabled = false\n" + tables, encoding="utf-8")
    return config


def test_no_command_shows_stores_or_writes_the_credentials(tmp_path: Path) -> None:
    seen: list[tuple[str, str | None]] = []
    with serve(_auth_server(seen)) as good, \
            serve(lambda r: send_head(r, 503, {"Content-Length": "0"})) as bad:
        config = _project(tmp_path, {
            "Private": good.replace("http://", "http://alice:s3%20cret%40@") + "/feed",
            "Broken": bad.replace("http://", "http://alice:s3cret@") + "/f?token=T0KEN&key=K3Y",
        })
        runner = CliRunner()
        outputs = []
        for args in (["poll"], ["poll", "--all"], ["status"], ["feeds", "list"],
                     ["feeds", "test", "Broken"], ["feeds", "test", "Private"],
                     ["digest", "--since", "2000-01-01"]):
            result = runner.invoke(main, ["--config", str(config), *args])
            outputs.append(result.output + (result.stderr if result.stderr_bytes else ""))
    assert ("/feed", _basic("alice", "s3 cret@")) in seen  # the private feed was read
    everything = "\n".join(outputs)
    assert "***@127.0.0.1" in everything and "HTTP 503" in everything
    for digest in (tmp_path / "digests").iterdir():
        everything += digest.read_text(encoding="utf-8")
    with sqlite3.connect(tmp_path / "data" / "db.sqlite3") as db:
        messages = [row[0] or "" for row in db.execute("SELECT error_message FROM feeds")]
    assert any("HTTP 503" in m for m in messages)
    for secret in ("s3cret", "s3%20cret", "T0KEN", "K3Y", "alice"):
        assert secret not in everything, secret
        assert not any(secret in m for m in messages), secret
