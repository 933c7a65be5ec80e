"""The stored side of tracker/status/one_off.py: a one-off claim's confirmations,
and relabelling the ones out of step with its event.

Such a finding is stored with verdict ``updates`` and ``event_on`` set to the
event's date; the matcher's own verdict (``confirms``) is the row's when
``event_on`` is set, so saving the matcher's findings again compares with that
and clears the mark (tracker/store/findings.py). ``Store`` inherits these methods.
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
    """A finding the matcher judged ``confirms``, with what the one-off rule reads."""

    finding_id: int
    claim_id: str
    entry_id: int
    published: datetime | None
    source: str  # the publisher named in the item, else the feed
    event_on: datetime | None  # set: stored as an update, out of step with the event


class OneOffStore(MetaStore):
    """One-off event queries (docs/status.md, "One-off events"), mixed into ``Store``."""

    def confirmations(self, claim_ids: Iterable[str]) -> list[StoredConfirmation]:
        """Every finding of these claims that the matcher judged ``confirms``."""
        wanted = sorted(set(claim_ids))
        with self._lock:
            rows = list(select_in(
                self._conn,
                "SELECT x.id, x.claim_id, x.entry_id, x.event_on, e.published, "
                "COALESCE(e.source_name, f.url) AS source FROM findings x "
                "JOIN entries e ON e.id = x.entry_id JOIN feeds f ON f.id = e.feed_id "
                f"WHERE (x.verdict = '{Verdict.CONFIRMS}' OR x.event_on IS NOT NULL) "
                "AND x.claim_id IN ({})", (), wanted))
        return [StoredConfirmation(int(r["id"]), str(r["claim_id"]), int(r["entry_id"]),
                                   from_db(r["published"]), str(r["source"]),
                                   from_db(r["event_on"]))
                for r in rows]

    def relabelled_claims(self) -> set[str]:
        """The claims with a finding stored relabelled (``event_on`` set)."""
        return {str(r["claim_id"]) for r in self._query(
            "SELECT DISTINCT claim_id FROM findings WHERE event_on IS NOT NULL")}

    def relabel_confirmations(self, marks: Mapping[int, datetime | None]) -> int:
        """Finding id -> the date of the event it is out of step with (verdict
        ``updates``), or None (back to ``confirms``); how many rows changed. One
        transaction."""
        if not marks:
            return 0
        with self.transaction() as conn:
            for finding_id, event in sorted(marks.items()):
                conn.execute(
                    "UPDATE findings SET verdict = ?, event_on = ? WHERE id = ?",
                    (str(Verdict.UPDATES if event else Verdict.CONFIRMS),
                     to_db(event) if event else None, finding_id))
            bump_findings_generation(conn)
        return len(marks)
