"""The evidence of a status history row, even after its finding row was re-judged
or deleted (a claim file that failed to load, a matcher upgrade).

A history row stores the finding id, and since schema 5 the entry id and the
verdict and sentence as they were when the status moved. Its evidence is the
finding row if it still exists, else the claim's current finding on the same
entry, else a record rebuilt from the entry and the stored snapshot.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import NamedTuple

from tracker.models import Verdict
from tracker.store.records import EntryRecord, FindingRecord
from tracker.store.rows import ENTRY_COLUMNS, entry_record, select_in


class HistoryEvidence(NamedTuple):
    claim_id: str
    finding_id: int | None
    entry_id: int | None
    verdict: str | None
    sentence: str | None


def relinked_ids(
    conn: sqlite3.Connection, rows: Sequence[HistoryEvidence], known: set[int],
) -> dict[tuple[str, int], int]:
    """(claim, entry) -> the current finding id, for rows whose finding is gone."""
    lost = [r for r in rows if r.entry_id is not None and r.finding_id not in known]
    if not lost:
        return {}
    wanted = {(r.claim_id, r.entry_id) for r in lost}
    found: dict[tuple[str, int], int] = {}
    for row in select_in(conn, "SELECT claim_id, entry_id, id FROM findings "
                         "WHERE entry_id IN ({})", (), sorted({e for _, e in wanted})):
        key = (str(row[0]), int(row[1]))
        if key in wanted:
            found[key] = int(row[2])
    return found


def entries_by_id(conn: sqlite3.Connection, ids: set[int]) -> dict[int, EntryRecord]:
    rows = select_in(conn, f"SELECT {ENTRY_COLUMNS} FROM entries e "
                     "JOIN feeds f ON f.id = e.feed_id WHERE e.id IN ({})", (), sorted(ids))
    return {int(r[0]): entry_record(r) for r in rows}


def history_finding(
    row: HistoryEvidence, findings: Mapping[int, FindingRecord],
    relinked: Mapping[tuple[str, int], int], entries: Mapping[int, EntryRecord],
) -> FindingRecord | None:
    """The evidence of one history row (None: the status had none, e.g. overdue)."""
    record = findings.get(row.finding_id) if row.finding_id is not None else None
    if record is None and row.entry_id is not None:
        current = relinked.get((row.claim_id, row.entry_id))
        record = findings.get(current) if current is not None else None
    snapshot = _verdict(row.verdict)
    if record is not None:
        # The verdict that moved the status then, even if the entry is judged
        # differently now.
        if snapshot is not None and record.verdict is not snapshot:
            record = dataclasses.replace(record, verdict=snapshot)
        return record
    entry = entries.get(row.entry_id) if row.entry_id is not None else None
    if entry is None or snapshot is None:
        return None
    return FindingRecord(
        claim_id=row.claim_id, verdict=snapshot, score=0.0, terms=(),
        sentence=row.sentence or "",
        found_at=entry.first_seen or entry.published or datetime.min.replace(tzinfo=UTC),
        entry=entry)


def _verdict(value: str | None) -> Verdict | None:
    try:
        return Verdict(value) if value else None
    except ValueError:
        return None
