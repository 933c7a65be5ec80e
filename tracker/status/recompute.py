"""Recompute every claim's status from the store and record the changes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tracker.models import Claim
from tracker.status.derive import derive_status
from tracker.status.kinds import ClaimStatus
from tracker.store.db import Store
from tracker.store.records import StatusChange


def _reason(status: ClaimStatus, claim: Claim) -> str:
    if status is ClaimStatus.OVERDUE:
        return f"no confirming news by {claim.expected_by}"
    if status is ClaimStatus.OPEN:
        return "no decisive news"
    return f"{status} by the latest decisive news"


def recompute_statuses(
    store: Store, claims: Sequence[Claim], *, now: datetime,
) -> list[StatusChange]:
    """Derive each claim's status; write a history row only where it changed.

    Idempotent: a second call with nothing new writes nothing. ``now`` is when
    the change is recorded; ``now.date()`` decides overdue.
    """
    current = store.current_statuses()
    changes: list[StatusChange] = []
    for claim in claims:
        findings = store.findings_for_claim(claim.id, flags_only=True)
        status, moving = derive_status(claim, findings, now.date())
        before = current.get(claim.id)
        if before is not None and before.status is status:
            continue
        reason = _reason(status, claim)
        store.add_status_change(
            claim.id, status, changed_at=now, finding_id=moving.id if moving else None,
            reason=reason,
        )
        changes.append(StatusChange(
            claim_id=claim.id, old_status=before.status if before else None, new_status=status,
            changed_at=now, finding=moving, reason=reason,
        ))
    return changes
