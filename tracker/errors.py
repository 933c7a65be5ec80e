"""One exception root for everything Claim Tracker raises on purpose.

Each subclass names a stage; when it wraps a lower-level error, that error is kept
as ``__cause__`` (``raise ... from exc``) so logs show both.
"""

from __future__ import annotations

from typing import Any

from tracker.redact import redact_text


class TrackerError(Exception):
    """Root of all Claim Tracker errors. The message is one line, fit for a user."""


class ConfigError(TrackerError):
    """config.toml is missing, unreadable or invalid (message names file and key)."""


class ClaimError(TrackerError):
    """A claim file is invalid (message names the file and the key or line)."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class SeedError(TrackerError):
    """A seed metadata file is invalid."""


class FetchError(TrackerError):
    """A feed could not be fetched (network, HTTP status, size cap, deadline).

    Picklable with its attributes, so a worker process hands back the real error.
    """

    def __init__(self, url: str, message: str, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        self.url = url
        self.message = message
        self.status = status
        self.retry_after = retry_after
        # feed URLs may carry credentials: never in a message (tracker.redact)
        super().__init__(redact_text(f"{url}: {message}"))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.url, self.message), self.__dict__)


class ParseError(TrackerError):
    """A fetched document is not a feed both parsers can read (picklable, as above)."""

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.message = message
        super().__init__(redact_text(f"{source}: {message}"))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.source, self.message), self.__dict__)


class StorageError(TrackerError):
    """The database cannot be opened, migrated or written."""


class ServiceError(TrackerError):
    """The background service cannot start (e.g. another instance holds the lock)."""


class DeliveryError(TrackerError):
    """A digest or alert could not be delivered (SMTP, Apprise)."""


class DigestError(TrackerError):
    """The digest files cannot be written (read-only folder, disk full)."""
