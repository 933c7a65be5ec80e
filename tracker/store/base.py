"""The store's base: opening the database, transactions, batches and reads, and the
rule that a public method raises ``StorageError``, never ``sqlite3.Error``.

The domain classes (``meta``, ``feeds``, ``entries``, ``findings``,
``status_history``) derive from ``StoreBase``; ``tracker.store.db.Store`` combines
them into the one facade the rest of the program uses.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, Self, TypeVar, cast

from tracker.errors import StorageError
from tracker.store.connect import BUSY_TIMEOUT_S, begin, commit, connect, write_error

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound="StoreBase")


def storage_errors(func: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Make ``func`` raise ``StorageError`` (cause attached) instead of ``sqlite3.Error``.

    A generator function is wrapped as a generator, so errors met while iterating
    (or thrown in by the body of a ``with`` built on it) are turned too.
    """
    if getattr(func, "__storage_errors__", False):
        return func
    name = func.__name__

    def turned(store: StoreBase, exc: sqlite3.Error) -> StorageError:
        return StorageError(f"{store.path}: {name}: {exc}")

    if inspect.isgeneratorfunction(func):
        @functools.wraps(func)
        def generator(self: S, *args: P.args, **kwargs: P.kwargs) -> Any:
            try:
                return (yield from cast(Iterator[Any], func(self, *args, **kwargs)))
            except sqlite3.Error as exc:
                raise turned(self, exc) from exc

        wrapper = cast(Callable[Concatenate[S, P], R], generator)
    else:
        @functools.wraps(func)
        def plain(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return func(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise turned(self, exc) from exc

        wrapper = cast(Callable[Concatenate[S, P], R], plain)
    wrapper.__storage_errors__ = True  # type: ignore[attr-defined]
    return wrapper


class StoreBase:
    """Connection, lock, transactions and batches shared by the domain classes.

    Every public method a subclass defines is wrapped by ``storage_errors`` when
    the class is created, so no method can let an ``sqlite3.Error`` out.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._in_batch = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(value):
                setattr(cls, name, storage_errors(value))

    # --- lifecycle ----------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, create: bool = True,
             busy_timeout: float = BUSY_TIMEOUT_S) -> Self:
        """Open and migrate the database at ``path`` (see tracker/store/connect.py);
        with ``create=False`` a missing database is a ``StorageError``."""
        conn = connect(path, create=create, busy_timeout=busy_timeout)
        conn.row_factory = sqlite3.Row  # rows are read by column name
        return cls(conn, path)

    @storage_errors
    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- transactions and reads ---------------------------------------------------

    @contextmanager
    @storage_errors
    def batch(self) -> Iterator[None]:
        """Commit every ``transaction()`` opened inside at once, at the end.

        Each inner transaction becomes a savepoint: an error undoes only its own
        writes, and the batch still commits the others. Writing many feeds'
        entries in one commit rewrites each shared index page once instead of
        once per feed. A crash loses the whole batch, which is safe wherever a
        single transaction was (a feed's validators are saved with its entries,
        so a lost feed is simply fetched again).
        """
        with self._lock:
            if self._in_batch:
                yield
                return
            begin(self._conn, self.path)
            self._in_batch = True
            try:
                yield
            except BaseException as exc:
                self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError):  # disk full, I/O, read-only
                    raise write_error(self.path, exc) from exc
                raise
            finally:
                self._in_batch = False
            commit(self._conn, self.path)

    @contextmanager
    @storage_errors
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error);
        inside ``batch()``, a savepoint of the batch's transaction."""
        with self._lock:
            if self._in_batch:
                self._conn.execute("SAVEPOINT part")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK TO part")
                    self._conn.execute("RELEASE part")
                    raise
                self._conn.execute("RELEASE part")
                return
            begin(self._conn, self.path)
            try:
                yield self._conn
            except BaseException as exc:
                self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError):  # disk full, I/O, read-only
                    raise write_error(self.path, exc) from exc
                raise
            commit(self._conn, self.path)

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cursor = self._conn.execute(sql, params)
            return list(cursor.fetchall())
