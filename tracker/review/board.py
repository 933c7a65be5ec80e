"""The claims board: where every claim stands, at a glance (digest, web, CLI).

A pure function of the claims, the status history as of a moment, the flags
known then, and the reviews and resolutions made by then, so a past day's
digest shows the board as it was at the day's end.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from tracker.models import Claim, ClaimStatus, Verdict
from tracker.review.listing import ReviewedFinding, reviewed
from tracker.store.db import Store
from tracker.store.records import FindingRecord, Resolution, Review, StatusChange

LOW_CONFIDENCE = 0.6
"""An unreviewed flag scoring below this is listed as low-confidence."""

SETTLED = frozenset({ClaimStatus.CONFIRMED, ClaimStatus.CONTRADICTED})


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    day: date
    verdict: Verdict
    finding_id: int
    title: str


@dataclass(frozen=True, slots=True)
class BoardRow:
    claim_id: str
    statement: str
    status: ClaimStatus
    reason: str
    event_date: datetime | None       # the decisive evidence's entry date (not poll time)
    deadline: date | None
    days_left: int | None             # negative: days overdue
    evidence: FindingRecord | None    # the finding that set the status
    sources: int                      # independent outlets behind the status's verdict
    resolution: Resolution | None     # resolved by hand, until reopened
    unreviewed: int                   # flags nobody reviewed yet
    claimed_on: date
    timeline: tuple[TimelinePoint, ...] = ()
    evidence_reviewed: bool = False   # someone reviewed the finding that set the status

    @property
    def overdue(self) -> bool:
        return (self.days_left is not None and self.days_left < 0
                and self.status not in SETTLED)


@dataclass(frozen=True, slots=True)
class Attention:
    """What needs the analyst: each a (claim id, finding or None, why) line."""

    new_flags: tuple[ReviewedFinding, ...]
    contradictions: tuple[BoardRow, ...]
    low_confidence: tuple[ReviewedFinding, ...]
    overdue_silent: tuple[BoardRow, ...]

    @property
    def empty(self) -> bool:
        return not (self.new_flags or self.contradictions or self.low_confidence
                    or self.overdue_silent)


def build_board(
    claims: Sequence[Claim], history: Sequence[StatusChange],
    flags: Sequence[FindingRecord], reviews: Mapping[tuple[str, int], Review],
    resolutions: Mapping[str, Resolution], today: date,
) -> tuple[BoardRow, ...]:
    """One row per claim, in claim id order. ``history`` oldest first (its last row
    per claim is the status); ``flags`` the claims' flag findings."""
    latest: dict[str, StatusChange] = {}
    for change in history:
        latest[change.claim_id] = change
    by_claim: dict[str, list[ReviewedFinding]] = {}
    for row in reviewed(flags, reviews):
        by_claim.setdefault(row.finding.claim_id, []).append(row)
    rows = []
    for claim in sorted(claims, key=lambda c: c.id):
        current = latest.get(claim.id)
        status = current.new_status if current else ClaimStatus.OPEN
        evidence = current.finding if current else None
        counted = [r for r in by_claim.get(claim.id, []) if r.verdict is not None]
        rows.append(BoardRow(
            claim_id=claim.id, statement=claim.statement, status=status,
            reason=current.reason if current else "not polled yet",
            event_date=evidence.entry.date if evidence else None,
            deadline=claim.expected_by,
            days_left=(claim.expected_by - today).days if claim.expected_by else None,
            evidence=evidence,
            sources=_sources(counted, evidence.verdict) if evidence else 0,
            resolution=resolutions.get(claim.id),
            unreviewed=sum(1 for r in by_claim.get(claim.id, []) if r.review is None),
            claimed_on=claim.claimed_on,
            timeline=tuple(
                TimelinePoint(r.finding.entry.date.date(), r.verdict, r.finding.id,
                              r.finding.entry.title)
                for r in counted if r.verdict is not None and r.finding.entry.date),
            evidence_reviewed=evidence is not None
            and (claim.id, evidence.entry.id) in reviews,
        ))
    return tuple(rows)


def _sources(counted: Sequence[ReviewedFinding], verdict: Verdict) -> int:
    """Distinct outlets (syndicated copies included) with a flag of ``verdict``."""
    outlets: set[str] = set()
    for row in counted:
        if row.verdict is verdict:
            outlets.add(row.source)
            outlets.update(c.source_name or c.feed_name for c in row.finding.copies)
    return len(outlets)


def needs_attention(
    board: Sequence[BoardRow], new_flags: Sequence[ReviewedFinding],
) -> Attention:
    """``new_flags``: the period's flags (the digest's) or all flags (the web queue)."""
    waiting = tuple(r for r in new_flags if r.review is None)
    return Attention(
        new_flags=waiting,
        # Until someone confirms the contradiction (accepts its evidence or resolves
        # the claim by hand), it is worth a look every day.
        contradictions=tuple(r for r in board if r.status is ClaimStatus.CONTRADICTED
                             and r.resolution is None and not r.evidence_reviewed),
        low_confidence=tuple(r for r in waiting if r.finding.score < LOW_CONFIDENCE),
        overdue_silent=tuple(r for r in board if r.overdue and not r.timeline),
    )


def current_board(store: Store, claims: Sequence[Claim], today: date) -> tuple[BoardRow, ...]:
    """The board now, from the store."""
    history = [
        StatusChange(r.claim_id, None, r.status, r.since, r.finding, r.reason)
        for r in store.current_statuses().values()
    ]
    return build_board(claims, history, store.all_findings(flags_only=True),
                       store.reviews(), store.resolutions(), today)
