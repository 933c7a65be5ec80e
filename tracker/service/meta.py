"""Keys the service keeps in the store's meta table, and how values are written.

Values are strings: datetimes as ISO 8601 with offset, days as YYYY-MM-DD.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

LAST_POLL_START = "service.last_poll_start"
LAST_POLL_END = "service.last_poll_end"
LAST_POLL_RESULT = "service.last_poll_result"
NEXT_POLL = "service.next_poll"
LAST_DIGEST_RUN = "service.last_digest_run"
NEXT_DIGEST = "service.next_digest"
LAST_DIGEST_DAY = "digest.last_day"
PENDING_DELIVERY = "digest.pending_delivery"  # comma-separated days not yet delivered
LAST_DELIVERY_ERROR = "digest.last_delivery_error"
LAST_POLL_FAILURE = "service.last_poll_failure"      # "<ISO time> <one line>"
LAST_DIGEST_FAILURE = "service.last_digest_failure"  # "<ISO time> <one line>"
LAST_DELIVERY_FAILURE = "service.last_delivery_failure"  # "<ISO time> <one line>"


class MetaStore(Protocol):
    """The small key-value table the service records its runs in."""

    def get_meta(self, key: str) -> str | None: ...

    def set_meta(self, key: str, value: str) -> None: ...


def parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def parse_days(value: str | None) -> list[date]:
    days = (parse_day(part.strip()) for part in (value or "").split(","))
    return sorted({d for d in days if d is not None})


def format_days(days: list[date]) -> str:
    return ",".join(d.isoformat() for d in sorted(set(days)))


def format_failure(when: datetime, message: str) -> str:
    return f"{when.isoformat()} {message}"


def parse_failure(value: str | None) -> tuple[datetime, str] | None:
    """(when, message) of a recorded failure, or None."""
    when_text, _, message = (value or "").partition(" ")
    when = parse_time(when_text)
    return (when, message) if when is not None else None
