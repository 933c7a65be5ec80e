"""Credentials in feed URLs are not stored: the database keeps a redacted form and a
fingerprint (tracker/store/feedkey.py), the full URL stays in config.toml only.

Feeds are served on 127.0.0.1; the project (config, empty claims/) lives in tmp_path.
"""

from __future__ import annotations

import base64
import sqlite3
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from click.testing import CliRunner
from helpers.feedgen import item, rss
from helpers.fetch import Handler, send_head, serve

from tracker.cli import main
from tracker.store import Store, stored_url
from tracker.store.feedkey import renamed
from tracker.store.schema import migrate

SECRETS = ("s3cret", "T0KEN", "alice", "0ther", "bob")
NOW = datetime.now(UTC)


def _feed(title: str) -> bytes:
    return rss([item(title, link=f"https://news.example/{title.replace(' ', '-')}",
                     published=NOW - timedelta(hours=1))], language="en")


def _server() -> Handler:
    """/private needs Basic alice:s3cret (or bob:0ther); /search needs ?token=T0KEN;
    /broken always fails."""
    accounts = {base64.b64encode(b"alice:s3cret").decode(): "one",
                base64.b64encode(b"bob:0ther").decode(): "two"}

    def handler(request: BaseHTTPRequestHandler) -> None:
        auth = (request.headers.get("Authorization") or "").removeprefix("Basic ")
        if request.path == "/private" and auth in accounts:
            body = _feed(f"Private story {accounts[auth]}")
        elif request.path.startswith("/search?") and "token=T0KEN" in request.path:
            body = _feed("Search story")
        else:
            send_head(request, 503 if request.path.startswith("/broken") else 401,
                      {"Content-Length": "0"})
            return
        send_head(request, 200, {"Content-Length": str(len(body)),
                                 "Content-Type": "application/rss+xml"})
        request.wfile.write(body)
    return handler


def _project(tmp_path: Path, feeds: dict[str, str]) -> Path:
    for folder in ("claims", "seeds"):
        (tmp_path / folder).mkdir(exist_ok=True)
    tables = "".join(f'\n[[feeds]]\nname = "{n}"\nurl = "{u}"\nlanguage = "en"\n'
                     for n, u in feeds.items())
    config = tmp_path / "config.toml"
    config.write_text('[storage]\ndatabase = "data/db.sqlite3"\n'
                      "[http]\nconnect_timeout = 2.0\nread_timeout = 2.0\ntotal_timeout = 5.0\n"
                      "[search_feeds]\nenabled = false\n" + tables, encoding="utf-8")
    return config


def _database_bytes(path: Path) -> bytes:
    """The database file and its WAL and shared-memory files, as on disk, and a dump."""
    raw = b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal"),
                                             path.with_name(path.name + "-shm"))
                   if p.exists())
    with sqlite3.connect(path) as conn:
        dump = "\n".join(conn.iterdump()).encode()
    return raw + dump


def _feeds(path: Path) -> dict[str, tuple[int, str, int]]:
    with sqlite3.connect(path) as conn:
        return {name: (feed_id, url, entries) for feed_id, name, url, entries in conn.execute(
            "SELECT f.id, f.name, f.url, (SELECT count(*) FROM entries e WHERE e.feed_id = f.id)"
            " FROM feeds f")}


def test_after_polling_feeds_with_credentials_the_database_holds_none(tmp_path: Path) -> None:
    with serve(_server()) as base:
        host = base.removeprefix("http://")
        urls = {"Alice": f"http://alice:s3cret@{host}/private",
                "Bob": f"http://bob:0ther@{host}/private",  # differs only by credentials
                "Search": f"{base}/search?q=tokyo&token=T0KEN",
                "Broken": f"http://alice:s3cret@{host}/broken?token=T0KEN"}
        config = _project(tmp_path, urls)
        runner = CliRunner()
        for args in (["poll"], ["poll", "--all"], ["status"], ["feeds", "list"]):
            result = runner.invoke(main, ["--config", str(config), *args])
            assert result.exception is None or isinstance(result.exception, SystemExit), \
                result.output
    database = tmp_path / "data" / "db.sqlite3"
    stored = _database_bytes(database)
    assert b"Private story one" in stored and b"Search story" in stored
    assert b"Private story two" in stored
    assert b"HTTP 503" in stored
    for secret in SECRETS:
        assert secret.encode() not in stored, secret
    feeds = _feeds(database)
    assert feeds["Alice"][1] == stored_url(urls["Alice"])
    assert feeds["Alice"][1].startswith(f"http://***@{host}/private [")
    assert feeds["Alice"][1] != feeds["Bob"][1]  # two feeds, two rows
    assert feeds["Search"][1].startswith(f"{base}/search?q=tokyo&token=*** [")
    assert [feeds[n][2] for n in ("Alice", "Bob", "Search", "Broken")] == [1, 1, 1, 0]


def test_a_rotated_password_keeps_the_feed_and_its_entries(tmp_path: Path) -> None:
    with serve(_server()) as base:
        host = base.removeprefix("http://")
        config = _project(tmp_path, {"Alice": f"http://alice:old@{host}/private"})
        CliRunner().invoke(main, ["--config", str(config), "poll"])  # 401
        config = _project(tmp_path, {"Alice": f"http://alice:s3cret@{host}/private"})
        result = CliRunner().invoke(main, ["--config", str(config), "poll", "--all"])
    assert "polled 1 feeds: 1 ok" in result.stdout, result.output
    database = tmp_path / "data" / "db.sqlite3"
    with sqlite3.connect(database) as conn:
        rows = conn.execute("SELECT id, url, consecutive_errors FROM feeds").fetchall()
        history = conn.execute("SELECT DISTINCT feed_id FROM feed_health_history").fetchall()
    assert len(rows) == 1 and rows[0][1] == stored_url(f"http://alice:s3cret@{host}/private")
    assert history == [(rows[0][0],)]


