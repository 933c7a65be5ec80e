"""Settings the digest and delivery take as plain values (``config.toml`` builds them
at the edge; ``tracker.config`` re-exports them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tracker.models import STALE_FEED_DAYS

EmailSecurity = Literal["ssl", "starttls", "none"]


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
