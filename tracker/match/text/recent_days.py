"""Whether a clause dates what it tells in the days just gone: a weekday ("signed the
permit on Thursday"), today, yesterday, or a date of the last week (13日). A late event
told so is the item's own news, not a look back at it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.match.text.time_words import JAPANESE_WEEKDAY, RECENT_DAY_WORDS, WEEKDAY
from tracker.match.text.timeexpr import days_in

_LATIN_DAY = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in RECENT_DAY_WORDS if w.isascii())})\b")
_JAPANESE_DAYS = tuple(w for w in RECENT_DAY_WORDS if not w.isascii())
RECENT_DAYS = 7  # a weekday names a day of the week just gone


def dated_this_week(folded: str, published: date | None) -> bool:
    """The folded clause names a weekday, today, yesterday or a day of the last week."""
    if (WEEKDAY.search(folded) or JAPANESE_WEEKDAY.search(folded)
            or _LATIN_DAY.search(folded) or any(w in folded for w in _JAPANESE_DAYS)):
        return True
    return published is not None and any(
        published - timedelta(days=RECENT_DAYS) <= day <= published
        for day in days_in(folded, published))
