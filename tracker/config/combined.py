"""The feeds the poller actually polls: configured ones plus generated ones."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.config.settings import Config
from tracker.feeds.search import search_feeds_for
from tracker.models import Claim, FeedSpec


def all_feeds(config: Config, claims: Sequence[Claim], *,
              include_disabled: bool = False) -> tuple[FeedSpec, ...]:
    """Configured feeds, then the claims' generated search feeds (when enabled).

    A generated feed whose URL is already configured is dropped, so no URL is
    polled twice. Feeds with ``enabled = false`` are left out unless
    ``include_disabled`` (``feeds list`` shows them; the poller does not poll them).
    """
    feeds = [f for f in config.feeds if include_disabled or f.enabled]
    seen = {f.url for f in config.feeds}
    if config.search_feeds.enabled:
        for feed in search_feeds_for(claims, config.search_feeds):
            if feed.url not in seen:
                seen.add(feed.url)
                feeds.append(feed)
    return tuple(feeds)
