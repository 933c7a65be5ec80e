"""recompute_statuses runs every poll cycle: it skips reading findings when nothing a
status depends on moved (findings, entry dates, the day, the claims), and never
skips when one of them did."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from helpers.poll import make_claim

from tracker.models import Claim, Entry, Evidence, FeedSpec, Finding, Verdict
from tracker.status import ClaimStatus
from tracker.status.recompute import recompute_statuses
from tracker.store import Store
from tracker.store.records import StatusChange

FEED = "http://f.test/"
CLAIM = make_claim("jjoc", [["JJOC"]], expected_by=date(2025, 3, 31))
NOW = datetime(2025, 3, 20, 12, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _feeds(store: Store) -> None:
    store.sync_feeds([FeedSpec("f", FEED)])


def findings_reads(store: Store, now: datetime, claims: Sequence[Claim] = (CLAIM,)
                   ) -> tuple[int, list[StatusChange]]:
    """(statements that read findings, changes) of one recompute."""
    seen: list[str] = []
    store._conn.set_trace_callback(seen.append)
    try:
        changes = recompute_statuses(store, claims, now=now)
    finally:
        store._conn.set_trace_callback(None)
    return sum("FROM findings" in s for s in seen), changes


def put(store: Store, title: str, published: datetime, guid: str = "g1") -> int:
    store.record_fetched(FEED, [Entry(FEED, title, guid=guid, published=published)],
                         now=NOW, etag=None, last_modified=None, body_hash=None,
                         next_attempt=NOW + timedelta(hours=1))
    [(entry_id, _)] = store.pending_entries()
    return entry_id


def judge(store: Store, entry_id: int, verdict: Verdict | None) -> None:
    found = [] if verdict is None else [
        Finding("jjoc", verdict, 0.9, Evidence(("JJOC",), "JJOC news"))]
    store.save_findings([(entry_id, found)], now=NOW, matcher_version="v", claims_hash="h")


def test_nothing_new_reads_no_findings(store: Store) -> None:
    reads, changes = findings_reads(store, NOW)
    assert reads > 0 and [c.new_status for c in changes] == [ClaimStatus.OPEN]
    assert findings_reads(store, NOW + timedelta(hours=3)) == (0, [])


def test_a_new_flag_is_seen_at_once(store: Store) -> None:
    findings_reads(store, NOW)
    judge(store, put(store, "JJOC launched", NOW), Verdict.CONFIRMS)
    reads, changes = findings_reads(store, NOW + timedelta(minutes=5))
    assert reads > 0 and [c.new_status for c in changes] == [ClaimStatus.CONFIRMED]


def test_a_finding_judged_again_moves_the_status(store: Store) -> None:
    entry_id = put(store, "JJOC launched", NOW)
    judge(store, entry_id, Verdict.CONFIRMS)
    findings_reads(store, NOW)
    judge(store, entry_id, Verdict.CONTRADICTS)  # e.g. a rematch after editing the claim
    _, changes = findings_reads(store, NOW)
    assert [c.new_status for c in changes] == [ClaimStatus.CONTRADICTED]
    judge(store, entry_id, None)  # the finding is gone
    _, changes = findings_reads(store, NOW)
    assert [c.new_status for c in changes] == [ClaimStatus.OPEN]


def test_an_edit_that_moves_an_entry_date_but_not_its_findings_is_seen(
        store: Store) -> None:
    early = put(store, "JJOC launch confirmed", NOW - timedelta(days=5), guid="a")
    judge(store, early, Verdict.CONFIRMS)
    late = put(store, "JJOC launch cancelled", NOW - timedelta(days=2), guid="b")
    judge(store, late, Verdict.CONTRADICTS)
    _, changes = findings_reads(store, NOW)
    assert [c.new_status for c in changes] == [ClaimStatus.CONTRADICTED]
    # The confirmation is edited (a corrected title) and re-dated after the
    # cancellation; the matcher finds the same thing in it.
    assert put(store, "JJOC launch confirmed again", NOW - timedelta(days=1), guid="a") == early
    judge(store, early, Verdict.CONFIRMS)
    reads, changes = findings_reads(store, NOW)
    assert reads > 0 and [c.new_status for c in changes] == [ClaimStatus.CONFIRMED]


def test_the_next_day_can_make_a_claim_overdue(store: Store) -> None:
    deadline = datetime(2025, 3, 31, 23, tzinfo=UTC)
    findings_reads(store, deadline)
    _, changes = findings_reads(store, deadline + timedelta(hours=2))
    assert [c.new_status for c in changes] == [ClaimStatus.OVERDUE]


def test_an_edited_deadline_or_a_new_claim_is_seen(store: Store) -> None:
    findings_reads(store, NOW)
    earlier = replace(CLAIM, expected_by=date(2025, 3, 1))
    _, changes = findings_reads(store, NOW, [earlier])
    assert [c.new_status for c in changes] == [ClaimStatus.OVERDUE]
    other = make_claim("other", [["PAC-3"]])
    _, changes = findings_reads(store, NOW, [earlier, other])
    assert [(c.claim_id, c.new_status) for c in changes] == [("other", ClaimStatus.OPEN)]
