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

from tracker.store.entries import EntryStore
from tracker.store.feeds import FeedStore
from tracker.store.status_history import StatusHistoryStore


class Store(StatusHistoryStore, FeedStore, EntryStore):
    """The tracker's database. Use ``Store.open(path)``; close it or use ``with``.

    One thread at a time: the poll cycle fetches in worker threads but writes
    from the calling thread only. Every public method raises ``StorageError``
    (with the ``sqlite3.Error`` as its cause), never ``sqlite3.Error``.
    """
