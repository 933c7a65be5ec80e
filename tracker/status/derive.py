"""The status rules as one pure function (docs/status.md)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from tracker.models import Claim, ClaimStatus, Verdict

if TYPE_CHECKING:
    from tracker.store.records import FindingRecord

_BY_VERDICT = {
    Verdict.CONFIRMS: ClaimStatus.CONFIRMED,
    Verdict.CONTRADICTS: ClaimStatus.CONTRADICTED,
    Verdict.UPDATES: ClaimStatus.UPDATED,
}


def _evidence_key(finding: FindingRecord) -> tuple[str, int]:
    """Order evidence by when the news happened (entry date), not when we polled it."""
    moment = finding.entry.date
    return (moment.isoformat() if moment else "", finding.id)


def derive_status(
    claim: Claim, findings: Sequence[FindingRecord], today: date,
) -> tuple[ClaimStatus, FindingRecord | None]:
    """A claim's status and the finding that set it (None for open/overdue).

    Rules, over flag findings ordered by entry date (publication, else first seen):
    1. The latest-dated decisive flag wins: confirms -> confirmed, contradicts ->
       contradicted.
    2. An update dated after it: after a contradiction it revives the claim
       (-> updated: e.g. "talks rescheduled"); after a confirmation it does not
       un-confirm (the event happened; the update refines it).
    3. Only updates -> updated (the latest one moves it).
    4. No flags: overdue when today is past expected_by, else open.
    """
    flags = sorted((f for f in findings if f.verdict.is_flag), key=_evidence_key)
    decisive = [f for f in flags if f.verdict is not Verdict.UPDATES]
    updates = [f for f in flags if f.verdict is Verdict.UPDATES]
    last_decisive = decisive[-1] if decisive else None
    last_update = updates[-1] if updates else None
    if last_decisive is not None:
        if (
            last_update is not None
            and last_decisive.verdict is Verdict.CONTRADICTS
            and _evidence_key(last_update) > _evidence_key(last_decisive)
        ):
            return ClaimStatus.UPDATED, last_update
        return _BY_VERDICT[last_decisive.verdict], last_decisive
    if last_update is not None:
        return ClaimStatus.UPDATED, last_update
    if claim.expected_by is not None and today > claim.expected_by:
        return ClaimStatus.OVERDUE, None
    return ClaimStatus.OPEN, None
