"""Claim status history: one ``claim_status_history`` row per status change, read
back with the finding that moved it (kept even when that finding row was re-judged
away: tracker/store/evidence.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime

from tracker.models import ClaimStatus
from tracker.store.evidence import (
    HistoryEvidence,
    entries_by_id,
    history_finding,
    relinked_ids,
)
from tracker.store.findings import FindingStore
from tracker.store.records import ClaimStatusRecord, FindingRecord, StatusChange
from tracker.store.timefmt import from_db_not_null, to_db

_EVIDENCE = "h.finding_id, h.entry_id, h.verdict, h.sentence"


class StatusHistoryStore(FindingStore):
    """Claims' status changes (the findings store resolves their findings)."""

    def current_statuses(self) -> dict[str, ClaimStatusRecord]:
        """Claim id -> its newest status history row."""
        rows = self._query(
            f"SELECT h.claim_id, h.status, h.changed_at, h.reason, {_EVIDENCE} "
            "FROM claim_status_history h WHERE h.id = "
            "(SELECT MAX(id) FROM claim_status_history i WHERE i.claim_id = h.claim_id)"
        )
        findings = self._history_findings(rows)
        return {
            str(r["claim_id"]): ClaimStatusRecord(
                claim_id=str(r["claim_id"]), status=ClaimStatus(r["status"]),
                since=from_db_not_null(r["changed_at"]), finding=finding,
                reason=str(r["reason"]),
            )
            for r, finding in zip(rows, findings, strict=True)
        }

    def add_status_change(
        self, claim_id: str, status: ClaimStatus, *, changed_at: datetime,
        finding_id: int | None, reason: str, evidence: FindingRecord | None = None,
    ) -> None:
        """Append a history row; ``evidence`` (the moving finding) is also kept as
        its entry, verdict and sentence, which survive the finding row."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO claim_status_history(claim_id, status, changed_at, finding_id, "
                "reason, entry_id, verdict, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (claim_id, str(status), to_db(changed_at), finding_id, reason,
                 evidence.entry.id if evidence else None,
                 str(evidence.verdict) if evidence else None,
                 evidence.sentence if evidence else None),
            )

    def status_changes_between(self, start: datetime, end: datetime) -> list[StatusChange]:
        """History rows with changed_at in [start, end), oldest first, with the old status."""
        rows = self._query(
            f"SELECT h.claim_id, h.status, h.changed_at, h.reason, {_EVIDENCE}, "
            "(SELECT p.status FROM claim_status_history p WHERE p.claim_id = h.claim_id "
            " AND p.id < h.id ORDER BY p.id DESC LIMIT 1) AS old_status "
            "FROM claim_status_history h WHERE h.changed_at >= ? AND h.changed_at < ? "
            "ORDER BY h.changed_at, h.id",
            (to_db(start), to_db(end)),
        )
        findings = self._history_findings(rows)
        return [
            StatusChange(
                claim_id=str(r["claim_id"]),
                old_status=ClaimStatus(r["old_status"]) if r["old_status"] else None,
                new_status=ClaimStatus(r["status"]), changed_at=from_db_not_null(r["changed_at"]),
                finding=finding, reason=str(r["reason"]),
            )
            for r, finding in zip(rows, findings, strict=True)
        ]

    def _history_findings(self, rows: Sequence[sqlite3.Row]) -> list[FindingRecord | None]:
        """The evidence of history rows: one query per kind, not one per row."""
        keys = [HistoryEvidence(str(r["claim_id"]), r["finding_id"], r["entry_id"],
                                r["verdict"], r["sentence"]) for r in rows]
        findings = self._findings_by_id(k.finding_id for k in keys)
        with self._lock:
            relinked = relinked_ids(self._conn, keys, set(findings))
        findings.update(self._findings_by_id(relinked.values()))
        lost = {k.entry_id for k in keys if k.entry_id is not None
                and k.finding_id not in findings
                and relinked.get((k.claim_id, k.entry_id)) not in findings}
        with self._lock:
            entries = entries_by_id(self._conn, lost)
        return [history_finding(k, findings, relinked, entries) for k in keys]
