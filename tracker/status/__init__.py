"""Claim status: derived from a claim's flag findings, recorded with history.

See docs/status.md for the rules. ``recompute_statuses`` lives in
``tracker.status.recompute`` (it imports the store; this package does not).
"""

from __future__ import annotations

from tracker.models import ClaimStatus
from tracker.status.derive import derive_status

__all__ = ["ClaimStatus", "derive_status"]
