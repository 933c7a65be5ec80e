"""Reading rows: the column lists the store selects, ``IN (…)`` queries in chunks, and
row → record conversions by column name (``Entry``, ``EntryRecord``, ``FindingRecord``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from tracker.models import Entry, Verdict
from tracker.store.records import EntryRecord, FindingRecord
from tracker.store.timefmt import from_db, from_db_not_null

# Aliased so that a row of a findings-entries join reads every column by name.
ENTRY_COLUMNS = (
    "e.id AS entry_id, f.name AS feed_name, f.url AS feed_url, e.title, e.link, "
    "e.published, e.source_name, e.first_seen, e.canonical_link, e.duplicate_of"
)
FINDING_COLUMNS = (
    "x.id AS finding_id, x.claim_id, x.verdict, x.score, x.terms, x.sentence, x.cues, "
    "x.found_at, x.matcher_version, x.claims_hash, x.event_on"
)
MATCH_INPUT_COLUMNS = (
    "e.id AS entry_id, f.url AS feed_url, e.title, e.summary, e.link, e.guid, e.published, "
    "e.language, e.source_name, f.language AS feed_language, f.name AS feed_name"
)
"""What the matcher reads of an entry (``row_entry``)."""

_IN_CHUNK = 500  # SQLite's default limit on host parameters is 999


def select_in(
    conn: sqlite3.Connection, sql: str, params: tuple[Any, ...], values: list[Any],
) -> Iterator[sqlite3.Row]:
    """Rows of ``sql`` (with one ``IN ({})``) for ``values``, in chunks."""
    for i in range(0, len(values), _IN_CHUNK):
        chunk = values[i:i + _IN_CHUNK]
        yield from conn.execute(sql.format(",".join("?" * len(chunk))), (*params, *chunk))


def row_entry(r: sqlite3.Row) -> Entry:
    """An ``Entry`` from a row of ``MATCH_INPUT_COLUMNS``."""
    return Entry(
        source=str(r["feed_url"]), title=str(r["title"]), summary=str(r["summary"]),
        link=r["link"], guid=r["guid"], published=from_db(r["published"]),
        language=r["language"] or r["feed_language"], source_name=r["source_name"],
        feed_name=r["feed_name"],
    )


def entry_record(r: sqlite3.Row) -> EntryRecord:
    """An ``EntryRecord`` from a row of ``ENTRY_COLUMNS``."""
    return EntryRecord(
        id=int(r["entry_id"]), feed_name=str(r["feed_name"]), feed_url=str(r["feed_url"]),
        title=str(r["title"]), link=r["link"], published=from_db(r["published"]),
        source_name=r["source_name"], first_seen=from_db(r["first_seen"]),
        canonical_link=r["canonical_link"], duplicate_of=r["duplicate_of"],
    )


def finding_record(r: sqlite3.Row, copies: tuple[EntryRecord, ...]) -> FindingRecord:
    """A ``FindingRecord`` from a row of ``FINDING_COLUMNS, ENTRY_COLUMNS``."""
    return FindingRecord(
        claim_id=str(r["claim_id"]), verdict=Verdict(r["verdict"]), score=float(r["score"]),
        terms=tuple(json.loads(r["terms"])), sentence=str(r["sentence"]),
        found_at=from_db_not_null(r["found_at"]), entry=entry_record(r), copies=copies,
        id=int(r["finding_id"]), cues=tuple(json.loads(r["cues"])),
        matcher_version=str(r["matcher_version"]), claims_hash=str(r["claims_hash"]),
        event_on=from_db(r["event_on"]),
    )
