"""Claim status: the pure rules, and the recorded history (rows only on change)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from helpers.poll import make_claim

from tracker.models import Entry, Evidence, FeedSpec, Finding, Verdict
from tracker.status import ClaimStatus, derive_status
from tracker.status.recompute import recompute_statuses
from tracker.store import EntryRecord, FindingRecord, Store

CLAIM = make_claim("jjoc", [["JJOC"]], expected_by=date(2025, 3, 31))
POLL = datetime(2025, 6, 1, tzinfo=UTC)


def rec(verdict: Verdict, published: datetime | None, fid: int,
        first_seen: datetime = POLL) -> FindingRecord:
    entry = EntryRecord(id=fid, feed_name="f", feed_url="u", title=f"t{fid}", link=None,
                        published=published, source_name=None, first_seen=first_seen)
    return FindingRecord("jjoc", verdict, 0.5, (), "s", POLL, entry, id=fid)


def day(n: int) -> datetime:
    return datetime(2025, 3, n, tzinfo=UTC)


def test_no_flags_open_then_overdue() -> None:
    mention = rec(Verdict.MENTIONS, day(1), 1)
    assert derive_status(CLAIM, [mention], date(2025, 3, 31)) == (ClaimStatus.OPEN, None)
    assert derive_status(CLAIM, [mention], date(2025, 4, 1)) == (ClaimStatus.OVERDUE, None)
    no_deadline = make_claim("x", [["a"]])
    assert derive_status(no_deadline, [], date(2030, 1, 1))[0] is ClaimStatus.OPEN


def test_old_report_found_on_first_poll_confirms() -> None:
    launch = rec(Verdict.CONFIRMS, day(24), 1)
    assert derive_status(CLAIM, [launch], date(2025, 6, 1)) == (ClaimStatus.CONFIRMED, launch)


def test_latest_entry_date_wins_not_poll_order() -> None:
    # Found in this order, but the contradiction is the older news.
    confirms = rec(Verdict.CONFIRMS, day(24), 1)
    contradicts = rec(Verdict.CONTRADICTS, day(10), 2)
    assert derive_status(CLAIM, [confirms, contradicts], date(2025, 6, 1))[0] is \
        ClaimStatus.CONFIRMED
    later_no = rec(Verdict.CONTRADICTS, day(28), 3)
    assert derive_status(CLAIM, [confirms, contradicts, later_no], date(2025, 6, 1)) == \
        (ClaimStatus.CONTRADICTED, later_no)


def test_update_after_confirmation_does_not_unconfirm_but_revives_contradiction() -> None:
    confirms = rec(Verdict.CONFIRMS, day(10), 1)
    update = rec(Verdict.UPDATES, day(20), 2)
    assert derive_status(CLAIM, [confirms, update], date(2025, 6, 1))[0] is \
        ClaimStatus.CONFIRMED
    contradicts = rec(Verdict.CONTRADICTS, day(10), 3)
    assert derive_status(CLAIM, [contradicts, update], date(2025, 6, 1)) == \
        (ClaimStatus.UPDATED, update)
    assert derive_status(CLAIM, [update], date(2025, 6, 1)) == (ClaimStatus.UPDATED, update)


def test_undated_entry_is_ordered_by_first_seen() -> None:
    dated_no = rec(Verdict.CONTRADICTS, day(20), 1)
    undated_yes = rec(Verdict.CONFIRMS, None, 2, first_seen=day(25))
    assert derive_status(CLAIM, [dated_no, undated_yes], date(2025, 6, 1))[0] is \
        ClaimStatus.CONFIRMED


def test_recompute_writes_history_only_on_change(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        store.sync_feeds([FeedSpec("f", "http://f.test/")])
        first = recompute_statuses(store, [CLAIM], now=day(1))
        assert [(c.old_status, c.new_status) for c in first] == [(None, ClaimStatus.OPEN)]
        assert recompute_statuses(store, [CLAIM], now=day(2)) == []
        store.record_fetched("http://f.test/", [
            Entry("f", "JJOC launched", link="http://p.test/1", published=day(24))],
            now=POLL, etag=None, last_modified=None, body_hash=None,
            next_attempt=POLL + timedelta(hours=1))
        [(eid, _)] = store.pending_entries()
        store.save_findings([(eid, [Finding("jjoc", Verdict.CONFIRMS, 0.9,
                                            Evidence(("JJOC",), "JJOC launched"))])],
                            now=POLL, matcher_version="v", claims_hash="h")
        [change] = recompute_statuses(store, [CLAIM], now=POLL)
        assert (change.old_status, change.new_status) == (ClaimStatus.OPEN,
                                                          ClaimStatus.CONFIRMED)
        assert change.finding is not None and change.finding.entry.title == "JJOC launched"
        assert recompute_statuses(store, [CLAIM], now=POLL + timedelta(days=1)) == []
        current = store.current_statuses()["jjoc"]
        assert current.status is ClaimStatus.CONFIRMED and current.since == POLL
        assert current.finding is not None
        history = store.status_changes_between(day(1), POLL + timedelta(days=2))
        assert [(h.old_status, h.new_status) for h in history] == [
            (None, ClaimStatus.OPEN), (ClaimStatus.OPEN, ClaimStatus.CONFIRMED)]
