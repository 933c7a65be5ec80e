"""The database schema as an ordered list of migrations.

``PRAGMA user_version`` holds how many migrations have been applied; opening a
store applies the rest, each in its own transaction, so a half-applied
migration never stays behind. Add a migration by appending to ``MIGRATIONS``;
never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from tracker.redact import has_credentials, redact_text
from tracker.store.feedkey import stored_url

Migration = str | Callable[[sqlite3.Connection], None]

_V1_INITIAL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE feeds (
    id                 INTEGER PRIMARY KEY,
    url                TEXT NOT NULL UNIQUE,      -- where we fetch it now (follows 301)
    config_url         TEXT NOT NULL UNIQUE,      -- as written in config.toml
    name               TEXT NOT NULL,
    language           TEXT,
    interval_minutes   INTEGER,
    in_config          INTEGER NOT NULL DEFAULT 1,
    enabled            INTEGER NOT NULL DEFAULT 1,
    etag               TEXT,
    last_modified      TEXT,
    body_hash          TEXT,
    last_success       TEXT,
    last_error         TEXT,
    error_message      TEXT,
    consecutive_errors INTEGER NOT NULL DEFAULT 0,
    next_attempt       TEXT,
    disabled_reason    TEXT,
    stale              INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE entries (
    id             INTEGER PRIMARY KEY,
    feed_id        INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    identity       TEXT NOT NULL,
    guid           TEXT,
    link           TEXT,
    canonical_link TEXT,
    title_key      TEXT,                           -- normalised title, for syndication
    title          TEXT NOT NULL,
    summary        TEXT NOT NULL,
    language       TEXT,
    source_name    TEXT,
    published      TEXT,
    first_seen     TEXT NOT NULL,
    sort_date      TEXT NOT NULL,                  -- published, else first_seen
    content_hash   TEXT NOT NULL,
    duplicate_of   INTEGER REFERENCES entries(id),
    match_state    TEXT NOT NULL DEFAULT 'pending' CHECK (match_state IN ('pending', 'done')),
    UNIQUE (feed_id, identity)
);
CREATE INDEX entries_canonical ON entries(canonical_link) WHERE canonical_link IS NOT NULL;
CREATE INDEX entries_title_key ON entries(title_key, sort_date) WHERE title_key IS NOT NULL;
CREATE INDEX entries_pending ON entries(id) WHERE match_state = 'pending';
CREATE INDEX entries_duplicate ON entries(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX entries_first_seen ON entries(first_seen);
CREATE INDEX entries_published ON entries(published);
CREATE INDEX entries_feed_first_seen ON entries(feed_id, first_seen);
CREATE INDEX entries_feed_published ON entries(feed_id, published);

CREATE TABLE findings (
    id              INTEGER PRIMARY KEY,
    entry_id        INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    claim_id        TEXT NOT NULL,
    verdict         TEXT NOT NULL,
    score           REAL NOT NULL,
    terms           TEXT NOT NULL,                 -- JSON list
    sentence        TEXT NOT NULL,
    cues            TEXT NOT NULL,                 -- JSON list
    found_at        TEXT NOT NULL,
    matcher_version TEXT NOT NULL,
    claims_hash     TEXT NOT NULL,
    UNIQUE (entry_id, claim_id)
);
CREATE INDEX findings_found_at ON findings(found_at);
CREATE INDEX findings_claim ON findings(claim_id, verdict);

CREATE TABLE claim_status_history (
    id         INTEGER PRIMARY KEY,
    claim_id   TEXT NOT NULL,
    status     TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    finding_id INTEGER REFERENCES findings(id) ON DELETE SET NULL,
    reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX status_history_claim ON claim_status_history(claim_id, id);
CREATE INDEX status_history_changed_at ON claim_status_history(changed_at);
"""

_V2_DROP_UNUSED_INDEX = """
-- No query filters or sorts on entries.published alone (the per-feed newest date
-- uses entries_feed_published); every insert paid for this index. See
-- docs/performance.md.
DROP INDEX IF EXISTS entries_published;
"""



