"""Working without a network: one summary line, the ignored proxy, nothing due."""

from __future__ import annotations

import contextlib
import errno
import logging
import re
import socket
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.feedgen import item, rss
from helpers.fetch import refused_url
from pytest_httpserver import HTTPServer

from tracker.cli import main
from tracker.config import load_config
from tracker.fetch.messages import describe_connection_error
from tracker.poll.failures import (
    PROXY_VARIABLES,
    failure_lines,
    ignored_proxy_note,
    network_failure_lines,
)
from tracker.poll.report import FeedOutcome, OutcomeState
from tracker.service.pipeline import Pipeline
from tracker.store import Store


def _failed(name: str, reason: str) -> FeedOutcome:
    url = f"https://{name}.example/rss"
    return FeedOutcome(url, name, OutcomeState.FAILED, error=f"{url}: {reason}")


def test_every_feed_failing_alike_on_the_network_is_one_line() -> None:
    outcomes = [_failed(f"f{n}", "cannot resolve host name") for n in range(62)]
    expected = ["network unreachable: 62 feeds failed the same way (cannot resolve host name)"]
    assert failure_lines(outcomes) == expected
    assert network_failure_lines(outcomes) == expected


def test_feeds_not_sent_after_timeouts_count_with_their_host() -> None:
    outcomes = [_failed(f"f{n}", "connect timeout (10 s)") for n in range(4)] + [
        _failed(f"g{n}", "not fetched: 2 feeds on news.example:443 timed out in this poll")
        for n in range(5)]
    assert failure_lines(outcomes) == [
        "network unreachable: 9 feeds failed the same way (connect timeout)"]


def test_mixed_failures_stay_one_line_per_feed() -> None:
    outcomes = [_failed("a", "cannot resolve host name"), _failed("b", "HTTP 404 Not Found"),
                FeedOutcome("https://c.example/", "c", OutcomeState.OK)]
    assert failure_lines(outcomes) == ["a: cannot resolve host name", "b: HTTP 404 Not Found"]
    assert network_failure_lines(outcomes) == ["a: cannot resolve host name"]
    # some feeds answered: the network works, so no summary either
    ok_and_dns = [_failed("a", "cannot resolve host name"),
                  _failed("b", "cannot resolve host name"),
                  FeedOutcome("https://c.example/", "c", OutcomeState.OK)]
    assert len(failure_lines(ok_and_dns)) == 2


@pytest.mark.parametrize(("code", "text"), [(errno.ENETUNREACH, "network unreachable"),
                                            (errno.EHOSTUNREACH, "no route to host")])
def test_unreachable_errors_are_named(code: int, text: str) -> None:
    assert describe_connection_error(OSError(code, "x")) == text
    assert describe_connection_error(socket.gaierror(-2, "x")) == "cannot resolve host name"


def test_proxy_note_only_when_a_proxy_is_set_and_ignored() -> None:
    note = ignored_proxy_note({"HTTPS_PROXY": "http://proxy:3128"}, False)
    assert note is not None
    assert "HTTPS_PROXY" in note and "[http] proxy_from_environment = true" in note
    assert ignored_proxy_note({"HTTPS_PROXY": "http://proxy:3128"}, True) is None
    assert ignored_proxy_note({}, False) is None


def _project(tmp_path: Path, feeds: dict[str, str]) -> Path:
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds").mkdir()
    tables = "".join(f'\n[[feeds]]\nname = "{n}"\nurl = "{u}"\n' for n, u in feeds.items())
    config = tmp_path / "config.toml"
    config.write_text('[storage]\ndatabase = "db.sqlite3"\n[schedule]\npoll_minutes = 60\n'
                      "[http]\nconnect_timeout = 2.0\nread_timeout = 2.0\ntotal_timeout = 5.0\n"
                      "[search_feeds]\nenabled = false\n" + tables, encoding="utf-8")
    return config


