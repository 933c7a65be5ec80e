"""Faults the tracker already survived, kept by tests (issue 12, item 20): hostile
XML (external entities, entity expansion) and a full disk, through the real poll."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.faults import REPO, run, write_project
from helpers.feedgen import item, rss
from pytest_httpserver import HTTPServer

pytestmark = pytest.mark.timeout(90)

SECRET = "TOP-SECRET-VALUE"


def xxe(secret_file: Path) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret_file}">]>'
            '<rss version="2.0"><channel><title>t</title><link>https://ex.org/</link>'
            "<item><title>Zorblax Orbital Dock news &x;</title><link>https://ex.org/x</link>"
            "<description>The dock &x;</description></item></channel></rss>").encode()


def billion_laughs() -> bytes:
    entities = '<!ENTITY a "ha ha ha ha ha ha ha ha ha ha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
            "<title>t</title><link>https://ex.org/</link><item><title>Laughs &j;</title>"
            "<link>https://ex.org/lol</link></item></channel></rss>").encode()


GOOD = rss([item("Zorblax Orbital Dock inaugurated", link="https://ex.org/good",
                 published=datetime(2025, 3, 24, 9, tzinfo=UTC))])


def test_external_entities_and_entity_bombs_are_not_expanded(
        httpserver: HTTPServer, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    for path, body in (("/xxe.xml", xxe(secret)), ("/lol.xml", billion_laughs()),
                       ("/good.xml", GOOD)):
        httpserver.expect_request(path).respond_with_data(body,
                                                          content_type="application/rss+xml")
    config = write_project(tmp_path, [("XXE", httpserver.url_for("/xxe.xml")),
                                      ("Laughs", httpserver.url_for("/lol.xml")),
                                      ("Good", httpserver.url_for("/good.xml"))])
    code, _, err = run(config, "poll")
    assert code == 0, err
    conn = sqlite3.connect(tmp_path / "data" / "db.sqlite3")
    rows = conn.execute("SELECT title, summary FROM entries").fetchall()
    assert all(SECRET not in title + summary for title, summary in rows)
    assert all(len(title) < 1000 for title, _ in rows)  # not a billion laughs
    titles = {title for title, _ in rows}
    assert "Zorblax Orbital Dock inaugurated" in titles  # the good feed after them


DRIVER = """
import resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from tracker.cli import main
main(sys.argv[2:])
"""


def big_feed(number: int) -> bytes:
    return rss([item(f"Story {number}-{n}", link=f"https://ex.org/{number}/{n}",
                     published=datetime(2025, 3, 24, 9, tzinfo=UTC), summary="words " * 400)
                for n in range(60)])


def test_a_full_disk_stops_the_poll_with_one_line_and_loses_nothing(
        httpserver: HTTPServer, tmp_path: Path) -> None:
    feeds = []
    for n in range(4):
        httpserver.expect_request(f"/f{n}.xml").respond_with_data(
            big_feed(n), content_type="application/rss+xml")
        feeds.append((f"Feed {n}", httpserver.url_for(f"/f{n}.xml")))
    config = write_project(tmp_path, feeds)
    assert run(config, "init")[0] == 0
    database = tmp_path / "data" / "db.sqlite3"
    limit = database.stat().st_size + 64 * 1024  # the disk fills during the poll
    full = subprocess.run([sys.executable, "-c", DRIVER, str(limit), "--config", str(config),
                           "poll"], cwd=REPO, capture_output=True, text=True, timeout=60,
                          check=False)
    assert full.returncode == 1, full.stderr
    assert "Traceback" not in full.stderr
    lines = [line for line in full.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "full" in lines[0], full.stderr
    # Space again: the next poll stores every feed, nothing half-written.
    code, _, err = run(config, "poll")
    assert code == 0, err
    conn = sqlite3.connect(database)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 4 * 60
    assert conn.execute("SELECT COUNT(*) FROM entries WHERE match_state = 'pending'"
                        ).fetchone()[0] == 0
