"""Feed health history: written only when a feed's health state changes, read "as
of" a moment, and migration 3 upgrading a schema-2 database without losing data."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.config.settings import DigestSettings
from tracker.digest.collect import collect_digest
from tracker.models import Entry, FeedHealth, FeedSpec
from tracker.store import Store
from tracker.store.health import HISTORY_SINCE_KEY, STATE_SQL, classify_feed
from tracker.store.records import Unchanged
from tracker.store.schema import MIGRATIONS, SCHEMA_VERSION, _split_sql

T0 = datetime(2025, 3, 24, 9, 0, tzinfo=UTC)
FEED = FeedSpec("F", "http://f.test/rss")


def _at(hours: int) -> datetime:
    return T0 + timedelta(hours=hours)


def _history(store: Store) -> list[tuple[str, str, str]]:
    with store.transaction() as conn:
        return [(str(r[0]), str(r[1]), str(r[2])) for r in conn.execute(
            "SELECT state, changed_at, detail FROM feed_health_history ORDER BY id")]


def _unchanged(store: Store, hours: int, *urls: str) -> None:
    store.record_unchanged_many(
        [Unchanged(url, _at(hours + 1)) for url in urls or (FEED.url,)], now=_at(hours))


def _fetched(store: Store, hours: int, *, stale: bool = False) -> None:
    store.record_fetched(FEED.url, [Entry(FEED.url, f"Story at hour {hours} of the day")],
                         now=_at(hours), etag=None, last_modified=None, body_hash=None,
                         next_attempt=_at(hours + 1), stale=stale)


def _fail(store: Store, hours: int, reason: str | None = None) -> None:
    store.record_failure(FEED.url, f"error at {hours}", now=_at(hours), next_attempt=None,
                         disabled_reason=reason)


def test_a_row_is_written_only_when_the_state_changes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        store.sync_feeds([FEED])
        assert store.get_meta(HISTORY_SINCE_KEY) is None  # new database: complete history
        _fail(store, 0)  # one error before ever answering: still new, nothing written
        for hour in (1, 2, 3):
            _unchanged(store, hour)  # new -> ok once, then ok stays ok
        _fail(store, 4)
        _fail(store, 5)
        assert len(_history(store)) == 1  # two errors are not trouble
        _fail(store, 6)
        _fail(store, 7)  # still failing: no row
        _fetched(store, 8)
        _fetched(store, 9, stale=True)
        _fetched(store, 10, stale=True)
        _fail(store, 11, reason="410 Gone")
        store.enable_feed(FEED.url, now=_at(12))
        assert _history(store) == [
            ("ok", "2025-03-24T10:00:00.000000Z", ""),
            ("failing", "2025-03-24T15:00:00.000000Z", "error at 6"),
            ("ok", "2025-03-24T17:00:00.000000Z", ""),
            ("stale", "2025-03-24T18:00:00.000000Z", ""),
            ("disabled", "2025-03-24T20:00:00.000000Z", "410 Gone"),
            ("stale", "2025-03-24T21:00:00.000000Z", ""),  # the stale flag is still set
        ]
        (failing,) = (store.feed_health_as_of(_at(7)) or {}).values()
        assert (failing.state, failing.since, failing.detail) == ("failing", _at(6), "error at 6")
        assert failing.last_success == _at(3)
        assert store.feed_health_as_of(_at(1)) == {}  # nothing recorded yet: new


def test_grouped_304s_write_nothing_for_ok_feeds_in_one_transaction(tmp_path: Path) -> None:
    urls = [f"http://f{n}.test/rss" for n in range(150)]
    with Store.open(tmp_path / "t.db") as store:
        store.sync_feeds([FeedSpec(f"f{n}", url) for n, url in enumerate(urls)])
        _unchanged(store, 0, *urls)
        assert len(_history(store)) == 150  # each feed's first answer: new -> ok
        statements: list[str] = []
        store._conn.set_trace_callback(statements.append)
        _unchanged(store, 1, *urls)
        store._conn.set_trace_callback(None)
        assert len(_history(store)) == 150
        assert sum(s.startswith("BEGIN") for s in statements) == 1


# --- migration 3 on a schema-2 database with data --------------------------------------

_V2_DATA = """
INSERT INTO meta(key, value) VALUES ('service.last_poll_end', '2025-03-20T08:00:00.000000Z');
INSERT INTO feeds(id, url, config_url, name, last_success, last_error, error_message,
                  consecutive_errors, disabled_reason, stale) VALUES
 (1, 'http://ok.test/', 'http://ok.test/', 'Ok', '2025-03-20T08:00:00.000000Z',
  NULL, NULL, 0, NULL, 0),
 (2, 'http://down.test/', 'http://down.test/', 'Down', '2025-03-01T08:00:00.000000Z',
  '2025-03-20T08:00:00.000000Z', 'HTTP 503', 5, NULL, 0),
 (3, 'http://gone.test/', 'http://gone.test/', 'Gone', NULL,
  '2025-03-10T08:00:00.000000Z', '410', 1, '410 Gone on 2025-03-10', 0),
 (4, 'http://old.test/', 'http://old.test/', 'Old', '2025-03-20T08:00:00.000000Z',
  NULL, NULL, 0, NULL, 1),
 (5, 'http://new.test/', 'http://new.test/', 'New', NULL, NULL, NULL, 0, NULL, 0);