def test_an_ignored_proxy_is_named_once_when_feeds_cannot_be_reached(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9/")
    with refused_url() as one, refused_url() as two:
        config = _project(tmp_path, {"One": one, "Two": two})
        result = CliRunner().invoke(main, ["--config", str(config), "poll"])
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert notes == ["note: HTTPS_PROXY is set but ignored: to fetch through the proxy, set "
                     "[http] proxy_from_environment = true in config.toml"]
    # no feed could connect at all: one line for both
    assert ("error: network unreachable: 2 feeds failed the same way (connection refused)"
            in result.stderr)


def test_a_poll_with_nothing_due_says_when_and_mentions_all(
        tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/rss").respond_with_data(rss([item("A", link="https://e/a")]))
    config = _project(tmp_path, {"Feed": httpserver.url_for("/rss")})
    runner = CliRunner()
    first = runner.invoke(main, ["--config", str(config), "poll"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["--config", str(config), "poll"])
    assert second.exit_code == 0, second.output
    lines = [line for line in second.stdout.splitlines() if line.startswith("nothing due")]
    assert len(lines) == 1, second.stdout
    assert "the next feed is due at 20" in lines[0]
    assert re.search(r"UTC \(in \d+ min\)", lines[0])
    assert "'claimtracker poll --all' polls every feed now" in lines[0]
    third = runner.invoke(main, ["--config", str(config), "poll", "--all"])
    assert "nothing due" not in third.stdout and "polled 1 feeds" in third.stdout


@pytest.mark.parametrize("kind", ["unresolvable", "refused"])
def test_a_real_poll_offline_says_it_once_and_stores_the_feed_that_answered(
        tmp_path: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch,
        kind: str) -> None:
    """Ten feeds that cannot be reached (hosts under .invalid, which never resolves,
    or closed loopback ports) and one local feed that answers: one line for the ten,
    none per feed, and the answer is stored."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    httpserver.expect_request("/rss").respond_with_data(
        rss([item("Local story", link="https://e/local")]), content_type="application/rss+xml")
    with contextlib.ExitStack() as stack:
        if kind == "unresolvable":
            dead = {f"Dead{n}": f"http://feed{n}.claimtracker-test.invalid/rss"
                    for n in range(10)}
        else:
            dead = {f"Dead{n}": stack.enter_context(refused_url()) for n in range(10)}
        config = _project(tmp_path, {**dead, "Local": httpserver.url_for("/rss")})
        result = CliRunner().invoke(main, ["--config", str(config), "poll"])
    reason = "cannot resolve host name" if kind == "unresolvable" else "connection refused"
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: network unreachable for 10 of 11 feeds, failed the same way "
                      f"({reason}): Dead0, Dead1, Dead2 and 7 more"], result.stderr
    assert not any(f"Dead{n}:" in result.output for n in range(10))
    assert result.exit_code == 0, result.output
    assert "polled 11 feeds: 1 ok" in result.stdout
    with sqlite3.connect(tmp_path / "db.sqlite3") as conn:
        titles = [r[0] for r in conn.execute("SELECT title FROM entries")]
        failing = conn.execute("SELECT count(*) FROM feeds WHERE consecutive_errors = 1"
                               ).fetchone()[0]
    assert titles == ["Local story"]
    assert failing == 10


def test_the_service_logs_the_feeds_failing_alike_once(
        tmp_path: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    httpserver.expect_request("/rss").respond_with_data(
        rss([item("Local story", link="https://e/local")]), content_type="application/rss+xml")
    dead = {f"Dead{n}": f"http://feed{n}.claimtracker-test.invalid/rss" for n in range(5)}
    config = load_config(_project(tmp_path, {**dead, "Local": httpserver.url_for("/rss")}))
    Store.open(config.database).close()  # the first run's database
    pipeline = Pipeline(config, threading.Event(), lambda: datetime.now(UTC), env={})
    with caplog.at_level(logging.INFO, logger="tracker.service"):
        summary = pipeline.poll()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["network unreachable for 5 of 6 feeds, failed the same way "
                        "(cannot resolve host name): Dead0, Dead1, Dead2 and 2 more"]
    assert summary.startswith("polled 6 feeds: 1 ok")
