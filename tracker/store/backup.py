"""A consistent copy of the database while the service writes to it.

SQLite's online backup API copies the pages as of one read transaction: in WAL
mode that is a snapshot, and writers are not held up while it runs. The copy is
written next to the target and renamed over it, so a half-written backup never
sits under the target's name.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from tracker.errors import StorageError


def backup_database(conn: sqlite3.Connection, source: Path, target: Path) -> int:
    """Copy the database of ``conn`` (the file ``source``) to ``target``; return its
    size in bytes. Raises ``StorageError`` naming the path that failed."""
    if target.resolve() == source.resolve():
        raise StorageError(f"{target}: is the database itself; choose another file")
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(str(partial))
        try:
            conn.backup(copy)  # all pages in one step: one snapshot
            problem = copy.execute("PRAGMA quick_check").fetchone()[0]
            if problem != "ok":
                raise StorageError(f"{target}: the copy failed its check: {problem}")
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StorageError(f"{target}: cannot write the backup: {reason}") from exc
    return target.stat().st_size
