"""The states a claim can be in (kept free of imports so the store can use it)."""

from __future__ import annotations

from enum import StrEnum


class ClaimStatus(StrEnum):
    """Where a claim stands, derived from its flag findings (see docs/status.md)."""

    OPEN = "open"                  # nothing decisive yet, deadline not passed (or none)
    CONFIRMED = "confirmed"        # the latest decisive news says it happened
    UPDATED = "updated"            # material change (delay, new numbers) and not confirmed
    CONTRADICTED = "contradicted"  # the latest decisive news says it fell through
    OVERDUE = "overdue"            # no flag at all and the expected_by date has passed
