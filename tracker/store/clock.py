"""Times written under a clock that was ahead are brought back to the present.

A poll run with the clock a year ahead stamps its findings, entries and history
rows a year ahead: the digest would report those findings a year late, and
"newest" lookups would see them first. Such a time cannot be right, so the next
poll (with a sane clock) sets it to its own moment. A day of slack spares small
skews between machines.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from tracker.store.timefmt import to_db_not_null

SLACK = timedelta(days=1)

_CLAMPS = (
    "UPDATE findings SET found_at = :now WHERE found_at > :limit",
    "UPDATE entries SET sort_date = :now WHERE published IS NULL AND first_seen > :limit",
    "UPDATE entries SET first_seen = :now WHERE first_seen > :limit",
    "UPDATE claim_status_history SET changed_at = :now WHERE changed_at > :limit",
    "UPDATE feed_health_history SET changed_at = :now WHERE changed_at > :limit",
    "UPDATE feeds SET last_success = :now WHERE last_success > :limit",
    "UPDATE feeds SET last_error = :now WHERE last_error > :limit",
)


def clamp_future_times(conn: sqlite3.Connection, now: datetime) -> int:
    """Set every stored time later than ``now`` + a day to ``now``; rows changed."""
    params = {"now": to_db_not_null(now), "limit": to_db_not_null(now + SLACK)}
    return sum(conn.execute(sql, params).rowcount for sql in _CLAMPS)
