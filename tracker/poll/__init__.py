"""The poll cycle: fetch -> parse -> store -> match -> status; and rematch.

``run_cycle`` is loaded on first use: the parse/match worker processes import
``tracker.poll.parallel``, and importing the cycle there would load the fetch layer
into each of them for code they never run (tests/test_poll_worker_imports.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.poll.matching import claims_fingerprint
from tracker.poll.rematch import rematch, rematch_due
from tracker.poll.report import CycleReport, FeedOutcome, RematchReport

if TYPE_CHECKING:
    from tracker.poll.cycle import run_cycle

__all__ = ["CycleReport", "FeedOutcome", "RematchReport", "claims_fingerprint", "rematch",
           "rematch_due", "run_cycle"]


def __getattr__(name: str) -> Any:
    if name == "run_cycle":
        from tracker.poll.cycle import run_cycle

        globals()["run_cycle"] = run_cycle  # found directly from now on
        return run_cycle
    raise AttributeError(f"module 'tracker.poll' has no attribute {name!r}")
