"""The typed configuration: what ``config.toml`` turns into after validation.

Everything here is a plain frozen value; the core receives these, never the file.
``FeedSpec`` and ``HttpSettings`` live in ``tracker.models`` because the fetcher
and the poller use them without knowing about configuration.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Literal

from tracker.models import LANGUAGES, POLL_MINUTES, STALE_FEED_DAYS, FeedSpec, HttpSettings

EmailSecurity = Literal["ssl", "starttls", "none"]

DEFAULT_BUSY_TIMEOUT_S = 10.0
"""``[storage] busy_timeout``: how long a write waits for another writer."""
DEFAULT_RETENTION_DAYS = 180
"""``[storage] retention_days``: entries without a finding older than this are pruned."""

SEARCH_ENGINES: tuple[str, ...] = ("google", "bing")
"""News-search engines whose RSS search we know how to address."""


@dataclass(frozen=True, slots=True)
class ScheduleSettings:
    """When the service polls and writes the digest (``[schedule]``)."""

    poll_minutes: int = POLL_MINUTES  # default interval between polls of one feed
    jitter_seconds: int = 120       # random spread so feeds are not all hit at once
    digest_time: time = time(7, 0)  # local time of the daily digest, in ``timezone``
    timezone: str = "UTC"           # IANA zone name, checked with zoneinfo


@dataclass(frozen=True, slots=True)
class DigestSettings:
    """What the daily digest shows and where it goes (``[digest]``)."""

    output_dir: Path
    quiet_days: int = 14       # a claim with no evidence for this long is called quiet
    stale_feed_days: int = STALE_FEED_DAYS  # a feed whose newest entry is older is stale


@dataclass(frozen=True, slots=True)
class EmailSettings:
    """SMTP delivery of the digest (``[delivery.email]``).

    Credentials are never in the file: ``username_env``/``password_env`` name the
    environment variables that hold them (both None: no SMTP login).
    """

    host: str
    port: int
    security: EmailSecurity
    sender: str
    recipients: tuple[str, ...]
    username_env: str | None = None
    password_env: str | None = None


@dataclass(frozen=True, slots=True)
class DeliverySettings:
    """Where digests and alerts go (``[delivery]``). ``email`` is None when off."""

    email: EmailSettings | None = None
    apprise_urls: tuple[str, ...] = ()

    @property
    def configured(self) -> bool:
        """True when there is somewhere to send to: e-mail, alerts or both."""
        return self.email is not None or bool(self.apprise_urls)


@dataclass(frozen=True, slots=True)
class SearchFeedSettings:
    """Per-claim news-search feeds generated from claim terms (``[search_feeds]``)."""

    enabled: bool = True
    engines: tuple[str, ...] = SEARCH_ENGINES
    languages: tuple[str, ...] = LANGUAGES
    max_terms: int = 3              # aliases OR'd together per required group
    max_query_chars: int = 200      # the query is trimmed (aliases dropped) to fit
    interval_minutes: int | None = 180  # search engines throttle; poll them gently


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
    retention_days: int = DEFAULT_RETENTION_DAYS  # 0: keep every entry
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT_S
