"""Run the matcher over stored entries and save its findings (pending and rematch)."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from tracker.models import Claim
from tracker.poll.parallel import WorkerPool
from tracker.poll.prepare import match_batch
from tracker.protocols import EntryMatcher
from tracker.store.db import Store
from tracker.store.findings import FindingDelta

MATCH_POOL_MIN_PENDING = 2_000  # below this, starting worker processes costs more than it saves

BATCH = 200  # entries per findings transaction
POOL_BATCHES = 10  # batches read at once when a worker pool judges them


def claims_fingerprint(claims: Sequence[Claim]) -> str:
    """A hash of the claims' content: stored with each finding so the service can
    tell that claim files changed since the last match (a rematch is due)."""
    text = "\n".join(
        repr((c.id, c.statement, c.groups, sorted((str(k), v) for k, v in c.cues.items()),
              c.expected_from, c.expected_by, c.claimed_on, c.kind))
        for c in sorted(claims, key=lambda c: c.id)
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def default_matcher_version() -> str:
    """tracker.match.MATCHER_VERSION (imported on use: the matcher is heavy to load)."""
    from tracker.match import MATCHER_VERSION

    return str(MATCHER_VERSION)


def match_pending(
    store: Store, matcher: EntryMatcher, *, now: datetime, matcher_version: str,
    claims_hash: str, errors: list[str], pool: WorkerPool | None = None,
    stop: threading.Event | None = None,
) -> tuple[int, FindingDelta]:
    """Match every 'pending' entry (copies are never pending); return (entries, delta).

    With a usable ``pool`` and many pending entries, batches are judged on the
    pool's workers and saved here in the same order, one transaction each.
    Once ``stop`` is set no new batch starts: the rest stay pending.
    """
    total = 0
    delta = FindingDelta()
    # The cheap count first: can_match pickles the matcher to find out.
    if (pool is not None
            and store.pending_count(MATCH_POOL_MIN_PENDING) >= MATCH_POOL_MIN_PENDING
            and pool.can_match):
        try:
            while True:
                rows = [] if _stopping(stop) else store.pending_entries(BATCH * POOL_BATCHES)
                if not rows:
                    return total, delta
                batches = [rows[i:i + BATCH] for i in range(0, len(rows), BATCH)]
                for batch, results in zip(batches, pool.match_batches(batches, errors),
                                          strict=True):
                    delta = delta + store.save_findings(
                        results, now=now, matcher_version=matcher_version,
                        claims_hash=claims_hash,
                    )
                    total += len(batch)
        except BrokenProcessPool:
            pool.stop_using()  # finish in this process; saved batches stay saved
    while True:
        batch = [] if _stopping(stop) else store.pending_entries(BATCH)
        if not batch:
            return total, delta
        delta = delta + store.save_findings(
            match_batch(matcher, batch, errors), now=now, matcher_version=matcher_version,
            claims_hash=claims_hash,
        )
        total += len(batch)


def _stopping(stop: threading.Event | None) -> bool:
    return stop is not None and stop.is_set()