def _v3_feed_health_history(conn: sqlite3.Connection) -> None:
    """A row per change of a feed's health state (tracker/store/health.py), so a past
    day's digest shows the feeds' health as of that day.

    A database that already has feeds gets a row for each feed's current state
    (the state rule is copied here, frozen with this migration) and the meta key
    ``feed_health.history_since``: days before it fall back to current health.
    A new database records from its first poll on, so needs neither.
    """
    conn.execute("""
        CREATE TABLE feed_health_history (
            id           INTEGER PRIMARY KEY,
            feed_id      INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            state        TEXT NOT NULL
                         CHECK (state IN ('new', 'ok', 'stale', 'failing', 'disabled')),
            changed_at   TEXT NOT NULL,
            detail       TEXT NOT NULL DEFAULT '',   -- disabled reason / error message
            last_success TEXT                        -- the feed's, when the state changed
        )""")
    conn.execute("CREATE INDEX feed_health_feed ON feed_health_history(feed_id, id)")
    if conn.execute("SELECT 1 FROM feeds LIMIT 1").fetchone() is None:
        return
    since = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES ('feed_health.history_since', ?)",
        (since,))
    conn.execute("""
        INSERT INTO feed_health_history(feed_id, state, changed_at, detail, last_success)
        SELECT id, state, ?,
               CASE state WHEN 'disabled' THEN disabled_reason
                          WHEN 'failing' THEN COALESCE(error_message, '') ELSE '' END,
               last_success
        FROM (SELECT f.*, CASE
                  WHEN f.disabled_reason IS NOT NULL THEN 'disabled'
                  WHEN f.consecutive_errors >= 3 THEN 'failing'
                  WHEN f.last_success IS NULL THEN 'new'
                  WHEN f.stale THEN 'stale'
                  ELSE 'ok' END AS state
              FROM feeds f)
        WHERE state != 'new' ORDER BY id""", (since,))


_V4_FEED_SEEN_PUBLISHED_INDEX = """
-- A past day's digest asks each feed's newest publication date among entries
-- first seen before that day's end; with published in the (feed_id, first_seen)
-- index that is read from the index alone, not from every such row. Same number
-- of indexes (it replaces one whose queries it serves too).
DROP INDEX IF EXISTS entries_feed_first_seen;
CREATE INDEX entries_feed_seen_published ON entries(feed_id, first_seen, published);
"""

_V7_REVIEWS = """
-- The analyst's reviews and manual resolutions (docs/review.md). Keyed by claim id
-- and entry id, never by finding row id: rematch, claim edits and matcher upgrades
-- rewrite findings but never touch these tables. Rows are only appended; the
-- newest row per key is in force, older ones are the audit trail.
CREATE TABLE reviews (
    id       INTEGER PRIMARY KEY,
    claim_id TEXT NOT NULL,
    entry_id INTEGER NOT NULL,
    action   TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'verdict')),
    verdict  TEXT,                   -- the reviewer's verdict (action 'verdict')
    note     TEXT NOT NULL DEFAULT '',
    by_user  TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX reviews_key ON reviews(claim_id, entry_id, id);

CREATE TABLE claim_resolutions (
    id       INTEGER PRIMARY KEY,
    claim_id TEXT NOT NULL,
    action   TEXT NOT NULL CHECK (action IN ('resolve', 'reopen')),
    status   TEXT,                   -- the status set by hand (action 'resolve')
    note     TEXT NOT NULL DEFAULT '',
    by_user  TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX claim_resolutions_claim ON claim_resolutions(claim_id, id);

-- Status history keeps its evidence when the finding row is re-judged or deleted:
-- the entry it rests on and the verdict and sentence as they were then.
ALTER TABLE claim_status_history ADD COLUMN entry_id INTEGER;
ALTER TABLE claim_status_history ADD COLUMN verdict TEXT;
ALTER TABLE claim_status_history ADD COLUMN sentence TEXT;
UPDATE claim_status_history SET
    entry_id = (SELECT x.entry_id FROM findings x WHERE x.id = finding_id),
    verdict = (SELECT x.verdict FROM findings x WHERE x.id = finding_id),
    sentence = (SELECT x.sentence FROM findings x WHERE x.id = finding_id)
WHERE finding_id IS NOT NULL;
"""