INSERT INTO entries(id, feed_id, identity, title, summary, published, first_seen,
                    sort_date, content_hash, match_state) VALUES
 (1, 1, 'a', 'A story', '', '2025-03-19T08:00:00.000000Z', '2025-03-19T09:00:00.000000Z',
  '2025-03-19T08:00:00.000000Z', 'h1', 'done'),
 (2, 4, 'b', 'An old story', '', '2025-01-01T08:00:00.000000Z',
  '2025-03-19T09:00:00.000000Z', '2025-01-01T08:00:00.000000Z', 'h2', 'done');
INSERT INTO findings(id, entry_id, claim_id, verdict, score, terms, sentence, cues,
                     found_at, matcher_version, claims_hash) VALUES
 (1, 1, 'c', 'confirms', 0.9, '["t"]', 'A story.', '[]', '2025-03-19T09:00:00.000000Z',
  'v', 'h');
INSERT INTO claim_status_history(claim_id, status, changed_at, finding_id, reason) VALUES
 ('c', 'open', '2025-03-01T00:00:00.000000Z', NULL, ''),
 ('c', 'confirmed', '2025-03-19T09:00:00.000000Z', 1, 'confirmed');
"""
_OLD_TABLES = ("meta", "feeds", "entries", "findings", "claim_status_history")
_OLD_COLUMNS = {"claim_status_history": "id, claim_id, status, changed_at, finding_id, reason",
                "findings": "id, entry_id, claim_id, verdict, score, terms, sentence, cues, "
                            "found_at, matcher_version, claims_hash"}


def _v2_database(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:2]:
        assert isinstance(migration, str)
        for statement in _split_sql(migration):
            conn.execute(statement)
    for statement in _split_sql(_V2_DATA):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.close()


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        # The columns schema 2 had (later migrations add columns to some tables).
        return {t: conn.execute(f"SELECT {_OLD_COLUMNS.get(t, '*')} FROM {t} "
                                "ORDER BY rowid").fetchall()
                for t in _OLD_TABLES}
    finally:
        conn.close()


def test_migration_3_upgrades_a_v2_database_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    _v2_database(path)
    before = _dump(path)
    started = datetime.now(UTC)
    with Store.open(path) as store:
        since = store.get_meta(HISTORY_SINCE_KEY)
        seeds = _history(store)
    after = _dump(path)
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 3
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    # Every old row is still there, unchanged; meta only gained the history key.
    meta = [row for row in after.pop("meta") if row[0] != HISTORY_SINCE_KEY]
    assert meta == before.pop("meta")
    # Later migrations add columns at the end: entries.pruned_at (migration 6), NULL.
    width = len(before["entries"][0])
    assert all(value is None for row in after["entries"] for value in row[width:])
    after["entries"] = [row[:width] for row in after["entries"]]
    assert after == before
    # One seed row per feed with a known state, at the moment of the upgrade.
    assert since is not None and since >= started.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert seeds == [("ok", since, ""), ("failing", since, "HTTP 503"),
                     ("disabled", since, "410 Gone on 2025-03-10"), ("stale", since, "")]


def test_days_before_the_upgrade_show_current_health_and_later_days_the_history(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v2.db"
    _v2_database(path)
    zone = ZoneInfo("UTC")
    settings = DigestSettings(output_dir=tmp_path, stale_feed_days=7)
    day = datetime(2025, 3, 20, tzinfo=zone)
    with Store.open(path) as store:
        assert store.feed_health_as_of(day + timedelta(days=1)) is None
        past = collect_digest(store, (), day, day + timedelta(days=1), settings,
                              now=datetime.now(UTC))
        # Before the history: the feeds' current health, with the current error count.
        assert [(p.name, p.kind, p.detail) for p in past.feeds_in_trouble] == [
            ("Gone", "disabled", "410 Gone on 2025-03-10"),
            ("Down", "failing", "5 consecutive errors, last success 2025-03-01: HTTP 503"),
            ("Old", "stale", "newest entry from 2025-01-01 (78 days before the period's end)"),
        ]
        # After the upgrade, writes extend the seeded history as usual.
        now = datetime.now(UTC) + timedelta(minutes=1)
        store.record_unchanged("http://down.test/", now=now, next_attempt=now)
        health = store.feed_health_as_of(now + timedelta(seconds=1))
        assert health is not None
        assert {f: h.state for f, h in health.items()} == {
            1: "ok", 2: "ok", 3: "disabled", 4: "stale"}


def test_state_sql_agrees_with_classify_feed(store: Store) -> None:
    """The SQL rule that writes the history and the Python classifier the digest,
    ``status`` and ``feeds list`` use give every feed row the same health."""
    grid = list(itertools.product((None, "410 Gone"), (0, 1, 2, 3, 7),
                                  (None, "2025-03-24T09:00:00.000000Z"), (0, 1)))
    store.sync_feeds([FeedSpec(f"f{n}", f"http://f{n}.test/rss") for n in range(len(grid))])
    with store.transaction() as conn:
        for n, (reason, errors, success, stale) in enumerate(grid):
            conn.execute("UPDATE feeds SET disabled_reason = ?, consecutive_errors = ?, "
                         "last_success = ?, stale = ? WHERE url = ?",
                         (reason, errors, success, stale, f"http://f{n}.test/rss"))
        by_sql = {str(r[0]): str(r[1]) for r in conn.execute(
            f"SELECT f.url, {STATE_SQL} FROM feeds f")}
    by_python = {url: classify_feed(state, retrying=False)
                 for url, state in store.feed_states().items()}
    assert by_sql == by_python
    assert set(by_python.values()) == set(FeedHealth) - {FeedHealth.RETRYING}
