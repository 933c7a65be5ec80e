"""The poll cycle: fetch -> parse -> store -> match -> status; and rematch.

Every name here loads on first use: the parse/match worker processes import
``tracker.poll.parallel``, and importing the cycle, the rematch or the store there
would load code they never run into each of them (tests/test_poll_worker_imports.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.lazy import lazy_attributes

if TYPE_CHECKING:
    from tracker.poll.cycle import run_cycle
    from tracker.poll.matching import claims_fingerprint
    from tracker.poll.rematching import rematch, rematch_due
    from tracker.poll.report import CycleReport, FeedOutcome, RematchReport

_HOMES = {
    "run_cycle": "tracker.poll.cycle",
    "claims_fingerprint": "tracker.poll.matching",
    "rematch": "tracker.poll.rematching",
    "rematch_due": "tracker.poll.rematching",
    "CycleReport": "tracker.poll.report",
    "FeedOutcome": "tracker.poll.report",
    "RematchReport": "tracker.poll.report",
}

__all__ = ["CycleReport", "FeedOutcome", "RematchReport", "claims_fingerprint", "rematch",
           "rematch_due", "run_cycle"]


__getattr__ = lazy_attributes(__name__, _HOMES)