_DATETIME_COLUMNS = (
    ("entries", "published"), ("entries", "first_seen"), ("entries", "sort_date"),
    ("feeds", "last_success"), ("feeds", "last_error"), ("feeds", "next_attempt"),
    ("findings", "found_at"), ("claim_status_history", "changed_at"),
    ("feed_health_history", "changed_at"), ("feed_health_history", "last_success"),
)


def _v5_pad_years(conn: sqlite3.Connection) -> None:
    """Rewrite datetimes stored with a year of fewer than four digits
    ('1-01-01T…', written by strftime for a feed's year-1 date) as '0001-01-01T…':
    such rows could not be read back and broke every command that read them."""
    for table, column in _DATETIME_COLUMNS:
        conn.execute(
            f"UPDATE {table} SET {column} = "
            f"printf('%04d', CAST(substr({column}, 1, instr({column}, '-') - 1) AS INTEGER))"
            f" || substr({column}, instr({column}, '-')) "
            f"WHERE instr({column}, '-') BETWEEN 2 AND 4")


_V6_ENTRY_PRUNED_AT = """
-- Retention (tracker/store/retention.py): when an old entry without a finding
-- had its text removed; NULL for a whole entry.
ALTER TABLE entries ADD COLUMN pruned_at TEXT;
"""

def _v8_no_credentials_at_rest(conn: sqlite3.Connection) -> None:
    """Feed URLs with credentials become their stored form (tracker/store/feedkey.py):
    the same rows, ids unchanged, so entries, findings and history stay linked. A
    feed that had moved to a URL with credentials goes back to its configured URL
    (it is redirected again at the next poll). Messages written before credentials
    were redacted are redacted; ``secure_delete`` overwrites the old text in the
    file's pages instead of leaving it in free space."""
    conn.execute("PRAGMA secure_delete = ON")
    conn.create_function("redact_text", 1, redact_text, deterministic=True)
    rows = conn.execute("SELECT id, url, config_url FROM feeds").fetchall()
    for feed_id, url, config_url in rows:
        config_key = stored_url(config_url)
        url_key = config_key if url == config_url or has_credentials(url) else url
        if (url_key, config_key) != (url, config_url):
            conn.execute("UPDATE feeds SET url = ?, config_url = ? WHERE id = ?",
                         (url_key, config_key, feed_id))
    for table, column in (("feeds", "error_message"), ("feeds", "disabled_reason"),
                          ("feed_health_history", "detail"), ("meta", "value")):
        conn.execute(f"UPDATE {table} SET {column} = redact_text({column}) "
                     f"WHERE {column} LIKE '%://%' AND {column} != redact_text({column})")
    conn.execute("PRAGMA secure_delete = OFF")  # (the old text is overwritten already)


_V9_ONE_OFF_EVENTS = """
-- A confirmation published well before or after an established one-off event is
-- stored as an update (tracker/status/one_off.py); this holds the event's date.
-- NULL: the row's verdict is the matcher's own.
ALTER TABLE findings ADD COLUMN event_on TEXT;
"""


MIGRATIONS: tuple[Migration, ...] = (
    _V1_INITIAL, _V2_DROP_UNUSED_INDEX, _v3_feed_health_history,
    _V4_FEED_SEEN_PUBLISHED_INDEX, _v5_pad_years, _V6_ENTRY_PRUNED_AT, _V7_REVIEWS,
    _v8_no_credentials_at_rest, _V9_ONE_OFF_EVENTS,
)
"""Migration N (1-based) brings the schema from user_version N-1 to N."""

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, upto: int = SCHEMA_VERSION) -> int:
    """Apply every migration not yet applied, up to version ``upto`` (tests build
    older databases with it); return the resulting version.

    Each migration and its version bump commit together (the connection must be
    in autocommit mode, ``isolation_level=None``).
    """
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {version} is newer than this program ({SCHEMA_VERSION})"
        )
    for number in range(version + 1, upto + 1):
        step = MIGRATIONS[number - 1]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if isinstance(step, str):
                # executescript would COMMIT first; run statement by statement instead.
                for statement in _split_sql(step):
                    conn.execute(statement)
            else:
                step(conn)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return max(version, upto)


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (complete_statement knows about quotes)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
