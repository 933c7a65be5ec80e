"""The SQLite store: feeds, entries, findings, claim status history, service meta.

One connection per ``Store``, autocommit mode with explicit ``BEGIN IMMEDIATE``
transactions, WAL journal, foreign keys on. Every write that must be atomic
(one feed's entries + its validators; one batch of entries' findings + their
``match_state``) is one transaction. See docs/storage.md.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from tracker.errors import StorageError
from tracker.models import Entry, FeedSpec, Finding, Verdict
from tracker.status.kinds import ClaimStatus
from tracker.store.backup import backup_database
from tracker.store.connect import BUSY_TIMEOUT_S, begin, commit, connect, write_error
from tracker.store.entries import upsert_entries
from tracker.store.findings import FindingDelta, save_entry_findings
from tracker.store.health import AS_OF_SQL, HISTORY_SINCE_KEY, record_health_changes
from tracker.store.records import (
    ClaimStatusRecord,
    EntryRecord,
    FeedHealthRecord,
    FeedState,
    FindingRecord,
    MatchStamp,
    PreparedEntry,
    StatusChange,
    StoreOutcome,
    Unchanged,
)
from tracker.store.retention import PruneReport, prune_entries
from tracker.store.rows import (
    ENTRY_COLUMNS,
    FINDING_COLUMNS,
    entry_record,
    finding_record,
    row_entry,
    select_in,
)
from tracker.store.timefmt import from_db, req_dt, req_text, to_db

_FINDINGS_GENERATION = "findings_generation"  # meta key, see Store.findings_generation



class Store:
    """The tracker's database. Use ``Store.open(path)``; close it or use ``with``.

    One thread at a time: the poll cycle fetches in worker threads but writes
    from the calling thread only.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._in_batch = False

    # --- lifecycle ----------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, create: bool = True,
             busy_timeout: float = BUSY_TIMEOUT_S) -> Store:
        """Open and migrate the database at ``path`` (see tracker/store/connect.py);
        with ``create=False`` a missing database is a ``StorageError``."""
        return cls(connect(path, create=create, busy_timeout=busy_timeout), path)

    def close(self) -> None:
        self._conn.close()

    def prune_old_entries(self, cutoff: datetime, *, now: datetime,
                          max_batches: int = 20) -> PruneReport:
        """Retention: see tracker/store/retention.py."""
        with self._lock:
            return prune_entries(self._conn, self.transaction, cutoff=cutoff, now=now,
                                 max_batches=max_batches)

    def backup(self, target: Path) -> int:
        """A consistent copy at ``target`` (SQLite's online backup); its size in bytes."""
        with self._lock:
            return backup_database(self._conn, self.path, target)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Commit every ``transaction()`` opened inside at once, at the end.

        Each inner transaction becomes a savepoint: an error undoes only its own
        writes, as before, and the batch still commits the others. Writing many
        feeds' entries in one commit rewrites each shared index page once
        instead of once per feed. A crash loses the whole batch, which is safe
        wherever a single transaction was (a feed's validators are saved with its
        entries, so a lost feed is simply fetched again).
        """
        with self._lock:
            if self._in_batch:
                yield
                return
            begin(self._conn, self.path)
            self._in_batch = True
            try:
                yield
            except BaseException as exc:
                self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError):  # disk full, I/O, read-only
                    raise write_error(self.path, exc) from exc
                raise
            finally:
                self._in_batch = False
            commit(self._conn, self.path)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error);
        inside ``batch()``, a savepoint of the batch's transaction."""
        with self._lock:
            if self._in_batch:
                self._conn.execute("SAVEPOINT part")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK TO part")
                    self._conn.execute("RELEASE part")
                    raise
                self._conn.execute("RELEASE part")
                return
            begin(self._conn, self.path)
            try:
                yield self._conn
            except BaseException as exc:
                self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError):  # disk full, I/O, read-only
                    raise write_error(self.path, exc) from exc
                raise
            commit(self._conn, self.path)

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cursor = self._conn.execute(sql, params)
            return list(cursor.fetchall())

    # --- meta (service state: last poll/digest, delivery) -----------------------

    def get_meta(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

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
        value = self.get_meta(_FINDINGS_GENERATION)
        return int(value) if value is not None else 0

    @staticmethod
    def _bump_findings_generation(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE "
            "SET value = CAST(value AS INTEGER) + 1", (_FINDINGS_GENERATION,),
        )

    # --- feeds --------------------------------------------------------------------

    def sync_feeds(self, specs: Sequence[FeedSpec]) -> None:
        """Make the feeds table reflect the configuration.

        New feeds are added; known ones get their name/language/enabled flag
        updated; feeds no longer configured are kept (their entries stay) but
        marked ``in_config = 0`` so they are not polled.
        """
        with self.transaction() as conn:
            # One read, then writes only for what changed: this runs every cycle,
            # and rewriting every feed row each time dirtied pages for nothing.
            by_config: dict[str, int] = {}
            by_url: dict[str, int] = {}
            current: dict[int, tuple[object, ...]] = {}
            for r in conn.execute("SELECT id, url, config_url, name, language, "
                                  "interval_minutes, enabled, in_config FROM feeds ORDER BY id"):
                feed_id = int(r[0])
                by_url.setdefault(r[1], feed_id)
                by_config.setdefault(r[2], feed_id)
                current[feed_id] = tuple(r[3:])
            seen: set[int] = set()
            for spec in specs:
                # the feed configured as this URL, else the one that moved to it
                known = by_config.get(spec.url, by_url.get(spec.url))
                wanted = (spec.name, spec.language, spec.interval_minutes, int(spec.enabled), 1)
                if known is None:
                    cursor = conn.execute(
                        "INSERT INTO feeds(url, config_url, name, language, interval_minutes, "
                        "enabled) VALUES (?, ?, ?, ?, ?, ?)",
                        (spec.url, spec.url, spec.name, spec.language, spec.interval_minutes,
                         int(spec.enabled)),
                    )
                    known = int(cursor.lastrowid or 0)
                    by_url[spec.url] = by_config[spec.url] = known
                elif current[known] != wanted:
                    conn.execute(
                        "UPDATE feeds SET name = ?, language = ?, interval_minutes = ?, "
                        "enabled = ?, in_config = 1 WHERE id = ?", (*wanted[:4], known),
                    )
                current[known] = wanted
                seen.add(known)
            for feed_id, values in current.items():
                if feed_id not in seen and values[-1] != 0:
                    conn.execute("UPDATE feeds SET in_config = 0 WHERE id = ?", (feed_id,))

    def feed_states(self, *, entries_before: datetime | None = None) -> dict[str, FeedState]:
        """Every known feed, keyed by its current URL.

        With ``entries_before``, the newest-entry dates count only entries first seen
        before it (what was known then: a past day's digest judges staleness by them).
        """
        seen = "" if entries_before is None else " AND e.first_seen < ?"
        # Before a moment, read published from the (feed_id, first_seen, published)
        # index ("+" keeps SQLite from walking entries_feed_published instead, which
        # reads every row newer than the moment: 0.1 s against 0.01-0.02 s mid-month
        # on the 30-day benchmark database).
        published = "published" if entries_before is None else "+published"
        rows = self._query(
            "SELECT f.id, f.url, f.config_url, f.name, f.language, f.etag, f.last_modified, "
            "f.body_hash, f.last_success, f.last_error, f.error_message, f.consecutive_errors, "
            "f.next_attempt, f.disabled_reason, f.in_config, f.enabled, f.stale, "
            f"(SELECT MAX(first_seen) FROM entries e WHERE e.feed_id = f.id{seen}), "
            f"(SELECT MAX({published}) FROM entries e WHERE e.feed_id = f.id{seen}) "
            "FROM feeds f ORDER BY f.id",
            () if entries_before is None else (to_db(entries_before),) * 2,
        )
        states: dict[str, FeedState] = {}
        for r in rows:
            states[r[1]] = FeedState(
                url=r[1], name=r[3], etag=r[5], last_modified=r[6],
                last_success=from_db(r[8]), last_error=from_db(r[9]), error_message=r[10],
                consecutive_errors=int(r[11]), next_attempt=from_db(r[12]),
                disabled_reason=r[13], last_new_entry=from_db(r[17]),
                newest_entry_published=from_db(r[18]), id=int(r[0]), language=r[4],
                body_hash=r[7], in_config=bool(r[14]), enabled=bool(r[15]), stale=bool(r[16]),
                config_url=r[2],
            )
        return states

    def record_fetched(
        self, feed_url: str, entries: Sequence[Entry], *, now: datetime,
        etag: str | None, last_modified: str | None, body_hash: str | None,
        next_attempt: datetime, permanent_url: str | None = None, stale: bool = False,
        prepared: Sequence[PreparedEntry] | None = None, stamp: MatchStamp | None = None,
    ) -> StoreOutcome:
        """Store one feed's parsed entries and its new validators/health in ONE transaction.

        New entries are stored 'pending' (or 'done' as copies of an earlier story);
        edited ones (title or summary changed) are updated in place and set back to
        'pending'. Validators are saved only here, with the entries they produced.

        ``prepared`` (one per entry, same order) carries keys computed elsewhere
        and, with ``stamp``, the matcher's findings: a new entry that is not a copy
        is then stored 'done' together with its findings, in this same
        transaction. Findings are only used when the entries will be read back
        under ``feed_url`` (the matcher saw them with that source); otherwise the
        entries stay 'pending' and are matched as usual.
        """
        with self.transaction() as conn:
            feed_id, current_url = self._feed_row(conn, feed_url)
            if current_url != feed_url or (permanent_url and permanent_url != feed_url):
                stamp = None
            outcome = upsert_entries(conn, feed_id, entries, now, prepared, stamp)
            if outcome.findings or outcome.updated:  # an edit may move an entry's date
                self._bump_findings_generation(conn)
            conn.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, body_hash = ?, last_success = ?, "
                "error_message = NULL, consecutive_errors = 0, next_attempt = ?, stale = ? "
                "WHERE id = ?",
                (etag, last_modified, body_hash, to_db(now), to_db(next_attempt), int(stale),
                 feed_id),
            )
            record_health_changes(conn, [feed_id], req_text(now))
            self._move_url(conn, feed_id, permanent_url)
        return outcome

    def record_unchanged(
        self, feed_url: str, *, now: datetime, next_attempt: datetime,
        permanent_url: str | None = None, etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        """A 304, or a 200 whose body hash equals the stored one: healthy, nothing to parse.

        New validators from a 304 are kept if the server sent them.
        """
        self.record_unchanged_many(
            [Unchanged(feed_url, next_attempt, permanent_url, etag, last_modified)], now=now)

    def record_unchanged_many(self, feeds: Sequence[Unchanged], *, now: datetime) -> None:
        """``record_unchanged`` for several feeds in one transaction.

        Safe to group: nothing is stored for these feeds but health and validators,
        so losing the group to a crash only means they are asked again next time.
        """
        if not feeds:
            return
        stamp = req_text(now)
        with self.transaction() as conn:
            feed_ids = [self._feed_id(conn, feed.feed_url) for feed in feeds]
            conn.executemany(
                "UPDATE feeds SET last_success = ?, error_message = NULL, "
                "consecutive_errors = 0, next_attempt = ?, etag = COALESCE(?, etag), "
                "last_modified = COALESCE(?, last_modified) WHERE id = ?",
                [(stamp, to_db(feed.next_attempt), feed.etag, feed.last_modified, feed_id)
                 for feed, feed_id in zip(feeds, feed_ids, strict=True)],
            )
            for feed, feed_id in zip(feeds, feed_ids, strict=True):
                if feed.permanent_url:
                    self._move_url(conn, feed_id, feed.permanent_url)
            # One statement for the group; it writes only for a feed that was not ok.
            record_health_changes(conn, feed_ids, stamp)

    def record_failure(
        self, feed_url: str, message: str, *, now: datetime, next_attempt: datetime | None,
        disabled_reason: str | None = None,
    ) -> int:
        """A fetch or parse error: count it, schedule the retry; return consecutive errors."""
        with self.transaction() as conn:
            feed_id = self._feed_id(conn, feed_url)
            conn.execute(
                "UPDATE feeds SET last_error = ?, error_message = ?, "
                "consecutive_errors = consecutive_errors + 1, next_attempt = ?, "
                "disabled_reason = COALESCE(?, disabled_reason) WHERE id = ?",
                (to_db(now), message, to_db(next_attempt), disabled_reason, feed_id),
            )
            record_health_changes(conn, [feed_id], req_text(now))
            row = conn.execute(
                "SELECT consecutive_errors FROM feeds WHERE id = ?", (feed_id,)
            ).fetchone()
        return int(row[0])

    def enable_feed(self, feed_url: str, *, now: datetime | None = None) -> None:
        """Clear a recorded disabled_reason (e.g. after a 410 the user fixed).

        ``feed_url`` is the feed's current or configured URL; an unknown feed is a
        ``StorageError`` naming it. ``now`` (default: the clock) is when the health
        history records the change.
        """
        with self.transaction() as conn:
            feed_id = self._feed_id(conn, feed_url)
            conn.execute(
                "UPDATE feeds SET disabled_reason = NULL, consecutive_errors = 0, "
                "next_attempt = NULL WHERE id = ?", (feed_id,),
            )
            record_health_changes(conn, [feed_id], req_text(now or datetime.now(UTC)))

    def feed_health_as_of(self, end: datetime) -> dict[int, FeedHealthRecord] | None:
        """Feed id -> its health state as of ``end`` (feeds without a row were new
        then). None when ``end`` is not after the moment this database, upgraded
        from schema 2, started recording health: nothing is known of before it.
        """
        since = self.get_meta(HISTORY_SINCE_KEY)
        end_text = req_text(end)
        if since is not None and end_text <= since:
            return None
        return {
            int(r[0]): FeedHealthRecord(
                feed_id=int(r[0]), state=str(r[1]), since=req_dt(r[2]), detail=str(r[3]),
                last_success=from_db(r[4]),
            )
            for r in self._query(AS_OF_SQL, (end_text,))
        }

    @staticmethod
    def _feed_id(conn: sqlite3.Connection, feed_url: str) -> int:
        return Store._feed_row(conn, feed_url)[0]

    @staticmethod
    def _feed_row(conn: sqlite3.Connection, feed_url: str) -> tuple[int, str]:
        """(id, current url) of the feed known by ``feed_url`` (current or configured)."""
        row = conn.execute(
            "SELECT id, url FROM feeds WHERE url = ? OR config_url = ? LIMIT 1",
            (feed_url, feed_url),
        ).fetchone()
        if row is None:
            raise StorageError(f"{feed_url}: unknown feed (sync_feeds first)")
        return int(row[0]), str(row[1])

    @staticmethod
    def _move_url(conn: sqlite3.Connection, feed_id: int, permanent_url: str | None) -> None:
        if not permanent_url:
            return
        taken = conn.execute(
            "SELECT id FROM feeds WHERE url = ? AND id != ?", (permanent_url, feed_id)
        ).fetchone()
        if taken is None:  # two configured feeds redirecting to one URL keep their own rows
            conn.execute("UPDATE feeds SET url = ? WHERE id = ?", (permanent_url, feed_id))

    # --- entries ------------------------------------------------------------------

    def pending_entries(self, limit: int = 200) -> list[tuple[int, Entry]]:
        """Entries waiting to be matched (oldest first), including ones a killed run left."""
        rows = self._query(
            "SELECT e.id, f.url, e.title, e.summary, e.link, e.guid, e.published, e.language, "
            "e.source_name, f.language FROM entries e JOIN feeds f ON f.id = e.feed_id "
            "WHERE e.match_state = 'pending' ORDER BY e.id LIMIT ?", (limit,),
        )
        return [(int(r[0]), row_entry(r)) for r in rows]

    def pending_count(self, at_most: int) -> int:
        """How many entries wait to be matched, counted up to ``at_most``.

        Reads the partial index of pending entries only, so the cost follows what is
        new, not the size of the database (a full COUNT grew with every entry kept).
        """
        rows = self._query(
            "SELECT COUNT(*) FROM (SELECT id FROM entries WHERE match_state = 'pending' "
            "LIMIT ?)", (at_most,),
        )
        return int(rows[0][0])

    def iter_root_entries(self, batch: int = 500) -> Iterator[list[tuple[int, Entry]]]:
        """Every non-duplicate entry, in batches by id (for rematch)."""
        last = 0
        while True:
            rows = self._query(
                "SELECT e.id, f.url, e.title, e.summary, e.link, e.guid, e.published, "
                "e.language, e.source_name, f.language FROM entries e "
                "JOIN feeds f ON f.id = e.feed_id "
                "WHERE e.duplicate_of IS NULL AND e.pruned_at IS NULL AND e.id > ? "
                "ORDER BY e.id LIMIT ?", (last, batch),
            )
            if not rows:
                return
            last = int(rows[-1][0])
            yield [(int(r[0]), row_entry(r)) for r in rows]

    def entry_count_between(self, start: datetime, end: datetime) -> int:
        """Entries first seen in [start, end), copies included."""
        rows = self._query(
            "SELECT COUNT(*) FROM entries WHERE first_seen >= ? AND first_seen < ?",
            (to_db(start), to_db(end)),
        )
        return int(rows[0][0])

    def entry_counts(self) -> tuple[int, int, int]:
        """(all entries, duplicates, still pending) — for reports and tests."""
        row = self._query(
            "SELECT COUNT(*), COUNT(duplicate_of), "
            "COALESCE(SUM(match_state = 'pending'), 0) FROM entries"
        )[0]
        return int(row[0]), int(row[1]), int(row[2])

    # --- findings -----------------------------------------------------------------

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
            known: dict[int, dict[str, tuple[Any, ...]]] | None = None
            if len(set(ids)) == len(ids):  # each entry once: read their findings at once
                known = defaultdict(dict)
                for r in select_in(
                        conn, "SELECT id, claim_id, verdict, score, terms, sentence, cues, "
                        "entry_id FROM findings WHERE entry_id IN ({})", (), ids):
                    known[int(r[7])][str(r[1])] = tuple(r)
            for entry_id, findings in results:
                delta = delta + save_entry_findings(
                    conn, entry_id, findings, now, matcher_version, claims_hash,
                    None if known is None else known.get(entry_id, {}),
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
                self._bump_findings_generation(conn)
        return delta

    def match_versions(self) -> set[tuple[str, str]]:
        """Distinct (matcher_version, claims_hash) pairs of stored findings."""
        rows = self._query("SELECT DISTINCT matcher_version, claims_hash FROM findings")
        return {(str(r[0]), str(r[1])) for r in rows}

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

    def _findings_where(
        self, where: str, params: Sequence[Any], order: str = "x.found_at, x.id",
    ) -> list[FindingRecord]:
        rows = self._query(
            f"SELECT {FINDING_COLUMNS}, {ENTRY_COLUMNS} FROM findings x "
            "JOIN entries e ON e.id = x.entry_id JOIN feeds f ON f.id = e.feed_id "
            f"WHERE {where} ORDER BY {order}",
            params,
        )
        copies = self._copies_of({int(r[10]) for r in rows})
        return [finding_record(r, copies.get(int(r[10]), ())) for r in rows]

    def _findings_by_id(self, finding_ids: Iterable[int | None]) -> dict[int, FindingRecord]:
        """Finding id -> record, for every id given (None skipped): one query per
        500 ids and one for their copies, not one per history row."""
        wanted = sorted({int(i) for i in finding_ids if i is not None})
        if not wanted:
            return {}
        with self._lock:
            rows = list(select_in(
                self._conn,
                f"SELECT {FINDING_COLUMNS}, {ENTRY_COLUMNS} FROM findings x "
                "JOIN entries e ON e.id = x.entry_id JOIN feeds f ON f.id = e.feed_id "
                "WHERE x.id IN ({})", (), wanted))
        copies = self._copies_of({int(r[10]) for r in rows})
        return {int(r[0]): finding_record(r, copies.get(int(r[10]), ())) for r in rows}

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

    def last_evidence_dates(self, before: datetime | None = None) -> dict[str, datetime]:
        """Claim id -> date (publication, else first seen) of its newest finding's entry.

        With ``before``, only findings found before it count ("as of" that moment,
        so a digest regenerated for a past day sees what was known at its end), and
        an entry date after it (a feed's future date) is capped at it.
        """
        where, params = ("WHERE x.found_at < ? ", (to_db(before),)) if before else ("", ())
        rows = self._query(
            "SELECT x.claim_id, MAX(e.sort_date) FROM findings x "
            f"JOIN entries e ON e.id = x.entry_id {where}GROUP BY x.claim_id", params,
        )
        dates = {str(r[0]): req_dt(r[1]) for r in rows}
        if before is None:
            return dates
        return {claim_id: min(moment, before) for claim_id, moment in dates.items()}

    # --- claim status -------------------------------------------------------------

    def current_statuses(self) -> dict[str, ClaimStatusRecord]:
        """Claim id -> its newest status history row."""
        rows = self._query(
            "SELECT h.claim_id, h.status, h.changed_at, h.finding_id, h.reason "
            "FROM claim_status_history h WHERE h.id = "
            "(SELECT MAX(id) FROM claim_status_history i WHERE i.claim_id = h.claim_id)"
        )
        findings = self._findings_by_id(r[3] for r in rows)
        return {
            str(r[0]): ClaimStatusRecord(
                claim_id=str(r[0]), status=ClaimStatus(r[1]), since=req_dt(r[2]),
                finding=findings.get(r[3]) if r[3] is not None else None, reason=str(r[4]),
            )
            for r in rows
        }

    def add_status_change(
        self, claim_id: str, status: ClaimStatus, *, changed_at: datetime,
        finding_id: int | None, reason: str,
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO claim_status_history(claim_id, status, changed_at, finding_id, "
                "reason) VALUES (?, ?, ?, ?, ?)",
                (claim_id, str(status), to_db(changed_at), finding_id, reason),
            )

    def status_changes_between(self, start: datetime, end: datetime) -> list[StatusChange]:
        """History rows with changed_at in [start, end), oldest first, with the old status."""
        rows = self._query(
            "SELECT h.claim_id, h.status, h.changed_at, h.finding_id, h.reason, "
            "(SELECT p.status FROM claim_status_history p WHERE p.claim_id = h.claim_id "
            " AND p.id < h.id ORDER BY p.id DESC LIMIT 1) "
            "FROM claim_status_history h WHERE h.changed_at >= ? AND h.changed_at < ? "
            "ORDER BY h.changed_at, h.id",
            (to_db(start), to_db(end)),
        )
        findings = self._findings_by_id(r[3] for r in rows)
        return [
            StatusChange(
                claim_id=str(r[0]), old_status=ClaimStatus(r[5]) if r[5] else None,
                new_status=ClaimStatus(r[1]), changed_at=req_dt(r[2]),
                finding=findings.get(r[3]) if r[3] is not None else None, reason=str(r[4]),
            )
            for r in rows
        ]
