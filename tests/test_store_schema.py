"""Store: migrations, pragmas, feed rows, meta, and index use of the digest queries."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tracker.errors import StorageError
from tracker.models import Entry, Evidence, FeedSpec, Finding, Verdict
from tracker.store import Store
from tracker.store.schema import SCHEMA_VERSION, migrate

NOW = datetime(2025, 3, 25, 12, 0, tzinfo=UTC)


def test_open_migrates_from_v0_and_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    sqlite3.connect(path).close()  # an empty v0 file
    with Store.open(path) as store:
        store.set_meta("last_poll", "x")
    conn = sqlite3.connect(path, isolation_level=None)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert migrate(conn) == SCHEMA_VERSION  # nothing left to apply, nothing raised
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"feeds", "entries", "findings", "claim_status_history", "meta"} <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    with Store.open(path) as store:  # reopening keeps data
        assert store.get_meta("last_poll") == "x"
        assert store.get_meta("missing") is None


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store, pytest.raises(StorageError) as raised, \
            store.transaction() as conn:
        conn.execute(
            "INSERT INTO entries(feed_id, identity, title, summary, first_seen, sort_date, "
            "content_hash) VALUES (999, 'x', 't', '', 'a', 'a', 'h')"
        )
    assert isinstance(raised.value.__cause__, sqlite3.IntegrityError)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer"):
        Store.open(path)


def test_sync_feeds_adds_keeps_and_marks_removed(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        store.sync_feeds([FeedSpec("a", "http://a.test/f"), FeedSpec("b", "http://b.test/f")])
        store.sync_feeds([FeedSpec("a2", "http://a.test/f", enabled=False)])
        states = store.feed_states()
        assert set(states) == {"http://a.test/f", "http://b.test/f"}
        assert states["http://a.test/f"].name == "a2"
        assert not states["http://a.test/f"].enabled
        assert not states["http://b.test/f"].in_config


def test_sync_feeds_writes_only_what_changed(tmp_path: Path) -> None:
    """sync_feeds runs every cycle: an unchanged configuration writes no row, and
    a feed that comes back, or that moved (301) and is configured again, is found."""
    specs = [FeedSpec("a", "http://a.test/f", language="fr"), FeedSpec("b", "http://b.test/f")]
    with Store.open(tmp_path / "t.db") as store:
        store.sync_feeds(specs)
        with store.transaction() as conn:
            before = conn.total_changes
        store.sync_feeds(specs)
        with store.transaction() as conn:
            assert conn.total_changes == before
        store.sync_feeds(specs[:1])  # b leaves the config, then comes back renamed
        assert not store.feed_states()["http://b.test/f"].in_config
        store.sync_feeds([specs[0], FeedSpec("b2", "http://b.test/f", interval_minutes=5)])
        b = store.feed_states()["http://b.test/f"]
        assert (b.in_config, b.name) == (True, "b2")
        store.record_unchanged("http://a.test/f", now=datetime(2025, 1, 1, tzinfo=UTC),
                               next_attempt=datetime(2025, 1, 1, tzinfo=UTC),
                               permanent_url="http://a.test/moved")
        store.sync_feeds([FeedSpec("a", "http://a.test/f", language="fr"),
                          FeedSpec("moved", "http://a.test/moved")])  # both name one row
        states = store.feed_states()
        assert set(states) == {"http://a.test/moved", "http://b.test/f"}
        assert states["http://a.test/moved"].name == "moved"
        assert states["http://a.test/moved"].config_url == "http://a.test/f"


def test_meta_overwrites(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        store.set_meta("k", "1")
        store.set_meta("k", "2")
        assert store.get_meta("k") == "2"


def test_unwritable_database_path_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="file"):
        Store.open(blocker / "sub" / "t.db")


def _plan(store: Store, sql: str, params: tuple[object, ...]) -> str:
    with store.transaction() as conn:
        rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return " | ".join(str(r[3]) for r in rows)


def test_digest_queries_use_indexes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        store.sync_feeds([FeedSpec("a", "http://a.test/f")])
        entries = [Entry("s", f"Story number {i} about things", link=f"http://x.test/{i}")
                   for i in range(50)]
        store.record_fetched("http://a.test/f", entries, now=NOW, etag=None,
                             last_modified=None, body_hash="h",
                             next_attempt=NOW + timedelta(hours=1))
        pending = store.pending_entries(100)
        store.save_findings(
            [(i, [Finding("c", Verdict.CONFIRMS, 0.5, Evidence(("t",), "s"))]) for i, _ in pending],
            now=NOW, matcher_version="v", claims_hash="h",
        )
        start, end = "2025-03-25T00:00:00.000000Z", "2025-03-26T00:00:00.000000Z"
        plan = _plan(store, "SELECT * FROM findings x JOIN entries e ON e.id = x.entry_id "
                     "WHERE x.found_at >= ? AND x.found_at < ?", (start, end))
        assert "USING INDEX findings_found_at" in plan
        assert "SCAN e" not in plan
        plan = _plan(store, "SELECT COUNT(*) FROM entries WHERE first_seen >= ? "
                     "AND first_seen < ?", (start, end))
        assert "entries_first_seen" in plan
        plan = _plan(store, "SELECT * FROM findings x WHERE x.claim_id = ?", ("c",))
        assert "findings_claim" in plan
