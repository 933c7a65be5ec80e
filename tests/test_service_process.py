"""The real service as a subprocess: SIGTERM mid-poll, single instance, JSON logs.

Feeds come from a local HTTP server on 127.0.0.1 that answers slowly, so a poll
is still running when the service is told to stop.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.feedgen import item, rss
from helpers.project import REPO, copy_shipped_claims

from tracker.cli import main

FEEDS = 6
DELAY_S = 0.5

pytestmark = [pytest.mark.slow, pytest.mark.timeout(90)]


class SlowFeeds:
    """Serves /feed/N as a small RSS document after ``delay`` seconds; counts requests."""

    def __init__(self, delay: float = DELAY_S) -> None:
        self.requests = 0
        self.lock = threading.Lock()
        self.second_request = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with owner.lock:
                    owner.requests += 1
                    if owner.requests >= 2:
                        owner.second_request.set()
                number = self.path.rsplit("/", 1)[-1]
                body = rss([item(f"Story {number}: Japan launches Joint Operations Command",
                                 link=f"https://ex.org/{number}",
                                 published=datetime(2025, 3, 24, tzinfo=UTC),
                                 summary="The JJOC was launched in Tokyo.")], language="en")
                time.sleep(delay)
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def slow_feeds() -> Iterator[SlowFeeds]:
    server = SlowFeeds()
    yield server
    server.close()


def write_config(folder: Path, base_url: str | None, feeds: int = FEEDS) -> Path:
    lines = [
        "[storage]", f'database = "{folder / "db" / "tracker.sqlite3"}"',
        "[claims]", f'dir = "{folder / "claims"}"', f'seeds_dir = "{folder / "seeds"}"',
        # One fetch at a time, so the poll goes feed by feed.
        "[http]", "workers = 1", "per_host = 1", "read_timeout = 10.0", "total_timeout = 20.0",
        "[schedule]", "poll_minutes = 60", "jitter_seconds = 0", 'timezone = "UTC"',
        "[digest]", f'output_dir = "{folder / "digests"}"',
        "[search_feeds]", "enabled = false",
    ]
    if base_url:
        for n in range(feeds):
            lines += ["[[feeds]]", f'name = "Slow {n}"', f'url = "{base_url}/feed/{n}"',
                      'language = "en"']
    copy_shipped_claims(folder)
    path = folder / "config.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start_service(config: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tracker", "--config", str(config), "serve", *extra],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def wait_for_lock(lock_file: Path, proc: subprocess.Popen[str]) -> int:
    """Wait until the service wrote its PID into the lock file."""
    for _ in range(300):
        if proc.poll() is not None:
            raise AssertionError(f"service exited early: {proc.communicate()[1]}")
        try:
            text = lock_file.read_text().strip()
        except FileNotFoundError:
            text = ""
        if text:
            return int(text)
        time.sleep(0.05)
    raise AssertionError("service never took its lock")


def test_sigterm_mid_poll_stops_quickly_and_leaves_a_consistent_database(
    tmp_path: Path, slow_feeds: SlowFeeds,
) -> None:
    config = write_config(tmp_path, slow_feeds.base)
    proc = start_service(config)
    try:
        assert slow_feeds.second_request.wait(30), "the first poll never got going"
        proc.send_signal(signal.SIGTERM)
        # Stops between feeds: the in-flight fetch (0.5 s) finishes, the rest wait.
        _, stderr = proc.communicate(timeout=8)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, stderr
    assert "received SIGTERM" in stderr
    assert "service stopped" in stderr

    database = tmp_path / "db" / "tracker.sqlite3"
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        fetched = conn.execute(
            "SELECT COUNT(*) FROM feeds WHERE last_success IS NOT NULL").fetchone()[0]
        # Interrupted: some feeds stored, not all of them.
        assert 1 <= fetched < FEEDS
        # No half-written feed: every feed with entries was recorded as fetched,
        # and every fetched feed has its entry.
        orphans = conn.execute(
            "SELECT COUNT(*) FROM feeds f WHERE (f.last_success IS NULL) != "
            "(NOT EXISTS (SELECT 1 FROM entries e WHERE e.feed_id = f.id))").fetchone()[0]
        assert orphans == 0
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    finally:
        conn.close()
    assert meta["service.last_poll_result"].startswith("interrupted (service stopping)")
    assert not (tmp_path / "db" / "tracker.sqlite3.lock").read_text().strip()

    # The next start fetches the feeds left over and matches what was stored.
    proc = start_service(config)
    try:
        result = wait_for_meta(database, "service.last_poll_result", proc,
                               lambda value: value.startswith("polled"))
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, stderr
    assert f"polled {FEEDS - fetched} feeds" in result
    conn = sqlite3.connect(database)
    try:
        assert conn.execute(
            "SELECT COUNT(*) FROM feeds WHERE last_success IS NULL").fetchone()[0] == 0
        assert conn.execute(
            "SELECT COUNT(*) FROM entries WHERE match_state = 'pending'").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == FEEDS
    finally:
        conn.close()


def wait_for_meta(database: Path, key: str, proc: subprocess.Popen[str],
                  accept: Callable[[str], bool]) -> str:
    """Wait until the service recorded an accepted value for ``key`` in meta."""
    for _ in range(600):
        if proc.poll() is not None:
            raise AssertionError(f"service exited early: {proc.communicate()[1]}")
        try:
            conn = sqlite3.connect(database, timeout=5)
            try:
                row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            finally:
                conn.close()
        except sqlite3.OperationalError:
            row = None
        if row and accept(row[0]):
            return str(row[0])
        time.sleep(0.05)
    raise AssertionError(f"the service never recorded {key}")


def test_a_fetch_that_outlasts_the_stop_timeout_does_not_hold_the_exit(
    tmp_path: Path,
) -> None:
    very_slow = SlowFeeds(delay=20.0)
    try:
        config = write_config(tmp_path, very_slow.base, feeds=1)
        proc = start_service(config, "--stop-timeout", "1")
        try:
            lock_file = tmp_path / "db" / "tracker.sqlite3.lock"
            wait_for_lock(lock_file, proc)
            for _ in range(600):  # until the fetch is in flight
                if very_slow.requests:
                    break
                time.sleep(0.05)
            proc.send_signal(signal.SIGTERM)
            _, stderr = proc.communicate(timeout=10)  # well before the 20 s answer
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    finally:
        very_slow.close()
    assert proc.returncode == 0, stderr
    # The stop abandons the fetch in flight: a clean stop, without waiting for it.
    assert "service stopped" in stderr and "still running" not in stderr
    conn = sqlite3.connect(tmp_path / "db" / "tracker.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_second_service_on_the_same_database_is_refused(tmp_path: Path) -> None:
    config = write_config(tmp_path, None)
    lock_file = tmp_path / "db" / "tracker.sqlite3.lock"
    first = start_service(config, "--log-format", "json")
    try:
        pid = wait_for_lock(lock_file, first)
        assert pid == first.pid
        second = subprocess.run(
            [sys.executable, "-m", "tracker", "--config", str(config), "serve"],
            cwd=REPO, capture_output=True, text=True, timeout=60,
        )
        assert second.returncode != 0
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1, second.stderr
        message = lines[0]
        assert "already running" in message
        assert f"PID {first.pid}" in message
        assert str(lock_file) in message
        assert first.poll() is None, "the first service keeps running"

        wait_for_meta(tmp_path / "db" / "tracker.sqlite3", "service.next_digest", first,
                      lambda value: bool(value))
        status = CliRunner().invoke(main, ["--config", str(config), "status"])
        assert status.exit_code == 0, status.output
        assert f"service: running (PID {first.pid})" in status.output
        assert "next digest: 20" in status.output  # a date, not "not scheduled"
    finally:
        first.send_signal(signal.SIGTERM)
        _, stderr = first.communicate(timeout=15)
    assert first.returncode == 0
    # --log-format json: every line on stderr is one JSON object.
    records = [json.loads(line) for line in stderr.splitlines() if line.strip()]
    assert records, "the service logged nothing"
    assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    assert any("service started" in r["message"] for r in records)
