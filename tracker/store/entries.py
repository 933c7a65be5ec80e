"""Entries: writing one feed's entries (new ones inserted, a copy of an earlier story
linked to its first copy, edited ones updated in place and set pending again) and
``EntryStore``, the store's reads of entries. See docs/storage.md for identity and
the syndication rules."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from tracker.models import Entry
from tracker.store.base import StoreBase
from tracker.store.findings import save_entry_findings
from tracker.store.links import canonical_link, content_hash, title_key
from tracker.store.records import EntryCounts, MatchStamp, PreparedEntry, StoreOutcome
from tracker.store.rows import MATCH_INPUT_COLUMNS, row_entry, select_in
from tracker.store.timefmt import to_db, to_db_not_null

SYNDICATION_WINDOW = timedelta(days=3)
"""A same-title entry counts as a copy only if published within this of the first."""

# id NULL lets SQLite pick it; the batch path passes ids it assigned itself.
_INSERT_ENTRY = (
    "INSERT INTO entries(id, feed_id, identity, guid, link, canonical_link, title_key, "
    "title, summary, language, source_name, published, first_seen, sort_date, "
    "content_hash, duplicate_of, match_state) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def syndication_window(when: datetime) -> tuple[str, str]:
    """``when`` ± SYNDICATION_WINDOW as stored text, clamped to the datetime range
    (a feed's 9999-12-31 or 0001-01-01 date overflowed and aborted the poll)."""
    try:
        low = when - SYNDICATION_WINDOW
    except OverflowError:
        low = datetime.min.replace(tzinfo=UTC)
    try:
        high = when + SYNDICATION_WINDOW
    except OverflowError:
        high = datetime.max.replace(tzinfo=UTC)
    return to_db_not_null(low), to_db_not_null(high)


def first_copy(
    by_link: dict[str, tuple[int, int]], by_title: dict[str, list[tuple[int, int, str]]],
    canon: str | None, tkey: str | None, when: datetime,
) -> int | None:
    """``find_original`` over rows fetched in advance (see insert_new_entries)."""
    if canon is not None and canon in by_link:
        return by_link[canon][1]
    if tkey is not None and tkey in by_title:
        low, high = syndication_window(when)
        inside = [(row_id, root) for row_id, root, sort_date in by_title[tkey]
                  if low <= sort_date <= high]
        if inside:
            return min(inside)[1]
    return None


def upsert_entries(
    conn: sqlite3.Connection, feed_id: int, entries: Sequence[Entry], now: datetime,
    prepared: Sequence[PreparedEntry] | None = None, match_stamp: MatchStamp | None = None,
) -> StoreOutcome:
    fast = insert_new_entries(conn, feed_id, entries, now, prepared, match_stamp)
    if fast is not None:
        return fast
    new = updated = duplicates = unchanged = 0
    seen: set[str] = set()
    now_text = to_db(now)
    for entry in entries:
        identity = entry.identity
        if identity in seen:  # a feed repeating a guid: the first occurrence wins
            continue
        seen.add(identity)
        digest = content_hash(entry.title, entry.summary)
        row = conn.execute(
            "SELECT id, content_hash FROM entries "
            "WHERE feed_id = ? AND identity = ?",
            (feed_id, identity),
        ).fetchone()
        if row is not None:
            if row["content_hash"] == digest:
                unchanged += 1
                continue
            # Edited: update in place; a story's first copy is matched again.
            conn.execute(
                "UPDATE entries SET title = ?, summary = ?, link = ?, guid = ?, "
                "published = COALESCE(?, published), source_name = ?, language = ?, "
                "content_hash = ?, title_key = ?, canonical_link = ?, pruned_at = NULL, "
                "match_state = CASE WHEN duplicate_of IS NULL THEN 'pending' ELSE 'done' END "
                "WHERE id = ?",
                (entry.title, entry.summary, entry.link, entry.guid,
                 to_db(entry.published), entry.source_name, entry.language, digest,
                 title_key(entry.title, entry.source_name, entry.link),
                 canonical_link(entry.link), row["id"]),
            )
            updated += 1
            continue
        canon = canonical_link(entry.link)
        tkey = title_key(entry.title, entry.source_name, entry.link)
        published = to_db(entry.published)
        sort_date = published or now_text
        original = find_original(conn, canon, tkey, entry.published or now)
        conn.execute(
            _INSERT_ENTRY,
            (None, feed_id, identity, entry.guid, entry.link, canon, tkey, entry.title,
             entry.summary, entry.language, entry.source_name, published, now_text,
             sort_date, digest, original, "done" if original else "pending"),
        )
        new += 1
        if original is not None:
            duplicates += 1
    return StoreOutcome(new=new, updated=updated, duplicates=duplicates, unchanged=unchanged)

def insert_new_entries(
    conn: sqlite3.Connection, feed_id: int, entries: Sequence[Entry], now: datetime,
    prepared: Sequence[PreparedEntry] | None = None, match_stamp: MatchStamp | None = None,
) -> StoreOutcome | None:
    """``upsert_entries`` with a few queries per feed instead of several per entry.

    Only when no entry of the batch is an edit (an edit changes the keys other
    entries are compared with mid-batch); returns None then and the per-entry
    path runs. Same rows as that path: the first copy of a story is the lowest
    id among stored rows, then among the rows inserted before it in this batch.
    With ``match_stamp``, a new root entry whose ``prepared`` carries findings is
    stored 'done' with them.
    """
    batch: dict[str, tuple[Entry, PreparedEntry | None]] = {}
    for n, entry in enumerate(entries):  # a repeated guid: the first wins
        batch.setdefault(entry.identity, (entry, prepared[n] if prepared else None))
    stored = {
        str(r["identity"]): str(r["content_hash"]) for r in select_in(
            conn, "SELECT identity, content_hash FROM entries "
            "WHERE feed_id = ? AND identity IN ({})", (feed_id,), list(batch))
    }
    fresh: list[tuple[Entry, str, str | None, str | None, PreparedEntry | None]] = []
    for identity, (entry, prep) in batch.items():
        digest = prep.content_hash if prep else content_hash(entry.title, entry.summary)
        if identity in stored:
            if stored[identity] != digest:
                return None  # an edit
            continue
        if prep is not None:
            fresh.append((entry, digest, prep.canonical_link, prep.title_key, prep))
        else:
            fresh.append((entry, digest, canonical_link(entry.link),
                          title_key(entry.title, entry.source_name, entry.link), None))
    by_link: dict[str, tuple[int, int]] = {}  # canonical link -> (id, root) lowest id
    for link, row_id, root in select_in(
            conn, "SELECT canonical_link, id, COALESCE(duplicate_of, id) FROM entries "
            "WHERE canonical_link IN ({})", (), list({f[2] for f in fresh if f[2]})):
        if link not in by_link or row_id < by_link[link][0]:
            by_link[link] = (row_id, root)
    by_title: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for key, row_id, root, sort_date in select_in(
            conn, "SELECT title_key, id, COALESCE(duplicate_of, id), sort_date FROM entries "
            "WHERE title_key IN ({})", (), list({f[3] for f in fresh if f[3]})):
        by_title[key].append((row_id, root, sort_date))
    now_text = to_db(now) or ""
    duplicates = matched = found = 0
    errors: list[str] = []
    # Ids are assigned here, as SQLite would (max + 1; we are the only writer and
    # hold the write lock), so in-batch syndication can refer to rows not yet
    # inserted and the whole batch goes in with one executemany.
    next_id = int(conn.execute(
        "SELECT COALESCE(MAX(id), 0) + 1 AS next_id FROM entries").fetchone()["next_id"])
    rows: list[tuple[Any, ...]] = []
    judged_rows: list[tuple[int, PreparedEntry]] = []
    for entry, digest, canon, tkey, prep in fresh:
        published = to_db(entry.published)
        sort_date = published or now_text
        original = first_copy(by_link, by_title, canon, tkey, entry.published or now)
        judged = (match_stamp is not None and original is None and prep is not None
                  and prep.findings is not None)
        row_id = next_id
        next_id += 1
        rows.append((row_id, feed_id, entry.identity, entry.guid, entry.link, canon, tkey,
                     entry.title, entry.summary, entry.language, entry.source_name,
                     published, now_text, sort_date, digest, original,
                     "done" if original or judged else "pending"))
        if judged:
            assert prep is not None
            judged_rows.append((row_id, prep))
        root = original if original is not None else row_id
        if canon is not None and canon not in by_link:
            by_link[canon] = (row_id, root)
        if tkey is not None:
            by_title[tkey].append((row_id, root, sort_date))
        if original is not None:
            duplicates += 1
    conn.executemany(_INSERT_ENTRY, rows)
    for row_id, prep in judged_rows:
        assert match_stamp is not None and prep.findings is not None
        if prep.findings:
            found += save_entry_findings(
                conn, row_id, prep.findings, now, match_stamp.matcher_version,
                match_stamp.claims_hash, {},
            ).inserted
        matched += 1
        if prep.match_error:
            errors.append(prep.match_error)
    return StoreOutcome(new=len(fresh), updated=0, duplicates=duplicates,
                        unchanged=len(batch) - len(fresh), matched=matched, findings=found,
                        match_errors=tuple(errors))

def find_original(
    conn: sqlite3.Connection, canon: str | None, tkey: str | None, when: datetime,
) -> int | None:
    """The first copy of this story already stored, if any (always a root entry)."""
    row = None
    if canon is not None:
        row = conn.execute(
            "SELECT COALESCE(duplicate_of, id) AS root FROM entries WHERE canonical_link = ? "
            "ORDER BY id LIMIT 1", (canon,),
        ).fetchone()
    if row is None and tkey is not None:
        row = conn.execute(
            "SELECT COALESCE(duplicate_of, id) AS root FROM entries WHERE title_key = ? "
            "AND sort_date BETWEEN ? AND ? ORDER BY id LIMIT 1",
            (tkey, *syndication_window(when)),
        ).fetchone()
    return int(row["root"]) if row is not None else None


class EntryStore(StoreBase):
    """Reading entries: what waits to be matched, batches for a rematch, counts."""

    def pending_entries(self, limit: int = 200) -> list[tuple[int, Entry]]:
        """Entries waiting to be matched (oldest first), including ones a killed run left."""
        rows = self._query(
            f"SELECT {MATCH_INPUT_COLUMNS} FROM entries e JOIN feeds f ON f.id = e.feed_id "
            "WHERE e.match_state = 'pending' ORDER BY e.id LIMIT ?", (limit,),
        )
        return [(int(r["entry_id"]), row_entry(r)) for r in rows]

    def pending_count(self, at_most: int) -> int:
        """How many entries wait to be matched, counted up to ``at_most``.

        Reads the partial index of pending entries only, so the cost follows what is
        new, not the size of the database.
        """
        rows = self._query(
            "SELECT COUNT(*) AS pending FROM (SELECT id FROM entries "
            "WHERE match_state = 'pending' LIMIT ?)", (at_most,),
        )
        return int(rows[0]["pending"])

    def iter_root_entries(self, batch: int = 500) -> Iterator[list[tuple[int, Entry]]]:
        """Every non-duplicate entry, in batches by id (for rematch)."""
        last = 0
        while True:
            rows = self._query(
                f"SELECT {MATCH_INPUT_COLUMNS} FROM entries e "
                "JOIN feeds f ON f.id = e.feed_id "
                "WHERE e.duplicate_of IS NULL AND e.pruned_at IS NULL AND e.id > ? "
                "ORDER BY e.id LIMIT ?", (last, batch),
            )
            if not rows:
                return
            last = int(rows[-1]["entry_id"])
            yield [(int(r["entry_id"]), row_entry(r)) for r in rows]

    def entry_count_between(self, start: datetime, end: datetime) -> int:
        """Entries first seen in [start, end), copies included."""
        rows = self._query(
            "SELECT COUNT(*) AS entries FROM entries WHERE first_seen >= ? AND first_seen < ?",
            (to_db(start), to_db(end)),
        )
        return int(rows[0]["entries"])

    def entry_counts(self) -> EntryCounts:
        """All entries, duplicates, still pending — for reports and tests."""
        row = self._query(
            "SELECT COUNT(*) AS total, COUNT(duplicate_of) AS duplicates, "
            "COALESCE(SUM(match_state = 'pending'), 0) AS pending FROM entries"
        )[0]
        return EntryCounts(int(row["total"]), int(row["duplicates"]), int(row["pending"]))
