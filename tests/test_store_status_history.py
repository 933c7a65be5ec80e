"""Store: status history rows come back with their findings, read in a fixed number
of queries whatever the number of rows (no query per row)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tracker.models import ClaimStatus, Entry, Evidence, FeedSpec, Finding, Verdict
from tracker.store import FindingRecord, Store

NOW = datetime(2025, 3, 25, 12, 0, tzinfo=UTC)
A = FeedSpec("A", "http://a.test/f")
B = FeedSpec("B", "http://b.test/f")


def _fill(store: Store, claims: int) -> None:
    """``claims`` claims, each with a story in feed A (copied by feed B) and a
    finding; history: open (no finding), then confirmed by that finding."""
    store.sync_feeds([A, B])
    for feed in (A, B):
        store.record_fetched(
            feed.url,
            [Entry(feed.url, f"Story number {i} about claim {i} today",
                   link=f"http://news.test/{i}", published=NOW) for i in range(claims)],
            now=NOW, etag=None, last_modified=None, body_hash=None,
            next_attempt=NOW + timedelta(hours=1))
    pending = store.pending_entries(1000)
    store.save_findings(
        [(entry_id, [Finding(f"c{n}", Verdict.CONFIRMS, 0.9, Evidence(("t",), f"s{n}"))])
         for n, (entry_id, _) in enumerate(pending)],
        now=NOW, matcher_version="v", claims_hash="h")
    for n in range(claims):
        claim = f"c{n}"
        store.add_status_change(claim, ClaimStatus.OPEN, changed_at=NOW, finding_id=None,
                                reason="no news")
        (finding,) = store.findings_for_claim(claim)
        store.add_status_change(claim, ClaimStatus.CONFIRMED, changed_at=NOW,
                                finding_id=finding.id, reason="confirmed")


def _selects(store: Store, read: Callable[[], object]) -> int:
    """How many SELECT statements ``read()`` ran on the store's connection."""
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    try:
        read()
    finally:
        store._conn.set_trace_callback(None)
    return sum(1 for s in statements if s.lstrip().upper().startswith("SELECT"))


def test_history_rows_carry_the_same_findings_as_a_direct_read(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        _fill(store, 4)
        by_id: dict[int, FindingRecord] = {
            f.id: f for n in range(4) for f in store.findings_for_claim(f"c{n}")}
        changes = store.status_changes_between(NOW, NOW + timedelta(seconds=1))
        assert [c.finding for c in changes if c.new_status is ClaimStatus.OPEN] == [None] * 4
        confirmed = [c for c in changes if c.new_status is ClaimStatus.CONFIRMED]
        assert len(confirmed) == 4
        for change in confirmed:
            assert change.finding is not None
            assert change.finding == by_id[change.finding.id]
            assert change.finding.claim_id == change.claim_id
            # The copy in feed B comes along, as with the one-by-one read.
            assert [c.feed_name for c in change.finding.copies] == ["B"]
        current = store.current_statuses()
        assert {k: (v.status, v.finding) for k, v in current.items()} == {
            c.claim_id: (ClaimStatus.CONFIRMED, c.finding) for c in confirmed}


def test_reading_history_does_not_query_once_per_row(tmp_path: Path) -> None:
    end = NOW + timedelta(seconds=1)
    counts = []
    for claims in (2, 40):
        with Store.open(tmp_path / f"t{claims}.db") as store:
            _fill(store, claims)
            counts.append((
                _selects(store, functools.partial(store.status_changes_between, NOW, end)),
                _selects(store, store.current_statuses),
            ))
    assert counts[0] == counts[1]
    assert counts[0][0] <= 3  # history, its findings, their copies
