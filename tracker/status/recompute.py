"""Recompute every claim's status from the store and record the changes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime

from tracker.models import Claim, ClaimStatus
from tracker.status.derive import derive_status
from tracker.store.db import Store
from tracker.store.records import StatusChange

STATUS_BASIS_KEY = "status_basis"
"""Meta key: the inputs of the last full recompute (see ``_basis``)."""


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

    Every poll cycle calls this, so it skips the work (reading every flag of
    every claim) when nothing a status depends on moved since the last full run:
    the store's findings generation, the day, and the claims' ids and deadlines.
    """
    basis = _basis(store, claims, now)
    if store.get_meta(STATUS_BASIS_KEY) == basis:
        return []
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
    store.set_meta(STATUS_BASIS_KEY, basis)  # after the changes: a crash means a rerun
    return changes


def _basis(store: Store, claims: Sequence[Claim], now: datetime) -> str:
    """What derive_status reads besides the findings: the claims and today."""
    deadlines = sorted((c.id, c.expected_by.isoformat() if c.expected_by else "")
                       for c in claims)
    digest = hashlib.sha256(json.dumps(deadlines).encode()).hexdigest()[:16]
    return f"{store.findings_generation()}|{now.date().isoformat()}|{digest}"
