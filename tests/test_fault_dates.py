"""Hostile dates never stop the tracker (issue 12, items 1-3): year-1 and
year-9999 items, a claim due in 9999, and the rows an older version wrote."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers.faults import CLAIM_ID, run, write_project
from pytest_httpserver import HTTPServer

from tracker.store import Store
from tracker.store.schema import MIGRATIONS, _split_sql, _v5_pad_years

pytestmark = pytest.mark.timeout(60)


def rss_items(*items: tuple[str, str, str]) -> bytes:
    """RSS with raw pubDate strings: (title, link, pubDate)."""
    body = "".join(f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate>"
                   "<description>The Zorblax Orbital Dock was inaugurated.</description>"
                   "</item>" for t, link, d in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            f"<link>https://ex.org/</link><description>d</description>{body}"
            "</channel></rss>").encode()


YEAR_ONE = "Mon, 01 Jan 0001 00:00:00 GMT"
YEAR_9999 = "Fri, 31 Dec 9999 23:59:59 GMT"
TITLE = "Zorblax Orbital Dock inaugurated with a ceremony"


def test_year_one_and_year_9999_items_are_stored_and_read_back(
        httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/dotnet.xml").respond_with_data(rss_items(
        (TITLE, "https://ex.org/a", YEAR_ONE),
        ("Zorblax Orbital Dock: same story, another link", "https://ex.org/b", YEAR_ONE),
    ), content_type="application/rss+xml")
    # Two same-title entries dated 9999-12-31: the second is compared with the
    # first inside the syndication window, which overflowed.
    httpserver.expect_request("/future.xml").respond_with_data(rss_items(
        (TITLE + " again", "https://ex.org/c", YEAR_9999),
        (TITLE + " again", "https://ex.org/d", YEAR_9999),
    ), content_type="application/rss+xml")
    httpserver.expect_request("/after.xml").respond_with_data(rss_items(
        ("Zorblax dock news of today", "https://ex.org/e", "Mon, 24 Mar 2025 09:00:00 GMT"),
    ), content_type="application/rss+xml")
    config = write_project(tmp_path, [("Dotnet", httpserver.url_for("/dotnet.xml")),
                                      ("Future", httpserver.url_for("/future.xml")),
                                      ("After", httpserver.url_for("/after.xml"))],
                           # a zone west of UTC: year 1 and 9999 overflow there
                           extra='[schedule]\ntimezone = "America/New_York"\n')
    code, out, err = run(config, "poll")
    assert code == 0, err
    assert "5 new entries (1 copies)" in out  # the 9999 twins are one story
    for command in (["poll", "--all"], ["status"], ["feeds", "list"], ["rematch"],
                    ["digest", "--date", "2025-03-24"], ["digest", "--since", "2020-01-01"],
                    ["claims", "status"]):
        code, out, err = run(config, *command)
        assert code == 0, (command, err)
    code, out, err = run(config, "feeds", "remove", "Dotnet")
    assert code == 0, err
    assert run(config, "status")[0] == 0
    conn = sqlite3.connect(tmp_path / "data" / "db.sqlite3")
    published = sorted(r[0] for r in conn.execute("SELECT published FROM entries"))
    assert published[0] == "0001-01-01T00:00:00.000000Z"
    assert published[-1] == "9999-12-31T23:59:59.000000Z"


def test_rows_written_with_unpadded_years_are_repaired_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    before_fix = MIGRATIONS[:MIGRATIONS.index(_v5_pad_years)]
    for number, migration in enumerate(before_fix, start=1):  # the schema before the fix
        if callable(migration):
            migration(conn)
        else:
            for statement in _split_sql(migration):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO feeds(url, config_url, name, last_success) "
                 "VALUES ('https://ex.org/f', 'https://ex.org/f', 'F', "
                 "'2025-03-24T09:00:00.000000Z')")
    conn.execute("INSERT INTO entries(feed_id, identity, title, summary, published, "
                 "first_seen, sort_date, content_hash) VALUES (1, 'x', 't', 's', "
                 "'1-01-01T00:00:00.000000Z', '2025-03-24T09:00:00.000000Z', "
                 "'1-01-01T00:00:00.000000Z', 'h')")
    conn.execute("COMMIT")
    conn.close()
    with Store.open(path) as store:
        state = store.feed_states()["https://ex.org/f"]
        assert state.newest_entry_published is not None
        assert state.newest_entry_published.year == 1
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT published, sort_date FROM entries").fetchone() == (
        "0001-01-01T00:00:00.000000Z", "0001-01-01T00:00:00.000000Z")
    assert conn.execute("SELECT last_success FROM feeds").fetchone()[0].startswith("2025")


def test_claim_due_in_9999_passes_check_and_polls(
        httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/a.xml").respond_with_data(rss_items(
        (TITLE, "https://ex.org/a", "Mon, 24 Mar 2025 09:00:00 GMT"),
    ), content_type="application/rss+xml")
    config = write_project(tmp_path, [("A", httpserver.url_for("/a.xml"))],
                           expected_by="9999-12-31")
    code, out, err = run(config, "claims", "check")
    assert code == 0, err
    code, out, err = run(config, "poll")
    assert code == 0, err
    assert "1 new findings" in out
    assert CLAIM_ID in run(config, "status")[1]
