"""Parse the Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP date."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from ``now`` (aware), or None if absent or unreadable.

    A date in the past gives 0. Garbage gives None: a bad header must not turn
    into a made-up delay.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" means UTC per RFC 5322
        when = when.replace(tzinfo=UTC)
    delay = (when - now).total_seconds()
    if math.isnan(delay):
        return None
    return max(0.0, delay)
