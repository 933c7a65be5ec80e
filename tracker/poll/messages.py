"""The poll's one-line messages: untrusted text flattened, matcher and parser crashes,
and a failed feed's error as stored and shown."""

from __future__ import annotations

from tracker.errors import TrackerError
from tracker.models import Entry
from tracker.redact import redact_text, redact_url

ERROR_READ_CHARS = 4000
"""How much of an error message is flattened before the feed's reason is cut out."""
REASON_CHARS = 300
"""The longest reason kept after the feed's URL in a stored error message."""


def one_line(text: str, limit: int = 200) -> str:
    """Untrusted or multi-line text squeezed into one short line for messages."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def matcher_failure(entry: Entry, exc: Exception) -> str:
    """The error line for a matcher crash on ``entry`` (the same in and out of workers)."""
    return (f"{entry.link or entry.source}: matcher failed: "
            f"{type(exc).__name__}: {one_line(str(exc))}")


def parser_crash(url: str, name: str, message: str) -> TrackerError:
    """A parser crash (exception ``name``) on untrusted input, as a feed error."""
    return TrackerError(redact_text(f"{url}: parser crashed: {name}: {one_line(message)}"))


def feed_error_message(url: str, error: TrackerError) -> str:
    """``url: reason`` for a failed feed. The reason is shortened, never the URL
    before it: a generated search-feed URL runs to hundreds of characters and
    would push the reason out (``FeedOutcome.reason`` shows it without the URL)."""
    shown = redact_url(url)  # feed URLs may carry credentials (tracker.redact)
    reason = redact_text(one_line(str(error), ERROR_READ_CHARS).removeprefix(f"{shown}: "))
    return f"{shown}: {one_line(reason, REASON_CHARS)}"
