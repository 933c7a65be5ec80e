"""The database under stress (issue 12, items 8, 10, 18): another process holding
the write lock, the file deleted while the service runs, backups while it writes.
Other processes are real subprocesses."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.faults import SCHEDULE, run, write_project
from helpers.feedgen import item, rss
from pytest_httpserver import HTTPServer

from tracker.config import load_config
from tracker.errors import StorageError
from tracker.service import meta as keys
from tracker.service.lock import InstanceLock, lock_path_for
from tracker.service.metafile import FileMeta
from tracker.service.pipeline import Pipeline
from tracker.service.service import Service
from tracker.store import Store

pytestmark = pytest.mark.timeout(90)

HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO meta(key, value) VALUES ('holder', 'x')")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@contextmanager
def writer_holding(database: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding a write transaction on ``database`` until released."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(database)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        if holder.poll() is None:
            assert holder.stdin is not None
            holder.stdin.write("\n")
            holder.stdin.flush()
        holder.wait(timeout=10)


def release(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait(timeout=10)


FEED = rss([item("Zorblax Orbital Dock inaugurated", link="https://ex.org/a",
                 published=datetime(2025, 3, 24, 9, tzinfo=UTC))])


@pytest.fixture
def project(httpserver: HTTPServer, tmp_path: Path) -> Path:
    httpserver.expect_request("/a.xml").respond_with_data(FEED,
                                                          content_type="application/rss+xml")
    config = write_project(tmp_path, [("A", httpserver.url_for("/a.xml"))])
    text = config.read_text(encoding="utf-8").replace(
        "[storage]\n", "[storage]\nbusy_timeout = 0.5\n", 1)
    config.write_text(text, encoding="utf-8")
    assert run(config, "init")[0] == 0
    return config


def database(config: Path) -> Path:
    return config.parent / "data" / "db.sqlite3"


def test_poll_on_a_locked_database_gives_one_line(project: Path) -> None:
    with writer_holding(database(project)):
        code, out, err = run(project, "poll")
    assert code == 1
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert str(database(project)) in lines[0] and "locked by another process" in lines[0]
    code, out, err = run(project, "poll")  # the lock is gone: the poll works
    assert code == 0 and "1 new entries" in out


def test_poll_waits_for_a_short_lock(project: Path) -> None:
    text = project.read_text(encoding="utf-8").replace("busy_timeout = 0.5",
                                                       "busy_timeout = 30")
    project.write_text(text, encoding="utf-8")
    with writer_holding(database(project)) as holder:
        timer = threading.Timer(0.5, release, (holder,))
        timer.start()
        code, out, err = run(project, "poll")
        timer.join()
    assert code == 0, err
    assert "1 new entries" in out


def test_service_poll_on_a_locked_database_logs_and_goes_on(
        project: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = load_config(project)
    pipeline = Pipeline(config, threading.Event(), lambda: datetime.now(UTC), env={})
    with Store.open(config.database, busy_timeout=0.2) as meta, \
            writer_holding(config.database):
        service = Service(schedule=SCHEDULE, poll_job=pipeline.poll,
                          digest_job=pipeline.digest, meta=meta)
        with caplog.at_level(logging.INFO, logger="tracker.service"):
            service.run_poll()  # the poll and the writes recording it all fail: no raise
            service.run_digests()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and all(r.exc_info is None for r in errors)  # one line each
    assert any("poll failed" in r.getMessage() and "locked" in r.getMessage()
               for r in errors)
    with Store.open(config.database) as store:  # once free, the service records again
        Service(schedule=SCHEDULE, poll_job=pipeline.poll,
                digest_job=pipeline.digest, meta=store).run_poll()
        assert (store.get_meta(keys.LAST_POLL_RESULT) or "").startswith("polled 1 feeds")


def test_a_database_deleted_under_the_service_is_not_recreated(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = load_config(project)
    pipeline = Pipeline(config, threading.Event(), lambda: datetime.now(UTC), env={})
    meta = FileMeta(config.database, busy_timeout=1)  # what `serve` records its runs in
    try:
        service = Service(schedule=SCHEDULE, poll_job=pipeline.poll,
                          digest_job=pipeline.digest, meta=meta)
        service.run_poll()
        backup = tmp_path / "backup.sqlite3"
        meta.store.backup(backup)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{config.database}{suffix}").unlink(missing_ok=True)
        with caplog.at_level(logging.ERROR, logger="tracker.service"):
            service.run_poll()
            service.run_poll()  # every cycle says so, and the service goes on
            service._scheduled_digest()  # the daily run, as the scheduler calls it
        assert all(r.exc_info is None for r in caplog.records)  # one line each
        assert any(m.startswith("digest run failed: ") and "database not found" in m
                   for m in caplog.messages)
        alarms = [r.getMessage() for r in caplog.records
                  if r.getMessage().startswith("poll failed") and "database not found" in
                  r.getMessage()]
        assert len(alarms) == 2 and str(config.database) in alarms[0]
        assert not config.database.exists()
        # Restored from the backup: polls and their records go to the restored file.
        config.database.write_bytes(backup.read_bytes())
        service.run_poll()
    finally:
        meta.close()
    with Store.open(config.database, create=False) as store:
        # The backup said "polled 1 feeds"; the poll after the restore wrote here.
        assert (store.get_meta(keys.LAST_POLL_RESULT) or "").startswith("polled 0 feeds")
    recording = [m for m in caplog.messages if m.startswith("cannot record")]
    assert len(recording) == 1  # said once, not for every key of every run


def test_poll_refuses_to_recreate_the_database_of_a_running_service(project: Path) -> None:
    db = database(project)
    with InstanceLock(lock_path_for(db)):  # a service (this process) runs on it
        db.unlink()
        code, _, err = run(project, "poll")
        assert code == 1 and "database not found" in err
        assert not db.exists()
    code, out, _ = run(project, "init")
    assert code == 0 and "created database" in out
    code, out, _ = run(project, "init")
    assert code == 0 and "already exists" in out


def test_store_refuses_to_create_when_told_not_to(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="database not found"):
        Store.open(tmp_path / "none.sqlite3", create=False)
    assert not (tmp_path / "none.sqlite3").exists()


WRITER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
print("writing", flush=True)
n = 0
while True:
    conn.execute("BEGIN IMMEDIATE")
    for _ in range(50):
        n += 1
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"k{n}", "v" * 200))
    conn.execute("COMMIT")
"""


def test_backup_while_another_process_writes_is_consistent(project: Path,
                                                           tmp_path: Path) -> None:
    assert run(project, "poll")[0] == 0
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(database(project))],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        copies = []
        for n in range(3):
            target = tmp_path / f"backup-{n}.sqlite3"
            code, out, err = run(project, "backup", str(target))
            assert code == 0, err
            assert "backed up" in out
            copies.append(target)
    finally:
        writer.kill()
        writer.wait()
    for copy in copies:
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Whole transactions only: the writer commits 50 keys at a time.
        keys_copied = conn.execute("SELECT COUNT(*) FROM meta WHERE key LIKE 'k%'").fetchone()[0]
        assert keys_copied % 50 == 0
        assert conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 1
        conn.close()
    # Restoring is copying the file back: the tracker reads it.
    restored = tmp_path / "restored" / "db.sqlite3"
    restored.parent.mkdir()
    restored.write_bytes(copies[-1].read_bytes())
    with Store.open(restored, create=False) as store:
        assert store.entry_counts()[0] == 1
    code, _, err = run(project, "backup", str(copies[0]))
    assert code == 1 and "already exists" in err
    code, _, err = run(project, "backup", str(database(project)), "--force")
    assert code == 1 and "is the database itself" in err
