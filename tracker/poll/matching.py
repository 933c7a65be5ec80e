"""Run the matcher over stored entries and save its findings (pending and rematch)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from typing import TYPE_CHECKING

from tracker.errors import TrackerError
from tracker.models import Claim, Entry, Finding
from tracker.protocols import EntryMatcher
from tracker.store.db import Store
from tracker.store.findings import FindingDelta

if TYPE_CHECKING:
    from tracker.poll.parallel import WorkerPool

MATCH_POOL_MIN_PENDING = 2_000  # below this, starting worker processes costs more than it saves

BATCH = 200  # entries per findings transaction
POOL_BATCHES = 10  # batches read at once when a worker pool judges them


def one_line(text: str, limit: int = 200) -> str:
    """Untrusted or multi-line text squeezed into one short line for messages."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def matcher_failure(entry: Entry, exc: Exception) -> str:
    """The error line for a matcher crash on ``entry`` (the same in and out of workers)."""
    return (f"{entry.link or entry.source}: matcher failed: "
            f"{type(exc).__name__}: {one_line(str(exc))}")


def parser_crash(url: str, name: str, message: str) -> TrackerError:
    """A parser crash (exception ``name``) on untrusted input, as a feed error."""
    return TrackerError(f"{url}: parser crashed: {name}: {one_line(message)}")


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


def judge(
    matcher: EntryMatcher, batch: Sequence[tuple[int, Entry]], errors: list[str],
) -> list[tuple[int, Sequence[Finding]]]:
    """Match each entry; a matcher crash on one entry is reported, not fatal
    (the entry is saved with no findings; the next rematch tries again)."""
    results: list[tuple[int, Sequence[Finding]]] = []
    for entry_id, entry in batch:
        try:
            found: Sequence[Finding] = matcher.match(entry)
        except Exception as exc:
            errors.append(matcher_failure(entry, exc))
            found = ()
        results.append((entry_id, found))
    return results


def match_pending(
    store: Store, matcher: EntryMatcher, *, now: datetime, matcher_version: str,
    claims_hash: str, errors: list[str], pool: WorkerPool | None = None,
) -> tuple[int, FindingDelta]:
    """Match every 'pending' entry (copies are never pending); return (entries, delta).

    With a usable ``pool`` and many pending entries, batches are judged on the
    pool's workers and saved here in the same order, one transaction each.
    """
    total = 0
    delta = FindingDelta()
    # The cheap count first: can_match pickles the matcher to find out.
    if (pool is not None
            and store.pending_count(MATCH_POOL_MIN_PENDING) >= MATCH_POOL_MIN_PENDING
            and pool.can_match):
        try:
            while True:
                rows = store.pending_entries(BATCH * POOL_BATCHES)
                if not rows:
                    return total, delta
                batches = [rows[i:i + BATCH] for i in range(0, len(rows), BATCH)]
                for batch, results in zip(batches, pool.judge_batches(batches, errors),
                                          strict=True):
                    delta = delta + store.save_findings(
                        results, now=now, matcher_version=matcher_version,
                        claims_hash=claims_hash,
                    )
                    total += len(batch)
        except BrokenProcessPool:
            pool.stop_using()  # finish in this process; saved batches stay saved
    while True:
        batch = store.pending_entries(BATCH)
        if not batch:
            return total, delta
        delta = delta + store.save_findings(
            judge(matcher, batch, errors), now=now, matcher_version=matcher_version,
            claims_hash=claims_hash,
        )
        total += len(batch)
