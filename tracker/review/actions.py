"""Review a finding, resolve or reopen a claim; each recomputes statuses at once so
the board shows the correction immediately (docs/review.md)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tracker.errors import TrackerError
from tracker.models import Claim, ClaimStatus, Verdict
from tracker.status.recompute import recompute_statuses
from tracker.store.db import Store
from tracker.store.records import REVIEW_ACTIONS, Review, StatusChange


class ReviewError(TrackerError):
    """A review or resolution that cannot be made (unknown finding or claim, bad value)."""


def review_finding(
    store: Store, claims: Sequence[Claim], finding_id: int, action: str, *, by: str,
    now: datetime, verdict: str | None = None, note: str = "",
) -> tuple[Review, list[StatusChange]]:
    if action not in REVIEW_ACTIONS:
        raise ReviewError(f"action {action!r}: expected one of {', '.join(REVIEW_ACTIONS)}")
    finding = store.finding(finding_id)
    if finding is None:
        raise ReviewError(f"finding {finding_id}: no such finding "
                          "(see 'claimtracker findings list')")
    chosen: Verdict | None = None
    if action == "verdict":
        try:
            chosen = Verdict(verdict or "")
        except ValueError:
            names = ", ".join(v.value for v in Verdict)
            raise ReviewError(f"verdict {verdict!r}: expected one of {names}") from None
    review = store.add_review(finding.claim_id, finding.entry.id, action, by=by, at=now,
                              verdict=chosen, note=note)
    return review, recompute_statuses(store, claims, now=now)


def resolve_claim(
    store: Store, claims: Sequence[Claim], claim_id: str, status: str, *, note: str,
    by: str, now: datetime,
) -> list[StatusChange]:
    _known(claims, claim_id)
    try:
        chosen = ClaimStatus(status)
    except ValueError:
        names = ", ".join(s.value for s in ClaimStatus)
        raise ReviewError(f"status {status!r}: expected one of {names}") from None
    if not note.strip():
        raise ReviewError("a resolution needs a reason (--note)")
    store.resolve_claim(claim_id, chosen, note=note, by=by, at=now)
    return recompute_statuses(store, claims, now=now)


def reopen_claim(
    store: Store, claims: Sequence[Claim], claim_id: str, *, by: str, now: datetime,
    note: str = "",
) -> list[StatusChange]:
    _known(claims, claim_id)
    if not store.reopen_claim(claim_id, by=by, at=now, note=note):
        raise ReviewError(f"claim {claim_id!r} is not resolved by hand")
    return recompute_statuses(store, claims, now=now)


def _known(claims: Sequence[Claim], claim_id: str) -> None:
    if claim_id not in {c.id for c in claims}:
        raise ReviewError(f"claim {claim_id!r}: no such claim (see 'claimtracker claims list')")
