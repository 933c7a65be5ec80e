"""collect_digest against a real SQLite store filled through the Store API.

Findings are made by hand (the matcher is not under test here); everything else
— syndicated copies, status history, feed health — goes through the store.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tracker.config.settings import DigestSettings
from tracker.digest import render_html, render_markdown
from tracker.digest.collect import collect_digest
from tracker.digest.daily import write_day_digest
from tracker.digest.data import DigestData
from tracker.models import Claim, ClaimStatus, Entry, Evidence, FeedSpec, Finding, Verdict
from tracker.store import Store

TOKYO = ZoneInfo("Asia/Tokyo")
DAY_START = datetime(2025, 3, 24, tzinfo=TOKYO)  # 2025-03-23 15:00 UTC
DAY_END = DAY_START + timedelta(days=1)
NHK = FeedSpec("NHK", "https://nhk.example/rss")
KYODO = FeedSpec("Kyodo", "https://kyodo.example/rss")
FLAKY = FeedSpec("Flaky", "https://flaky.example/rss")
GONE = FeedSpec("Gone", "https://gone.example/rss")
OLD = FeedSpec("Old", "https://old.example/rss")
SEARCH = FeedSpec("search:jjoc-launch google en", "https://search.example/rss?q=jjoc")
FEEDS = (NHK, KYODO, FLAKY, GONE, OLD, SEARCH)


def _utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


def _claim(claim_id: str, *, claimed_on: date = date(2024, 7, 27),
           expected_by: date | None = None) -> Claim:
    return Claim(
        id=claim_id,
        statement=f"Statement of {claim_id}.",
        seed="seed",
        claimed_on=claimed_on,
        source_language="en",
        source_text="",
        groups=(),
        expected_by=expected_by,
    )


CLAIMS = (
    _claim("jjoc-launch", expected_by=date(2025, 3, 31)),
    _claim("usfj-upgrade", expected_by=date(2025, 3, 20)),
    _claim("talks", claimed_on=date(2025, 1, 1)),
    _claim("pac3"),
    _claim("settled", expected_by=date(2025, 1, 1)),
    _claim("future", claimed_on=date(2025, 4, 1)),
)
SETTINGS = DigestSettings(output_dir=Path("unused"), quiet_days=14, stale_feed_days=7)


def _store_entries(store: Store, feed: FeedSpec, entries: list[Entry], now: datetime) -> None:
    store.record_fetched(feed.url, entries, now=now, etag=None, last_modified=None,
                         body_hash=None, next_attempt=now + timedelta(hours=1))


def _find(store: Store, now: datetime, verdicts: dict[str, tuple[str, Verdict]]) -> None:
    """Give each pending entry (by title) the finding named in ``verdicts``."""
    results = []
    for entry_id, entry in store.pending_entries():
        claim_id, verdict = verdicts.get(entry.title, ("", Verdict.MENTIONS))
        findings = [] if not claim_id else [
            Finding(claim_id, verdict, 0.8, Evidence(("JJOC",), f"Sentence of {entry.title}."))
        ]
        results.append((entry_id, findings))
    store.save_findings(results, now=now, matcher_version="test", claims_hash="h")


def _finding_id(store: Store, claim_id: str) -> int:
    return store.findings_for_claim(claim_id)[-1].id


@pytest.fixture
def store(store: Store) -> Store:
    """The shared store, filled with the history the tests below read."""
    db = store
    db.sync_feeds(FEEDS)
    # Before the period: news on "talks", first statuses of every claim.
    before = _utc(3, 1, 3)
    _store_entries(db, NHK, [Entry(NHK.url, "Ministers plan deterrence talks soon",
                                   link="https://nhk.example/talks", published=before)], before)
    _find(db, before, {"Ministers plan deterrence talks soon": ("talks", Verdict.UPDATES)})
    for claim in CLAIMS:
        db.add_status_change(claim.id, ClaimStatus.OPEN, changed_at=before, finding_id=None,
                             reason="no decisive news")
    db.add_status_change("settled", ClaimStatus.CONTRADICTED, changed_at=before,
                         finding_id=None, reason="cancelled")
    # During the period: one story carried by two feeds, and a mention.
    during = _utc(3, 24, 1, 30)
    title = "Japan inaugurates Joint Operations Command in Tokyo"
    _store_entries(db, NHK, [
        Entry(NHK.url, title, link="https://nhk.example/jjoc", published=during),
        Entry(NHK.url, "Defence budget explained in five charts",
              link="https://nhk.example/budget", published=during + timedelta(hours=2)),
    ], during)
    _store_entries(db, KYODO, [Entry(KYODO.url, title, link="https://kyodo.example/jjoc",
                                     published=during + timedelta(minutes=20))],
                   during + timedelta(minutes=30))
    _find(db, during, {title: ("jjoc-launch", Verdict.CONFIRMS),
                       "Defence budget explained in five charts": ("pac3", Verdict.MENTIONS)})
    db.add_status_change("jjoc-launch", ClaimStatus.CONFIRMED, changed_at=_utc(3, 24, 2),
                         finding_id=_finding_id(db, "jjoc-launch"), reason="confirmed")
    # Feed health: Flaky failed 3 times, Gone answered 410, Old's newest entry is old.
    for _ in range(3):
        db.record_failure(FLAKY.url, "timed out", now=during, next_attempt=None)
    db.record_failure(GONE.url, "410 Gone", now=during, next_attempt=None,
                      disabled_reason="410 Gone")
    _store_entries(db, OLD, [Entry(OLD.url, "An old story about other things",
                                   published=_utc(2, 1, 0))], during)
    _store_entries(db, SEARCH, [Entry(SEARCH.url, "An old search hit about JJOC plans",
                                      published=_utc(1, 5, 0))], during)
    return db


def _collect(db: Store) -> DigestData:
    return collect_digest(db, CLAIMS, DAY_START, DAY_END, SETTINGS, now=_utc(3, 30, 0))


def test_collects_every_section(store: Store) -> None:
    data = collect_digest(store, CLAIMS, DAY_START, DAY_END, SETTINGS, now=_utc(3, 30, 0))
    assert data.generated_for == date(2025, 3, 24)
    assert data.timezone == "Asia/Tokyo" and not data.partial

    # Status changes: only jjoc moved in the period (first "open" rows are bookkeeping).
    (change,) = data.status_changes
    assert (change.claim_id, change.old_status, change.new_status) == (
        "jjoc-launch", "open", "confirmed")
    assert change.evidence is not None and change.evidence.source == "NHK"

    # The Kyodo copy is folded into the NHK story, not listed twice.
    (jjoc,) = data.findings
    (group,) = jjoc.groups
    assert group.verdict is Verdict.CONFIRMS
    (item,) = group.items
    assert item.link == "https://nhk.example/jjoc"
    assert item.other_sources == ("Kyodo",)
    assert item.sentence.startswith("Sentence of Japan inaugurates")

    # Mentions are kept apart from flags.
    assert [(c.claim_id, c.groups[0].verdict) for c in data.mentions] == [
        ("pac3", Verdict.MENTIONS)]

    # Overdue: past expected_by and not settled; "settled" is contradicted.
    assert [(c.claim_id, c.days_overdue) for c in data.overdue] == [("usfj-upgrade", 4)]

    # Quiet: no news for 14+ days; overdue, settled, future and newly-mentioned claims excluded.
    quiet = {c.claim_id: (c.last_evidence, c.days_quiet) for c in data.quiet}
    assert quiet == {"talks": (date(2025, 3, 1), 23)}

    trouble = [(p.name, p.kind) for p in data.feeds_in_trouble]
    assert trouble == [("Gone", "disabled"), ("Flaky", "failing"), ("Old", "stale")]
    assert data.feeds_in_trouble[1].detail == "failing since 2025-03-24: timed out"

    assert data.counts.entries == 5  # NHK x2, Kyodo copy, Old, Search (first seen in period)
    assert (data.counts.findings, data.counts.mentions, data.counts.status_changes) == (1, 1, 1)
    assert data.counts.claims == len(CLAIMS) and data.counts.feeds == len(FEEDS)


def test_regenerating_a_past_day_later_gives_the_same_digest(store: Store) -> None:
    first = _collect(store)
    # Later news and a later status change must not alter the past day's digest.
    later = _utc(3, 26, 3)
    _store_entries(store, NHK, [Entry(NHK.url, "Deterrence talks held in Tokyo today",
                                      link="https://nhk.example/talks2", published=later)], later)
    _find(store, later, {"Deterrence talks held in Tokyo today": ("talks", Verdict.CONFIRMS)})
    store.add_status_change("talks", ClaimStatus.CONFIRMED, changed_at=later,
                            finding_id=_finding_id(store, "talks"), reason="confirmed")
    second = _collect(store)
    assert render_markdown(second) == render_markdown(first)
    assert render_html(second) == render_html(first)


def test_a_past_days_feeds_in_trouble_keep_their_health_of_that_day(store: Store) -> None:
    first = _collect(store)
    later = _utc(3, 26, 3)
    # After the day: Flaky recovers, Gone is switched back on and answers, Old gets
    # fresh news, and NHK (fine on the day) starts failing.
    _store_entries(store, FLAKY, [Entry(FLAKY.url, "Flaky is back with a fresh story",
                                        published=later)], later)
    store.enable_feed(GONE.url, now=later)
    _store_entries(store, GONE, [Entry(GONE.url, "Gone returns with another story",
                                       published=later)], later)
    _store_entries(store, OLD, [Entry(OLD.url, "Old finally has a new story to tell",
                                      published=later)], later)
    for _ in range(4):
        store.record_failure(NHK.url, "HTTP 503", now=later, next_attempt=None)
    second = _collect(store)
    assert second.feeds_in_trouble == first.feeds_in_trouble
    assert render_markdown(second) == render_markdown(first)
    # The day after those changes sees them.
    after = collect_digest(store, CLAIMS, DAY_START + timedelta(days=3),
                           DAY_END + timedelta(days=3), SETTINGS, now=_utc(3, 30, 0))
    assert [(p.name, p.kind, p.detail) for p in after.feeds_in_trouble] == [
        ("NHK", "failing", "failing since 2025-03-26, last success 2025-03-24: HTTP 503")]


def test_running_period_is_partial(store: Store) -> None:
    data = collect_digest(store, CLAIMS, DAY_START, DAY_END, SETTINGS, now=_utc(3, 24, 3))
    assert data.partial
    assert "not over yet" in render_markdown(data)


def test_write_day_digest_writes_the_local_day(store: Store, tmp_path: Path) -> None:
    settings = DigestSettings(output_dir=tmp_path / "digests")
    md_path, html_path = write_day_digest(store, CLAIMS, date(2025, 3, 24), TOKYO, settings,
                                          now=_utc(3, 30, 0))
    assert md_path == tmp_path / "digests" / "2025-03-24.md" and html_path.exists()
    assert md_path.read_text(encoding="utf-8") == render_markdown(_collect(store))
