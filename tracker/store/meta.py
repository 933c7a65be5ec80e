"""Service state in the ``meta`` table (last poll, last digest, delivery) and the
findings generation counter."""

from __future__ import annotations

import sqlite3

from tracker.store.base import StoreBase

FINDINGS_GENERATION_KEY = "findings_generation"  # meta key, see findings_generation


def bump_findings_generation(conn: sqlite3.Connection) -> None:
    """Move the findings generation, inside the transaction that changed findings."""
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE "
        "SET value = CAST(value AS INTEGER) + 1", (FINDINGS_GENERATION_KEY,),
    )


class MetaStore(StoreBase):
    """Key/value service state."""

    def get_meta(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def findings_generation(self) -> int:
        """A counter that moves whenever findings, or the dates of the entries they
        rest on, change (in the same transaction as the change). Claim statuses
        derive from nothing else, so equal generations mean equal inputs."""
        value = self.get_meta(FINDINGS_GENERATION_KEY)
        return int(value) if value is not None else 0
