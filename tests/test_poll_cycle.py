"""run_cycle against a real HTTP server on 127.0.0.1 with the real fetcher/parser/matcher."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pytest
from helpers.feedgen import item, rss
from helpers.fetch import fast_settings
from helpers.poll import FeedSite, make_claim, make_matcher
from pytest_httpserver import HTTPServer

from tracker.fetch import HttpFetcher
from tracker.models import Claim, FeedSpec, Verdict
from tracker.parse import parse_feed
from tracker.poll import CycleReport, rematch, rematch_due, run_cycle
from tracker.protocols import ParsedFeed
from tracker.status import ClaimStatus
from tracker.store import Store

pytestmark = pytest.mark.timeout(60)

CUES = {Verdict.CONFIRMS: ["inaugurated"], Verdict.UPDATES: ["postponed"],
        Verdict.CONTRADICTS: ["cancelled"]}
JJOC = make_claim("jjoc", [["Joint Operations Command", "JJOC"]], CUES,
                  expected_by=date(2025, 3, 31))
PAC3 = make_claim("pac3", [["PAC-3"], ["production"]], CUES)
CLAIMS = (JJOC, PAC3)
NOW = datetime(2025, 4, 10, 8, 0, tzinfo=UTC)
MARCH = datetime(2025, 3, 24, 9, 0, tzinfo=UTC)


@pytest.fixture
def site(httpserver: HTTPServer) -> FeedSite:
    return FeedSite(httpserver)


def poll(store: Store, feeds: Sequence[FeedSpec], *, now: datetime = NOW,
         claims: Sequence[Claim] = CLAIMS, force_all: bool = True) -> CycleReport:
    with HttpFetcher(fast_settings()) as fetcher:
        return run_cycle(store, feeds, fetcher, parse_feed, make_matcher(claims), now=now,
                         force_all=force_all, claims=claims, workers=4, per_host=2)


def findings(store: Store) -> list[tuple[str, str, str]]:
    every = store.findings_between(datetime(2000, 1, 1, tzinfo=UTC),
                                   datetime(2100, 1, 1, tzinfo=UTC))
    return sorted((f.claim_id, str(f.verdict), f.entry.title) for f in every)


def test_first_poll_of_last_months_launch_confirms(site: FeedSite, store: Store) -> None:
    site.put("/a", rss([
        item("Japan inaugurated the Joint Operations Command", link="https://p.test/1",
             published=MARCH),
        item("Weather in Tokyo", link="https://p.test/2", published=MARCH),
        item("No guid, no link, no date: JJOC staff meet"),
    ]))
    report = poll(store, [FeedSpec("A", site.url("/a"))])
    assert (report.polled, report.ok, report.new_entries) == (1, 1, 3)
    assert findings(store) == [
        ("jjoc", "confirms", "Japan inaugurated the Joint Operations Command"),
        ("jjoc", "mentions", "No guid, no link, no date: JJOC staff meet")]
    statuses = store.current_statuses()
    assert statuses["jjoc"].status is ClaimStatus.CONFIRMED
    assert statuses["pac3"].status is ClaimStatus.OPEN
    assert store.entry_counts()[2] == 0  # nothing left pending


def test_overdue_then_contradicted(site: FeedSite, store: Store) -> None:
    site.put("/a", rss([item("Weather in Tokyo", link="https://p.test/2", published=MARCH)]))
    poll(store, [FeedSpec("A", site.url("/a"))])
    assert store.current_statuses()["jjoc"].status is ClaimStatus.OVERDUE
    site.put("/a", rss([item("Plans for JJOC cancelled", link="https://p.test/3",
                             published=NOW - timedelta(days=1))]))
    report = poll(store, [FeedSpec("A", site.url("/a"))], now=NOW + timedelta(hours=1))
    assert [(c.old_status, c.new_status) for c in report.status_changes] == [
        (ClaimStatus.OVERDUE, ClaimStatus.CONTRADICTED)]


def test_edited_entry_updates_finding_in_place(site: FeedSite, store: Store) -> None:
    site.put("/a", rss([item("JJOC staff discussed at meeting", guid="g1", published=MARCH)]))
    poll(store, [FeedSpec("A", site.url("/a"))])
    assert findings(store) == [("jjoc", "mentions", "JJOC staff discussed at meeting")]
    site.put("/a", rss([item("JJOC staff meeting postponed to May", guid="g1", published=MARCH)]))
    report = poll(store, [FeedSpec("A", site.url("/a"))], now=NOW + timedelta(hours=1))
    assert (report.new_entries, report.updated_entries, report.findings,
            report.findings_updated) == (0, 1, 0, 1)
    assert findings(store) == [("jjoc", "updates", "JJOC staff meeting postponed to May")]
    assert store.entry_counts() == (1, 0, 0)


def test_same_story_in_two_feeds_counts_once(site: FeedSite, store: Store) -> None:
    story = "Japan inaugurated the Joint Operations Command"
    site.put("/a", rss([item(story, link="https://p.test/1?utm_source=rss", published=MARCH)]))
    site.put("/b", rss([item(f"{story} - Kyodo", source="Kyodo",
                             link="https://news.google.com/rss/articles/XYZ",
                             published=MARCH + timedelta(hours=5))]))
    report = poll(store, [FeedSpec("A", site.url("/a")), FeedSpec("B", site.url("/b"))])
    assert (report.new_entries, report.duplicates, report.findings) == (2, 1, 1)
    [finding] = store.findings_between(NOW, NOW + timedelta(seconds=1))
    assert len(finding.copies) == 1


def test_duplicate_guids_within_feed(site: FeedSite, store: Store) -> None:
    site.put("/a", rss([item("JJOC story one", guid="same", published=MARCH),
                        item("JJOC story two", guid="same", published=MARCH)]))
    report = poll(store, [FeedSpec("A", site.url("/a"))])
    assert report.new_entries == 1
    assert findings(store) == [("jjoc", "mentions", "JJOC story one")]


def test_410_disables_and_is_skipped_next_time(site: FeedSite, store: Store) -> None:
    site.put("/gone", b"", status=410)
    feeds = [FeedSpec("G", site.url("/gone"))]
    report = poll(store, feeds)
    assert report.failed == 1
    state = store.feed_states()[site.url("/gone")]
    assert state.disabled_reason and "410" in state.disabled_reason
    report = poll(store, feeds, now=NOW + timedelta(days=1))
    assert (report.polled, report.skipped) == (0, 1)
    assert site.docs["/gone"].hits == 1


def test_301_updates_stored_url_and_keeps_one_row(site: FeedSite, store: Store) -> None:
    site.put("/new", rss([item("JJOC story", link="https://p.test/9", published=MARCH)]))
    site.put("/old", b"", status=301, headers={"Location": site.url("/new")})
    feeds = [FeedSpec("F", site.url("/old"))]
    poll(store, feeds)
    states = store.feed_states()
    assert list(states) == [site.url("/new")]
    assert states[site.url("/new")].config_url == site.url("/old")
    poll(store, feeds, now=NOW + timedelta(hours=2))
    assert site.docs["/old"].hits == 1 and site.docs["/new"].hits == 2
    assert len(store.feed_states()) == 1


def test_500_backs_off_then_recovery_resets_errors(site: FeedSite, store: Store) -> None:
    doc = site.put("/a", b"oops", status=500)
    feeds = [FeedSpec("A", site.url("/a"))]
    poll(store, feeds)
    poll(store, feeds, now=NOW + timedelta(hours=3))
    state = store.feed_states()[site.url("/a")]
    assert state.consecutive_errors == 2 and state.error_message
    assert state.next_attempt is not None and state.next_attempt > NOW + timedelta(hours=4)
    report = poll(store, feeds, now=NOW + timedelta(hours=4), force_all=False)
    assert report.not_due == 1 and doc.hits == 2
    site.put("/a", rss([item("JJOC story", link="https://p.test/9", published=MARCH)]),
             status=200)
    poll(store, feeds, now=NOW + timedelta(days=2))
    state = store.feed_states()[site.url("/a")]
    assert state.consecutive_errors == 0 and state.error_message is None


def test_304_and_ignored_conditional_headers(site: FeedSite, store: Store) -> None:
    body = rss([item("JJOC story", link="https://p.test/9", published=MARCH)])
    site.put("/a", body, etag='"v1"')
    site.put("/b", body.replace(b"p.test", b"q.test"), etag='"v1"', honour_conditional=False)
    feeds = [FeedSpec("A", site.url("/a")), FeedSpec("B", site.url("/b"))]
    poll(store, feeds)
    report = poll(store, feeds, now=NOW + timedelta(hours=2))
    assert (report.ok, report.not_modified, report.new_entries) == (0, 2, 0)
    assert store.feed_states()[site.url("/a")].etag == '"v1"'
    # Unchanged feeds are recorded as a group, after the loop: still healthy and
    # rescheduled from this poll.
    for url in (site.url("/a"), site.url("/b")):
        state = store.feed_states()[url]
        assert state.last_success == NOW + timedelta(hours=2)
        assert state.next_attempt is not None and state.next_attempt > NOW + timedelta(hours=2)


def test_parse_error_is_a_per_feed_error(site: FeedSite, store: Store) -> None:
    site.put("/bad", b"<html><body>not a feed</body></html>")
    site.put("/a", rss([item("JJOC story", link="https://p.test/9", published=MARCH)]))
    report = poll(store, [FeedSpec("Bad", site.url("/bad")), FeedSpec("A", site.url("/a"))])
    assert (report.ok, report.failed) == (1, 1)
    assert site.url("/bad") in report.errors[0]
    assert store.feed_states()[site.url("/bad")].body_hash is None  # no validator saved


def test_stale_feed_is_recorded(site: FeedSite, store: Store) -> None:
    site.put("/old", rss([item("JJOC story", link="https://p.test/9",
                               published=NOW - timedelta(days=30))]))
    poll(store, [FeedSpec("O", site.url("/old"))])
    assert store.feed_states()[site.url("/old")].stale


def test_claim_edit_then_rematch_is_idempotent(site: FeedSite, store: Store) -> None:
    site.put("/a", rss([
        item("Joint Operations Command staff meeting postponed to May",
             link="https://p.test/1", published=MARCH),
        item("Tokyo HQ inaugurated, officials say", link="https://p.test/2", published=MARCH),
        item("PAC-3 production plant inaugurated", link="https://p.test/3",
             published=MARCH)]))
    poll(store, [FeedSpec("A", site.url("/a"))])
    assert store.current_statuses()["jjoc"].status is ClaimStatus.UPDATED
    assert not rematch_due(store, CLAIMS)
    # The user edits the jjoc claim: other names for the command.
    edited = make_claim("jjoc", [["JJOC", "Tokyo HQ"]], CUES, expected_by=date(2025, 3, 31))
    claims = (edited, PAC3)
    assert rematch_due(store, claims)
    first = rematch(store, make_matcher(claims), claims, now=NOW + timedelta(hours=1))
    assert (first.entries, first.inserted, first.deleted) == (3, 1, 1)
    assert [(c.claim_id, c.new_status) for c in first.status_changes] == [
        ("jjoc", ClaimStatus.CONFIRMED)]
    assert findings(store) == [
        ("jjoc", "confirms", "Tokyo HQ inaugurated, officials say"),
        ("pac3", "confirms", "PAC-3 production plant inaugurated")]
    second = rematch(store, make_matcher(claims), claims, now=NOW + timedelta(hours=2))
    assert (second.inserted, second.updated, second.deleted, second.status_changes) == \
        (0, 0, 0, [])
    assert not rematch_due(store, claims)
    # Dropping a claim deletes its findings on the next rematch.
    third = rematch(store, make_matcher((edited,)), (edited,), now=NOW + timedelta(hours=3))
    assert third.deleted == 1


def test_feeds_stored_before_an_interrupting_failure_are_kept(site: FeedSite,
                                                               store: Store) -> None:
    """Fetched feeds are committed in groups; a failure that ends the cycle inside a
    group (here Ctrl-C while parsing the third feed) still keeps the two before it."""
    for n in (1, 2, 3):
        site.put(f"/f{n}", rss([item(f"Story {n}", link=f"https://p.test/{n}")]))
    feeds = [FeedSpec(f"F{n}", site.url(f"/f{n}")) for n in (1, 2, 3)]

    def parser(body: bytes, source: str) -> ParsedFeed:
        if source.endswith("/f3"):
            raise KeyboardInterrupt
        return parse_feed(body, source)

    with HttpFetcher(fast_settings()) as fetcher, pytest.raises(KeyboardInterrupt):
        # one fetch at a time: the feeds arrive in this order
        run_cycle(store, feeds, fetcher, parser, make_matcher(CLAIMS), now=NOW,
                  force_all=True, workers=1, per_host=1, processes=1)
    states = store.feed_states()
    assert [states[f.url].last_success is not None for f in feeds] == [True, True, False]
    assert store.entry_counts()[0] == 2


def test_a_failing_feed_with_a_very_long_url_keeps_its_reason(site: FeedSite,
                                                              store: Store) -> None:
    """Generated search-feed URLs run to hundreds of characters: the error must still
    end with why the feed failed."""
    site.put("/search", status=404)
    url = site.url("/search") + "?q=" + "+OR+".join(f"%22term+{n}%22" for n in range(60))
    assert len(url) > 600
    report = poll(store, [FeedSpec("Search", url)])
    [outcome] = report.outcomes
    assert outcome.reason == "HTTP 404 Not Found"
    assert outcome.error == f"{url}: HTTP 404 Not Found"
    assert store.feed_states()[url].error_message == outcome.error