def test_renamed_needs_one_new_and_one_old_key_per_redacted_url() -> None:
    a1, a2 = stored_url("https://a:1@h/f"), stored_url("https://a:2@h/f")
    b1, b2 = stored_url("https://h/f?key=1"), stored_url("https://h/f?key=2")
    assert renamed([a2, b2], [a1, b1]) == {a2: a1, b2: b1}
    assert renamed([a2, stored_url("https://a:3@h/f")], [a1]) == {}  # which one? neither
    assert renamed([a2], ["https://h/f"]) == {}  # a URL without credentials is not renamed


def _old_database(path: Path, urls: dict[str, str], moved_to: str) -> None:
    """A schema-7 database as the previous version wrote it: URLs in clear."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    assert migrate(conn, upto=7) == 7
    now = "2025-03-20T10:00:00.000000Z"
    conn.execute("BEGIN")
    for n, (name, url) in enumerate(urls.items(), start=1):
        current = moved_to if name == "Moved" else url
        conn.execute("INSERT INTO feeds (id, url, config_url, name, language, last_success, "
                     "error_message) VALUES (?, ?, ?, ?, 'en', ?, ?)",
                     (n, current, url, name, now, f"{url}: HTTP 503 Service Unavailable"))
        conn.execute("INSERT INTO feed_health_history (feed_id, state, changed_at, detail) "
                     "VALUES (?, 'failing', ?, ?)", (n, now, f"{url}: HTTP 503"))
        for k in range(3):
            entry_id = n * 10 + k
            conn.execute(
                "INSERT INTO entries (id, feed_id, identity, guid, link, title, summary, "
                "first_seen, sort_date, content_hash, match_state) "
                "VALUES (?, ?, ?, ?, ?, ?, 'text', ?, ?, ?, 'done')",
                (entry_id, n, f"id{entry_id}", f"g{entry_id}", f"https://news.example/{entry_id}",
                 f"Story {entry_id}", now, now, f"h{entry_id}"))
            conn.execute(
                "INSERT INTO findings (entry_id, claim_id, verdict, score, terms, sentence, cues,"
                " found_at, matcher_version, claims_hash) "
                "VALUES (?, 'c1', 'mentions', 0.5, '[]', 's', '[]', ?, 'm', 'h')",
                (entry_id, now))
            conn.execute("INSERT INTO reviews (claim_id, entry_id, action, by_user, at) "
                         "VALUES ('c1', ?, 'accept', 'me', ?)", (entry_id, now))
    conn.execute("INSERT INTO meta (key, value) VALUES ('service.last_poll_result', ?)",
                 (f"failed: {urls['Alice']}: HTTP 503",))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _counts(path: Path) -> dict[str, object]:
    with sqlite3.connect(path) as conn:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("entries", "findings", "reviews", "feed_health_history")} | {
            "links": conn.execute("SELECT feed_id, count(*) FROM entries GROUP BY feed_id "
                                  "ORDER BY feed_id").fetchall()}


def test_a_database_from_before_is_upgraded_with_nothing_lost(tmp_path: Path) -> None:
    database = tmp_path / "data" / "db.sqlite3"
    database.parent.mkdir()
    with serve(_server()) as base:
        host = base.removeprefix("http://")
        urls = {"Alice": f"http://alice:s3cret@{host}/private",
                "Search": f"{base}/search?q=tokyo&token=T0KEN",
                "Moved": f"http://bob:0ther@{host}/old",
                "Plain": f"{base}/plain"}
        _old_database(database, urls, moved_to=f"http://bob:0ther@{host}/private")
        assert b"s3cret" in database.read_bytes()  # as the previous version stored it
        before = _counts(database)
        Store.open(database).close()  # migrates
        migrated = _database_bytes(database)
        for secret in SECRETS:
            assert secret.encode() not in migrated, secret
        assert _counts(database) == before
        feeds = _feeds(database)
        assert {name: row[0] for name, row in feeds.items()} == {
            "Alice": 1, "Search": 2, "Moved": 3, "Plain": 4}
        assert feeds["Plain"][1] == urls["Plain"]
        assert feeds["Moved"][1] == stored_url(urls["Moved"])  # back to its configured URL
        with sqlite3.connect(database) as conn:
            messages = [r[0] for r in conn.execute("SELECT error_message FROM feeds")]
        assert messages[0] == f"http://***@{host}/private: HTTP 503 Service Unavailable"
        # the same configuration finds the same rows: polling adds to their history
        config = _project(tmp_path, {n: u for n, u in urls.items() if n != "Plain"})
        result = CliRunner().invoke(main, ["--config", str(config), "poll", "--all"])
    assert "polled 3 feeds: 2 ok" in result.stdout, result.output
    after = _feeds(database)
    assert len(after) == 4
    assert after["Alice"][0] == 1 and after["Alice"][2] == 4  # 3 old entries + 1 new
    assert after["Search"][0] == 2 and after["Search"][2] == 4
    for secret in SECRETS:
        assert secret.encode() not in _database_bytes(database), secret
