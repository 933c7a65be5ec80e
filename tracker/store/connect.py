"""Opening the database file: settings, migrations, and the errors a person can act on.

- A missing database is created only when the caller allows it (``init``, a
  first run); the service refuses to recreate one deleted under it, which would
  silently start an empty history.
- Another writer holding the database makes a write wait up to the busy
  timeout, then fail with one line naming the file (``StorageError``).
- New databases use incremental auto-vacuum, so pruning gives pages back a
  batch at a time; an older database is converted once (a full ``VACUUM``).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from tracker.errors import StorageError
from tracker.store.schema import migrate

BUSY_TIMEOUT_S = 10.0
WAL_AUTOCHECKPOINT_PAGES = 10_000  # SQLite's default is 1,000 (4 KiB pages)
_AUTO_VACUUM_INCREMENTAL = 2


def connect(path: Path, *, create: bool = True,
            busy_timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """An autocommit connection to the migrated database at ``path``."""
    memory = str(path) == ":memory:"
    if not memory and not create and not path.exists():
        raise StorageError(
            f"{path}: database not found; refusing to create an empty one (restore it "
            "from a backup, see docs/service.md, or run 'claimtracker init')")
    try:
        if not memory:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                               timeout=busy_timeout)
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(f"{path}: cannot open database: {_reason(exc)}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) == 0:
            # Before the first table: a new database needs no VACUUM for this.
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoint, never corrupt
        # Checkpoint every ~40 MB of WAL instead of every 4 MB: a big poll cycle
        # commits 500 transactions and spent a third of its store time
        # checkpointing. Atomicity is unchanged (see docs/storage.md).
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
        conn.execute("PRAGMA foreign_keys = ON")
        before = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if migrate(conn) != before and not memory:
            # what a migration rewrote (credentials: tracker/store/feedkey.py) must
            # not stay behind in the WAL either
            with contextlib.suppress(sqlite3.OperationalError):  # busy: next time
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _incremental_vacuum_once(conn)
    except (sqlite3.Error, OSError, RuntimeError) as exc:
        conn.close()
        raise StorageError(f"{path}: cannot open database: {_reason(exc)}") from exc
    return conn


def _incremental_vacuum_once(conn: sqlite3.Connection) -> None:
    """Switch an older database to incremental auto-vacuum (one full VACUUM).

    VACUUM cannot run inside a transaction, so it is not a migration step. It
    needs every other connection idle: when one is busy it is simply tried again
    at the next open."""
    if int(conn.execute("PRAGMA auto_vacuum").fetchone()[0]) == _AUTO_VACUUM_INCREMENTAL:
        return
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    with contextlib.suppress(sqlite3.OperationalError):  # busy: tried again next open
        conn.execute("VACUUM")


def begin(conn: sqlite3.Connection, path: Path) -> None:
    """``BEGIN IMMEDIATE``: waits up to the busy timeout for another writer, then
    fails with one line naming the database."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StorageError(f"{path}: {_reason(exc)}") from exc


def commit(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise StorageError(f"{path}: cannot write: {_reason(exc)}") from exc


def write_error(path: Path, exc: sqlite3.OperationalError) -> StorageError:
    """A failed write (disk full, I/O error, read-only file) as one line naming the
    database."""
    return StorageError(f"{path}: cannot write: {_reason(exc)}")


def _reason(exc: BaseException) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return ("database is locked by another process (gave up after the busy timeout); "
                "try again")
    if "readonly" in text or "unable to open" in text:
        return f"{text} (is the database's folder writable?)"
    if "disk I/O error" in text or "full" in text:
        return f"{text} (is the disk full?)"
    return getattr(exc, "strerror", None) or text
