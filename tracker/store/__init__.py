"""Storage: SQLite database of feeds, entries, findings and claim status history.

See docs/storage.md for the schema, the syndication rules and crash safety.
"""

from __future__ import annotations

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
