"""Store: entry identity, edits in place, syndicated copies, findings in place."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tracker.models import Entry, Evidence, FeedSpec, Finding, Verdict
from tracker.store import Store
from tracker.store.links import canonical_link, title_key

NOW = datetime(2025, 3, 25, 12, 0, tzinfo=UTC)
A, B = "http://a.test/feed", "http://b.test/feed"


@pytest.fixture(autouse=True)
def _feeds(store: Store) -> None:
    store.sync_feeds([FeedSpec("A", A), FeedSpec("B", B)])


def put(store: Store, feed: str, entries: list[Entry], now: datetime = NOW) -> tuple[int, ...]:
    out = store.record_fetched(feed, entries, now=now, etag=None, last_modified=None,
                               body_hash=None, next_attempt=now + timedelta(hours=1))
    return out.new, out.updated, out.duplicates


@pytest.mark.parametrize(("link", "expected"), [
    ("HTTPS://Example.COM/a/b?utm_source=x&id=3&fbclid=y#frag", "https://example.com/a/b?id=3"),
    ("http://example.com/a?gclid=1", "https://example.com/a"),
    ("https://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&url=https%3a%2f%2fpub.test%2fstory"
     "%3futm_medium%3drss&c=1", "https://pub.test/story"),
    ("https://news.google.com/rss/articles/CBMiabc?oc=5", None),
    ("mailto:someone@example.com", None),
    (None, None),
])
def test_canonical_link(link: str | None, expected: str | None) -> None:
    assert canonical_link(link) == expected


def test_title_key_drops_publisher_suffix_and_generic_titles() -> None:
    assert title_key("Japan launches joint command - Reuters", "Reuters") == \
        title_key("Japan Launches Joint Command!")
    assert title_key("Japan launches joint command - Kyodo",
                     link="https://news.google.com/rss/articles/x") == \
        "japan launches joint command"
    assert title_key("Press release") is None
    assert title_key("統合作戦司令部が発足した、防衛省") is not None


def test_entries_without_guid_or_date_get_stable_identity(store: Store) -> None:
    undated = [Entry(A, "No guid, no link, no date at all here"),
               Entry(A, "Link only entry about something", link="http://x.test/1")]
    assert put(store, A, undated) == (2, 0, 0)
    assert put(store, A, undated) == (0, 0, 0)
    assert store.entry_counts() == (2, 0, 2)


def test_duplicate_guid_within_one_feed_keeps_first(store: Store) -> None:
    twins = [Entry(A, "First version of the story text", guid="g1"),
             Entry(A, "Second item reusing the same guid", guid="g1")]
    assert put(store, A, twins) == (1, 0, 0)
    [(_, entry)] = store.pending_entries()
    assert entry.title == "First version of the story text"


def test_edited_entry_is_updated_in_place_and_pending_again(store: Store) -> None:
    put(store, A, [Entry(A, "Japan to launch command next week", guid="g1")])
    [(entry_id, _)] = store.pending_entries()
    store.save_findings([(entry_id, [])], now=NOW, matcher_version="v", claims_hash="h")
    assert store.pending_entries() == []
    assert put(store, A, [Entry(A, "Japan launched the command today", guid="g1")]) == (0, 1, 0)
    [(same_id, edited)] = store.pending_entries()
    assert same_id == entry_id
    assert edited.title == "Japan launched the command today"
    assert store.entry_counts() == (1, 0, 1)


def test_same_link_in_two_feeds_is_one_story(store: Store) -> None:
    put(store, A, [Entry(A, "Japan launches joint command", link="https://pub.test/s?utm_x=1")])
    new = put(store, B, [Entry(B, "Different headline, same page here",
                               link="http://PUB.test/s#top")])
    assert new == (1, 0, 1)
    total, copies, pending = store.entry_counts()
    assert (total, copies, pending) == (2, 1, 1)  # the copy is not matched


def test_same_title_within_three_days_is_a_copy_but_not_later(store: Store) -> None:
    day = datetime(2025, 3, 20, tzinfo=UTC)
    put(store, A, [Entry(A, "Japan launches joint command", link="https://a.test/1",
                         published=day)])
    assert put(store, B, [Entry(B, "Japan launches joint command - Kyodo",
                                link="https://b.test/1", source_name="Kyodo",
                                published=day + timedelta(days=2))]) == (1, 0, 1)
    assert put(store, B, [Entry(B, "Japan launches joint command",
                                link="https://b.test/2",
                                published=day + timedelta(days=10))]) == (1, 0, 0)


def test_copy_of_a_copy_points_to_the_first(store: Store, tmp_path: Path) -> None:
    store.sync_feeds([FeedSpec("A", A), FeedSpec("B", B), FeedSpec("C", "http://c.test/f")])
    put(store, A, [Entry(A, "Story one title words", link="https://p.test/1")])
    put(store, B, [Entry(B, "Story one title words", link="https://q.test/1")])
    put(store, "http://c.test/f", [Entry("c", "Other title", link="https://q.test/1")])
    with store.transaction() as conn:
        roots = {r[0] for r in conn.execute(
            "SELECT duplicate_of FROM entries WHERE duplicate_of IS NOT NULL")}
    assert roots == {1}


def _finding(claim: str, verdict: Verdict, sentence: str = "s") -> Finding:
    return Finding(claim, verdict, 0.7, Evidence(("JJOC",), sentence, ("launched",)))


def test_findings_insert_update_delete_in_place(store: Store) -> None:
    put(store, A, [Entry(A, "Japan launches joint command", link="https://a.test/1")])
    put(store, B, [Entry(B, "Japan launches joint command", link="https://a.test/1")])
    [(eid, _)] = store.pending_entries()
    d = store.save_findings([(eid, [_finding("c1", Verdict.MENTIONS),
                                    _finding("c2", Verdict.CONFIRMS)])],
                            now=NOW, matcher_version="v1", claims_hash="h1")
    assert (d.inserted, d.updated, d.deleted) == (2, 0, 0)
    later = NOW + timedelta(hours=2)
    d = store.save_findings([(eid, [_finding("c1", Verdict.CONFIRMS)])],
                            now=later, matcher_version="v1", claims_hash="h1")
    assert (d.inserted, d.updated, d.deleted) == (0, 1, 1)
    d = store.save_findings([(eid, [_finding("c1", Verdict.CONFIRMS)])],
                            now=later + timedelta(hours=1), matcher_version="v2",
                            claims_hash="h1")
    assert d.changed == 0
    [record] = store.findings_between(NOW, NOW + timedelta(days=1))
    assert record.claim_id == "c1" and record.verdict is Verdict.CONFIRMS
    assert record.found_at == later  # the verdict changed: reported anew
    assert record.matcher_version == "v2"
    assert [c.feed_name for c in record.copies] == ["B"]
    assert record.entry.feed_name == "A"
    assert store.findings_between(NOW, later) == []
    assert store.match_versions() == {("v2", "h1")}
    assert store.last_evidence_dates() == {"c1": record.entry.first_seen}
    assert store.entry_count_between(NOW, NOW + timedelta(seconds=1)) == 2


def test_failure_counts_and_410_disable(store: Store) -> None:
    retry = NOW + timedelta(hours=2)
    assert store.record_failure(A, f"{A}: HTTP 500", now=NOW, next_attempt=retry) == 1
    assert store.record_failure(A, f"{A}: HTTP 500", now=NOW, next_attempt=retry) == 2
    store.record_unchanged(A, now=NOW, next_attempt=retry)
    state = store.feed_states()[A]
    assert state.consecutive_errors == 0 and state.error_message is None
    store.record_failure(B, "gone", now=NOW, next_attempt=None, disabled_reason="410 Gone")
    assert store.feed_states()[B].disabled_reason == "410 Gone"
