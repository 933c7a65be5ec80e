"""run_cycle: fetch due feeds -> parse -> decide -> store -> match pending -> statuses.

Crash safety (docs/storage.md): each feed's entries and validators commit in one
transaction; matching runs afterwards over every 'pending' entry, including any
a killed run left behind. Killing the process anywhere loses and duplicates nothing.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from tracker.errors import FetchError, TrackerError
from tracker.fetch import fetch_all
from tracker.models import POLL_MINUTES, STALE_FEED_DAYS, Claim, FeedSpec, HttpSettings
from tracker.poll.decide import Failure, FeedUpdate, decide, outcome_state
from tracker.poll.due import is_due
from tracker.poll.matching import claims_fingerprint, default_matcher_version, match_pending
from tracker.poll.messages import parser_crash
from tracker.poll.parallel import Fetched, WorkerPool
from tracker.poll.report import CycleReport, FeedOutcome, OutcomeState
from tracker.protocols import EntryMatcher, FeedParser, Fetcher, FetchRequest, ParsedFeed
from tracker.status.mark_one_off import mark_one_off
from tracker.status.recompute import recompute_statuses
from tracker.store.db import Store
from tracker.store.feedkey import stored_url
from tracker.store.records import FeedState, MatchStamp, StoreOutcome, Unchanged

DEFAULT_INTERVAL = timedelta(minutes=POLL_MINUTES)
UNCHANGED_GROUP = 100
"""Unchanged feeds (304s) recorded per transaction at most (see ``_FeedWriter``)."""
STORE_GROUP = 20
"""Fetched feeds stored per commit at most (see ``_FeedWriter``)."""
STORE_EVERY_S = 0.25
"""After this long since the last store, a finished fetch stores what waits."""
DEFAULT_PROCESSES = min(2, os.cpu_count() or 1)
_HTTP_DEFAULTS = HttpSettings()


def run_cycle(
    store: Store,
    feeds: Sequence[FeedSpec],
    fetcher: Fetcher,
    parser: FeedParser,
    matcher: EntryMatcher,
    *,
    now: datetime,
    force_all: bool = False,
    workers: int = _HTTP_DEFAULTS.workers,
    per_host: int = _HTTP_DEFAULTS.per_host,
    progress: Callable[[FeedOutcome], None] | None = None,
    claims: Sequence[Claim] = (),
    interval: timedelta = DEFAULT_INTERVAL,
    stale_after: timedelta = timedelta(days=STALE_FEED_DAYS),
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
    store.clamp_future_times(now)  # written under a clock that was ahead
    store.sync_feeds(feeds)
    by_config_url = {s.config_url or s.url: s for s in store.feed_states().values()}

    todo: dict[str, tuple[FeedSpec, FeedState]] = {}
    requests: list[FetchRequest] = []
    for spec in feeds:
        state = by_config_url.get(stored_url(spec.url))
        if state is None:
            continue
        if not spec.enabled or state.disabled_reason:
            report.skipped += 1
            continue
        feed_interval = (timedelta(minutes=spec.interval_minutes)
                         if spec.interval_minutes else interval)
        if not is_due(state, now, feed_interval, force_all=force_all):
            report.not_due += 1
            if state.next_attempt is not None and (
                    report.next_due is None or state.next_attempt < report.next_due):
                report.next_due = state.next_attempt
            continue
        # The database keeps no credentials (tracker.store.feedkey): a feed that has
        # not moved is fetched at its configured URL, which holds them.
        url = spec.url if state.url == state.config_url else state.url
        if url in todo:  # two config entries for one URL: poll it once
            continue
        todo[url] = (spec, replace(state, url=url))
        requests.append(FetchRequest(url, state.etag, state.last_modified))

    errors: list[str] = []  # matcher errors, reported after the feeds' own
    with WorkerPool(parser, matcher, workers=processes) as pool:
        writer = _FeedWriter(store, todo, report, errors, progress, _Policy(
            now, interval, stale_after, MatchStamp(version, claims_hash)))
        fetched = fetch_all(fetcher, requests, workers=workers, per_host=per_host, stop=stop)
        try:
            for item in pool.parse_ahead(fetched, lambda u: todo[u][1],
                                         languages=lambda u: todo[u][0].language):
                writer.add(item)
            writer.store_waiting()
        finally:  # also when a stop request interrupts the loop
            writer.record_unchanged()

        matched, delta = match_pending(store, matcher, now=now, matcher_version=version,
                                       claims_hash=claims_hash, errors=errors, pool=pool,
                                       stop=stop)
    report.errors.extend(errors)
    report.matched_entries += matched
    report.findings += delta.inserted
    report.findings_updated, report.findings_deleted = delta.updated, delta.deleted
    if stop is not None and stop.is_set():  # statuses wait for the matching
        report.interrupted = True
        report.not_fetched = len(requests) - report.polled
        return report
    if claims:
        mark_one_off(store, matcher.kinds())
        report.status_changes = recompute_statuses(store, claims, now=now)
    return report


@dataclass(frozen=True, slots=True)
class _Policy:
    """What every feed of one cycle is decided and stored with."""

    now: datetime
    interval: timedelta        # for feeds without their own interval_minutes
    stale_after: timedelta
    match_stamp: MatchStamp


@dataclass
class _FeedWriter:
    """Stores fetch results in groups, counting them in the report.

    Fetched feeds wait in memory (never holding the database while fetches are
    slow) and are stored up to STORE_GROUP at a time in one commit, each feed in
    its own savepoint: one commit per feed would rewrite the shared index pages
    once per feed. Once STORE_EVERY_S has passed since the last store, the next finished
    fetch stores what waits, so on a slow network progress (and a stop request)
    still comes feed by feed. Unchanged feeds are recorded UNCHANGED_GROUP at a
    time: one transaction each costs more than the request. A crash only means
    the feeds not committed are fetched again (validators are saved with entries).
    """

    store: Store
    todo: dict[str, tuple[FeedSpec, FeedState]]  # current URL -> (spec, state) to poll
    report: CycleReport
    errors: list[str]                             # matcher errors of stored feeds
    progress: Callable[[FeedOutcome], None] | None
    policy: _Policy
    waiting: list[Fetched] = field(default_factory=list)
    unchanged: list[Unchanged] = field(default_factory=list)
    last_store: float = field(default_factory=time.monotonic)

    def add(self, item: Fetched) -> None:
        self.waiting.append(item)
        if (len(self.waiting) >= STORE_GROUP
                or time.monotonic() - self.last_store >= STORE_EVERY_S):
            self.store_waiting()
            self.last_store = time.monotonic()

    def store_waiting(self) -> None:
        """Store every waiting feed in one batch; the feeds stored before a failing
        one are kept, then the failure is raised."""
        handled: list[tuple[FeedOutcome, StoreOutcome]] = []
        failure: BaseException | None = None
        with self.store.batch():
            for item in self.waiting:
                try:
                    handled.append(self._store_one(item))
                except BaseException as exc:  # keep the feeds stored before it
                    failure = exc
                    break
        self.waiting.clear()
        if len(self.unchanged) >= UNCHANGED_GROUP:
            self.record_unchanged()
        for outcome, stored in handled:
            self._count(outcome, stored)
        if failure is not None:
            raise failure
        if self.progress is not None:  # after the commit: a stop request keeps them
            for outcome, _stored in handled:
                self.progress(outcome)

    def record_unchanged(self) -> None:
        self.store.record_unchanged_many(self.unchanged, now=self.policy.now)
        self.unchanged.clear()

    def _store_one(self, item: Fetched) -> tuple[FeedOutcome, StoreOutcome]:
        """Parse, decide and write one fetch result (each write is one transaction;
        an unchanged feed waits in ``unchanged`` for a group)."""
        spec, state = self.todo[item.request.url]
        policy = self.policy
        interval = (timedelta(minutes=spec.interval_minutes) if spec.interval_minutes
                    else policy.interval)
        update = decide(item.result, item.body_hash, _parse(item, state.url), state,
                        language=spec.language, now=policy.now, interval=interval,
                        stale_after=policy.stale_after)
        outcome = FeedOutcome(state.url, spec.name, outcome_state(update),
                              error=update.message if isinstance(update, Failure) else None)
        return self._write(update, item, outcome)

    def _write(self, update: FeedUpdate, item: Fetched,
               outcome: FeedOutcome) -> tuple[FeedOutcome, StoreOutcome]:
        url, now = outcome.url, self.policy.now
        if isinstance(update, Unchanged):
            self.unchanged.append(update)
            return outcome, _NOTHING_STORED
        if isinstance(update, Failure):
            self.store.record_failure(url, update.message, now=now,
                                      next_attempt=update.next_attempt,
                                      disabled_reason=update.disabled_reason)
            return outcome, _NOTHING_STORED
        stored = self.store.record_fetched(
            url, update.entries, now=now, etag=update.etag,
            last_modified=update.last_modified, body_hash=update.body_hash,
            next_attempt=update.next_attempt, permanent_url=update.permanent_url,
            stale=update.stale, prepared=item.prepared, match_stamp=self.policy.match_stamp,
        )
        return FeedOutcome(url, outcome.name, OutcomeState.OK, new=stored.new,
                           updated=stored.updated, duplicates=stored.duplicates), stored

    def _count(self, outcome: FeedOutcome, stored: StoreOutcome) -> None:
        report = self.report
        report.polled += 1
        report.outcomes.append(outcome)
        if outcome.state is OutcomeState.OK:
            report.ok += 1
        elif outcome.state is OutcomeState.NOT_MODIFIED:
            report.not_modified += 1
        else:
            report.failed += 1
            report.errors.append(outcome.error or f"{outcome.url}: failed")
        report.new_entries += outcome.new
        report.updated_entries += outcome.updated
        report.duplicates += outcome.duplicates
        report.matched_entries += stored.matched
        report.findings += stored.findings
        self.errors.extend(stored.match_errors)


_NOTHING_STORED = StoreOutcome()


def _parse(item: Fetched, url: str) -> ParsedFeed | TrackerError | None:
    """The parsed body, the parse error, or None when there is nothing to parse (an
    error, a 304, or the same body as stored). Untrusted input must not stop the
    cycle: any parser crash becomes a feed error."""
    result = item.result
    if isinstance(result, FetchError) or not item.will_parse or result.body is None:
        return None
    try:
        return item.parser(result.body, result.final_url or url)
    except TrackerError as exc:
        return exc
    except Exception as exc:
        return parser_crash(url, type(exc).__name__, str(exc))
