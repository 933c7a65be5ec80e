"""Retention: old entries that never led to a finding lose their text.

A year of polling 500 feeds stores millions of entries; almost all of them never
match a claim. Once older than the retention age (first seen and dated before
the cut-off), such an entry keeps only what later polls and the digest need:
its feed, identity and content hash (so the feed repeating it is not a new
entry), its canonical link (a later copy of the story is still recognised), its
dates and match state. Title, summary, link, guid, publisher and title key are
emptied. An entry with a finding, or a copy of one, is kept whole; findings,
reviews and status history are never touched.

Work goes in small batches, each its own transaction, oldest first from a
watermark in meta (entries before it were already looked at), so each run reads
only what became old since; freed pages go back to the file through
incremental vacuum (docs/storage.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime

from tracker.store.timefmt import to_db_not_null

WATERMARK_KEY = "retention.checked_through"  # "<first_seen>|<id>" of the last one looked at
PRUNE_BATCH = 500
VACUUM_PAGES = 2000  # pages given back per run at most (4 KiB each)


@dataclass(frozen=True, slots=True)
class PruneReport:
    entries: int = 0        # entries whose text was removed
    batches: int = 0
    pages_freed: int = 0
    done: bool = True       # False: more old entries wait for the next run


_CANDIDATES = (
    "SELECT e.id AS id, e.first_seen AS first_seen FROM entries e "
    "WHERE (e.first_seen, e.id) > (?, ?) AND e.first_seen < ? "
    "ORDER BY e.first_seen, e.id LIMIT ?"
)
# Delete and insert again, slimmed, under the same id (REPLACE): an UPDATE that
# shrinks a row never merges the pages it leaves nearly empty, a delete does.
# The entries pruned have no findings, so nothing cascades; copies pointing at
# one see the same id again when the statement ends.
_PRUNE = (
    "INSERT OR REPLACE INTO entries(id, feed_id, identity, guid, link, canonical_link, "
    "title_key, title, summary, language, source_name, published, first_seen, sort_date, "
    "content_hash, duplicate_of, match_state, pruned_at) "
    "SELECT id, feed_id, identity, NULL, NULL, canonical_link, NULL, '', '', language, "
    "NULL, published, first_seen, sort_date, content_hash, duplicate_of, match_state, ? "
    "FROM entries WHERE id = ? AND pruned_at IS NULL AND match_state = 'done' "
    "AND sort_date < ? AND NOT EXISTS (SELECT 1 FROM findings x "
    "WHERE x.entry_id = COALESCE(entries.duplicate_of, entries.id))"
)


def prune_entries(
    conn: sqlite3.Connection, transaction: Callable[[], AbstractContextManager[object]],
    *, cutoff: datetime, now: datetime, max_batches: int, batch: int = PRUNE_BATCH,
) -> PruneReport:
    """Remove the text of entries older than ``cutoff`` without a finding, at most
    ``max_batches`` batches of ``batch`` entries, then vacuum a little."""
    cutoff_text, now_text = to_db_not_null(cutoff), to_db_not_null(now)
    pruned = batches = 0
    done = False
    while batches < max_batches:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK_KEY,)).fetchone()
        since, _, last_id = (str(row["value"]) if row else "|0").partition("|")
        rows = conn.execute(_CANDIDATES, (since, int(last_id), cutoff_text, batch)).fetchall()
        if not rows:
            done = True
            break
        with transaction():
            for row in rows:
                pruned += conn.execute(_PRUNE, (now_text, row["id"], cutoff_text)).rowcount
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (WATERMARK_KEY, f"{rows[-1]['first_seen']}|{rows[-1]['id']}"))
        batches += 1
        if len(rows) < batch:
            done = True
            break
    return PruneReport(pruned, batches, incremental_vacuum(conn), done)


def incremental_vacuum(conn: sqlite3.Connection, pages: int = VACUUM_PAGES) -> int:
    """Give up to ``pages`` free pages back to the file system; return how many."""
    before = _free_pages(conn)
    if before == 0 or conn.in_transaction:  # executescript would commit it
        return 0
    # executescript steps the pragma to its end; execute() frees a single page.
    conn.executescript(f"PRAGMA incremental_vacuum({int(pages)});")
    return before - _free_pages(conn)


def _free_pages(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA freelist_count").fetchone()
    return int(row["freelist_count"] if isinstance(row, sqlite3.Row) else row[0])
