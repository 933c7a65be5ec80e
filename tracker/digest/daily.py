"""One call for "write the digest of this local day" (the CLI and the service use it)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.digest.collect import collect_digest
from tracker.digest.render import write_digest
from tracker.models import Claim
from tracker.settings import DigestSettings
from tracker.store.db import Store


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[00:00, next day's 00:00) local; 23 or 25 hours long on DST change days."""
    start = datetime.combine(day, time(0), tzinfo=zone)
    return start, datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)


def write_day_digest(
    store: Store,
    claims: Sequence[Claim],
    day: date,
    zone: ZoneInfo,
    settings: DigestSettings,
    now: datetime,
) -> tuple[Path, Path]:
    """Collect and write ``<output_dir>/<day>.md`` and ``.html``; return their paths."""
    start, end = day_bounds(day, zone)
    data = collect_digest(store, claims, start, end, settings, now)
    return write_digest(data, settings.output_dir)
