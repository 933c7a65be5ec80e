"""The store's datetime text: fixed-width UTC, so that string order is time order and
range queries can use indexes (``2025-03-24T09:00:00.000000Z``)."""

from __future__ import annotations

from datetime import UTC, datetime


def to_db(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_db(text: str | None) -> datetime | None:
    if text is None:
        return None
    if len(text) == 27 and text[-1] == "Z" and text[10] == "T":
        # What to_db writes: fromisoformat reads it much faster than strptime.
        return datetime.fromisoformat(text)
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def from_db_not_null(text: str) -> datetime:
    """``from_db`` for a column that is never NULL."""
    moment = from_db(text)
    assert moment is not None
    return moment


def to_db_not_null(moment: datetime) -> str:
    """``to_db`` for a moment that is never None."""
    text = to_db(moment)
    assert text is not None
    return text
