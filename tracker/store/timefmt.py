"""The store's datetime text: fixed-width UTC, so that string order is time order and
range queries can use indexes (``2025-03-24T09:00:00.000000Z``).

Years are always four digits: feeds carry dates such as ``0001-01-01`` (.NET's
``DateTime.MinValue``), and ``strftime('%Y')`` does not pad years before 1000 on
glibc, which once wrote rows that could not be read back (migration 5 repairs them).
"""

from __future__ import annotations

from datetime import UTC, datetime


def to_db(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 near midnight with an offset: clamp
        moment = datetime.min if moment.year == 1 else datetime.max
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_db(text: str | None) -> datetime | None:
    if text is None:
        return None
    if len(text) == 27 and text[-1] == "Z" and text[10] == "T":
        # What to_db writes: fromisoformat reads it much faster than strptime.
        return datetime.fromisoformat(text)
    year, dash, rest = text.partition("-")
    if dash and year.isdigit() and len(year) < 4:  # an unpadded year (see above)
        text = f"{int(year):04d}-{rest}"
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
