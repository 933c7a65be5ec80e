"""Feeds: syncing the configured feeds, their validators and health, and each fetch's
outcome (entries and validators in one transaction). See docs/storage.md."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from tracker.errors import StorageError
from tracker.models import Entry, FeedHealth, FeedSpec
from tracker.redact import has_credentials
from tracker.store.entries import upsert_entries
from tracker.store.feedkey import renamed, stored_url
from tracker.store.health import AS_OF_SQL, HISTORY_SINCE_KEY, record_health_changes
from tracker.store.meta import MetaStore, bump_findings_generation
from tracker.store.records import (
    FeedHealthRecord,
    FeedState,
    MatchStamp,
    PreparedEntry,
    StoreOutcome,
    Unchanged,
)
from tracker.store.timefmt import from_db, from_db_not_null, to_db, to_db_not_null

_FEED_STATE_SQL = (
    "SELECT f.id, f.url, f.config_url, f.name, f.language, f.etag, f.last_modified, "
    "f.body_hash, f.last_success, f.last_error, f.error_message, f.consecutive_errors, "
    "f.next_attempt, f.disabled_reason, f.in_config, f.enabled, f.stale, "
    "(SELECT MAX(first_seen) FROM entries e WHERE e.feed_id = f.id{seen}) AS last_new_entry, "
    "(SELECT MAX({published}) FROM entries e WHERE e.feed_id = f.id{seen}) "
    "AS newest_entry_published FROM feeds f ORDER BY f.id"
)


def feed_row(conn: sqlite3.Connection, feed_url: str) -> tuple[int, str]:
    """(id, current url as stored) of the feed known by ``feed_url`` (current or
    configured; with its credentials, or as stored)."""
    key = stored_url(feed_url)
    row = conn.execute(
        "SELECT id, url FROM feeds WHERE url = ? OR config_url = ? LIMIT 1", (key, key),
    ).fetchone()
    if row is None:
        raise StorageError(f"{feed_url}: unknown feed (sync_feeds first)")
    return int(row["id"]), str(row["url"])


def move_url(conn: sqlite3.Connection, feed_id: int, permanent_url: str | None) -> None:
    """Follow a permanent redirect, unless another feed row already has that URL.

    A new URL that holds credentials is not kept (it could not be fetched from its
    stored form): such a feed is fetched at its configured URL and redirected."""
    if not permanent_url or has_credentials(permanent_url):
        return
    taken = conn.execute(
        "SELECT id FROM feeds WHERE url = ? AND id != ?", (permanent_url, feed_id)
    ).fetchone()
    if taken is None:  # two configured feeds redirecting to one URL keep their own rows
        conn.execute("UPDATE feeds SET url = ? WHERE id = ?", (permanent_url, feed_id))


class FeedStore(MetaStore):
    """The ``feeds`` table and its health history."""

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
                feed_id = int(r["id"])
                by_url.setdefault(r["url"], feed_id)
                by_config.setdefault(r["config_url"], feed_id)
                current[feed_id] = (r["name"], r["language"], r["interval_minutes"],
                                    r["enabled"], r["in_config"])
            keys = [stored_url(spec.url) for spec in specs]
            self._carry_over_rotated(conn, keys, by_config, by_url)
            seen: set[int] = set()
            for spec, key in zip(specs, keys, strict=True):
                # the feed configured as this URL, else the one that moved to it
                known = by_config.get(key, by_url.get(key))
                wanted = (spec.name, spec.language, spec.interval_minutes, int(spec.enabled), 1)
                if known is None:
                    cursor = conn.execute(
                        "INSERT INTO feeds(url, config_url, name, language, interval_minutes, "
                        "enabled) VALUES (?, ?, ?, ?, ?, ?)",
                        (key, key, spec.name, spec.language, spec.interval_minutes,
                         int(spec.enabled)),
                    )
                    known = int(cursor.lastrowid or 0)
                    by_url[key] = by_config[key] = known
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

    @staticmethod
    def _carry_over_rotated(conn: sqlite3.Connection, keys: Sequence[str],
                            by_config: dict[str, int], by_url: dict[str, int]) -> None:
        """A feed whose credentials changed in config.toml keeps its row (and so its
        entries, findings and health): the row takes the new stored form."""
        unknown = [k for k in keys if k not in by_config and k not in by_url]
        if not unknown:
            return
        matched = {by_config.get(k, by_url.get(k)) for k in keys}
        orphans = [k for k, feed_id in by_config.items() if feed_id not in matched]
        for new, old in renamed(unknown, orphans).items():
            feed_id = by_config.pop(old)
            conn.execute("UPDATE feeds SET url = CASE WHEN url = config_url THEN ? ELSE url END,"
                         " config_url = ? WHERE id = ?", (new, new, feed_id))
            by_config[new] = feed_id
            if by_url.get(old) == feed_id:
                del by_url[old]
                by_url[new] = feed_id

    def feed_states(self, *, entries_before: datetime | None = None) -> dict[str, FeedState]:
        """Every known feed, keyed by its current URL as stored (``stored_url``: look
        a configured feed up by ``stored_url(spec.url)``).

        With ``entries_before``, the newest-entry dates count only entries first seen
        before it (what was known then: a past day's digest judges staleness by them).
        """
        seen = "" if entries_before is None else " AND e.first_seen < ?"
        # Before a moment, read published from the (feed_id, first_seen, published)
        # index: "+" keeps SQLite from walking entries_feed_published instead, which
        # reads every row newer than the moment (see docs/performance-log.md).
        published = "published" if entries_before is None else "+published"
        rows = self._query(
            _FEED_STATE_SQL.format(seen=seen, published=published),
            () if entries_before is None else (to_db(entries_before),) * 2,
        )
        return {
            r["url"]: FeedState(
                url=r["url"], name=r["name"], etag=r["etag"], last_modified=r["last_modified"],
                last_success=from_db(r["last_success"]), last_error=from_db(r["last_error"]),
                error_message=r["error_message"],
                consecutive_errors=int(r["consecutive_errors"]),
                next_attempt=from_db(r["next_attempt"]), disabled_reason=r["disabled_reason"],
                last_new_entry=from_db(r["last_new_entry"]),
                newest_entry_published=from_db(r["newest_entry_published"]), id=int(r["id"]),
                language=r["language"], body_hash=r["body_hash"],
                in_config=bool(r["in_config"]), enabled=bool(r["enabled"]),
                stale=bool(r["stale"]), config_url=r["config_url"],
            )
            for r in rows
        }

    def record_fetched(
        self, feed_url: str, entries: Sequence[Entry], *, now: datetime,
        etag: str | None, last_modified: str | None, body_hash: str | None,
        next_attempt: datetime, permanent_url: str | None = None, stale: bool = False,
        prepared: Sequence[PreparedEntry] | None = None, match_stamp: MatchStamp | None = None,
    ) -> StoreOutcome:
        """Store one feed's parsed entries and its new validators/health in ONE transaction.

        New entries are stored 'pending' (or 'done' as copies of an earlier story);
        edited ones (title or summary changed) are updated in place and set back to
        'pending'. Validators are saved only here, with the entries they produced.

        ``prepared`` (one per entry, same order) carries keys computed elsewhere
        and, with ``match_stamp``, the matcher's findings: a new entry that is not a copy
        is then stored 'done' together with its findings, in this same
        transaction. Findings are only used when the entries will be read back
        under ``feed_url`` (the matcher saw them with that source); otherwise the
        entries stay 'pending' and are matched as usual.
        """
        with self.transaction() as conn:
            feed_id, current_url = feed_row(conn, feed_url)
            if current_url != stored_url(feed_url) or (permanent_url
                                                       and permanent_url != feed_url):
                match_stamp = None
            outcome = upsert_entries(conn, feed_id, entries, now, prepared, match_stamp)
            if outcome.findings or outcome.updated:  # an edit may move an entry's date
                bump_findings_generation(conn)
            conn.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, body_hash = ?, last_success = ?, "
                "error_message = NULL, consecutive_errors = 0, next_attempt = ?, stale = ? "
                "WHERE id = ?",
                (etag, last_modified, body_hash, to_db(now), to_db(next_attempt), int(stale),
                 feed_id),
            )
            record_health_changes(conn, [feed_id], to_db_not_null(now))
            move_url(conn, feed_id, permanent_url)
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
        now_text = to_db_not_null(now)
        with self.transaction() as conn:
            feed_ids = [feed_row(conn, feed.feed_url)[0] for feed in feeds]
            conn.executemany(
                "UPDATE feeds SET last_success = ?, error_message = NULL, "
                "consecutive_errors = 0, next_attempt = ?, etag = COALESCE(?, etag), "
                "last_modified = COALESCE(?, last_modified) WHERE id = ?",
                [(now_text, to_db(feed.next_attempt), feed.etag, feed.last_modified, feed_id)
                 for feed, feed_id in zip(feeds, feed_ids, strict=True)],
            )
            for feed, feed_id in zip(feeds, feed_ids, strict=True):
                if feed.permanent_url:
                    move_url(conn, feed_id, feed.permanent_url)
            # One statement for the group; it writes only for a feed that was not ok.
            record_health_changes(conn, feed_ids, now_text)

    def record_failure(
        self, feed_url: str, message: str, *, now: datetime, next_attempt: datetime | None,
        disabled_reason: str | None = None,
    ) -> int:
        """A fetch or parse error: count it, schedule the retry; return consecutive errors."""
        with self.transaction() as conn:
            feed_id = feed_row(conn, feed_url)[0]
            conn.execute(
                "UPDATE feeds SET last_error = ?, error_message = ?, "
                "consecutive_errors = consecutive_errors + 1, next_attempt = ?, "
                "disabled_reason = COALESCE(?, disabled_reason) WHERE id = ?",
                (to_db(now), message, to_db(next_attempt), disabled_reason, feed_id),
            )
            record_health_changes(conn, [feed_id], to_db_not_null(now))
            row = conn.execute(
                "SELECT consecutive_errors FROM feeds WHERE id = ?", (feed_id,)
            ).fetchone()
        return int(row["consecutive_errors"])

    def enable_feed(self, feed_url: str, *, now: datetime | None = None) -> None:
        """Clear a recorded disabled_reason (e.g. after a 410 the user fixed).

        ``feed_url`` is the feed's current or configured URL; an unknown feed is a
        ``StorageError`` naming it. ``now`` (default: the clock) is when the health
        history records the change.
        """
        with self.transaction() as conn:
            feed_id = feed_row(conn, feed_url)[0]
            conn.execute(
                "UPDATE feeds SET disabled_reason = NULL, consecutive_errors = 0, "
                "next_attempt = NULL WHERE id = ?", (feed_id,),
            )
            record_health_changes(conn, [feed_id], to_db_not_null(now or datetime.now(UTC)))

    def feed_health_as_of(self, end: datetime) -> dict[int, FeedHealthRecord] | None:
        """Feed id -> its health state as of ``end`` (feeds without a row were new
        then). None when ``end`` is not after the moment this database, upgraded
        from schema 2, started recording health: nothing is known of before it.
        """
        since = self.get_meta(HISTORY_SINCE_KEY)
        end_text = to_db_not_null(end)
        if since is not None and end_text <= since:
            return None
        return {
            int(r["feed_id"]): FeedHealthRecord(
                feed_id=int(r["feed_id"]), state=FeedHealth(r["state"]),
                since=from_db_not_null(r["changed_at"]), detail=str(r["detail"]),
                last_success=from_db(r["last_success"]),
            )
            for r in self._query(AS_OF_SQL, (end_text,))
        }
