"""Every index on entries serves a query the store runs (each one costs every insert)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tracker.store import Store
from tracker.store.schema import MIGRATIONS, _split_sql, migrate

# The store's queries that need each index (as Store runs them).
QUERIES = {
    "entries_canonical": "SELECT canonical_link, id FROM entries WHERE canonical_link IN (?)",
    "entries_title_key": "SELECT title_key, id FROM entries WHERE title_key IN (?)",
    "entries_pending": "SELECT id FROM entries WHERE match_state = 'pending' ORDER BY id LIMIT ?",
    "entries_duplicate": "SELECT id FROM entries WHERE duplicate_of IN (?)",
    "entries_first_seen": "SELECT COUNT(*) FROM entries WHERE first_seen >= ? AND first_seen < ?",
    "entries_feed_seen_published": "SELECT MAX(+published) FROM entries "
                                   "WHERE feed_id = ? AND first_seen < ?",
    "entries_feed_published": "SELECT MAX(published) FROM entries WHERE feed_id = ?",
}


def _indexes(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries' "
        "AND name NOT LIKE 'sqlite_autoindex%'")}


def test_each_entries_index_is_used_by_a_store_query(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db"):
        pass
    conn = sqlite3.connect(tmp_path / "t.db")
    assert _indexes(conn) == set(QUERIES)
    for index, sql in QUERIES.items():
        params = (1,) * sql.count("?")
        plan = " | ".join(str(r[3]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert index in plan, (index, plan)


def test_v2_drops_the_unused_published_index_from_a_v1_database(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    conn.execute("BEGIN")
    for statement in str(MIGRATIONS[0]).split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    assert "entries_published" in _indexes(conn)
    assert migrate(conn) == len(MIGRATIONS)
    assert "entries_published" not in _indexes(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_pending_count_reads_only_the_pending_index(tmp_path: Path) -> None:
    """The poll cycle asks this every time: it must not scan every entry kept."""
    from datetime import UTC, datetime, timedelta

    from tracker.models import Entry, FeedSpec

    now = datetime(2025, 3, 25, tzinfo=UTC)
    with Store.open(tmp_path / "t.db") as store:
        store.sync_feeds([FeedSpec("A", "http://a.test/feed")])
        store.record_fetched("http://a.test/feed",
                             [Entry("http://a.test/feed", f"Story number {i}", guid=str(i))
                              for i in range(5)],
                             now=now, etag=None, last_modified=None, body_hash=None,
                             next_attempt=now + timedelta(hours=1))
        assert store.pending_count(100) == 5
        assert store.pending_count(3) == 3
        [(first, _)] = store.pending_entries(1)
        store.save_findings([(first, [])], now=now, matcher_version="v", claims_hash="h")
        assert store.pending_count(100) == 4
        seen: list[str] = []
        store._conn.set_trace_callback(seen.append)  # the statement the store really runs
        store.pending_count(10)
        store._conn.set_trace_callback(None)
    [statement] = [s for s in seen if "COUNT" in s]
    conn = sqlite3.connect(tmp_path / "t.db")
    plan = " | ".join(str(r[3]) for r in conn.execute(f"EXPLAIN QUERY PLAN {statement}"))
    assert "USING INDEX entries_pending" in plan, plan


def test_v4_widens_the_feed_first_seen_index_of_a_v3_database(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    for number, migration in enumerate(MIGRATIONS[:3], start=1):
        conn.execute("BEGIN")
        if callable(migration):
            migration(conn)
        else:
            for statement in _split_sql(migration):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    conn.execute("INSERT INTO feeds(url, config_url, name) VALUES ('u', 'u', 'n')")
    assert "entries_feed_first_seen" in _indexes(conn)
    assert migrate(conn) == len(MIGRATIONS)
    assert "entries_feed_first_seen" not in _indexes(conn)
    assert "entries_feed_seen_published" in _indexes(conn)
    assert conn.execute("SELECT name FROM feeds").fetchall() == [("n",)]
