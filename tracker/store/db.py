"""The SQLite store: feeds, entries, findings, claim status history, service meta.

One connection per ``Store``, autocommit mode with explicit ``BEGIN IMMEDIATE``
transactions, WAL journal, foreign keys on. Every write that must be atomic
(one feed's entries + its validators; one batch of entries' findings + their
``match_state``) is one transaction. See docs/storage.md.

``Store`` is the one facade; each domain lives in its own module (``base`` for the
connection, transactions and error rule, then ``meta``, ``feeds``, ``entries``,
``findings``, ``status_history``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tracker.store.backup import backup_database
from tracker.store.clock import clamp_future_times
from tracker.store.entries import EntryStore
from tracker.store.feeds import FeedStore
from tracker.store.meta import bump_findings_generation
from tracker.store.one_off import OneOffStore
from tracker.store.retention import PruneReport, prune_entries
from tracker.store.reviews import ReviewStore
from tracker.store.status_history import StatusHistoryStore


class Store(OneOffStore, ReviewStore, StatusHistoryStore, FeedStore, EntryStore):
    """The tracker's database. Use ``Store.open(path)``; close it or use ``with``.

    One thread at a time: the poll cycle fetches in worker threads but writes
    from the calling thread only. Every public method raises ``StorageError``
    (with the ``sqlite3.Error`` as its cause), never ``sqlite3.Error``.
    """

    def prune_old_entries(self, cutoff: datetime, *, now: datetime,
                          max_batches: int = 20) -> PruneReport:
        """Retention: see tracker/store/retention.py."""
        with self._lock:
            return prune_entries(self._conn, self.transaction, cutoff=cutoff, now=now,
                                 max_batches=max_batches)

    def clamp_future_times(self, now: datetime) -> int:
        """Times written under a clock that was ahead: see tracker/store/clock.py."""
        with self.transaction() as conn:
            changed = clamp_future_times(conn, now)
            if changed:
                bump_findings_generation(conn)  # entry dates moved
            return changed

    def backup(self, target: Path) -> int:
        """A consistent copy at ``target`` (SQLite's online backup); its size in bytes."""
        with self._lock:
            return backup_database(self._conn, self.path, target)
