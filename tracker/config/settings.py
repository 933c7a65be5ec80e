"""The typed configuration: what ``config.toml`` turns into after validation.

Everything here is a plain frozen value; the core receives these, never the file.
The settings a core package uses live with plain values the core can import
without knowing about configuration: ``FeedSpec`` and ``HttpSettings`` in
``tracker.models``, ``DigestSettings`` and the delivery settings in
``tracker.settings``, ``SearchFeedSettings`` in ``tracker.feeds.search``. They are
re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from tracker.config.web import WebSettings
from tracker.feeds.search import SEARCH_ENGINES, SearchFeedSettings
from tracker.models import POLL_MINUTES, FeedSpec, HttpSettings
from tracker.settings import DeliverySettings, DigestSettings, EmailSecurity, EmailSettings

DEFAULT_BUSY_TIMEOUT_S = 10.0
"""``[storage] busy_timeout``: how long a write waits for another writer."""
DEFAULT_RETENTION_DAYS = 180
"""``[storage] retention_days``: entries without a finding older than this are pruned."""

__all__ = [
    "SEARCH_ENGINES",
    "Config",
    "DeliverySettings",
    "DigestSettings",
    "EmailSecurity",
    "EmailSettings",
    "MatcherSettings",
    "ScheduleSettings",
    "SearchFeedSettings",
]


@dataclass(frozen=True, slots=True)
class ScheduleSettings:
    """When the service polls and writes the digest (``[schedule]``)."""

    poll_minutes: int = POLL_MINUTES  # default interval between polls of one feed
    jitter_seconds: int = 120       # random spread so feeds are not all hit at once
    digest_time: time = time(7, 0)  # local time of the daily digest, in ``timezone``
    timezone: str = "UTC"           # IANA zone name, checked with zoneinfo


@dataclass(frozen=True, slots=True)
class MatcherSettings:
    """How findings are judged (``[matcher]``)."""

    # the learned judge's veto on unlikely flags (docs/matching.md): fewer false flags,
    # a few more misses
    learned_judge: bool = False


@dataclass(frozen=True, slots=True)
class Config:
    """The whole validated configuration. Paths are absolute."""

    path: Path
    feeds: tuple[FeedSpec, ...]
    http: HttpSettings
    database: Path
    claims_dir: Path
    seeds_dir: Path
    schedule: ScheduleSettings
    digest: DigestSettings
    delivery: DeliverySettings = field(default_factory=DeliverySettings)
    search_feeds: SearchFeedSettings = field(default_factory=SearchFeedSettings)
    web: WebSettings = field(default_factory=WebSettings)
    retention_days: int = DEFAULT_RETENTION_DAYS  # 0: keep every entry
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT_S
    matcher: MatcherSettings = field(default_factory=MatcherSettings)
