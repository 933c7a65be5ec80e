"""Read-only queries the digest needs beyond the Store API (helper F's module).

Kept apart from ``db.py`` so the store's owner and the digest's owner don't
edit the same file. Uses the Store's own connection through ``_query``.
"""

from __future__ import annotations

from datetime import datetime

from tracker.store.db import Store, from_db, to_db


def last_evidence_before(store: Store, end: datetime) -> dict[str, datetime]:
    """Claim id -> entry date (publication, else first seen) of its newest finding
    found before ``end``.

    Unlike ``Store.last_evidence_dates`` this is "as of" a moment, so a digest
    regenerated for a past day sees what was known at that day's end. An entry
    date after ``end`` (a feed's future date) is capped at ``end``.
    """
    rows = store._query(
        "SELECT x.claim_id, MAX(e.sort_date) FROM findings x "
        "JOIN entries e ON e.id = x.entry_id WHERE x.found_at < ? GROUP BY x.claim_id",
        (to_db(end),),
    )
    result: dict[str, datetime] = {}
    for claim_id, newest in rows:
        moment = from_db(newest)
        if moment is not None:
            result[str(claim_id)] = min(moment, end)
    return result
