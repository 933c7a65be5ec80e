"""Findings: writing one entry's findings (insert, update in place, or delete per
claim) and what that changed (``FindingDelta``), and ``FindingStore``, the store's
findings with the entries they rest on."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from tracker.models import Finding, Verdict
from tracker.store.held import read_held, write_held
from tracker.store.meta import MetaStore, bump_findings_generation
from tracker.store.records import EntryRecord, FindingRecord
from tracker.store.rows import (
    ENTRY_COLUMNS,
    FINDING_COLUMNS,
    entry_record,
    finding_record,
    select_in,
)
from tracker.store.timefmt import from_db_not_null, to_db


@dataclass(frozen=True, slots=True)
class FindingDelta:
    """What saving findings changed (rematch reports these; all zero = idempotent)."""

    inserted: int = 0
    updated: int = 0
    deleted: int = 0

    def __add__(self, other: FindingDelta) -> FindingDelta:
        return FindingDelta(
            self.inserted + other.inserted, self.updated + other.updated,
            self.deleted + other.deleted,
        )

    @property
    def changed(self) -> int:
        return self.inserted + self.updated + self.deleted


def save_entry_findings(
    conn: sqlite3.Connection, entry_id: int, findings: Sequence[Finding], now: datetime,
    matcher_version: str, claims_hash: str,
    existing: dict[str, sqlite3.Row] | None = None,
    held: frozenset[str] = frozenset(),
) -> FindingDelta:
    """Make the entry's stored findings those given; findings of ``held`` claims
    (claim file failing to load) are left exactly as they are."""
    if existing is None:
        existing = {
            r["claim_id"]: r for r in conn.execute(
                "SELECT id, claim_id, verdict, score, terms, sentence, cues, event_on "
                "FROM findings WHERE entry_id = ?", (entry_id,),
            )
        }
    inserted = updated = 0
    wanted: set[str] = set()
    for finding in findings:
        if finding.claim_id in wanted or finding.claim_id in held:
            continue
        wanted.add(finding.claim_id)
        values = (
            str(finding.verdict), round(float(finding.score), 6),
            json.dumps(list(finding.evidence.terms), ensure_ascii=False),
            finding.evidence.sentence,
            json.dumps(list(finding.evidence.cues), ensure_ascii=False),
        )
        old = existing.get(finding.claim_id)
        if old is None:
            conn.execute(
                "INSERT INTO findings(entry_id, claim_id, verdict, score, terms, sentence, "
                "cues, found_at, matcher_version, claims_hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry_id, finding.claim_id, *values, to_db(now), matcher_version,
                 claims_hash),
            )
            inserted += 1
        elif (old_verdict := _matcher_verdict(old), old["score"], old["terms"],
              old["sentence"], old["cues"]) != values:
            # the matcher's new judgement; the one-off mark is read again after the save.
            # found_at moves only with the verdict (the digest reports it anew)
            conn.execute(
                "UPDATE findings SET verdict = ?, score = ?, terms = ?, sentence = ?, "
                "cues = ?, matcher_version = ?, claims_hash = ?, event_on = NULL, "
                "found_at = COALESCE(?, found_at) WHERE id = ?",
                (*values, matcher_version, claims_hash,
                 None if old_verdict == values[0] else to_db(now), old["id"]),
            )
            updated += 1
        else:
            conn.execute(
                "UPDATE findings SET matcher_version = ?, claims_hash = ? WHERE id = ?",
                (matcher_version, claims_hash, old["id"]),
            )
    gone = [r["id"] for claim_id, r in existing.items()
            if claim_id not in wanted and claim_id not in held]
    for finding_id in gone:
        conn.execute("DELETE FROM findings WHERE id = ?", (finding_id,))
    return FindingDelta(inserted, updated, len(gone))


def _matcher_verdict(row: sqlite3.Row) -> str:
    """The verdict the matcher gave a stored row: a relabelled one was ``confirms``."""
    return str(Verdict.CONFIRMS) if row["event_on"] is not None else str(row["verdict"])


_FINDINGS_SELECT = (
    f"SELECT {FINDING_COLUMNS}, {ENTRY_COLUMNS} FROM findings x "
    "JOIN entries e ON e.id = x.entry_id JOIN feeds f ON f.id = e.feed_id"
)


class FindingStore(MetaStore):
    """The matcher's findings, read with their entries and the copies of those."""

    def save_findings(
        self, results: Iterable[tuple[int, Sequence[Finding]]], *, now: datetime,
        matcher_version: str, claims_hash: str,
    ) -> FindingDelta:
        """Write the matcher's findings for a batch of entries and mark them 'done',
        all in one transaction.

        Per (entry, claim) the finding is inserted, updated in place when any of its
        content changed, or deleted when the claim no longer matches. ``found_at``
        moves to ``now`` only when the verdict changes (the digest reports it anew).
        """
        delta = FindingDelta()
        results = list(results)
        ids = [entry_id for entry_id, _ in results]
        with self.transaction() as conn:
            held = read_held(conn)
            known: dict[int, dict[str, sqlite3.Row]] | None = None
            if len(set(ids)) == len(ids):  # each entry once: read their findings at once
                known = defaultdict(dict)
                for r in select_in(
                        conn, "SELECT id, claim_id, verdict, score, terms, sentence, cues, "
                        "event_on, entry_id FROM findings WHERE entry_id IN ({})", (), ids):
                    known[int(r["entry_id"])][str(r["claim_id"])] = r
            for entry_id, findings in results:
                delta = delta + save_entry_findings(
                    conn, entry_id, findings, now, matcher_version, claims_hash,
                    None if known is None else known.get(entry_id, {}), held,
                )
                if known is None:
                    conn.execute(
                        "UPDATE entries SET match_state = 'done' WHERE id = ?", (entry_id,)
                    )
            if known is not None:
                conn.executemany(
                    "UPDATE entries SET match_state = 'done' WHERE id = ?", [(i,) for i in ids]
                )
            if delta.inserted or delta.updated or delta.deleted:
                bump_findings_generation(conn)
        return delta

    def match_versions(self) -> set[tuple[str, str]]:
        """Distinct (matcher_version, claims_hash) pairs of stored findings (held
        claims' findings keep their old stamp on purpose and are not counted)."""
        with self._lock:
            held = sorted(read_held(self._conn))
        marks = ",".join("?" * len(held))
        rows = self._query("SELECT DISTINCT matcher_version, claims_hash FROM findings"
                           + (f" WHERE claim_id NOT IN ({marks})" if held else ""), held)
        return {(str(r["matcher_version"]), str(r["claims_hash"])) for r in rows}

    def held_claims(self) -> frozenset[str]:
        """Claims whose file fails to load: their findings are not touched."""
        with self._lock:
            return read_held(self._conn)

    def hold_claims(self, claim_ids: Iterable[str]) -> bool:
        """Set the held claims (the ids of claim files that fail to load now); True
        when the set changed. Their findings stay as stored until released."""
        with self.transaction() as conn:
            return write_held(conn, claim_ids)

    def all_findings(self, *, flags_only: bool = False) -> list[FindingRecord]:
        """Every claim's findings, by claim then entry date."""
        where = f"x.verdict != '{Verdict.MENTIONS}'" if flags_only else "1 = 1"
        return self._findings_where(where, (), order="x.claim_id, e.sort_date, x.id")

    def finding(self, finding_id: int) -> FindingRecord | None:
        """One finding by row id (None when there is no such row)."""
        return self._findings_by_id([finding_id]).get(finding_id)

    def findings_between(self, start: datetime, end: datetime) -> list[FindingRecord]:
        """Findings first found in [start, end) (by found_at), oldest first, with copies."""
        return self._findings_where(
            "x.found_at >= ? AND x.found_at < ?", (to_db(start), to_db(end))
        )

    def findings_for_claim(self, claim_id: str, *, flags_only: bool = False) -> list[FindingRecord]:
        """A claim's findings ordered by entry date (publication, else first seen)."""
        where = "x.claim_id = ?"
        if flags_only:
            where += f" AND x.verdict != '{Verdict.MENTIONS}'"
        return self._findings_where(where, (claim_id,), order="e.sort_date, x.id")

    def last_evidence_dates(self, before: datetime | None = None) -> dict[str, datetime]:
        """Claim id -> date (publication, else first seen) of its newest finding's entry.

        With ``before``, only findings found before it count ("as of" that moment,
        so a digest regenerated for a past day sees what was known at its end), and
        an entry date after it (a feed's future date) is capped at it.
        """
        where, params = ("WHERE x.found_at < ? ", (to_db(before),)) if before else ("", ())
        rows = self._query(
            "SELECT x.claim_id, MAX(e.sort_date) AS newest FROM findings x "
            f"JOIN entries e ON e.id = x.entry_id {where}GROUP BY x.claim_id", params,
        )
        dates = {str(r["claim_id"]): from_db_not_null(r["newest"]) for r in rows}
        if before is None:
            return dates
        return {claim_id: min(moment, before) for claim_id, moment in dates.items()}

    def _findings_where(
        self, where: str, params: Sequence[object], order: str = "x.found_at, x.id",
    ) -> list[FindingRecord]:
        return self._records(self._query(f"{_FINDINGS_SELECT} WHERE {where} ORDER BY {order}",
                                         params))

    def _findings_by_id(self, finding_ids: Iterable[int | None]) -> dict[int, FindingRecord]:
        """Finding id -> record, for every id given (None skipped): one query per
        500 ids and one for their copies, not one per history row."""
        wanted = sorted({int(i) for i in finding_ids if i is not None})
        if not wanted:
            return {}
        with self._lock:
            rows = list(select_in(self._conn, _FINDINGS_SELECT + " WHERE x.id IN ({})", (),
                                  wanted))
        return {record.id: record for record in self._records(rows)}

    def _records(self, rows: list[sqlite3.Row]) -> list[FindingRecord]:
        """Rows of ``_FINDINGS_SELECT`` as records, with their entries' copies."""
        copies = self._copies_of({int(r["entry_id"]) for r in rows})
        return [finding_record(r, copies.get(int(r["entry_id"]), ())) for r in rows]

    def _copies_of(self, entry_ids: set[int]) -> dict[int, tuple[EntryRecord, ...]]:
        if not entry_ids:
            return {}
        result: dict[int, list[EntryRecord]] = {}
        with self._lock:
            rows = list(select_in(
                self._conn,
                f"SELECT {ENTRY_COLUMNS} FROM entries e JOIN feeds f ON f.id = e.feed_id "
                "WHERE e.duplicate_of IN ({}) ORDER BY e.id", (), sorted(entry_ids)))
        for r in rows:
            record = entry_record(r)
            assert record.duplicate_of is not None
            result.setdefault(record.duplicate_of, []).append(record)
        return {k: tuple(v) for k, v in result.items()}
