"""The poll cycle: fetch -> parse -> store -> match -> status; and rematch."""

from __future__ import annotations

from tracker.poll.cycle import run_cycle
from tracker.poll.matching import claims_fingerprint
from tracker.poll.rematch import rematch, rematch_due
from tracker.poll.report import CycleReport, FeedOutcome, RematchReport

__all__ = ["CycleReport", "FeedOutcome", "RematchReport", "claims_fingerprint", "rematch",
           "rematch_due", "run_cycle"]
