"""Every public ``Store`` method raises ``StorageError`` (cause attached), never
``sqlite3.Error``: against a locked database (another connection holds ``BEGIN
EXCLUSIVE``) and against one where every statement fails.

In WAL mode a writer never blocks readers, so under the lock the read methods must
still work; the "every statement fails" case covers them.
"""

from __future__ import annotations

import inspect
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tracker.errors import StorageError
from tracker.models import ClaimStatus, Entry, Evidence, FeedSpec, Finding, Verdict
from tracker.store import Store
from tracker.store.records import Unchanged

NOW = datetime(2025, 3, 25, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=1)
FEED = "http://a.test/feed"


def _write_in_transaction(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE meta SET value = value")


def _write_in_batch(store: Store) -> None:
    with store.batch():
        pass


WRITES: dict[str, Callable[[Store], Any]] = {
    "set_meta": lambda s: s.set_meta("k", "v"),
    "sync_feeds": lambda s: s.sync_feeds([FeedSpec("A", FEED), FeedSpec("B", FEED + "2")]),
    "record_fetched": lambda s: s.record_fetched(
        FEED, [Entry(source=FEED, title="New", summary="")], now=LATER, etag=None,
        last_modified=None, body_hash=None, next_attempt=LATER),
    "record_unchanged": lambda s: s.record_unchanged(FEED, now=LATER, next_attempt=LATER),
    "record_unchanged_many": lambda s: s.record_unchanged_many(
        [Unchanged(FEED, LATER)], now=LATER),
    "record_failure": lambda s: s.record_failure(FEED, "boom", now=LATER, next_attempt=LATER),
    "enable_feed": lambda s: s.enable_feed(FEED, now=LATER),
    "save_findings": lambda s: s.save_findings(
        [(1, [])], now=LATER, matcher_version="v2", claims_hash="h2"),
    "add_status_change": lambda s: s.add_status_change(
        "c1", ClaimStatus.CONFIRMED, changed_at=LATER, finding_id=None, reason="r"),
    "transaction": _write_in_transaction,
    "batch": _write_in_batch,
    "add_review": lambda s: s.add_review("c1", 1, "reject", by="ana", at=LATER),
    "resolve_claim": lambda s: s.resolve_claim("c1", ClaimStatus.OPEN, note="n", by="ana",
                                               at=LATER),
    "reopen_claim": lambda s: s.reopen_claim("c2", by="ana", at=LATER),
    "hold_claims": lambda s: s.hold_claims(["c9"]),
    "prune_old_entries": lambda s: s.prune_old_entries(LATER, now=LATER),
    "clamp_future_times": lambda s: s.clamp_future_times(NOW),
    "relabel_confirmations": lambda s: s.relabel_confirmations({1: NOW}),
}

READS: dict[str, Callable[[Store], Any]] = {
    "get_meta": lambda s: s.get_meta("k"),
    "findings_generation": lambda s: s.findings_generation(),
    "feed_states": lambda s: s.feed_states(entries_before=LATER),
    "feed_health_as_of": lambda s: s.feed_health_as_of(LATER),
    "pending_entries": lambda s: s.pending_entries(),
    "pending_count": lambda s: s.pending_count(10),
    "iter_root_entries": lambda s: list(s.iter_root_entries()),
    "entry_count_between": lambda s: s.entry_count_between(NOW, LATER),
    "entry_counts": lambda s: s.entry_counts(),
    "match_versions": lambda s: s.match_versions(),
    "findings_between": lambda s: s.findings_between(NOW, LATER),
    "findings_for_claim": lambda s: s.findings_for_claim("c1"),
    "last_evidence_dates": lambda s: s.last_evidence_dates(LATER),
    "current_statuses": lambda s: s.current_statuses(),
    "status_changes_between": lambda s: s.status_changes_between(NOW, LATER),
    "reviews": lambda s: s.reviews(),
    "resolutions": lambda s: s.resolutions(),
    "review_count": lambda s: s.review_count(),
    "reviews_generation": lambda s: s.reviews_generation(),
    "reviewed_entries": lambda s: s.reviewed_entries(),
    "held_claims": lambda s: s.held_claims(),
    "all_findings": lambda s: s.all_findings(),
    "finding": lambda s: s.finding(1),
    "confirmations": lambda s: s.confirmations(["c1"]),
    "relabelled_claims": lambda s: s.relabelled_claims(),
}

# Public methods that run no statement of their own here.
NOT_COVERED = {
    "open": "opening errors are tested in test_store_schema",
    "close": "closing runs no statement",
    "backup": "copies pages through SQLite's backup API, not statements; a copy taken "
              "while another process writes is tested in test_fault_database",
}


@pytest.fixture
def store(store: Store) -> Store:
    """The shared empty store, given one feed, entry, finding and status change."""
    store.sync_feeds([FeedSpec("A", FEED)])
    store.record_fetched(FEED, [Entry(source=FEED, title="Plant opens", summary="")],
                         now=NOW, etag=None, last_modified=None, body_hash=None,
                         next_attempt=LATER)
    finding = Finding("c1", Verdict.CONFIRMS, 0.9, Evidence(("plant",), "Plant opens"))
    store.save_findings([(1, [finding])], now=NOW, matcher_version="v1", claims_hash="h1")
    store.add_status_change("c1", ClaimStatus.CONFIRMED, changed_at=NOW,
                            finding_id=store.findings_for_claim("c1")[0].id, reason="r")
    store.set_meta("k", "v")
    store.resolve_claim("c2", ClaimStatus.CONFIRMED, note="seen", by="ana", at=NOW)
    return store


def test_every_public_method_is_covered() -> None:
    public = {name for name, value in inspect.getmembers(Store)
              if not name.startswith("_") and callable(value)}
    assert public == set(WRITES) | set(READS) | set(NOT_COVERED)


@pytest.mark.parametrize("call", WRITES.values(), ids=WRITES.keys())
def test_errors_locked(store: Store, tmp_path: Path, call: Callable[[Store], Any]) -> None:
    store._conn.execute("PRAGMA busy_timeout = 0")  # fail at once instead of waiting
    other = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as raised:
            call(store)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert isinstance(raised.value.__cause__, sqlite3.OperationalError)
    assert "locked" in str(raised.value.__cause__)
    assert str(store.path) in str(raised.value)


@pytest.mark.parametrize("call", READS.values(), ids=READS.keys())
def test_reads_work_while_another_connection_writes(
    store: Store, tmp_path: Path, call: Callable[[Store], Any],
) -> None:
    store._conn.execute("PRAGMA busy_timeout = 0")
    other = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        call(store)
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize("call", [*WRITES.values(), *READS.values()],
                         ids=[*WRITES.keys(), *READS.keys()])
def test_errors_when_every_statement_fails(store: Store, call: Callable[[Store], Any]) -> None:
    store._conn.set_authorizer(lambda *_: sqlite3.SQLITE_DENY)
    try:
        with pytest.raises(StorageError) as raised:
            call(store)
    finally:
        store._conn.set_authorizer(None)
    assert isinstance(raised.value.__cause__, sqlite3.DatabaseError)
