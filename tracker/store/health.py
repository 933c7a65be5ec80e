"""Feed health: ``classify_feed``, the one classifier of a feed row into a
``FeedHealth`` (digest, ``status``, ``feeds list``), and the health history: one
``feed_health_history`` row each time a feed's health changes, so a past day's
digest can show the feeds' health as of that day.

The history records the coarser states (``classify_feed(state, retrying=False)``):
``disabled`` (e.g. 410 Gone), ``failing`` (FAILING_AFTER+ consecutive errors),
``new`` (never answered), ``stale`` (the poll's stale flag), else ``ok``; a feed with
no row is ``new``. ``STATE_SQL`` is the same rule in SQL (tests/test_store_health.py
checks the two agree). Rows are written in the transaction that changed the feed,
and only when the state differs from the feed's latest row; the comparison is done
in SQL, so a 304 that leaves a feed ok costs one indexed lookup and writes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from tracker.models import FeedHealth
from tracker.store.records import FeedState

FAILING_AFTER = 3
"""Consecutive fetch errors before a feed is failing: one timeout is not trouble."""

HISTORY_SINCE_KEY = "feed_health.history_since"
"""Meta key: when an upgraded database started recording health (absent: always)."""

# The live copy of the rule; migration 3 keeps its own frozen copy for its seed rows.
# Feeds switched off in config are not fetched, so no row is written for them here.
STATE_SQL = f"""CASE
    WHEN f.disabled_reason IS NOT NULL THEN 'disabled'
    WHEN f.consecutive_errors >= {FAILING_AFTER} THEN 'failing'
    WHEN f.last_success IS NULL THEN 'new'
    WHEN f.stale THEN 'stale'
    ELSE 'ok' END"""

AS_OF_SQL = (
    "SELECT feed_id, state, changed_at, detail, last_success FROM feed_health_history "
    "WHERE id IN (SELECT MAX(id) FROM feed_health_history WHERE changed_at < ? "
    "GROUP BY feed_id)"
)
"""Each feed's latest row changed before the parameter (a moment, store text)."""

_RECORD_CHANGE = f"""
INSERT INTO feed_health_history(feed_id, state, changed_at, detail, last_success)
SELECT id, state, ?,
       CASE state WHEN 'disabled' THEN reason WHEN 'failing' THEN message ELSE '' END,
       last_success
FROM (SELECT f.id, {STATE_SQL} AS state, f.disabled_reason AS reason,
             COALESCE(f.error_message, '') AS message, f.last_success,
             COALESCE((SELECT h.state FROM feed_health_history h WHERE h.feed_id = f.id
                       ORDER BY h.id DESC LIMIT 1), 'new') AS previous
      FROM feeds f WHERE f.id = ?)
WHERE state != previous
"""


def record_health_changes(conn: sqlite3.Connection, feed_ids: Sequence[int], now: str) -> None:
    """Append a history row for each of ``feed_ids`` whose state changed (``now`` is
    the store's UTC text). Call inside the transaction that updated the feeds."""
    conn.executemany(_RECORD_CHANGE, [(now, feed_id) for feed_id in feed_ids])


def classify_feed(state: FeedState, *, retrying: bool = True) -> FeedHealth:
    """The health of a feed row. ``retrying=False`` gives the coarser states the
    history records (``STATE_SQL``): a feed with fewer than FAILING_AFTER errors in a
    row is then judged by its other facts, as a timeout is not trouble."""
    if state.disabled_reason or not state.enabled:
        return FeedHealth.DISABLED
    if state.consecutive_errors >= FAILING_AFTER:
        return FeedHealth.FAILING
    if retrying and state.consecutive_errors:
        return FeedHealth.RETRYING
    if state.last_success is None:
        return FeedHealth.NEW
    return FeedHealth.STALE if state.stale else FeedHealth.OK

