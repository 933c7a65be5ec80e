"""Claims whose file fails to load are put on hold in the store: their findings
and status stay as stored until the file loads again (docs/review.md)."""

from __future__ import annotations

from tracker.claims import ClaimSet
from tracker.store.db import Store


def hold_unloaded(store: Store, claim_set: ClaimSet) -> list[str]:
    """Record which claims are on hold now (releasing fixed ones); one line each."""
    store.hold_claims(claim_id for claim_id, _ in claim_set.unloaded)
    return skipped_lines(claim_set)


def skipped_lines(claim_set: ClaimSet) -> list[str]:
    """One line per claim on hold, naming its file and its first problem."""
    lines = []
    for claim_id, path in claim_set.unloaded:
        problem = next((str(p) for p in claim_set.problems if p.path == str(path)),
                       f"{path}: does not load")
        lines.append(f"skipped claim {claim_id!r} (findings and status kept): {problem}")
    return lines
