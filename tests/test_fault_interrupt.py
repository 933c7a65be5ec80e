"""Cut-short polls keep what was fetched (issue 12, item 7): Ctrl-C during
``poll`` and SIGTERM under ``serve``, real processes against a loopback server
whose later feeds answer far too slowly."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from helpers.faults import REPO, write_project
from helpers.feedgen import item, rss
from helpers.fetch import fast_settings
from pytest_httpserver import HTTPServer

from tracker.claims import load_claims
from tracker.fetch import HttpFetcher
from tracker.match import Matcher
from tracker.models import FeedSpec
from tracker.parse import parse_feed
from tracker.poll import run_cycle
from tracker.store import Store

pytestmark = [pytest.mark.slow, pytest.mark.timeout(90)]

FAST = 3
SLOW = 3
SLOW_DELAY_S = 30.0


class Feeds:
    """/feed/N: the first FAST answer at once, the others after SLOW_DELAY_S."""

    def __init__(self) -> None:
        self.slow_request = threading.Event()
        self.release = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                number = int(self.path.rsplit("/", 1)[-1])
                if number >= FAST:
                    owner.slow_request.set()
                    owner.release.wait(SLOW_DELAY_S)
                body = rss([item(f"Story {number}", link=f"https://ex.org/{number}",
                                 published=datetime(2025, 3, 24, tzinfo=UTC))])
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/rss+xml")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def feeds() -> Iterator[Feeds]:
    server = Feeds()
    yield server
    server.close()


def project(tmp_path: Path, feeds: Feeds) -> Path:
    config = write_project(tmp_path, [(f"Feed {n}", f"{feeds.base}/feed/{n}")
                                      for n in range(FAST + SLOW)])
    text = config.read_text(encoding="utf-8")
    text = text.replace("read_timeout = 2.0\ntotal_timeout = 5.0\n",
                        "read_timeout = 60.0\ntotal_timeout = 60.0\nworkers = 1\nper_host = 1\n")
    text += "[schedule]\npoll_minutes = 60\njitter_seconds = 0\n"
    config.write_text(text, encoding="utf-8")
    return config


def stored_feeds(tmp_path: Path) -> int:
    conn = sqlite3.connect(tmp_path / "data" / "db.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT COUNT(*) FROM feeds WHERE last_success IS NOT NULL"
                             ).fetchone()[0]
        assert conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == count
        return int(count)
    finally:
        conn.close()


def start(config: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tracker", "--config", str(config), *args], cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})


def test_ctrl_c_during_poll_keeps_the_feeds_already_fetched(
        tmp_path: Path, feeds: Feeds) -> None:
    config = project(tmp_path, feeds)
    proc = start(config, "poll")
    try:
        assert feeds.slow_request.wait(30), "the poll never reached the slow feeds"
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert took < SLOW_DELAY_S / 2  # did not wait for the slow answer
    assert "Traceback" not in err and "Aborted" not in err
    assert f"interrupted: kept {FAST} feeds fetched before the stop" in out
    assert f"{SLOW} feeds not fetched" in out
    assert stored_feeds(tmp_path) == FAST


def test_sigterm_under_serve_keeps_the_feeds_already_fetched(
        tmp_path: Path, feeds: Feeds) -> None:
    config = project(tmp_path, feeds)
    proc = start(config, "serve")
    try:
        assert feeds.slow_request.wait(30), "the poll never reached the slow feeds"
        sent = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert took < 8  # not the 10 s stop timeout, not the slow answer
    assert "still running" not in err
    assert f"interrupted: kept {FAST} feeds fetched before the stop" in err
    assert "service stopped" in err
    assert stored_feeds(tmp_path) == FAST


def test_a_stop_leaves_unmatched_entries_pending_for_the_next_poll(
        httpserver: HTTPServer, tmp_path: Path) -> None:
    for n in range(3):
        httpserver.expect_request(f"/f{n}.xml").respond_with_data(rss(
            [item(f"Zorblax Orbital Dock inaugurated, report {n}", link=f"https://ex.org/{n}",
                  published=datetime(2025, 3, 24, tzinfo=UTC))]),
            content_type="application/rss+xml")
    feeds = [FeedSpec(f"F{n}", httpserver.url_for(f"/f{n}.xml")) for n in range(3)]
    claims = load_claims(write_project(tmp_path).parent / "claims").claims
    stop = threading.Event()
    with Store.open(tmp_path / "t.db") as store:
        with HttpFetcher(fast_settings(workers=1, per_host=1)) as fetcher:
            report = run_cycle(store, feeds, fetcher, parse_feed, Matcher(claims),
                               now=datetime(2025, 3, 25, tzinfo=UTC), claims=claims,
                               progress=lambda outcome: stop.set(), stop=stop, processes=1)
        assert report.interrupted and report.polled >= 1
        assert store.entry_counts().pending == report.new_entries  # none matched
        assert report.status_changes == []
        with HttpFetcher(fast_settings()) as fetcher:
            again = run_cycle(store, feeds, fetcher, parse_feed, Matcher(claims),
                              now=datetime(2025, 3, 25, 1, tzinfo=UTC), claims=claims,
                              processes=1)
        assert not again.interrupted
        assert store.entry_counts().pending == 0
        assert again.findings == 3
