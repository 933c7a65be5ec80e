"""Plain data types shared by every stage of the pipeline.

These are the seams between stages: the parser yields ``Entry``; the claims loader
yields ``Claim``; the matcher turns (``Entry``, ``Claim``s) into ``Finding``s. No
I/O happens here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("en", "fr", "ja")
"""Languages the matcher knows; claim terms are given per language."""


class Verdict(StrEnum):
    """What a news entry says about a claim."""

    CONFIRMS = "confirms"        # the claimed thing happened / is happening as claimed
    UPDATES = "updates"          # material change: delay, phase, new numbers, follow-up round
    CONTRADICTS = "contradicts"  # cancelled, shelved, denied, reversed, blocked
    MENTIONS = "mentions"        # on the subject, but adds nothing about its status

    @property
    def is_flag(self) -> bool:
        """A flag is a finding that moves a claim: anything but a mere mention."""
        return self is not Verdict.MENTIONS


class ClaimStatus(StrEnum):
    """Where a claim stands, derived from its flag findings (see docs/status.md)."""

    OPEN = "open"                  # nothing decisive yet, deadline not passed (or none)
    CONFIRMED = "confirmed"        # the latest decisive news says it happened
    UPDATED = "updated"            # material change (delay, new numbers) and not confirmed
    CONTRADICTED = "contradicted"  # the latest decisive news says it fell through
    OVERDUE = "overdue"            # no flag at all and the expected_by date has passed


class FeedHealth(StrEnum):
    """A feed's health, one word for the digest, ``status`` and ``feeds list``
    (classified by ``tracker.store.health.classify_feed``)."""

    DISABLED = "disabled"  # switched off: by a 410 Gone (until `feeds enable`) or in config
    FAILING = "failing"    # FAILING_AFTER or more fetch errors in a row
    RETRYING = "retrying"  # some fetch errors in a row, fewer than FAILING_AFTER
    NEW = "new"            # never fetched successfully
    STALE = "stale"        # answers, but its newest entry is older than the stale limit
    OK = "ok"


class GroupRole(StrEnum):
    """How a term group takes part in deciding that an entry is about a claim."""

    REQUIRED = "required"  # every required group must be mentioned
    OPTIONAL = "optional"  # raises the score when mentioned
    EXCLUDE = "exclude"    # marks a different subject (a near miss): vetoes the match


class ClaimKind(StrEnum):
    """What a claim predicts; decides how news of it is read (docs/matching.md)."""

    EVENT = "event"  # something happens once: a launch, an opening, a deal closing
    DECISION = "decision"  # a decision is taken or announced: its announcement confirms
    MEETING = "meeting"  # a one-off meeting: later rounds are updates
    TARGET = "target"  # a quantity reaches a figure: interim figures are updates
    STATE = "state"  # something stays as it is: a closure contradicts


@dataclass(frozen=True, slots=True)
class TermGroup:
    """One idea of a claim (an actor, a thing, a place) and its names per language.

    ``terms`` maps a language code ("en", "fr", "ja") to the surface forms that name
    the idea in that language. Terms are matched after normalisation (see
    ``tracker.match.text.normalize``), so case and Latin accents do not matter.
    """

    name: str
    role: GroupRole
    terms: Mapping[str, tuple[str, ...]]
    weight: float = 1.0
    entities: tuple[str, ...] = ()  # ids in the entity catalogue whose names count too

    def all_terms(self) -> tuple[str, ...]:
        return tuple(t for lang in sorted(self.terms) for t in self.terms[lang])


@dataclass(frozen=True, slots=True)
class Claim:
    """A forward-looking claim drawn from a seed article: one watch item.

    ``expected_from`` is the earliest date the claimed event can have happened (an
    entry published before it cannot confirm it); ``expected_by`` is the deadline,
    after which a claim with nothing confirming it is overdue. Both are optional.
    ``cues`` maps a verdict to its signal words per language, added to the
    matcher's general cue lexicon for this claim only.
    """

    id: str
    statement: str
    seed: str
    claimed_on: date
    source_language: str
    source_text: str
    groups: tuple[TermGroup, ...]
    cues: Mapping[Verdict, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    expected_from: date | None = None
    expected_by: date | None = None
    tags: tuple[str, ...] = ()
    path: Path | None = None
    kind: ClaimKind | None = None  # None: inferred from the statement (match/kinds.py)

    def groups_with_role(self, role: GroupRole) -> tuple[TermGroup, ...]:
        return tuple(g for g in self.groups if g.role is role)


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed item, parsed into plain types.

    ``summary`` may hold HTML exactly as the feed gave it (untrusted). ``published``
    is timezone-aware UTC, or None when the feed gives no usable date.
    ``source_name`` is the publisher named inside an aggregator item (<source>),
    when there is one. ``feed_name`` is the name of the feed it was read from (the
    config's name for it; a feed file's own title in ``eval`` and ``explain``): a
    paper named after a town is that town's local press.
    """

    source: str
    title: str
    summary: str = ""
    link: str | None = None
    guid: str | None = None
    published: datetime | None = None
    language: str | None = None
    source_name: str | None = None
    feed_name: str | None = None

    @property
    def identity(self) -> str:
        """Entry identity within its feed: guid, else link, else hash of title+date."""
        if self.guid:
            return self.guid
        if self.link:
            return self.link
        published = self.published.isoformat() if self.published else ""
        digest = hashlib.sha256(f"{self.title}\x1f{published}".encode()).hexdigest()[:32]
        return f"sha256:{digest}"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why the matcher said what it said."""

    terms: tuple[str, ...]  # claim terms found in the entry, as written in the claim file
    sentence: str           # the sentence that carries the verdict cue (or the best match)
    cues: tuple[str, ...] = ()  # verdict cue words found in that sentence


@dataclass(frozen=True, slots=True)
class Finding:
    """The matcher's judgement of one entry against one claim."""

    claim_id: str
    verdict: Verdict
    score: float  # relevance, 0..1
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """A feed as configured by the user (``[[feeds]]`` in config.toml)."""

    name: str
    url: str
    language: str | None = None
    interval_minutes: int | None = None  # None: the global poll interval
    enabled: bool = True


POLL_MINUTES = 60
"""Default interval between two polls of one feed (``[schedule] poll_minutes``)."""
STALE_FEED_DAYS = 7
"""A feed whose newest entry is older than this is stale (``[digest] stale_feed_days``)."""


@dataclass(frozen=True, slots=True)
class HttpSettings:
    """How politely and how far the fetcher goes (``[http]`` in config.toml)."""

    user_agent: str = "ClaimTracker/0.1 (+https://github.com/claimtracker/claimtracker)"
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 60.0      # whole request, body included
    max_bytes: int = 10 * 1024 * 1024  # after decompression
    max_redirects: int = 5
    per_host: int = 2                # concurrent requests to one host
    workers: int = 8                 # concurrent requests in all
    proxy_from_environment: bool = False  # HTTP(S)_PROXY / NO_PROXY, for a machine behind a proxy
