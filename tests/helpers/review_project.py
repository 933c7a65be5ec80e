"""A small project of its own for the review, evidence and web tests: two claim
files, a seeds folder, a config.toml and one feed body (served by the test on
127.0.0.1). Never the shipped claims/."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from helpers.feedgen import item, rss

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

WIDGET = """id = "widget-command"
statement = "Acme will launch its Widget Command in March 2025."
seed = "sample-seed"
claimed_on = 2025-01-01
expected_from = 2025-03-01
expected_by = 2025-03-31

[source]
language = "en"
text = "Acme will launch its Widget Command in March."

[[groups]]
name = "command"
en = ["Widget Command"]
"""

BRIDGE = (FIXTURES / "claims" / "valid" / "sample-claim.toml").read_text(encoding="utf-8")

FEED = rss([
    item("Acme launches its Widget Command", link="https://example.test/1",
         guid="https://example.test/1", published=datetime(2025, 3, 10, 12, tzinfo=UTC),
         summary="The new command began work on Monday."),
    item("Widget Command start delayed by a month", link="https://example.test/2",
         guid="https://example.test/2", published=datetime(2025, 3, 11, 12, tzinfo=UTC),
         summary="Staff shortages are blamed."),
    item("Acme staff visit a museum", link="https://example.test/3",
         guid="https://example.test/3", published=datetime(2025, 3, 12, 12, tzinfo=UTC),
         summary="Someone there works for the Widget Command."),
], language="en", title="Widget wire")


def write_project(root: Path, feed_url: str, *, extra: str = "") -> Path:
    """claims/, seeds/ and config.toml under ``root``; returns the config path."""
    (root / "claims").mkdir(parents=True, exist_ok=True)
    (root / "claims" / "widget-command.toml").write_text(WIDGET, encoding="utf-8")
    (root / "claims" / "sample-claim.toml").write_text(BRIDGE, encoding="utf-8")
    shutil.copytree(FIXTURES / "claims" / "seeds", root / "seeds", dirs_exist_ok=True)
    config = root / "config.toml"
    config.write_text(
        '[storage]\ndatabase = "data/db.sqlite3"\n'
        '[digest]\noutput_dir = "digests"\n'
        "[http]\nconnect_timeout = 2.0\nread_timeout = 2.0\ntotal_timeout = 5.0\n"
        "[search_feeds]\nenabled = false\n"
        f'[[feeds]]\nname = "Widget wire"\nurl = "{feed_url}"\nlanguage = "en"\n' + extra,
        encoding="utf-8")
    return config


TABLES = ("entries", "findings", "claim_status_history", "reviews", "claim_resolutions")


def dump(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables that hold evidence and reviews."""
    conn = sqlite3.connect(database)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    finally:
        conn.close()
