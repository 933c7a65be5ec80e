"""Claim status history: one ``claim_status_history`` row per status change, read
back with the finding that moved it."""

from __future__ import annotations

from datetime import datetime

from tracker.models import ClaimStatus
from tracker.store.findings import FindingStore
from tracker.store.records import ClaimStatusRecord, StatusChange
from tracker.store.timefmt import from_db_not_null, to_db


class StatusHistoryStore(FindingStore):
    """Claims' status changes (the findings store resolves their findings)."""

    def current_statuses(self) -> dict[str, ClaimStatusRecord]:
        """Claim id -> its newest status history row."""
        rows = self._query(
            "SELECT h.claim_id, h.status, h.changed_at, h.finding_id, h.reason "
            "FROM claim_status_history h WHERE h.id = "
            "(SELECT MAX(id) FROM claim_status_history i WHERE i.claim_id = h.claim_id)"
        )
        findings = self._findings_by_id(r["finding_id"] for r in rows)
        return {
            str(r["claim_id"]): ClaimStatusRecord(
                claim_id=str(r["claim_id"]), status=ClaimStatus(r["status"]),
                since=from_db_not_null(r["changed_at"]), finding=findings.get(r["finding_id"]),
                reason=str(r["reason"]),
            )
            for r in rows
        }

    def add_status_change(
        self, claim_id: str, status: ClaimStatus, *, changed_at: datetime,
        finding_id: int | None, reason: str,
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO claim_status_history(claim_id, status, changed_at, finding_id, "
                "reason) VALUES (?, ?, ?, ?, ?)",
                (claim_id, str(status), to_db(changed_at), finding_id, reason),
            )

    def status_changes_between(self, start: datetime, end: datetime) -> list[StatusChange]:
        """History rows with changed_at in [start, end), oldest first, with the old status."""
        rows = self._query(
            "SELECT h.claim_id, h.status, h.changed_at, h.finding_id, h.reason, "
            "(SELECT p.status FROM claim_status_history p WHERE p.claim_id = h.claim_id "
            " AND p.id < h.id ORDER BY p.id DESC LIMIT 1) AS old_status "
            "FROM claim_status_history h WHERE h.changed_at >= ? AND h.changed_at < ? "
            "ORDER BY h.changed_at, h.id",
            (to_db(start), to_db(end)),
        )
        findings = self._findings_by_id(r["finding_id"] for r in rows)
        return [
            StatusChange(
                claim_id=str(r["claim_id"]),
                old_status=ClaimStatus(r["old_status"]) if r["old_status"] else None,
                new_status=ClaimStatus(r["status"]), changed_at=from_db_not_null(r["changed_at"]),
                finding=findings.get(r["finding_id"]), reason=str(r["reason"]),
            )
            for r in rows
        ]
