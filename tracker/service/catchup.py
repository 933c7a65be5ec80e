"""Which daily digests are due: the scheduled one plus any missed while down.

A digest for day D (local time in the configured zone) becomes due at
``digest_time`` on day D+1. The service remembers the last day it wrote
(``digest.last_day`` in the store's meta); every digest run — the scheduled one
and the one at start — writes each due day after it, oldest first, but never
more than ``max_days`` (a service down for a month should not flood the inbox).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

MAX_CATCH_UP_DAYS = 7


def latest_due_day(now_local: datetime, digest_time: time) -> date:
    """The newest day whose digest is due at ``now_local``."""
    today = now_local.date()
    if now_local.timetz().replace(tzinfo=None) >= digest_time.replace(tzinfo=None):
        return today - timedelta(days=1)
    return today - timedelta(days=2)


def due_digest_days(
    last_done: date | None,
    now_local: datetime,
    digest_time: time,
    max_days: int = MAX_CATCH_UP_DAYS,
) -> list[date]:
    """Days whose digest is due and not yet written, oldest first, at most ``max_days``.

    With no digest written yet (a fresh install), or a last day that lies after
    the latest due day, only the latest due day is produced.
    """
    newest = latest_due_day(now_local, digest_time)
    if last_done is None or last_done > newest:
        # A last day in the future was written under a clock set ahead: not
        # trusted, or no digest would be written until that day came.
        return [newest]
    first = max(last_done + timedelta(days=1), newest - timedelta(days=max_days - 1))
    days: list[date] = []
    day = first
    while day <= newest:
        days.append(day)
        day += timedelta(days=1)
    return days
