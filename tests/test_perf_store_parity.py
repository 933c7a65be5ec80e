"""Storing a feed batch with per-feed queries gives the same rows as per entry.

``tracker.store.entries.insert_new_entries`` (a few queries per feed) must store exactly what
the per-entry path stores: same ids, keys, syndication links (``duplicate_of``)
and match states. Both paths store the same feeds — syndicated copies with
shifted dates, tracking parameters, publisher suffixes, repeated guids, and
edits on the third round — and the tables are compared row by row.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tracker.models import Entry, FeedSpec
from tracker.store import Store, entries

NOW = datetime(2025, 11, 25, tzinfo=UTC)


def _feeds() -> list[tuple[str, list[Entry]]]:
    rng = random.Random(5)
    originals = [
        Entry(source="o", title=f"Story number {i} about the {rng.choice(['budget', 'port'])}",
              summary=f"Summary {i}.", link=f"https://news{i % 7}.example/{i}?id={i}",
              guid=f"g{i}", published=NOW - timedelta(days=rng.randint(0, 9)))
        for i in range(120)
    ]
    feeds = [("https://a.example/rss", originals[:60]), ("https://b.example/rss", originals[60:])]
    for k in range(4):
        copies: list[Entry] = []
        for e in rng.sample(originals, 50):
            shift = timedelta(days=rng.choice([-5, -2, 0, 1, 4]))
            published = e.published + shift if e.published else None
            mode = rng.random()
            if mode < 0.4:
                copies.append(replace(e, link=f"{e.link}&utm_source=x", guid=f"c{k}-{e.guid}",
                                      published=published))
            elif mode < 0.8:
                copies.append(replace(e, title=f"{e.title} - Pub", source_name="Pub",
                                      link=f"https://other.example/{k}/{e.guid}", guid=None,
                                      published=published))
            else:
                copies.append(e)
        feeds.append((f"https://copies{k}.example/rss", copies + copies[:3]))
    return feeds


def _store_all(path: Path) -> list[tuple[object, ...]]:
    feeds = _feeds()
    outcomes: list[tuple[object, ...]] = []
    with Store.open(path) as store:
        store.sync_feeds([FeedSpec(name=url, url=url) for url, _ in feeds])
        for round_no in range(3):
            for url, entries in feeds:
                if round_no == 2 and url.startswith("https://a."):
                    entries = [replace(e, summary=e.summary + " edited") if i % 7 == 0 else e
                               for i, e in enumerate(entries)]
                got = store.record_fetched(url, entries, now=NOW + timedelta(hours=round_no),
                                           etag=None, last_modified=None, body_hash=None,
                                           next_attempt=NOW)
                outcomes.append((got.new, got.updated, got.duplicates, got.unchanged))
    with sqlite3.connect(path) as conn:
        rows = list(conn.execute("SELECT * FROM entries ORDER BY id"))
    return outcomes + rows


def test_batched_and_per_entry_storing_agree(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    batched = _store_all(tmp_path / "batched.sqlite3")
    monkeypatch.setattr(entries, "insert_new_entries", lambda *args: None)
    per_entry = _store_all(tmp_path / "per-entry.sqlite3")
    assert batched == per_entry
    duplicates = sum(1 for row in batched if len(row) > 4 and row[15] is not None)
    assert duplicates > 50  # syndication really was exercised
