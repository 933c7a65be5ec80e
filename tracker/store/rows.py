"""Reading rows: the column lists the store selects, ``IN (…)`` queries in chunks, and
row → record conversions (``Entry``, ``EntryRecord``, ``FindingRecord``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from tracker.models import Entry, Verdict
from tracker.store.records import EntryRecord, FindingRecord
from tracker.store.timefmt import from_db, req_dt

ENTRY_COLUMNS = (
    "e.id, f.name, f.url, e.title, e.link, e.published, e.source_name, e.first_seen, "
    "e.canonical_link, e.duplicate_of"
)
FINDING_COLUMNS = (
    "x.id, x.claim_id, x.verdict, x.score, x.terms, x.sentence, x.cues, x.found_at, "
    "x.matcher_version, x.claims_hash"
)

_IN_CHUNK = 500  # SQLite's default limit on host parameters is 999


def select_in(
    conn: sqlite3.Connection, sql: str, params: tuple[Any, ...], values: list[Any],
) -> Iterator[tuple[Any, ...]]:
    """Rows of ``sql`` (with one ``IN ({})``) for ``values``, in chunks."""
    for i in range(0, len(values), _IN_CHUNK):
        chunk = values[i:i + _IN_CHUNK]
        yield from conn.execute(sql.format(",".join("?" * len(chunk))), (*params, *chunk))


def row_entry(r: sqlite3.Row | tuple[Any, ...]) -> Entry:
    return Entry(
        source=str(r[1]), title=str(r[2]), summary=str(r[3]), link=r[4], guid=r[5],
        published=from_db(r[6]), language=r[7] or r[9], source_name=r[8],
    )


def entry_record(r: sqlite3.Row | tuple[Any, ...], offset: int = 0) -> EntryRecord:
    c = r[offset:offset + 10]
    return EntryRecord(
        id=int(c[0]), feed_name=str(c[1]), feed_url=str(c[2]), title=str(c[3]), link=c[4],
        published=from_db(c[5]), source_name=c[6], first_seen=from_db(c[7]),
        canonical_link=c[8], duplicate_of=c[9],
    )


def finding_record(
    r: sqlite3.Row | tuple[Any, ...], copies: tuple[EntryRecord, ...],
) -> FindingRecord:
    return FindingRecord(
        claim_id=str(r[1]), verdict=Verdict(r[2]), score=float(r[3]),
        terms=tuple(json.loads(r[4])), sentence=str(r[5]), found_at=req_dt(r[7]),
        entry=entry_record(r, offset=10), copies=copies, id=int(r[0]),
        cues=tuple(json.loads(r[6])), matcher_version=str(r[8]), claims_hash=str(r[9]),
    )
