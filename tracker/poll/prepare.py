"""Everything about a parsed entry that needs no database: keys and matcher output
(``prepare_entries`` right after parsing, ``match_batch`` for stored entries).

A worker process computes this right after parsing, so the main process (the
only writer) just writes rows. The matcher must see each entry exactly as
``match_pending`` would read it back from the store later (source = the feed's
URL, the feed language filled in, the date as stored), so findings computed
here equal findings computed after storing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from tracker.models import Entry, Finding
from tracker.poll.messages import matcher_failure
from tracker.protocols import EntryMatcher
from tracker.store.links import canonical_link, content_hash, title_key
from tracker.store.records import PreparedEntry
from tracker.store.timefmt import from_db, to_db


def with_feed_language(entry: Entry, language: str | None) -> Entry:
    """The configured feed language fills in entries the feed did not label."""
    if entry.language or not language:
        return entry
    return dataclasses.replace(entry, language=language)


def as_stored(entry: Entry, feed_url: str, feed_language: str | None,
              feed_name: str | None) -> Entry:
    """``entry`` (feed language already applied) as ``Store.pending_entries`` returns it
    (with the feed's configured name)."""
    return Entry(source=feed_url, title=entry.title, summary=entry.summary, link=entry.link,
                 guid=entry.guid, published=from_db(to_db(entry.published)),
                 language=entry.language or feed_language, source_name=entry.source_name,
                 feed_name=feed_name)


def prepare_entries(
    entries: Sequence[Entry], feed_url: str, feed_language: str | None,
    matcher: EntryMatcher | None, feed_name: str | None = None,
) -> list[PreparedEntry]:
    """Keys (and findings, when ``matcher`` is given) for each entry, in order.

    ``entries`` already carry the feed language (``with_feed_language``). A
    matcher failure is kept as the same message ``match_batch`` reports.
    """
    prepared: list[PreparedEntry] = []
    for entry in entries:
        findings = None
        error = None
        if matcher is not None:
            seen = as_stored(entry, feed_url, feed_language, feed_name)
            try:
                findings = tuple(matcher.match(seen))
            except Exception as exc:
                error = matcher_failure(seen, exc)
                findings = ()
        prepared.append(PreparedEntry(
            content_hash=content_hash(entry.title, entry.summary),
            canonical_link=canonical_link(entry.link),
            title_key=title_key(entry.title, entry.source_name, entry.link),
            findings=findings, match_error=error,
        ))
    return prepared


def match_batch(
    matcher: EntryMatcher, batch: Sequence[tuple[int, Entry]], errors: list[str],
) -> list[tuple[int, Sequence[Finding]]]:
    """Match each stored entry; a matcher crash on one entry is reported, not fatal
    (the entry is saved with no findings; the next rematch tries again)."""
    results: list[tuple[int, Sequence[Finding]]] = []
    for entry_id, entry in batch:
        try:
            found: Sequence[Finding] = matcher.match(entry)
        except Exception as exc:
            errors.append(matcher_failure(entry, exc))
            found = ()
        results.append((entry_id, found))
    return results
