"""Writing one entry's findings: insert, update in place, or delete per claim, and
what that changed (``FindingDelta``). Called inside the store's transactions."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tracker.models import Finding
from tracker.store.timefmt import to_db


@dataclass(frozen=True, slots=True)
class FindingDelta:
    """What saving findings changed (rematch reports these; all zero = idempotent)."""

    inserted: int = 0
    updated: int = 0
    deleted: int = 0

    def __add__(self, other: FindingDelta) -> FindingDelta:
        return FindingDelta(
            self.inserted + other.inserted, self.updated + other.updated,
            self.deleted + other.deleted,
        )

    @property
    def changed(self) -> int:
        return self.inserted + self.updated + self.deleted


def save_entry_findings(
    conn: sqlite3.Connection, entry_id: int, findings: Sequence[Finding], now: datetime,
    matcher_version: str, claims_hash: str,
    existing: dict[str, tuple[Any, ...]] | None = None,
    held: frozenset[str] = frozenset(),
) -> FindingDelta:
    """Make the entry's stored findings those given; findings of ``held`` claims
    (claim file failing to load) are left exactly as they are."""
    if existing is None:
        existing = {
            r[1]: r for r in conn.execute(
                "SELECT id, claim_id, verdict, score, terms, sentence, cues FROM findings "
                "WHERE entry_id = ?", (entry_id,),
            )
        }
    inserted = updated = 0
    wanted: set[str] = set()
    for finding in findings:
        if finding.claim_id in wanted or finding.claim_id in held:
            continue
        wanted.add(finding.claim_id)
        values = (
            str(finding.verdict), round(float(finding.score), 6),
            json.dumps(list(finding.evidence.terms), ensure_ascii=False),
            finding.evidence.sentence,
            json.dumps(list(finding.evidence.cues), ensure_ascii=False),
        )
        old = existing.get(finding.claim_id)
        if old is None:
            conn.execute(
                "INSERT INTO findings(entry_id, claim_id, verdict, score, terms, sentence, "
                "cues, found_at, matcher_version, claims_hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry_id, finding.claim_id, *values, to_db(now), matcher_version,
                 claims_hash),
            )
            inserted += 1
        elif tuple(old[2:7]) != values:
            conn.execute(
                "UPDATE findings SET verdict = ?, score = ?, terms = ?, sentence = ?, "
                "cues = ?, matcher_version = ?, claims_hash = ?, "
                "found_at = CASE WHEN verdict = ? THEN found_at ELSE ? END WHERE id = ?",
                (*values, matcher_version, claims_hash, values[0], to_db(now), old[0]),
            )
            updated += 1
        else:
            conn.execute(
                "UPDATE findings SET matcher_version = ?, claims_hash = ? WHERE id = ?",
                (matcher_version, claims_hash, old[0]),
            )
    gone = [r[0] for claim_id, r in existing.items()
            if claim_id not in wanted and claim_id not in held]
    for finding_id in gone:
        conn.execute("DELETE FROM findings WHERE id = ?", (finding_id,))
    return FindingDelta(inserted, updated, len(gone))
