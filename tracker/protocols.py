"""The small seams between pipeline stages.

The poll cycle is written against these, not against concrete classes, so tests
and benchmarks can plug in their own parts and each stage stays replaceable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from tracker.models import Claim, ClaimKind, Entry, Finding


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """One conditional GET: the URL and the validators stored from the last 200."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A completed fetch. ``body`` is None on 304 Not Modified.

    ``permanent_url`` is set when the chain of redirects began with a 301/308:
    the feed's stored URL should be updated to it.
    Errors (network, 4xx/5xx, caps, deadline) raise ``tracker.errors.FetchError``
    instead; 410 Gone raises it with ``status=410``, 429/503 with ``retry_after``.
    """

    url: str
    status: int
    body: bytes | None
    final_url: str
    etag: str | None = None
    last_modified: str | None = None
    permanent_url: str | None = None
    content_type: str | None = None
    elapsed_s: float = 0.0


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed feed document."""

    title: str | None
    language: str | None
    entries: Sequence[Entry] = field(default_factory=tuple)
    parser: str = ""  # which parser produced it: "fast" or "feedparser"

    def entries_named(self) -> list[Entry]:
        """The entries with this feed's title as their ``feed_name``, for a feed read
        on its own (``eval``, ``scan``, ``explain``; the service uses the configured name)."""
        return [replace(e, feed_name=self.title) for e in self.entries]


class Fetcher(Protocol):
    def fetch(self, request: FetchRequest) -> FetchResult: ...


class FeedParser(Protocol):
    def __call__(self, body: bytes, source: str) -> ParsedFeed:
        """Parse one document; raise ``tracker.errors.ParseError`` if it is no feed."""
        ...


class EntryMatcher(Protocol):
    def match(self, entry: Entry) -> list[Finding]:
        """Judge one entry against every claim; return only relevant findings."""
        ...

    def kinds(self) -> dict[str, ClaimKind]:
        """Each claim's kind as the matcher reads it (stated, else inferred)."""
        ...


class SecondJudge(Protocol):
    """A second opinion on the rules' findings (a learned model, a local LLM endpoint).

    ``Matcher(claims, second_judge=...)`` calls it for every finding the rules made;
    it returns the finding to keep (the same, another verdict, a new score) or None
    to drop it. It must be pure like the matcher: entries are matched in several
    processes."""

    def review(self, entry: Entry, claim: Claim, finding: Finding) -> Finding | None: ...
