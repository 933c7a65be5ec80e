"""rematch: match every stored story again (after claim files or the matcher changed)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tracker.models import Claim
from tracker.poll.matching import BATCH, claims_fingerprint, default_matcher_version
from tracker.poll.prepare import match_batch
from tracker.poll.report import RematchReport
from tracker.protocols import EntryMatcher
from tracker.status.mark_one_off import mark_one_off
from tracker.status.recompute import recompute_statuses
from tracker.store.db import Store


def rematch(
    store: Store, matcher: EntryMatcher, claims: Sequence[Claim], *, now: datetime,
    matcher_version: str | None = None,
) -> RematchReport:
    """Re-judge every non-duplicate entry, update findings in place (insert, update,
    delete), then recompute statuses. Idempotent: a second run changes nothing.

    Each batch of entries commits in one transaction, so an interrupted rematch
    leaves every entry either with its old or its new findings. With no claim at
    all (a wrong claims folder, every file broken) nothing is re-judged: that would
    delete every finding.
    """
    version = matcher_version if matcher_version is not None else default_matcher_version()
    claims_hash = claims_fingerprint(claims)
    report = RematchReport()
    if not claims:
        report.errors.append("no claim loaded: nothing re-judged, stored findings kept")
        return report
    for batch in store.iter_root_entries(BATCH):
        delta = store.save_findings(match_batch(matcher, batch, report.errors), now=now,
                                    matcher_version=version, claims_hash=claims_hash)
        report.entries += len(batch)
        report.inserted += delta.inserted
        report.updated += delta.updated
        report.deleted += delta.deleted
    mark_one_off(store, matcher.kinds())
    report.status_changes = recompute_statuses(store, claims, now=now)
    return report


def rematch_due(store: Store, claims: Sequence[Claim], matcher_version: str | None = None) -> bool:
    """True when stored findings were made by another matcher version or other claims
    (never with no claim loaded: see ``rematch``)."""
    if not claims:
        return False
    version = matcher_version if matcher_version is not None else default_matcher_version()
    stored = store.match_versions()
    return bool(stored) and stored != {(version, claims_fingerprint(claims))}
