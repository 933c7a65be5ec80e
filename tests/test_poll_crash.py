"""Crash safety: SIGKILL a poll process (the code `claimtracker poll` runs) mid-cycle,
poll again, compare with a clean run. Nothing lost, nothing duplicated, nothing left pending."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from helpers.feedgen import item, rss
from helpers.project import REPO, copy_shipped_claims

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]


ITEMS = 25
FEW_FEEDS = 24    # parsed and matched in the polling process: matching runs after storing
MANY_FEEDS = 60   # over 40 bodies: parsed and matched on the worker processes
DELAY_S = 0.06
BASE = datetime(2025, 3, 1, tzinfo=UTC)


def feed_body(number: int) -> bytes:
    items = []
    for j in range(ITEMS):
        if j % 3 == 0:
            title = f"Japan inaugurated the Joint Operations Command in Tokyo, report {number}-{j}"
        elif j % 3 == 1:
            title = f"PAC-3 production increase announced by Japan, note {number}-{j}"
        else:
            title = f"Unrelated local weather and sports roundup {number}-{j}"
        items.append(item(title, link=f"https://pub{number}.test/{j}",
                          published=BASE + timedelta(hours=number * ITEMS + j),
                          summary=f"<p>{title}.</p>"))
    return rss(items, language="en")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    bodies = {f"/f{i}": feed_body(i) for i in range(MANY_FEEDS)}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(DELAY_S)  # slow enough that a kill lands mid-cycle
            body = bodies.get(self.path)
            if body is None:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def write_config(folder: Path, base_url: str, feeds: int) -> Path:
    folder.mkdir()
    copy_shipped_claims(folder)
    lines = ['[storage]', 'database = "tracker.db"', '[claims]',
             'dir = "claims"', 'seeds_dir = "seeds"',
             '[search_feeds]', 'enabled = false', '[http]', 'per_host = 2', 'workers = 2']
    for i in range(feeds):
        lines += ["[[feeds]]", f'name = "feed {i}"', f'url = "{base_url}/f{i}"']
    path = folder / "config.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# What `claimtracker poll` runs, without the CLI's other commands (kept independent of them).
DRIVER = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from tracker.claims import load_claims
from tracker.config import load_config
from tracker.service.with_config import poll_with_config
from tracker.store import Store
config = load_config(Path(sys.argv[1]))
claims = load_claims(config.claims_dir, config.seeds_dir).claims
with Store.open(config.database) as store:
    report = poll_with_config(config, store, claims, now=datetime.now(UTC))
print(report.summary())
"""


def run_poll(config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", DRIVER, str(config)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def count(db: Path, sql: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute(sql).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return -1  # not created / not migrated yet


Snapshot = tuple[list[tuple[object, ...]], list[tuple[object, ...]], int]
"""Entries, findings and the number still pending, of one database."""


def snapshot(db: Path) -> Snapshot:
    conn = sqlite3.connect(db)
    entries = conn.execute(
        "SELECT f.config_url, e.identity, e.title, e.summary, e.published, e.content_hash, "
        "e.duplicate_of IS NOT NULL, e.match_state FROM entries e "
        "JOIN feeds f ON f.id = e.feed_id ORDER BY 1, 2").fetchall()
    findings = conn.execute(
        "SELECT f.config_url, e.identity, x.claim_id, x.verdict, x.score, x.terms, x.sentence "
        "FROM findings x JOIN entries e ON e.id = x.entry_id JOIN feeds f ON f.id = e.feed_id "
        "ORDER BY 1, 2, 3").fetchall()
    pending = conn.execute("SELECT COUNT(*) FROM entries WHERE match_state = 'pending'")
    result = (entries, findings, int(pending.fetchone()[0]))
    conn.close()
    return result


@pytest.fixture(scope="module")
def clean_runs(server: str, tmp_path_factory: pytest.TempPathFactory
               ) -> dict[int, Snapshot]:
    """The database a poll that is never killed leaves, per number of feeds (lazily)."""
    return {}


def clean_run(server: str, tmp_path_factory: pytest.TempPathFactory,
              runs: dict[int, Snapshot], feeds: int) -> Snapshot:
    if feeds not in runs:
        config = write_config(tmp_path_factory.mktemp("clean") / "c", server, feeds)
        process = run_poll(config)
        _, err = process.communicate(timeout=90)
        assert process.returncode == 0, err.decode()
        runs[feeds] = snapshot(config.parent / "tracker.db")
    return runs[feeds]


@pytest.mark.parametrize(("feeds", "kill_when"), [
    # mid-store: fetched feeds are committed in groups while fetching goes on (~2 s)
    (MANY_FEEDS, "SELECT COUNT(*) >= 1 FROM entries"),
    # matching under way: everything stored, pending entries being matched
    (FEW_FEEDS, "SELECT COUNT(*) >= 1 FROM findings"),
])
def test_killed_poll_recovers_to_the_clean_result(
    server: str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
    clean_runs: dict[int, Snapshot], feeds: int, kill_when: str,
) -> None:
    clean = clean_run(server, tmp_path_factory, clean_runs, feeds)
    config = write_config(tmp_path / "k", server, feeds)
    db = config.parent / "tracker.db"
    process = run_poll(config)
    deadline = time.monotonic() + 60
    while count(db, kill_when) != 1 and process.poll() is None:
        assert time.monotonic() < deadline, "poll neither reached the kill point nor ended"
        time.sleep(0.005)
    killed_mid_run = process.poll() is None
    if killed_mid_run:
        os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)
    if killed_mid_run:
        assert process.returncode == -signal.SIGKILL
    left = count(db, "SELECT COUNT(*) FROM entries")
    print(f"killed={killed_mid_run} entries_at_kill={left}")
    if "entries" in kill_when:  # the first group commits long before fetching ends
        assert killed_mid_run and 0 < left < feeds * ITEMS
    again = run_poll(config)  # not --all: feeds the killed run finished are not due
    _, err = again.communicate(timeout=90)
    assert again.returncode == 0, err.decode()
    entries, findings, pending = snapshot(db)
    clean_entries, clean_findings, clean_pending = clean
    assert pending == clean_pending == 0
    assert len(entries) == feeds * ITEMS
    assert entries == clean_entries
    assert findings == clean_findings
    assert len(findings) > 0
