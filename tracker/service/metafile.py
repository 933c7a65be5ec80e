"""The service's meta table, following the database file across a delete or restore.

The service keeps one connection for its run records. Deleted under it, SQLite
would go on writing to the unlinked file; restored from a backup, the records
would still go to the old one and ``status`` would show nothing new. Each access
checks the file's identity first: a missing file is a ``StorageError`` (logged
by the service, never a new database), a different file is opened afresh.
"""

from __future__ import annotations

import threading
from pathlib import Path

from tracker.errors import StorageError
from tracker.store import Store


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return info.st_dev, info.st_ino


class FileMeta:
    """``get_meta``/``set_meta`` on the database at ``path`` (see the module doc)."""

    def __init__(self, path: Path, *, busy_timeout: float) -> None:
        self._path = path
        self._busy_timeout = busy_timeout
        self._lock = threading.Lock()
        self.store = Store.open(path, busy_timeout=busy_timeout)  # a first run creates it
        self._identity = _identity(path)

    def _current(self) -> Store:
        identity = _identity(self._path)
        if identity is None:
            raise StorageError(f"{self._path}: database not found; refusing to create an "
                               "empty one (restore it from a backup, see docs/service.md)")
        if identity != self._identity:  # restored or replaced: follow the new file
            self.store.close()
            self.store = Store.open(self._path, create=False, busy_timeout=self._busy_timeout)
            self._identity = identity
        return self.store

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            return self._current().get_meta(key)

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._current().set_meta(key, value)

    def close(self) -> None:
        with self._lock:
            self.store.close()
