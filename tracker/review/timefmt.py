"""One time zone for everything a person reads: the configured one, labelled."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


def local_date(moment: datetime | None, zone: ZoneInfo) -> str:
    """``2025-03-10`` in ``zone`` ("-" for none)."""
    return moment.astimezone(zone).date().isoformat() if moment else "-"


def local_time(moment: datetime | None, zone: ZoneInfo) -> str:
    """``2025-03-10 21:00 Asia/Tokyo``: always with the zone's name."""
    if moment is None:
        return "-"
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M} {zone.key}"


def local_minute(moment: datetime | None, zone: ZoneInfo) -> str:
    """``2025-03-10 21:00`` in ``zone`` (a header names it), "never" for none; a year-1
    or year-9999 time that ``zone`` cannot hold is shown as stored, in UTC."""
    if moment is None:
        return "never"
    try:
        return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    except OverflowError:
        return moment.strftime("%Y-%m-%d %H:%M UTC")


def local_iso(moment: datetime | None, zone: ZoneInfo) -> str | None:
    """ISO 8601 with the zone's offset, for JSON."""
    return moment.astimezone(zone).isoformat() if moment else None
