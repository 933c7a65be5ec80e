"""Storage: SQLite database of feeds, entries, findings and claim status history.

See docs/storage.md for the schema, the syndication rules and crash safety.

The names below load on first use: a parse/match worker process imports only the
pure parts it needs (``tracker.store.records``, ``links``, ``timefmt``), not the
database code (tests/test_poll_worker_imports.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.lazy import lazy_attributes

if TYPE_CHECKING:
    from tracker.store.db import Store
    from tracker.store.feedkey import stored_url
    from tracker.store.findings import FindingDelta
    from tracker.store.records import (
        ClaimStatusRecord,
        EntryCounts,
        EntryRecord,
        FeedState,
        FindingRecord,
        StatusChange,
        StoreOutcome,
    )

_HOMES = {
    "Store": "tracker.store.db",
    "stored_url": "tracker.store.feedkey",
    "FindingDelta": "tracker.store.findings",
    **dict.fromkeys(("ClaimStatusRecord", "EntryCounts", "EntryRecord", "FeedState",
                     "FindingRecord", "StatusChange", "StoreOutcome"),
                    "tracker.store.records"),
}

__all__ = [
    "ClaimStatusRecord",
    "EntryCounts",
    "EntryRecord",
    "FeedState",
    "FindingDelta",
    "FindingRecord",
    "StatusChange",
    "Store",
    "StoreOutcome",
    "stored_url",
]


__getattr__ = lazy_attributes(__name__, _HOMES)
