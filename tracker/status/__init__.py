"""Claim status: derived from a claim's flag findings, recorded with history.

See docs/status.md for the rules.
"""

from __future__ import annotations

from tracker.status.kinds import ClaimStatus

__all__ = ["ClaimStatus"]
