"""What one fetch result means for its feed: ``decide`` turns (fetch result, parsed
feed, feed state, now) into the update to store. Pure: no database, no network;
the cycle parses before and writes after.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from tracker.errors import FetchError, TrackerError
from tracker.fetch.backoff import next_attempt
from tracker.models import Entry
from tracker.poll.messages import feed_error_message
from tracker.poll.prepare import with_feed_language
from tracker.poll.report import OutcomeState
from tracker.protocols import FetchResult, ParsedFeed
from tracker.store.records import FeedState, Unchanged


@dataclass(frozen=True, slots=True)
class NewBody:
    """A body unlike the stored one, parsed: store its entries with the new validators."""

    entries: list[Entry]
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    next_attempt: datetime
    permanent_url: str | None
    stale: bool


@dataclass(frozen=True, slots=True)
class Failure:
    """A fetch or parse error: count it and retry at ``next_attempt`` (None with a
    ``disabled_reason``: not until the user enables the feed again)."""

    message: str
    next_attempt: datetime | None
    disabled_reason: str | None = None


FeedUpdate = NewBody | Unchanged | Failure


def decide(
    fetched: FetchResult | FetchError, body_hash: str | None,
    parsed: ParsedFeed | TrackerError | None, state: FeedState, *, language: str | None,
    now: datetime, interval: timedelta, stale_after: timedelta,
    rng: random.Random | None = None,
) -> FeedUpdate:
    """The update for ``state``'s feed. ``parsed`` is None when there was nothing to
    parse (a 304, or the same body as stored); ``language`` is the configured one."""
    if isinstance(fetched, FetchError):
        return _failure(fetched, state, now, interval, rng)
    if isinstance(parsed, TrackerError):
        return _failure(parsed, state, now, interval, rng)
    following = next_attempt(now, 0, interval)
    if parsed is None:
        return Unchanged(state.url, following, fetched.permanent_url, fetched.etag,
                         fetched.last_modified)
    entries = [with_feed_language(e, language) for e in parsed.entries]
    return NewBody(entries, fetched.etag, fetched.last_modified, body_hash, following,
                   fetched.permanent_url, is_stale(entries, now, stale_after))


def outcome_state(update: FeedUpdate) -> OutcomeState:
    """How the cycle's report counts ``update``."""
    if isinstance(update, NewBody):
        return OutcomeState.OK
    if isinstance(update, Unchanged):
        return OutcomeState.NOT_MODIFIED
    return OutcomeState.DISABLED if update.disabled_reason else OutcomeState.FAILED


def is_stale(entries: Sequence[Entry], now: datetime, stale_after: timedelta) -> bool:
    """A 200 whose newest dated entry is older than the limit (or that has no entries)."""
    if not entries:
        return True
    dates = [e.published for e in entries if e.published is not None]
    return bool(dates) and max(dates) < now - stale_after


def _failure(error: TrackerError, state: FeedState, now: datetime, interval: timedelta,
             rng: random.Random | None) -> Failure:
    message = feed_error_message(state.url, error)
    if isinstance(error, FetchError) and error.status == 410:
        return Failure(message, None, disabled_reason=f"410 Gone on {now:%Y-%m-%d}")
    retry_after = error.retry_after if isinstance(error, FetchError) else None
    return Failure(message, next_attempt(now, state.consecutive_errors + 1, interval,
                                         retry_after, rng))
