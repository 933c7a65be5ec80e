"""Configuration: ``config.toml`` read once at the edge into plain frozen values.

See docs/config.md for every key. The core never reads the file itself; the CLI
and the service call ``load_config`` and hand the pieces down.
"""

from __future__ import annotations

from tracker.config.combined import all_feeds
from tracker.config.load import (
    DEFAULT_DATABASE,
    SEARCH_FEED_PREFIX,
    feed_url_problem,
    load_config,
    parse_config,
)
from tracker.config.settings import (
    SEARCH_ENGINES,
    Config,
    DeliverySettings,
    DigestSettings,
    EmailSecurity,
    EmailSettings,
    ScheduleSettings,
    SearchFeedSettings,
)
from tracker.errors import ConfigError
from tracker.models import FeedSpec, HttpSettings

__all__ = [
    "DEFAULT_DATABASE",
    "SEARCH_ENGINES",
    "SEARCH_FEED_PREFIX",
    "Config",
    "ConfigError",
    "DeliverySettings",
    "DigestSettings",
    "EmailSecurity",
    "EmailSettings",
    "FeedSpec",
    "HttpSettings",
    "ScheduleSettings",
    "SearchFeedSettings",
    "all_feeds",
    "feed_url_problem",
    "load_config",
    "parse_config",
]
