"""run_cycle: fetch due feeds -> parse -> store -> match pending -> recompute statuses.

Crash safety (docs/storage.md): each feed's entries and validators commit in one
transaction; matching runs afterwards over every 'pending' entry, including any
a killed run left behind. Killing the process anywhere loses and duplicates nothing.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from tracker.errors import FetchError, TrackerError
from tracker.fetch import fetch_all, next_attempt
from tracker.models import Claim, Entry, FeedSpec
from tracker.poll.due import is_due
from tracker.poll.matching import (
    claims_fingerprint,
    default_matcher_version,
    match_pending,
    one_line,
    parser_crash,
)
from tracker.poll.parallel import Fetched, WorkerPool
from tracker.poll.prepare import with_feed_language
from tracker.poll.report import CycleReport, FeedOutcome
from tracker.protocols import EntryMatcher, FeedParser, Fetcher, FetchRequest
from tracker.status.recompute import recompute_statuses
from tracker.store.db import Store
from tracker.store.records import FeedState, MatchStamp, StoreOutcome, Unchanged

DEFAULT_INTERVAL = timedelta(minutes=60)
UNCHANGED_GROUP = 100
STORE_GROUP = 20
"""Fetched feeds stored per commit at most (see run_cycle)."""
STORE_EVERY_S = 0.25
"""After this long since the last store, a finished fetch stores what waits."""
DEFAULT_PROCESSES = min(2, os.cpu_count() or 1)


def _is_stale(entries: Sequence[Entry], now: datetime, stale_after: timedelta) -> bool:
    """A 200 whose newest dated entry is older than the limit (or that has no entries)."""
    if not entries:
        return True
    dates = [e.published for e in entries if e.published is not None]
    return bool(dates) and max(dates) < now - stale_after


def run_cycle(
    store: Store,
    feeds: Sequence[FeedSpec],
    fetcher: Fetcher,
    parser: FeedParser,
    matcher: EntryMatcher,
    *,
    now: datetime,
    force_all: bool = False,
    workers: int = 8,
    per_host: int = 2,
    progress: Callable[[FeedOutcome], None] | None = None,
    claims: Sequence[Claim] = (),
    interval: timedelta = DEFAULT_INTERVAL,
    stale_after: timedelta = timedelta(days=7),
    matcher_version: str | None = None,
    processes: int = DEFAULT_PROCESSES,
    stop: threading.Event | None = None,
) -> CycleReport:
    """One poll cycle over ``feeds`` (configured + generated), then match and status.

    ``claims`` are the claims the matcher was built from: used for the claims
    hash stored with findings and for the status recompute (skipped when empty).
    ``interval`` is the poll interval for feeds without their own.
    ``processes`` > 1 lets big cycles parse and match on that many worker
    processes (tracker.poll.parallel); results are the same.
    ``stop`` (Ctrl-C, the service stopping) ends the cycle early: no new fetch
    starts, the ones in flight are abandoned, every feed already fetched is
    stored, and matching is left to the next cycle (its entries stay pending).
    """
    report = CycleReport()
    version = matcher_version if matcher_version is not None else default_matcher_version()
    claims_hash = claims_fingerprint(claims)
    store.sync_feeds(feeds)
    by_config_url = {s.config_url or s.url: s for s in store.feed_states().values()}

    todo: dict[str, tuple[FeedSpec, FeedState]] = {}
    requests: list[FetchRequest] = []
    for spec in feeds:
        state = by_config_url.get(spec.url)
        if state is None:
            continue
        if not spec.enabled or state.disabled_reason:
            report.skipped += 1
            continue
        feed_interval = (timedelta(minutes=spec.interval_minutes)
                         if spec.interval_minutes else interval)
        if not is_due(state, now, feed_interval, force_all=force_all):
            report.not_due += 1
            continue
        if state.url in todo:  # two config entries for one URL: poll it once
            continue
        todo[state.url] = (spec, state)
        requests.append(FetchRequest(state.url, state.etag, state.last_modified))

    with WorkerPool(parser, matcher, workers=processes) as pool:
        stamp = MatchStamp(version, claims_hash)
        errors: list[str] = []  # matcher errors, reported after the feeds' own
        fetched = fetch_all(fetcher, requests, workers=workers, per_host=per_host, stop=stop)
        # Unchanged feeds (304s) are recorded UNCHANGED_GROUP at a time: one
        # transaction each costs more than the request. Losing a group to a crash
        # only means those feeds are asked again; no entry depends on it.
        unchanged: list[Unchanged] = []
        # Fetched feeds are stored up to STORE_GROUP at a time in one commit (each
        # feed still in its own savepoint): one commit per feed rewrote the shared
        # index pages once per feed. They wait in memory, never holding the
        # database while fetches are slow; once STORE_EVERY_S has passed since the
        # last store, the next finished fetch stores what waits, so on a slow
        # network progress (and a stop request) still comes feed by feed. A crash
        # only means they are fetched again (their validators are saved with
        # their entries).
        waiting: list[Fetched] = []
        last_store = time.monotonic()

        def store_waiting() -> None:
            handled: list[tuple[FeedOutcome, StoreOutcome]] = []
            failure: BaseException | None = None
            with store.batch():
                for item in waiting:
                    spec, state = todo[item.request.url]
                    feed_interval = (timedelta(minutes=spec.interval_minutes)
                                     if spec.interval_minutes else interval)
                    try:
                        handled.append(_handle(store, spec, state, item, now=now,
                                               interval=feed_interval,
                                               stale_after=stale_after, stamp=stamp,
                                               unchanged=unchanged))
                    except BaseException as exc:  # keep the feeds stored before it
                        failure = exc
                        break
            waiting.clear()
            if len(unchanged) >= UNCHANGED_GROUP:
                store.record_unchanged_many(unchanged, now=now)
                unchanged.clear()
            for outcome, stored in handled:
                report.polled += 1
                _count(report, outcome)
                report.matched_entries += stored.matched
                report.findings += stored.findings
                errors.extend(stored.match_errors)
            if failure is not None:
                raise failure
            if progress is not None:  # after the commit: a stop request keeps them
                for outcome, _stored in handled:
                    progress(outcome)

        try:
            for item in pool.parse_ahead(fetched, lambda u: todo[u][1],
                                         languages=lambda u: todo[u][0].language):
                waiting.append(item)
                if (len(waiting) >= STORE_GROUP
                        or time.monotonic() - last_store >= STORE_EVERY_S):
                    store_waiting()
                    last_store = time.monotonic()
            store_waiting()
        finally:  # also when a stop request interrupts the loop
            store.record_unchanged_many(unchanged, now=now)

        if stop is not None and stop.is_set():
            report.interrupted = True
            report.not_fetched = len(requests) - report.polled
            report.errors.extend(errors)
            return report
        matched, delta = match_pending(store, matcher, now=now, matcher_version=version,
                                       claims_hash=claims_hash, errors=errors, pool=pool)
    report.errors.extend(errors)
    report.matched_entries += matched
    report.findings += delta.inserted
    report.findings_updated, report.findings_deleted = delta.updated, delta.deleted
    if claims:
        report.status_changes = recompute_statuses(store, claims, now=now)
    return report


def _count(report: CycleReport, outcome: FeedOutcome) -> None:
    report.outcomes.append(outcome)
    if outcome.state == "ok":
        report.ok += 1
    elif outcome.state == "not_modified":
        report.not_modified += 1
    else:
        report.failed += 1
        report.errors.append(outcome.error or f"{outcome.url}: failed")
    report.new_entries += outcome.new
    report.updated_entries += outcome.updated
    report.duplicates += outcome.duplicates


_NOTHING_STORED = StoreOutcome()


def _handle(
    store: Store, spec: FeedSpec, state: FeedState, item: Fetched, *, now: datetime,
    interval: timedelta, stale_after: timedelta, stamp: MatchStamp,
    unchanged: list[Unchanged],
) -> tuple[FeedOutcome, StoreOutcome]:
    """Store one fetch result (each branch is one transaction), except that an
    unchanged feed is appended to ``unchanged`` for the caller to record in a group."""
    url = state.url
    result = item.result
    if isinstance(result, FetchError):
        return _failed(store, spec, state, result, now=now, interval=interval), _NOTHING_STORED
    following = next_attempt(now, 0, interval)
    body_hash = item.body_hash
    # No body (304), or the server ignored our conditional headers and sent the same one.
    if result.body is None or body_hash is None or body_hash == state.body_hash:
        unchanged.append(Unchanged(url, following, result.permanent_url, result.etag,
                                   result.last_modified))
        return FeedOutcome(url, spec.name, "not_modified"), _NOTHING_STORED
    try:
        parsed = item.parser(result.body, result.final_url or url)
    except TrackerError as exc:
        return _failed(store, spec, state, exc, now=now, interval=interval), _NOTHING_STORED
    except Exception as exc:  # untrusted input must not stop the cycle
        error = parser_crash(url, type(exc).__name__, str(exc))
        return _failed(store, spec, state, error, now=now, interval=interval), _NOTHING_STORED
    entries = [with_feed_language(e, spec.language) for e in parsed.entries]
    stored = store.record_fetched(
        url, entries, now=now, etag=result.etag, last_modified=result.last_modified,
        body_hash=body_hash, next_attempt=following, permanent_url=result.permanent_url,
        stale=_is_stale(entries, now, stale_after), prepared=item.prepared, stamp=stamp,
    )
    outcome = FeedOutcome(url, spec.name, "ok", new=stored.new, updated=stored.updated,
                          duplicates=stored.duplicates)
    return outcome, stored


def _failed(
    store: Store, spec: FeedSpec, state: FeedState, error: TrackerError, *, now: datetime,
    interval: timedelta,
) -> FeedOutcome:
    # The reason is shortened, never the URL before it: a generated search-feed
    # URL runs to hundreds of characters and once pushed the reason out of the
    # message (FeedOutcome.reason shows the message without the URL).
    reason = one_line(str(error), 4000).removeprefix(f"{state.url}: ")
    message = f"{state.url}: {one_line(reason, 300)}"
    status = getattr(error, "status", None)
    if status == 410:
        store.record_failure(state.url, message, now=now, next_attempt=None,
                             disabled_reason=f"410 Gone on {now:%Y-%m-%d}")
        return FeedOutcome(state.url, spec.name, "disabled", error=message)
    retry_after = getattr(error, "retry_after", None)
    retry = next_attempt(now, state.consecutive_errors + 1, interval, retry_after)
    store.record_failure(state.url, message, now=now, next_attempt=retry)
    return FeedOutcome(state.url, spec.name, "failed", error=message)
