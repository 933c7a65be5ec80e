"""Retention (issue 12, item 17): old entries without a finding lose their text in
small batches; findings, their entries and copies, status history and the
identities that keep a feed's old items from coming back as new are kept; the
freed pages go back to the file system."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers.faults import write_project
from helpers.feedgen import item, rss
from helpers.fetch import fast_settings
from helpers.poll import FeedSite, make_claim, make_matcher
from pytest_httpserver import HTTPServer

from tracker.config import load_config
from tracker.fetch import HttpFetcher
from tracker.models import FeedSpec, Verdict
from tracker.parse import parse_feed
from tracker.poll import CycleReport, run_cycle
from tracker.service.pipeline import Pipeline
from tracker.store import Store

pytestmark = pytest.mark.timeout(120)

T0 = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)
CLAIM = make_claim("dock", [["Zorblax Orbital Dock"]], {Verdict.CONFIRMS: ["inaugurated"]},
                   expected_by=date(2025, 3, 31))
FILLER = 1100  # entries without a finding: three batches of 500


@pytest.fixture
def site(httpserver: HTTPServer) -> FeedSite:
    return FeedSite(httpserver)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "t.db") as s:
        yield s


def poll(store: Store, feeds: list[FeedSpec], now: datetime) -> CycleReport:
    # One fetch at a time: feeds A and B share a link, and the first one stored
    # keeps it. With two fetchers the order (and the finding) would be a race.
    with HttpFetcher(fast_settings(max_bytes=50 * 1024 * 1024)) as fetcher:
        return run_cycle(store, feeds, fetcher, parse_feed, make_matcher([CLAIM]), now=now,
                         force_all=True, claims=[CLAIM], workers=1, per_host=1, processes=1)


def feed_a(extra: int = 0) -> bytes:
    items = [item("Zorblax Orbital Dock inaugurated in a ceremony", link="https://ex.org/dock",
                  published=T0)]
    items += [item(f"Unrelated story number {n}", link=f"https://ex.org/s/{n}",
                   published=T0 - timedelta(hours=n % 48), summary="filler text " * 200)
              for n in range(FILLER + extra)]
    return rss(items)


def test_old_entries_without_a_finding_lose_their_text_in_batches(
        site: FeedSite, store: Store, tmp_path: Path) -> None:
    site.put("/a.xml", feed_a())
    site.put("/b.xml", rss([item("Copy: the dock story", link="https://ex.org/dock",
                                 published=T0),
                            item("Copy of a story without finding", link="https://ex.org/s/5",
                                 published=T0)]))
    feeds = [FeedSpec("A", site.url("/a.xml")), FeedSpec("B", site.url("/b.xml"))]
    first = poll(store, feeds, T0)
    assert (first.new_entries, first.duplicates, first.findings) == (FILLER + 3, 2, 1)
    history = store.current_statuses()
    conn = sqlite3.connect(tmp_path / "t.db")
    pages_before = conn.execute("PRAGMA page_count").fetchone()[0]

    now = T0 + timedelta(days=200)
    cutoff = now - timedelta(days=180)
    step = store.prune_old_entries(cutoff, now=now, max_batches=1)
    assert (step.entries, step.batches, step.done) == (499, 1, False)  # 500 looked at
    rest = store.prune_old_entries(cutoff, now=now, max_batches=20)
    assert (rest.entries, rest.done) == (FILLER + 1 - 499, True)
    assert step.pages_freed + rest.pages_freed > 0
    assert conn.execute("PRAGMA page_count").fetchone()[0] < pages_before / 2
    assert store.prune_old_entries(cutoff, now=now).entries == 0  # nothing left to do
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # The finding, its entry and the copy are whole; status history is untouched.
    titles = dict(conn.execute("SELECT link, title FROM entries WHERE title != ''"))
    assert set(titles) == {"https://ex.org/dock"}
    assert conn.execute("SELECT COUNT(*) FROM entries WHERE title != ''").fetchone()[0] == 2
    findings = store.findings_for_claim("dock")
    assert len(findings) == 1 and findings[0].entry.title.startswith("Zorblax")
    assert len(findings[0].copies) == 1
    assert store.current_statuses() == history

    # The feed still carries its old items: they are not stored again as new.
    site.put("/a.xml", feed_a(extra=1))
    again = poll(store, feeds, now)
    assert (again.new_entries, again.updated_entries) == (1, 0)
    assert store.entry_counts()[0] == FILLER + 4


def test_recent_entries_are_kept_whole(site: FeedSite, store: Store) -> None:
    site.put("/a.xml", feed_a())
    poll(store, [FeedSpec("A", site.url("/a.xml"))], T0)
    now = T0 + timedelta(days=100)
    assert store.prune_old_entries(now - timedelta(days=180), now=now).entries == 0


def test_the_service_prunes_after_its_polls(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/a.xml").respond_with_data(feed_a(),
                                                          content_type="application/rss+xml")
    config_path = write_project(tmp_path, [("A", httpserver.url_for("/a.xml"))])
    text = config_path.read_text(encoding="utf-8").replace(
        "[storage]\n", "[storage]\nretention_days = 30\n", 1)
    config_path.write_text(text, encoding="utf-8")
    config = load_config(config_path)
    clock = [T0]
    pipeline = Pipeline(config, threading.Event(), lambda: clock[0], env={})
    Store.open(config.database).close()
    pipeline.poll()
    clock[0] = T0 + timedelta(days=31)
    pipeline.poll()
    conn = sqlite3.connect(config.database)
    pruned = conn.execute("SELECT COUNT(*) FROM entries WHERE pruned_at IS NOT NULL").fetchone()
    assert pruned[0] == FILLER
