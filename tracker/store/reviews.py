"""The analyst's reviews of findings and manual resolutions of claims (docs/review.md).

Keyed by (claim id, entry id), never by finding row id, so rematch, claim edits and
matcher upgrades, which rewrite or delete finding rows, never touch a review. Rows
are only appended: the newest row per key is in force, older ones are the record
of who changed their mind when. ``Store`` inherits these methods.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from tracker.errors import StorageError
from tracker.models import ClaimStatus, Verdict
from tracker.store.base import StoreBase
from tracker.store.records import REVIEW_ACTIONS, Resolution, Review
from tracker.store.timefmt import from_db_not_null, to_db

REVIEWS_GENERATION = "reviews_generation"  # meta key: moves with every review write
class ReviewStore(StoreBase):
    """Review and resolution queries, mixed into ``Store``."""

    def add_review(
        self, claim_id: str, entry_id: int, action: str, *, by: str, at: datetime,
        verdict: Verdict | None = None, note: str = "",
    ) -> Review:
        """Record a review of the claim's finding on ``entry_id``."""
        if action not in REVIEW_ACTIONS:
            raise StorageError(f"review action {action!r}: expected one of "
                               f"{', '.join(REVIEW_ACTIONS)}")
        if (action == "verdict") != (verdict is not None):
            raise StorageError("a verdict is given with the action 'verdict' and only then")
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO reviews(claim_id, entry_id, action, verdict, note, by_user, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (claim_id, entry_id, action, str(verdict) if verdict else None, note, by,
                 to_db(at)))
            _bump(conn)
        return Review(claim_id, entry_id, action, verdict, note, by, at)

    def reviews(self, claim_ids: Iterable[str] | None = None) -> dict[tuple[str, int], Review]:
        """(claim id, entry id) -> the review in force (all claims, or those given)."""
        sql = ("SELECT claim_id, entry_id, action, verdict, note, by_user, at FROM reviews r "
               "WHERE id = (SELECT MAX(id) FROM reviews i WHERE i.claim_id = r.claim_id "
               "AND i.entry_id = r.entry_id)")
        params: list[Any] = []
        if claim_ids is not None:
            wanted = sorted(set(claim_ids))
            if not wanted:
                return {}
            sql += f" AND claim_id IN ({','.join('?' * len(wanted))})"
            params = list(wanted)
        return {
            (str(r[0]), int(r[1])): Review(
                str(r[0]), int(r[1]), str(r[2]), Verdict(r[3]) if r[3] else None, str(r[4]),
                str(r[5]), from_db_not_null(r[6]))
            for r in self._query(sql, params)
        }

    def reviewed_entries(self) -> list[tuple[Any, ...]]:
        """(entry id, identity, title, summary, link, published, feed name, language,
        feed id) of every entry some review names, by id."""
        return [tuple(r) for r in self._query(
            "SELECT e.id, e.identity, e.title, e.summary, e.link, e.published, f.name, "
            "COALESCE(e.language, f.language), f.id FROM entries e "
            "JOIN feeds f ON f.id = e.feed_id "
            "WHERE e.id IN (SELECT entry_id FROM reviews) ORDER BY e.id")]

    def review_count(self) -> int:
        """Every review row ever written (the audit trail)."""
        return int(self._query("SELECT COUNT(*) FROM reviews")[0][0])

    def resolve_claim(
        self, claim_id: str, status: ClaimStatus, *, note: str, by: str, at: datetime,
    ) -> None:
        """Set the claim's status by hand, until ``reopen_claim``."""
        self._resolution(claim_id, "resolve", str(status), note, by, at)

    def reopen_claim(self, claim_id: str, *, by: str, at: datetime, note: str = "") -> bool:
        """End a manual resolution; False when the claim was not resolved."""
        if claim_id not in self.resolutions():
            return False
        self._resolution(claim_id, "reopen", None, note, by, at)
        return True

    def resolutions(self) -> dict[str, Resolution]:
        """Claim id -> its manual resolution, for claims resolved and not reopened."""
        rows = self._query(
            "SELECT claim_id, action, status, note, by_user, at FROM claim_resolutions r "
            "WHERE id = (SELECT MAX(id) FROM claim_resolutions i WHERE i.claim_id = r.claim_id)")
        return {
            str(r[0]): Resolution(str(r[0]), ClaimStatus(r[2]), str(r[3]), str(r[4]),
                                  from_db_not_null(r[5]))
            for r in rows if r[1] == "resolve"
        }

    def reviews_generation(self) -> int:
        """Moves with every review or resolution written (statuses derive from them)."""
        rows = self._query("SELECT value FROM meta WHERE key = ?", (REVIEWS_GENERATION,))
        return int(rows[0][0]) if rows else 0

    def _resolution(self, claim_id: str, action: str, status: str | None, note: str,
                    by: str, at: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO claim_resolutions(claim_id, action, status, note, by_user, at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (claim_id, action, status, note, by, to_db(at)))
            _bump(conn)


def _bump(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE "
        "SET value = CAST(value AS INTEGER) + 1", (REVIEWS_GENERATION,))
