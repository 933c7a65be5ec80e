"""Edge helpers: build the real pipeline parts from a Config and run a cycle/rematch.

The CLI (``claimtracker poll`` / ``rematch``), the demo and the service call these;
the core (run_cycle, rematch) takes only plain values and never imports
``tracker.config``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from tracker.config import Config, all_feeds
from tracker.fetch import HttpFetcher
from tracker.match import MATCHER_VERSION, Matcher
from tracker.models import Claim
from tracker.parse import parse_feed
from tracker.poll.cycle import run_cycle
from tracker.poll.rematching import rematch
from tracker.poll.report import CycleReport, FeedOutcome, RematchReport
from tracker.store.db import Store


def version_for(learned: bool) -> str:
    """The version findings carry: the learned judge's findings are another matcher's,
    so turning it on or off re-judges stored entries."""
    return f"{MATCHER_VERSION}+judge" if learned else MATCHER_VERSION


def matcher_for(claims: Sequence[Claim], learned: bool) -> tuple[Matcher, str]:
    return Matcher(claims, learned=learned), version_for(learned)


def poll_with_config(
    config: Config, store: Store, claims: Sequence[Claim], *, now: datetime,
    force_all: bool = False, progress: Callable[[FeedOutcome], None] | None = None,
    stop: threading.Event | None = None,
) -> CycleReport:
    """One cycle over the configured and generated feeds with the real parts."""
    feeds = all_feeds(config, claims, include_disabled=True)
    matcher, version = matcher_for(claims, config.matcher.learned_judge)
    with HttpFetcher(config.http) as fetcher:
        return run_cycle(
            store, feeds, fetcher, parse_feed, matcher, now=now, force_all=force_all,
            workers=config.http.workers, per_host=config.http.per_host, progress=progress,
            claims=claims, interval=timedelta(minutes=config.schedule.poll_minutes),
            stale_after=timedelta(days=config.digest.stale_feed_days),
            matcher_version=version, stop=stop,
        )


def rematch_with_config(store: Store, claims: Sequence[Claim], *, now: datetime,
                        learned: bool = False) -> RematchReport:
    """Re-judge every stored story with a matcher built from ``claims``."""
    matcher, version = matcher_for(claims, learned)
    return rematch(store, matcher, claims, now=now, matcher_version=version)
