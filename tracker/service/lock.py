"""One service per database: an exclusive ``flock`` on ``<database>.lock``.

The lock file holds the owner's PID so a refused second instance can say who
holds it. ``flock`` locks vanish when the process dies (even on SIGKILL), so a
stale lock file never blocks a restart.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from tracker.errors import ServiceError


def lock_path_for(database: Path) -> Path:
    """The lock file that guards ``database``: same folder, ``.lock`` appended."""
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """Exclusive, non-blocking lock; raises ``ServiceError`` if already held."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:  # a read-only folder: one line, not a traceback
            raise ServiceError(f"{self.path}: cannot create the service's lock file: "
                               f"{exc.strerror or exc} (is the folder writable?)") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f"PID {holder}" if holder else "another process"
            raise ServiceError(
                f"another claimtracker service ({who}) is already running on this database "
                f"(lock file {self.path})"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        # Empty the file first so nobody reads our PID once we are gone.
        os.ftruncate(self._fd, 0)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None


def running_pid(lock_file: Path) -> int | None:
    """PID of the service holding ``lock_file``, if it looks alive; never takes the lock.

    Reads the PID the holder wrote and checks the process exists, so a status
    query can never make a starting service fail to get its lock.
    """
    try:
        text = lock_file.read_text(encoding="ascii", errors="replace").strip()
        pid = int(text)
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid  # alive, owned by another user
    return pid
