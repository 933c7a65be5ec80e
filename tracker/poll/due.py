"""Which feeds a poll cycle fetches: those whose next attempt has come.

Two rules keep the schedule honest whatever the clock does:

- **Slack.** The service ticks every interval, and a feed's next attempt is set
  to the start of the poll that fetched it plus its interval; the next tick's
  start lands a few milliseconds (or, with jitter, minutes) either side of it. A
  feed is therefore due when its next attempt is at most a quarter of its
  interval away: without this, a 1-minute feed was fetched every 2 minutes.
- **A stored time in the future is not trusted.** A healthy feed's next attempt
  is never more than one interval ahead, a failing feed's never more than the
  back-off cap. A later one was written under a wrong clock (a poll run with the
  clock a year ahead, or a clock set back since): the feed is due now.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tracker.fetch.backoff import BACKOFF_CAP
from tracker.store.records import FeedState

DUE_SLACK = 0.25
"""A feed is due this fraction of its interval before its next attempt."""


def is_due(state: FeedState, now: datetime, interval: timedelta, *,
           force_all: bool = False) -> bool:
    """Should this cycle fetch the feed? ``interval`` is the feed's own interval."""
    if force_all or state.next_attempt is None:
        return True
    wait = state.next_attempt - now
    if wait <= interval * DUE_SLACK:
        return True
    longest = interval if state.consecutive_errors == 0 else max(BACKOFF_CAP, interval)
    return wait > longest + interval * DUE_SLACK  # written under a wrong clock
