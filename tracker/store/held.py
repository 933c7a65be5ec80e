"""Claims on hold: claims whose file fails to load. Their stored findings and
status are kept as they are (never re-judged, never deleted) until the file
loads again, so a typo in a claim file loses no evidence (docs/review.md).

The set lives in the database (meta ``claims.held``), written by whoever loaded
the claims last, so every writer of findings (poll, rematch, the web app) obeys
it without being handed it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

HELD_KEY = "claims.held"


def read_held(conn: sqlite3.Connection) -> frozenset[str]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (HELD_KEY,)).fetchone()
    if row is None:
        return frozenset()
    try:
        value = json.loads(row[0])
    except ValueError:
        return frozenset()
    return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()


def write_held(conn: sqlite3.Connection, claim_ids: Iterable[str]) -> bool:
    """Record the held claims; True when the set changed."""
    wanted = sorted(set(claim_ids))
    if sorted(read_held(conn)) == wanted:
        return False
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (HELD_KEY, json.dumps(wanted)),
    )
    return True
