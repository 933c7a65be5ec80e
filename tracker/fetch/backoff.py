"""next_attempt: when to poll a feed again, after success or after errors."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

_MAX_DOUBLINGS = 60  # 2**60 intervals is far past any cap; stops float overflow
BACKOFF_CAP = timedelta(hours=24)
"""A failing feed is retried at least this often (or once per interval, if longer)."""


def next_attempt(now: datetime, consecutive_errors: int, interval: timedelta,
                 retry_after: float | None = None, rng: random.Random | None = None,
                 cap: timedelta = BACKOFF_CAP) -> datetime:
    """The time of the next fetch. Pure, given ``rng``.

    - 0 errors: ``now + interval``.
    - n ≥ 1 errors: "equal jitter" on ``interval·2ⁿ``, i.e. a delay drawn
      uniformly from ``[interval·2ⁿ⁻¹, interval·2ⁿ]``. The ranges for n and n+1
      only touch, so the delay never shrinks as errors pile up, and a failing
      feed is never polled more often than a healthy one.
    - The delay is capped at ``max(cap, interval)``: a feed is never dropped for
      errors, it is retried at least once per cap.
    - ``retry_after`` (seconds, from the server) wins when longer, still capped.
    """
    limit = max(cap, interval).total_seconds()
    if consecutive_errors <= 0:
        delay = interval.total_seconds()
    else:
        low = interval.total_seconds() * 2.0 ** min(consecutive_errors - 1, _MAX_DOUBLINGS)
        draw = rng.random() if rng is not None else random.random()
        delay = low + low * draw
    if retry_after is not None and math.isfinite(retry_after) and retry_after > delay:
        delay = retry_after
    return now + timedelta(seconds=min(delay, limit))
