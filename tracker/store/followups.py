"""The stored side of follow-ups (tracker/status/followups.py): a one-off claim's
confirmations, and marking the ones that follow up its event.

A follow-up finding is stored with verdict ``updates`` and ``follow_up_of`` set to
the event's date; the matcher's own verdict (``confirms``) is the row's when
``follow_up_of`` is set, so saving the matcher's findings again compares with that
and un-marks the row (tracker/store/findings.py). ``Store`` inherits these methods.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from tracker.models import Verdict
from tracker.store.meta import MetaStore, bump_findings_generation
from tracker.store.rows import select_in
from tracker.store.timefmt import from_db, to_db


@dataclass(frozen=True, slots=True)
class StoredConfirmation:
    """A finding the matcher judged ``confirms``, with what follow-ups are read from."""

    finding_id: int
    claim_id: str
    entry_id: int
    published: datetime | None
    source: str  # the publisher named in the item, else the feed
    follow_up_of: datetime | None  # set: stored as a follow-up (verdict updates)


class FollowUpStore(MetaStore):
    """Follow-up queries, mixed into ``Store``."""

    def confirmations(self, claim_ids: Iterable[str]) -> list[StoredConfirmation]:
        """Every finding of these claims that the matcher judged ``confirms``."""
        wanted = sorted(set(claim_ids))
        with self._lock:
            rows = list(select_in(
                self._conn,
                "SELECT x.id, x.claim_id, x.entry_id, x.follow_up_of, e.published, "
                "COALESCE(e.source_name, f.url) AS source FROM findings x "
                "JOIN entries e ON e.id = x.entry_id JOIN feeds f ON f.id = e.feed_id "
                f"WHERE (x.verdict = '{Verdict.CONFIRMS}' OR x.follow_up_of IS NOT NULL) "
                "AND x.claim_id IN ({})", (), wanted))
        return [StoredConfirmation(int(r["id"]), str(r["claim_id"]), int(r["entry_id"]),
                                   from_db(r["published"]), str(r["source"]),
                                   from_db(r["follow_up_of"]))
                for r in rows]

    def mark_follow_ups(self, marks: Mapping[int, datetime | None]) -> int:
        """Finding id -> the event it follows up (verdict ``updates``), or None (back
        to ``confirms``); how many rows changed. One transaction."""
        if not marks:
            return 0
        with self.transaction() as conn:
            for finding_id, event in sorted(marks.items()):
                conn.execute(
                    "UPDATE findings SET verdict = ?, follow_up_of = ? WHERE id = ?",
                    (str(Verdict.UPDATES if event else Verdict.CONFIRMS),
                     to_db(event) if event else None, finding_id))
            bump_findings_generation(conn)
        return len(marks)
